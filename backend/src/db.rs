//! One database handle for SQLite (the embedded default) and PostgreSQL (shared by several server
//! processes), with runtime queries written once with `$N` placeholders.

use sqlx::{
    any::{install_default_drivers, AnyPoolOptions},
    migrate::Migrator,
    Any, AnyPool, Executor, Row, Transaction,
};
use std::{path::Path, str::FromStr, time::Duration};
use thiserror::Error;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// How long a SQLite writer waits for the write lock before giving up.
const SQLITE_BUSY_TIMEOUT_MS: u32 = 5_000;
/// SQLite checkpoints the write-ahead log inside the commit that fills it past this many pages,
/// which stalls that commit and every writer queued behind it. The server checkpoints in the
/// background instead ([`Db::checkpoint`]); this is only the backstop (about 40 MB).
const SQLITE_AUTOCHECKPOINT_PAGES: u32 = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbKind {
    Sqlite,
    Postgres,
}

impl FromStr for DbKind {
    type Err = DbError;

    /// The kind a `DATABASE_URL` names: `sqlite:` or `postgres:`/`postgresql:`.
    fn from_str(url: &str) -> Result<Self, DbError> {
        if url.starts_with("sqlite:") {
            Ok(DbKind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DbKind::Postgres)
        } else {
            Err(DbError::UnsupportedUrl)
        }
    }
}

#[derive(Debug, Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite: or postgres://")]
    UnsupportedUrl,
    #[error("could not create or remove the SQLite file: {0}")]
    File(std::io::Error),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A group-committed write (audited reads) failed in the transaction that carried it.
    #[error("a batched write failed: {0}")]
    Batch(String),
    /// A stored value the database's checks let through but the code cannot use (e.g. an
    /// unknown visit type).
    #[error("stored data is not valid: {0}")]
    Invalid(&'static str),
    /// A stored date, time of day or zone that cannot be read (e.g. a time zone name the tz
    /// database no longer knows), or an instant the calendar cannot place.
    #[error("stored time is not valid: {0}")]
    Time(#[from] domain::time::TimeError),
    /// An audit row or a TOTP secret was to be written or read in a process that installed no
    /// keys ([`crate::keys::install`]).
    #[error("no keys are installed (PORTAL_AUDIT_KEY and PORTAL_TOTP_KEY)")]
    NoKeys,
}

/// A pool over either database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    /// Where write transactions begin. On SQLite a pool of one connection: SQLite has one writer
    /// at a time anyway, and waiting for this connection is an orderly async queue, where waiting
    /// on SQLite's lock is its busy handler's sleeps (tens of milliseconds under load). On
    /// PostgreSQL the same pool as reads.
    writer: AnyPool,
    kind: DbKind,
    /// Audited reads waiting for the write connection (group commit).
    read_batch: std::sync::Arc<crate::audit::ReadBatch>,
}

