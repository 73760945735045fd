//! The demo data set: what `cargo xtask run` and `cargo xtask demo` load so a newcomer sees a
//! living system. Each capability adds its part to [`load`]; the marker it leaves lets a server
//! outside demo mode refuse to start on a database that holds demo data.

use crate::db::{Db, DbError};
use domain::time::UtcMillis;
use sqlx::Row;

const MARKER_KEY: &str = "demo_data_loaded_at";

#[derive(Debug, PartialEq, Eq)]
pub enum DemoLoad {
    Loaded,
    AlreadyPresent,
}

/// Whether the demo data set was ever loaded into this database.
pub async fn is_loaded(db: &Db) -> Result<bool, DbError> {
    let mut tx = db.begin_read().await?;
    let row = sqlx::query("SELECT COUNT(*) AS n FROM app_settings WHERE key = $1")
        .bind(MARKER_KEY)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Loads the demo data set once; a second call changes nothing.
pub async fn load(db: &Db, now: UtcMillis) -> Result<DemoLoad, DbError> {
    let mut tx = db.begin_write().await?;
    let inserted = sqlx::query(
        "INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO NOTHING",
    )
    .bind(MARKER_KEY)
    .bind(now.0.to_string())
    .bind(now.0)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(if inserted == 1 {
        DemoLoad::Loaded
    } else {
        DemoLoad::AlreadyPresent
    })
}
