//! "Forgot your password?": a single-use link sent through the notification outbox, working for
//! 30 minutes. Asking says nothing about whether the address has an account; using the link sets
//! a new password and ends every session of the account (whoever knew the old one is out).

use super::{code_hash, email_change, password, sessions, throttle};
use crate::{
    actor::Client,
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
    notifications::{self, NewNotification},
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use domain::{
    accounts::{Email, PasswordProblem},
    audit::AuditAction,
    locale::Locale,
    time::{UtcMillis, MINUTE_MS},
};
use rand::RngCore;
use sqlx::Row;
use thiserror::Error;

/// How long a link works.
pub const VALID_FOR_MS: i64 = 30 * MINUTE_MS;
/// Requests for one address (or from one client) within the throttle window before further
/// requests are quietly not sent.
const REQUESTS_BEFORE_PAUSE: i64 = 5;
/// The notification kind the app's renderer writes.
pub const KIND: &str = "password_reset";

/// Where the link points: the portal's public origin and the page that takes the token.
pub struct LinkBase<'a> {
    pub origin: &'a str,
    pub path: &'a str,
}

/// Queues the email with a fresh link when `email` belongs to an active account; otherwise, or
/// when asked too often, does nothing. The answer is the same either way. Returns whether a
/// message was queued (for waking the worker; never shown).
pub async fn request(
    db: &Db,
    email: &str,
    link: &LinkBase<'_>,
    request_locale: Locale,
    client: &Client,
    now: UtcMillis,
) -> Result<bool, DbError> {
    let Ok(email) = Email::parse(email) else {
        return Ok(false);
    };
    let keys = [
        format!("reset:{}", email.key()),
        format!("reset-address:{}", client.addr),
    ];
    let mut tx = db.begin_write().await?;
    let mut paused = false;
    for key in &keys {
        let counted = throttle::count_attempt(&mut tx, key, REQUESTS_BEFORE_PAUSE, now).await?;
        paused |= counted.locked_for.is_some();
    }
    let user = sqlx::query(
        "SELECT id, email, display_name, preferred_locale FROM users \
         WHERE email_key = $1 AND status = 'active'",
    )
    .bind(email.key())
    .fetch_optional(&mut *tx)
    .await?;
    let (Some(user), false) = (user, paused) else {
        tx.commit().await?;
        return Ok(false);
    };
    let user_id: i64 = user.try_get("id")?;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    // One link at a time: a new request retires the older ones (marked used).
    sqlx::query("UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(code_hash(&token))
    .bind(user_id)
    .bind(now.0)
    .bind(now.0 + VALID_FOR_MS)
    .execute(&mut *tx)
    .await?;
    let locale = user
        .try_get::<Option<String>, _>("preferred_locale")?
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or(request_locale);
    let notification = NewNotification {
        kind: KIND.to_string(),
        recipient_user_id: Some(user_id),
        to_address: user.try_get("email")?,
        locale,
        payload: serde_json::json!({
            "name": user.try_get::<String, _>("display_name")?,
            "link": format!("{}{}?token={token}", link.origin, link.path),
            "minutes": VALID_FOR_MS / MINUTE_MS,
        }),
        dedupe_key: Some(format!("{KIND}:{}", code_hash(&token))),
        deliver_after: now,
    };
    notifications::enqueue(&mut tx, &notification, now).await?;
    let entry = Entry::account(
        user_id,
        AuditAction::PasswordResetRequested,
        Outcome::Success,
        client,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(true)
}

#[derive(Debug, Error)]
pub enum ResetError {
    /// Unknown, used or expired: one answer.
    #[error("the link is not valid")]
    InvalidLink,
    #[error("the new password is not accepted: {0:?}")]
    Password(PasswordProblem),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for ResetError {
    fn from(error: sqlx::Error) -> Self {
        ResetError::Database(error.into())
    }
}

/// Sets a new password with a valid link, uses the link up, ends every session of the account
/// and lifts its sign-in lock.
pub async fn complete(
    db: &Db,
    token: &str,
    new_password: &str,
    client: &Client,
    now: UtcMillis,
) -> Result<(), ResetError> {
    let mut tx = db.begin_read().await?;
    let found = sqlx::query(
        "SELECT r.user_id, u.email, u.email_key, u.display_name FROM password_resets r \
         JOIN users u ON u.id = r.user_id \
         WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.status = 'active'",
    )
    .bind(code_hash(token.trim()))
    .bind(now.0)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    let Some(found) = found else {
        return Err(ResetError::InvalidLink);
    };
    let user_id: i64 = found.try_get("user_id")?;
    let personal = vec![found.try_get("email")?, found.try_get("display_name")?];
    password::check_new(new_password.to_string(), personal)
        .await
        .map_err(ResetError::Password)?;
    let hash = password::hash(new_password.to_string()).await;

    let mut tx = db.begin_write().await?;
    let used = sqlx::query(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
         AND expires_at > $1",
    )
    .bind(now.0)
    .bind(code_hash(token.trim()))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if used != 1 {
        return Err(ResetError::InvalidLink);
    }
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(&hash)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sessions::end_all_of(&mut tx, user_id, now).await?;
    email_change::withdraw_in(&mut tx, user_id).await?;
    let email_key: String = found.try_get("email_key")?;
    throttle::clear(&mut tx, &throttle::account_key(&email_key)).await?;
    let entry = Entry::account(
        user_id,
        AuditAction::PasswordReset,
        Outcome::Success,
        client,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(())
}
