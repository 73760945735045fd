//! Patient records: the person whose health data the portal holds, with or without an account.

use crate::db::{Db, DbError};
use domain::time::UtcMillis;
use sqlx::Row;

pub struct NewPatient<'a> {
    /// The account that is this patient's own (none for a young child, say).
    pub user_id: Option<i64>,
    pub given_name: &'a str,
    pub family_name: &'a str,
    /// ISO 8601 date, e.g. `1980-04-12`.
    pub date_of_birth: &'a str,
}

pub async fn create(db: &Db, patient: &NewPatient<'_>, now: UtcMillis) -> Result<i64, DbError> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "INSERT INTO patients (user_id, given_name, family_name, date_of_birth, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(patient.user_id)
    .bind(patient.given_name)
    .bind(patient.family_name)
    .bind(patient.date_of_birth)
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(row.try_get("id")?)
}
