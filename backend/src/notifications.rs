//! The notification outbox. A message is queued with [`enqueue`] inside the transaction of the
//! change that causes it (a password reset request, a booking), so it exists exactly when the
//! change does. A worker ([`run_worker`], one round: [`deliver_due`]) claims due messages, renders
//! each in its recipient's language through a [`Renderer`] and delivers it through a [`Channel`],
//! retrying with growing pauses. The backend knows no languages: the app's translations implement
//! the renderer.

mod channels;
mod worker;

use crate::db::DbError;
use domain::{locale::Locale, time::UtcMillis};
use sqlx::{Any, Row, Transaction};

pub use channels::{Channel, ChannelError, Email, FileChannel, SmtpChannel, SmtpUrlError};
pub use lettre::message::Mailbox;
pub use worker::{backoff_ms, deliver_due, run_worker, DeliveryReport, LEASE_MS, MAX_ATTEMPTS};

/// A message to queue.
#[derive(Clone, Debug)]
pub struct NewNotification {
    /// What the message says, e.g. `password_reset`: the renderer's template name.
    pub kind: String,
    pub recipient_user_id: Option<i64>,
    pub to_address: String,
    pub locale: Locale,
    /// A JSON object with the values the message is rendered from. Emptied once the message is
    /// sent or given up, since it may hold a one-time link and personal data.
    pub payload: serde_json::Value,
    /// Names the logical message (e.g. `password_reset:<request id>`): a second message with the
    /// same key is not queued, so a retried request does not send twice.
    pub dedupe_key: Option<String>,
    /// The message is not delivered before this instant.
    pub deliver_after: UtcMillis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enqueued {
    Queued {
        id: i64,
    },
    /// A message with the same dedupe key was queued before; nothing was added.
    AlreadyQueued,
}

/// Queues `notification` inside the caller's transaction: it is delivered only if the
/// transaction commits. Wake the worker after the commit so it goes out at once.
pub async fn enqueue(
    tx: &mut Transaction<'static, Any>,
    notification: &NewNotification,
    now: UtcMillis,
) -> Result<Enqueued, DbError> {
    let row = sqlx::query(
        "INSERT INTO notifications (kind, recipient_user_id, to_address, locale, payload, \
         dedupe_key, created_at, deliver_after, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )
    .bind(&notification.kind)
    .bind(notification.recipient_user_id)
    .bind(&notification.to_address)
    .bind(notification.locale.tag())
    .bind(notification.payload.to_string())
    .bind(notification.dedupe_key.as_deref())
    .bind(now.0)
    .bind(notification.deliver_after.0)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match row {
        Some(row) => Enqueued::Queued {
            id: row.try_get("id")?,
        },
        None => Enqueued::AlreadyQueued,
    })
}

/// A message's text in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedMessage {
    pub subject: String,
    pub text_body: String,
}

/// Turns a queued message into text in the recipient's language.
pub trait Renderer: Send + Sync {
    /// The message of `kind` in `locale` from `payload`, or why it cannot be rendered (e.g. no
    /// template for the kind). The reason is stored with the message, so it must not quote the
    /// payload; a reason that does is replaced by a generic one.
    fn render(
        &self,
        kind: &str,
        locale: Locale,
        payload: &serde_json::Value,
    ) -> Result<RenderedMessage, String>;
}
