//! Runs a test body against both databases: a fresh SQLite file in a temporary folder, and a fresh
//! database created on the PostgreSQL server named by `TEST_POSTGRES_URL` (which `cargo xtask
//! test` provides, starting a throwaway cluster when none answers).

use backend::db::Db;
use sqlx::{AnyConnection, Connection, Executor};
use std::future::Future;

/// A fresh, migrated database for one test.
#[derive(Clone)]
pub struct TestDb {
    pub db: Db,
    url: String,
}

impl TestDb {
    /// Opens another pool on the same database, as a second server process would.
    pub async fn second_pool(&self) -> Db {
        Db::connect(&self.url).await.expect("open a second pool")
    }
}

/// Runs `body` on a fresh database of the given kind and removes it afterwards.
pub async fn with_db<F, Fut>(kind: &str, body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    sqlx::any::install_default_drivers();
    match kind {
        "sqlite" => {
            let dir = tempfile::tempdir().expect("temporary folder");
            let url = format!("sqlite://{}/test.sqlite", dir.path().display());
            run(url, body).await;
        }
        _ => {
            let admin_url = std::env::var("TEST_POSTGRES_URL").expect(
                "TEST_POSTGRES_URL is not set: run the suite with `cargo xtask test`, which \
                 starts PostgreSQL when none answers",
            );
            let name = format!("portal_test_{}", uuid::Uuid::new_v4().simple());
            admin(&admin_url, &format!("CREATE DATABASE {name}")).await;
            run(database_url(&admin_url, &name), body).await;
            admin(&admin_url, &format!("DROP DATABASE {name} WITH (FORCE)")).await;
        }
    }
}

async fn run<F, Fut>(url: String, body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    let db = Db::connect(&url).await.expect("open the test database");
    db.migrate().await.expect("migrate the test database");
    body(TestDb {
        db: db.clone(),
        url,
    })
    .await;
    db.close().await;
}

async fn admin(admin_url: &str, statement: &str) {
    let mut conn = AnyConnection::connect(admin_url)
        .await
        .expect("reach PostgreSQL");
    conn.execute(statement).await.expect("admin statement");
    conn.close().await.expect("close admin connection");
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

/// `db_test!(name, |t| async move { … })` defines `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! db_test {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::harness::with_db("sqlite", $body).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::harness::with_db("postgres", $body).await;
            }
        }
    };
}
