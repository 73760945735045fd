//! Sign-in throttling kept in the database, so every server process sees the same counts.

use crate::db::DbError;
use domain::{
    accounts::throttle_policy,
    time::{UtcMillis, MINUTE_MS},
};
use sqlx::{Any, Row, Transaction};

pub fn account_key(email_key: &str) -> String {
    format!("account:{email_key}")
}

pub fn address_key(addr: &str) -> String {
    format!("address:{addr}")
}

/// A lock's remaining milliseconds as the whole minutes a person is told to wait (rounded up).
pub fn minutes_left(remaining_ms: i64) -> i64 {
    (remaining_ms + MINUTE_MS - 1) / MINUTE_MS
}

/// How long until the first of `keys` that is locked opens again, if any is.
pub async fn locked_for(
    tx: &mut Transaction<'static, Any>,
    keys: &[String],
    now: UtcMillis,
) -> Result<Option<i64>, DbError> {
    let mut longest = None;
    for key in keys {
        let row = sqlx::query("SELECT locked_until FROM sign_in_failures WHERE key = $1")
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
        let until: Option<i64> = match row {
            Some(row) => row.try_get("locked_until")?,
            None => None,
        };
        if let Some(until) = until.filter(|u| *u > now.0) {
            longest = Some(longest.map_or(until - now.0, |l: i64| l.max(until - now.0)));
        }
    }
    Ok(longest)
}

/// Counts a failure against `key` (a fresh window when the last one is old) and locks it once
/// it passes `threshold`.
pub async fn record_failure(
    tx: &mut Transaction<'static, Any>,
    key: &str,
    threshold: i64,
    now: UtcMillis,
) -> Result<(), DbError> {
    let window_start = now.0 - throttle_policy::WINDOW_MS;
    let row = sqlx::query(
        "INSERT INTO sign_in_failures (key, failures, first_failure_at) VALUES ($1, 1, $2) \
         ON CONFLICT (key) DO UPDATE SET \
           failures = CASE WHEN sign_in_failures.first_failure_at < $3 THEN 1 \
                           ELSE sign_in_failures.failures + 1 END, \
           first_failure_at = CASE WHEN sign_in_failures.first_failure_at < $3 THEN $2 \
                                   ELSE sign_in_failures.first_failure_at END \
         RETURNING failures",
    )
    .bind(key)
    .bind(now.0)
    .bind(window_start)
    .fetch_one(&mut **tx)
    .await?;
    let failures: i64 = row.try_get("failures")?;
    if let Some(lock) = throttle_policy::lock_ms(failures, threshold) {
        sqlx::query("UPDATE sign_in_failures SET locked_until = $1 WHERE key = $2")
            .bind(now.0 + lock)
            .bind(key)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn clear(tx: &mut Transaction<'static, Any>, key: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sign_in_failures WHERE key = $1")
        .bind(key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
