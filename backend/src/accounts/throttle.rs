//! Throttling of guessable secrets (passwords, two-step codes, invitation codes, reset requests),
//! kept in the database so every server process sees the same counts.
//!
//! An attempt is counted **before** its secret is checked, in one atomic statement that holds the
//! key's row until the transaction ends: parallel attempts queue on the row and each is counted,
//! so fifty requests at once are fifty attempts, not fifty guesses past a lock that comes too
//! late. A right answer then takes its attempt back ([`forgive`]) or clears the key ([`clear`]).

use crate::db::{Db, DbError};
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

/// What counting one attempt against a key found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    /// The key was already locked, for this many more milliseconds: the attempt is refused
    /// unchecked (and still counted).
    pub locked_for: Option<i64>,
    /// This attempt reached the threshold and locked the key for this many milliseconds; the
    /// attempt itself is still checked.
    pub locked_now: Option<i64>,
}

/// Counts an attempt against `key` before its secret is checked (a fresh count when the key has
/// been quiet for the window), and locks the key once the count reaches `threshold`. Call it in
/// a write transaction and commit before slow work (hashing) so parallel attempts see the count.
pub async fn count_attempt(
    tx: &mut Transaction<'static, Any>,
    key: &str,
    threshold: i64,
    now: UtcMillis,
) -> Result<Counted, DbError> {
    let quiet_since = now.0 - throttle_policy::WINDOW_MS;
    let row = sqlx::query(
        "INSERT INTO sign_in_failures (key, failures, first_failure_at, last_failure_at) \
         VALUES ($1, 1, $2, $2) \
         ON CONFLICT (key) DO UPDATE SET \
           failures = CASE WHEN sign_in_failures.last_failure_at < $3 THEN 1 \
                           ELSE sign_in_failures.failures + 1 END, \
           first_failure_at = CASE WHEN sign_in_failures.last_failure_at < $3 THEN $2 \
                                   ELSE sign_in_failures.first_failure_at END, \
           last_failure_at = $2 \
         RETURNING failures, locked_until",
    )
    .bind(key)
    .bind(now.0)
    .bind(quiet_since)
    .fetch_one(&mut **tx)
    .await?;
    let attempts: i64 = row.try_get("failures")?;
    let locked_until: Option<i64> = row.try_get("locked_until")?;
    let locked_for = locked_until.filter(|u| *u > now.0).map(|u| u - now.0);
    let locked_now = match locked_for {
        Some(_) => None,
        None => throttle_policy::lock_ms(attempts, threshold),
    };
    if let Some(lock) = locked_now {
        sqlx::query("UPDATE sign_in_failures SET locked_until = $1 WHERE key = $2")
            .bind(now.0 + lock)
            .bind(key)
            .execute(&mut **tx)
            .await?;
    }
    Ok(Counted {
        locked_for,
        locked_now,
    })
}

/// Counts an attempt against `key` in a transaction of its own, so parallel attempts see it, and
/// answers how many milliseconds the key was still locked for (the attempt is then refused).
pub async fn count_alone(
    db: &Db,
    key: &str,
    threshold: i64,
    now: UtcMillis,
) -> Result<Option<i64>, DbError> {
    let mut tx = db.begin_write().await?;
    let counted = count_attempt(&mut tx, key, threshold, now).await?;
    tx.commit().await?;
    Ok(counted.locked_for)
}

/// Takes back one counted attempt that turned out right (a shared address's count then holds
/// only its wrong guesses).
pub async fn forgive(tx: &mut Transaction<'static, Any>, key: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sign_in_failures WHERE key = $1 AND failures <= 1")
        .bind(key)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE sign_in_failures SET failures = failures - 1 WHERE key = $1")
        .bind(key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// [`forgive`] in a transaction of its own: the secret was right, whatever happens next (a sign-up
/// whose password is then refused is not a guess at the code).
pub async fn forgive_alone(db: &Db, key: &str) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    forgive(&mut tx, key).await?;
    tx.commit().await?;
    Ok(())
}

/// Forgets every attempt against `key` (the right secret was given).
pub async fn clear(tx: &mut Transaction<'static, Any>, key: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sign_in_failures WHERE key = $1")
        .bind(key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
