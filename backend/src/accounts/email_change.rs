//! Changing the email address one signs in with, proved by a link sent to the new address.
//!
//! Asking (with the current password) answers the same whether or not the new address belongs to
//! another account, so the form tells nobody who has one: a free address gets the confirmation
//! link; an address with an account gets, instead, a message telling its owner so (and no link);
//! the old address is told that a change was asked for. Until the link is used the account keeps
//! its old address for signing in and for every message. Confirming (a POST from the link's page,
//! so mail scanners that open links confirm nothing) makes the change in one transaction, in
//! which the unique email key is still the last word, and tells the old address.

use super::{code_hash, confirm_current_password, throttle, Reentry};
use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
    notifications::{self, NewNotification},
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use domain::{
    accounts::{masked_email, Email},
    audit::AuditAction,
    locale::Locale,
    time::{UtcMillis, HOUR_MS},
};
use rand::RngCore;
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

/// Changes asked for within the throttle's window before asking pauses for the account.
const REQUESTS_BEFORE_PAUSE: i64 = 5;
/// How long a confirmation link works.
pub const VALID_FOR_MS: i64 = 24 * HOUR_MS;
/// To the new address: the confirmation link.
pub const KIND_CONFIRM: &str = "email_change_confirm";
/// To the new address when an account already uses it: says so, with no link.
pub const KIND_TAKEN: &str = "email_change_taken";
/// To the old address: a change was asked for, and what to do if it was not them.
pub const KIND_REQUESTED: &str = "email_change_requested";
/// To the old address: the change was confirmed.
pub const KIND_CHANGED: &str = "email_changed";

/// Where the messages' links point: the portal's public origin, the page that takes the token,
/// and the account page (named to the old address, to cancel a change they did not ask for).
pub struct Links<'a> {
    pub origin: &'a str,
    pub confirm_path: &'a str,
    pub account_path: &'a str,
}