impl Db {
    /// Opens a pool. A SQLite file (and its folder) is created when missing, in WAL mode with
    /// foreign keys on and a busy timeout on every connection.
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        install_default_drivers();
        let kind: DbKind = url.parse()?;
        let url = match kind {
            DbKind::Sqlite => prepare_sqlite_url(url)?,
            DbKind::Postgres => url.to_string(),
        };
        let pool = pool_options(
            kind,
            match kind {
                DbKind::Sqlite => 8,
                DbKind::Postgres => 16,
            },
        )
        .connect(&url)
        .await?;
        let writer = match kind {
            DbKind::Sqlite => pool_options(kind, 1).connect(&url).await?,
            DbKind::Postgres => pool.clone(),
        };
        Ok(Db {
            pool,
            writer,
            kind,
            read_batch: Default::default(),
        })
    }

    pub(crate) fn read_batch(&self) -> &crate::audit::ReadBatch {
        &self.read_batch
    }

    pub fn kind(&self) -> DbKind {
        self.kind
    }

    /// Brings the schema up to date; run at every start. A schema already up to date is left
    /// untouched without asking for any right to change it, so the server may run as a role that
    /// cannot (`docs/deployment.md`: the owner runs `portal migrate` after an upgrade).
    pub async fn migrate(&self) -> Result<(), DbError> {
        let migrator = match self.kind {
            DbKind::Sqlite => &SQLITE_MIGRATIONS,
            DbKind::Postgres => &POSTGRES_MIGRATIONS,
        };
        if !self.is_up_to_date(migrator).await {
            migrator.run(&self.pool).await?;
        }
        Ok(())
    }

    /// Whether exactly the migrations `migrator` knows are applied, unchanged (anything else,
    /// including no migrations table yet, is left to the migrator to do or to refuse).
    async fn is_up_to_date(&self, migrator: &Migrator) -> bool {
        let Ok(rows) = sqlx::query(
            "SELECT version, checksum FROM _sqlx_migrations WHERE success ORDER BY version",
        )
        .fetch_all(&self.pool)
        .await
        else {
            return false;
        };
        let applied: Result<Vec<(i64, Vec<u8>)>, sqlx::Error> = rows
            .iter()
            .map(|row| Ok((row.try_get("version")?, row.try_get("checksum")?)))
            .collect();
        let known: Vec<(i64, Vec<u8>)> = migrator
            .iter()
            .map(|m| (m.version, m.checksum.to_vec()))
            .collect();
        applied.is_ok_and(|applied| applied == known)
    }

    /// A transaction that will write. On SQLite it takes the write lock at `BEGIN IMMEDIATE`, so a
    /// concurrent writer waits (up to the busy timeout) instead of failing with SQLITE_BUSY when
    /// it later upgrades a read lock.
    pub async fn begin_write(&self) -> Result<Transaction<'static, Any>, DbError> {
        Ok(match self.kind {
            DbKind::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await?,
            DbKind::Postgres => self.writer.begin().await?,
        })
    }

    /// A read-only unit of work: a consistent snapshot without taking SQLite's write lock.
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>, DbError> {
        Ok(self.pool.begin().await?)
    }

    /// Refreshes the planner's statistics (`ANALYZE`), after a bulk load.
    pub async fn analyze(&self) -> Result<(), DbError> {
        sqlx::query("ANALYZE").execute(&self.pool).await?;
        Ok(())
    }

    /// Copies the SQLite write-ahead log into the database without waiting for, or blocking,
    /// readers and writers (`PASSIVE`); the server runs it every second so no commit has to. A
    /// no-op on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<(), DbError> {
        if self.kind == DbKind::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }
}

/// Pool settings for either database: on SQLite every connection gets the busy timeout, foreign
/// keys, WAL and `synchronous = NORMAL`.
fn pool_options(kind: DbKind, max_connections: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if kind == DbKind::Sqlite {
                    conn.execute(
                        format!(
                            "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}; \
                             PRAGMA foreign_keys = ON; \
                             PRAGMA journal_mode = WAL; \
                             PRAGMA synchronous = NORMAL; \
                             PRAGMA wal_autocheckpoint = {SQLITE_AUTOCHECKPOINT_PAGES};"
                        )
                        .as_str(),
                    )
                    .await?;
                }
                Ok(())
            })
        })
}

/// Removes every table and row: the SQLite file, or everything in PostgreSQL's `public` schema.
/// Only `portal demo --reset` calls this.
pub async fn erase(url: &str) -> Result<(), DbError> {
    match url.parse::<DbKind>()? {
        DbKind::Sqlite => {
            let path = sqlite_path(url).ok_or(DbError::UnsupportedUrl)?;
            for suffix in ["", "-wal", "-shm"] {
                match std::fs::remove_file(format!("{path}{suffix}")) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(DbError::File(e))
                    }
                    _ => {}
                }
            }
        }
        DbKind::Postgres => {
            let db = Db::connect(url).await?;
            let mut tx = db.begin_write().await?;
            sqlx::query("DROP SCHEMA public CASCADE")
                .execute(&mut *tx)
                .await?;
            sqlx::query("CREATE SCHEMA public")
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            db.close().await;
        }
    }
    Ok(())
}

/// The file path of a `sqlite:` URL, unless it names an in-memory database.
fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Adds `mode=rwc` (create when missing) and creates the file's folder.
fn prepare_sqlite_url(url: &str) -> Result<String, DbError> {
    let path = sqlite_path(url).ok_or(DbError::UnsupportedUrl)?;
    if let Some(folder) = Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder).map_err(DbError::File)?;
    }
    Ok(if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_urls() {
        assert_eq!(
            "sqlite://data/x.sqlite".parse::<DbKind>().unwrap(),
            DbKind::Sqlite
        );
        assert_eq!(
            "postgres://u@h/db".parse::<DbKind>().unwrap(),
            DbKind::Postgres
        );
        assert_eq!(
            "postgresql://u@h/db".parse::<DbKind>().unwrap(),
            DbKind::Postgres
        );
        assert!("mysql://u@h/db".parse::<DbKind>().is_err());
    }

    #[test]
    fn sqlite_urls_create_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/nested/portal.sqlite", dir.path().display());
        assert_eq!(prepare_sqlite_url(&url).unwrap(), format!("{url}?mode=rwc"));
        assert!(dir.path().join("nested").is_dir());
        assert!(prepare_sqlite_url("sqlite::memory:").is_err());
    }
}
