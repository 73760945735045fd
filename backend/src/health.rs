//! Liveness of what the server depends on, for `/healthz`.

use crate::db::Db;
use std::time::Duration;

/// What `/healthz` reports; says nothing about any person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Health {
    pub database_reachable: bool,
}

/// Asks the database for a trivial answer, giving up after two seconds.
pub async fn check(db: &Db) -> Health {
    let probe = async {
        let mut tx = db.begin_read().await?;
        sqlx::query("SELECT 1").execute(&mut *tx).await?;
        tx.commit().await?;
        Ok::<_, crate::db::DbError>(())
    };
    let database_reachable = matches!(
        tokio::time::timeout(Duration::from_secs(2), probe).await,
        Ok(Ok(()))
    );
    Health { database_reachable }
}