#[derive(Debug, Error)]
pub enum RequestError {
    /// The current password, asked again, was wrong or is locked.
    #[error(transparent)]
    Reentry(#[from] Reentry),
    /// Too many changes asked for lately: each sends mail to an address of the asker's choosing.
    #[error("too many requests; try again in {retry_after_minutes} minutes")]
    Throttled { retry_after_minutes: i64 },
    #[error("the email address is not valid")]
    InvalidEmail,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for RequestError {
    fn from(error: sqlx::Error) -> Self {
        RequestError::Database(error.into())
    }
}

/// Asks to change the actor's sign-in email to `new_email`, replacing any change still waiting.
/// Queues the messages described in the module's documentation; the answer (and what the
/// account page shows afterwards) is the same whether or not the new address is taken. The
/// messages are in the account's language, else the one the request was made in.
pub async fn request(
    db: &Db,
    actor: &Actor,
    current_password: &str,
    new_email: &str,
    links: &Links<'_>,
    request_locale: Locale,
    now: UtcMillis,
) -> Result<(), RequestError> {
    let email = Email::parse(new_email).map_err(|_| RequestError::InvalidEmail)?;
    confirm_current_password(
        db,
        actor,
        current_password,
        AuditAction::EmailChangeRequested,
        now,
    )
    .await?;
    let asked = format!("email-change:{}", actor.user_id);
    if let Some(remaining) = throttle::count_alone(db, &asked, REQUESTS_BEFORE_PAUSE, now).await? {
        return Err(RequestError::Throttled {
            retry_after_minutes: throttle::minutes_left(remaining),
        });
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let token_hash = code_hash(&token);

    let mut tx = db.begin_write().await?;
    let me = account(&mut tx, actor.user_id).await?;
    let owner = sqlx::query("SELECT preferred_locale FROM users WHERE email_key = $1")
        .bind(email.key())
        .fetch_optional(&mut *tx)
        .await?;
    // A pending change is stored even for a taken address (with a token nobody is sent), so the
    // account page reads the same either way.
    sqlx::query("DELETE FROM email_changes WHERE user_id = $1")
        .bind(actor.user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO email_changes (user_id, token_hash, new_email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(actor.user_id)
    .bind(&token_hash)
    .bind(email.as_str())
    .bind(now.0)
    .bind(now.0 + VALID_FOR_MS)
    .execute(&mut *tx)
    .await?;

    let locale = me.locale.unwrap_or(request_locale);
    let to_new = match owner {
        Some(owner) => NewNotification {
            kind: KIND_TAKEN.to_string(),
            recipient_user_id: None,
            to_address: email.as_str().to_string(),
            locale: stored_locale(&owner)?.unwrap_or(locale),
            payload: serde_json::json!({ "link": links.origin }),
            dedupe_key: Some(format!("{KIND_TAKEN}:{token_hash}")),
            deliver_after: now,
        },
        None => NewNotification {
            kind: KIND_CONFIRM.to_string(),
            recipient_user_id: None,
            to_address: email.as_str().to_string(),
            locale,
            payload: serde_json::json!({
                "name": me.display_name,
                "link": format!("{}{}?token={token}", links.origin, links.confirm_path),
                "hours": VALID_FOR_MS / HOUR_MS,
            }),
            dedupe_key: Some(format!("{KIND_CONFIRM}:{token_hash}")),
            deliver_after: now,
        },
    };
    notifications::enqueue(&mut tx, &to_new, now).await?;
    let to_old = NewNotification {
        kind: KIND_REQUESTED.to_string(),
        recipient_user_id: Some(actor.user_id),
        to_address: me.email,
        locale,
        payload: serde_json::json!({
            "name": me.display_name,
            "new_address": masked_email(email.as_str()),
            "link": format!("{}{}", links.origin, links.account_path),
        }),
        dedupe_key: Some(format!("{KIND_REQUESTED}:{token_hash}")),
        deliver_after: now,
    };
    notifications::enqueue(&mut tx, &to_old, now).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::EmailChangeRequested),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The address the actor signs in with, and the new one waiting for its link (masked), if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailStatus {
    pub current: String,
    pub pending: Option<String>,
}

/// What the account page shows of the actor's email.
pub async fn status(db: &Db, actor: &Actor, now: UtcMillis) -> Result<EmailStatus, DbError> {
    let mut tx = db.begin_read().await?;
    let row = sqlx::query(
        "SELECT u.email, c.new_email FROM users u \
         LEFT JOIN email_changes c ON c.user_id = u.id AND c.expires_at > $2 \
         WHERE u.id = $1",
    )
    .bind(actor.user_id)
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(EmailStatus {
        current: row.try_get("email")?,
        pending: row
            .try_get::<Option<String>, _>("new_email")?
            .map(|new| masked_email(&new)),
    })
}

/// Withdraws `user_id`'s change waiting for its link, if there is one, inside the caller's
/// transaction; its link stops working. A new password (changed, or reset by email) withdraws it
/// too, as it ends the other sessions: a change asked for by someone who knew the old password
/// must not be confirmed after the owner has shut them out. Returns whether there was one.
pub(crate) async fn withdraw_in(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
) -> Result<bool, DbError> {
    Ok(sqlx::query("DELETE FROM email_changes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?
        .rows_affected()
        > 0)
}

/// Withdraws the actor's change waiting for its link, if there is one; its link stops working.
/// Returns whether there was one.
pub async fn cancel(db: &Db, actor: &Actor, now: UtcMillis) -> Result<bool, DbError> {
    let mut tx = db.begin_write().await?;
    let cancelled = withdraw_in(&mut tx, actor.user_id).await?;
    if cancelled {
        audit::append(
            &mut tx,
            now,
            &Entry::own_account(actor, AuditAction::EmailChangeCancelled),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(cancelled)
}

#[derive(Debug, Error)]
pub enum ConfirmError {
    /// Unknown, used, cancelled, replaced or expired: one answer.
    #[error("the link is not valid")]
    InvalidLink,
    /// Another account took the address after the link was sent.
    #[error("an account with this email exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for ConfirmError {
    fn from(error: sqlx::Error) -> Self {
        ConfirmError::Database(error.into())
    }
}

/// Uses a confirmation link: the account's sign-in email becomes the new address, the link ends,
/// the old address is told, all in one transaction. Needs no session: the link proves the new
/// address, and the password was asked when the change was. The message to the old address is in
/// the account's language, else `request_locale`.
pub async fn confirm(
    db: &Db,
    token: &str,
    client: &Client,
    request_locale: Locale,
    now: UtcMillis,
) -> Result<(), ConfirmError> {
    let token_hash = code_hash(token.trim());
    let mut tx = db.begin_write().await?;
    let pending = sqlx::query(
        "DELETE FROM email_changes WHERE token_hash = $1 AND expires_at > $2 \
         RETURNING user_id, new_email",
    )
    .bind(&token_hash)
    .bind(now.0)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(pending) = pending else {
        return Err(ConfirmError::InvalidLink);
    };
    let user_id: i64 = pending.try_get("user_id")?;
    let me = account(&mut tx, user_id).await?;
    if !me.active {
        return Err(ConfirmError::InvalidLink);
    }
    let email = Email::parse(&pending.try_get::<String, _>("new_email")?)
        .map_err(|_| ConfirmError::InvalidLink)?;
    let updated = sqlx::query("UPDATE users SET email = $1, email_key = $2 WHERE id = $3")
        .bind(email.as_str())
        .bind(email.key())
        .bind(user_id)
        .execute(&mut *tx)
        .await;
    match updated {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(ConfirmError::EmailTaken)
        }
        Err(e) => return Err(DbError::from(e).into()),
    }
    let told = NewNotification {
        kind: KIND_CHANGED.to_string(),
        recipient_user_id: Some(user_id),
        to_address: me.email,
        locale: me.locale.unwrap_or(request_locale),
        payload: serde_json::json!({
            "name": me.display_name,
            "new_address": masked_email(email.as_str()),
        }),
        dedupe_key: Some(format!("{KIND_CHANGED}:{token_hash}")),
        deliver_after: now,
    };
    notifications::enqueue(&mut tx, &told, now).await?;
    let entry = Entry::account(user_id, AuditAction::ChangeEmail, Outcome::Success, client);
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// What the messages need of the account whose email changes.
struct Account {
    email: String,
    display_name: String,
    locale: Option<Locale>,
    active: bool,
}

async fn account(tx: &mut Transaction<'static, Any>, user_id: i64) -> Result<Account, DbError> {
    let row = sqlx::query(
        "SELECT email, display_name, preferred_locale, status FROM users WHERE id = $1",
    )
    .bind(user_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(Account {
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        locale: stored_locale(&row)?,
        active: row.try_get::<String, _>("status")? == "active",
    })
}

fn stored_locale(row: &sqlx::any::AnyRow) -> Result<Option<Locale>, DbError> {
    Ok(row
        .try_get::<Option<String>, _>("preferred_locale")?
        .as_deref()
        .and_then(Locale::parse))
}
