//! The tests' databases, one way for every crate: a fresh SQLite file in a temporary folder, or a
//! fresh database created on the PostgreSQL server named by `TEST_POSTGRES_URL` (which `cargo
//! xtask test` provides, starting a throwaway cluster when none answers) and dropped afterwards,
//! even when the test panics.
//!
//! Plain `cargo test` has no PostgreSQL: a test asks [`Kind::available`] first, and the
//! PostgreSQL half is skipped, and says so.
//!
//! This crate knows only sqlx: it hands out a database URL, and each crate's tests open it with
//! their own types (a dependency on `backend` here would give its tests a second copy of them).

use sqlx::{AnyConnection, Connection, Executor};

/// The variable that names the PostgreSQL server the tests may create databases on.
pub const POSTGRES_VARIABLE: &str = "TEST_POSTGRES_URL";

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

impl Kind {
    /// Whether a database of this kind can be had here. When not (PostgreSQL under plain `cargo
    /// test`), says that the test is skipped; the test then returns without running.
    pub fn available(self) -> bool {
        match self {
            Kind::Sqlite => true,
            Kind::Postgres => {
                let set = std::env::var_os(POSTGRES_VARIABLE).is_some();
                if !set {
                    eprintln!(
                        "skipped on PostgreSQL: {POSTGRES_VARIABLE} is not set (cargo xtask test sets it)"
                    );
                }
                set
            }
        }
    }
}

/// A fresh, empty database for one test; it goes away when this is dropped.
pub struct TestDatabase {
    url: String,
    /// `(server URL, database name)` of the PostgreSQL database to drop.
    postgres: Option<(String, String)>,
    /// The SQLite file's folder, and a scratch folder for the test either way.
    dir: tempfile::TempDir,
}

impl TestDatabase {
    /// Creates a database of the kind asked for. Ask [`Kind::available`] first: without
    /// `TEST_POSTGRES_URL` a PostgreSQL database cannot be made, and this panics.
    pub async fn create(kind: Kind) -> TestDatabase {
        sqlx::any::install_default_drivers();
        let dir = tempfile::tempdir().expect("a temporary folder");
        match kind {
            Kind::Sqlite => TestDatabase {
                url: format!("sqlite://{}/test.sqlite", dir.path().display()),
                postgres: None,
                dir,
            },
            Kind::Postgres => {
                let admin_url = std::env::var(POSTGRES_VARIABLE).unwrap_or_else(|_| {
                    panic!("{POSTGRES_VARIABLE} is not set: ask Kind::available first")
                });
                let name = format!("portal_test_{}", uuid::Uuid::new_v4().simple());
                admin(&admin_url, &format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create the test database");
                TestDatabase {
                    url: database_url(&admin_url, &name),
                    postgres: Some((admin_url, name)),
                    dir,
                }
            }
        }
    }

    /// The URL to open the database with.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A temporary folder that lives as long as the database.
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }
}

impl Drop for TestDatabase {
    /// Drops the PostgreSQL database (connections still open are ended), so a long-lived server
    /// does not collect them. It runs on a thread of its own with its own runtime, since `drop`
    /// cannot await and may run inside the test's runtime, or while the test panics.
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.postgres.take() else {
            return;
        };
        let cleanup = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for cleaning up");
            runtime.block_on(async move {
                let statement = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                if let Err(e) = admin(&admin_url, &statement).await {
                    eprintln!("could not drop the test database {name}: {e}");
                }
            });
        });
        // A failed clean-up is reported above; it must not turn a test's panic into an abort.
        let _ = cleanup.join();
    }
}

/// Runs one statement on the server's administrative database.
async fn admin(admin_url: &str, statement: &str) -> Result<(), sqlx::Error> {
    let mut conn = AnyConnection::connect(admin_url).await?;
    conn.execute(statement).await?;
    conn.close().await
}

/// The same server and credentials, another database name.
fn database_url(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (admin_url, String::new()),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let server = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    format!("{server}/{name}{query}")
}

#[cfg(test)]
mod tests {
    use super::database_url;

    #[test]
    fn another_database_on_the_same_server() {
        assert_eq!(
            database_url("postgres://u:p@localhost:5432/postgres", "t1"),
            "postgres://u:p@localhost:5432/t1"
        );
        assert_eq!(
            database_url("postgres://localhost:5432/postgres?sslmode=disable", "t1"),
            "postgres://localhost:5432/t1?sslmode=disable"
        );
        assert_eq!(
            database_url("postgres://localhost:5432", "t1"),
            "postgres://localhost:5432/t1"
        );
    }
}
