//! Delivering queued messages. A worker claims due messages with a lease (so two workers, in one
//! process or several, never hold the same message), sends each, then records the outcome only if
//! its claim still stands. A worker that dies mid-batch leaves its claims to run out; another
//! worker then takes the messages over.

use super::{Channel, ChannelError, Email, Renderer};
use crate::{
    clock,
    db::{Db, DbError, DbKind},
};
use domain::{
    locale::Locale,
    time::{UtcMillis, MINUTE_MS},
};
use sqlx::Row;
use std::{sync::Arc, time::Duration};
use tokio::sync::{watch, Notify};

/// Attempts before a message is given up.
pub const MAX_ATTEMPTS: i64 = 8;

/// How long a claim holds: long enough for a batch of [`WORKER_BATCH`] slow SMTP exchanges.
pub const LEASE_MS: i64 = 5 * MINUTE_MS;

/// Messages a worker claims at once.
const WORKER_BATCH: i64 = 10;

/// How often an idle worker looks for due messages when nobody wakes it (messages queued by
/// another server process, retries coming due).
const POLL_INTERVAL: Duration = Duration::from_secs(5);

/// The pause before the next attempt after `failed_attempts` failures: 1 min, 5 min, 30 min,
/// 2 h, 6 h, 12 h, then daily.
pub fn backoff_ms(failed_attempts: i64) -> i64 {
    MINUTE_MS
        * match failed_attempts {
            ..=1 => 1,
            2 => 5,
            3 => 30,
            4 => 120,
            5 => 360,
            6 => 720,
            _ => 1440,
        }
}

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    /// Failed for now, tried again after a pause.
    pub retried: usize,
    /// Given up: could not be rendered, refused for good, or out of attempts.
    pub failed: usize,
}

impl DeliveryReport {
    fn handled(&self) -> usize {
        self.sent + self.retried + self.failed
    }
}

/// A claimed message, as stored.
struct Claimed {
    id: i64,
    kind: String,
    to_address: String,
    locale: String,
    payload: String,
    attempts: i64,
}

/// A worker's hold on the messages it claimed in one round.
struct Claim<'a> {
    worker_id: &'a str,
    until: i64,
}

/// Not finished, due, and not held by a live claim. `$2` is now.
const CLAIMABLE: &str = "sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2 \
                         AND (claimed_until IS NULL OR claimed_until <= $2)";

/// One round: claims up to `batch` due messages for `worker_id`, delivers them through
/// `channel`, and records each outcome.
pub async fn deliver_due(
    db: &Db,
    channel: &dyn Channel,
    renderer: &dyn Renderer,
    worker_id: &str,
    now: UtcMillis,
    batch: i64,
) -> Result<DeliveryReport, DbError> {
    let claim = Claim {
        worker_id,
        until: now.0 + LEASE_MS,
    };
    let mut report = DeliveryReport::default();
    for message in claim_due(db, &claim, now, batch).await? {
        let outcome = deliver(channel, renderer, &message).await;
        let decision = decide(outcome, message.attempts + 1, now);
        let recorded = record(db, &claim, &message, &decision, now).await?;
        log(&message, &decision, recorded);
        match decision {
            _ if !recorded => {}
            Decision::Sent => report.sent += 1,
            Decision::Retry { .. } => report.retried += 1,
            Decision::GiveUp { .. } => report.failed += 1,
        }
    }
    Ok(report)
}

/// Marks up to `batch` claimable messages as held by `claim`, in one write transaction. SQLite
/// runs one writer at a time; on PostgreSQL the inner select skips rows another worker is
/// claiming, and the outer condition is checked again on each row it locks, so a message is never
/// held twice.
async fn claim_due(
    db: &Db,
    claim: &Claim<'_>,
    now: UtcMillis,
    batch: i64,
) -> Result<Vec<Claimed>, DbError> {
    let skip_locked = match db.kind() {
        DbKind::Postgres => "FOR UPDATE SKIP LOCKED",
        DbKind::Sqlite => "",
    };
    let mut tx = db.begin_write().await?;
    let rows = sqlx::query(&format!(
        "UPDATE notifications SET claimed_by = $1, claimed_until = $3 \
         WHERE id IN (SELECT id FROM notifications WHERE {CLAIMABLE} \
         ORDER BY next_attempt_at, id LIMIT $4 {skip_locked}) AND {CLAIMABLE} \
         RETURNING id, kind, to_address, locale, payload, attempts"
    ))
    .bind(claim.worker_id)
    .bind(now.0)
    .bind(claim.until)
    .bind(batch)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let mut claimed = rows
        .iter()
        .map(|row| {
            Ok(Claimed {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                to_address: row.try_get("to_address")?,
                locale: row.try_get("locale")?,
                payload: row.try_get("payload")?,
                attempts: row.try_get("attempts")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    claimed.sort_by_key(|message| message.id);
    Ok(claimed)
}

/// What became of one delivery attempt.
enum Outcome {
    Sent,
    NotRendered(String),
    NotSent(ChannelError),
}

async fn deliver(channel: &dyn Channel, renderer: &dyn Renderer, message: &Claimed) -> Outcome {
    let email = match render(renderer, message) {
        Ok(email) => email,
        Err(reason) => return Outcome::NotRendered(reason),
    };
    match channel.send(&email).await {
        Ok(()) => Outcome::Sent,
        Err(error) => Outcome::NotSent(error),
    }
}

fn render(renderer: &dyn Renderer, message: &Claimed) -> Result<Email, String> {
    let locale = Locale::parse(&message.locale).ok_or("the stored locale is not supported")?;
    let payload: serde_json::Value =
        serde_json::from_str(&message.payload).map_err(|_| "the payload is not JSON")?;
    let rendered = renderer
        .render(&message.kind, locale, &payload)
        .map_err(|reason| storable_reason(reason, &message.to_address, &payload))?;
    Ok(Email {
        notification_id: message.id,
        to: message.to_address.clone(),
        subject: rendered.subject,
        text_body: rendered.text_body,
    })
}

/// The longest reason stored; the column's check allows 200 characters.
const MAX_REASON_CHARS: usize = 200;

/// The renderer's reason as stored and logged: replaced by a generic one if it quotes the address
/// or a value of the payload, shortened to fit.
fn storable_reason(reason: String, to_address: &str, payload: &serde_json::Value) -> String {
    let quotes = |text: &str| text.chars().count() >= 3 && reason.contains(text);
    if quotes(to_address) || string_values(payload).any(quotes) {
        return "the renderer failed".into();
    }
    reason.chars().take(MAX_REASON_CHARS).collect()
}

/// Every string in a JSON value, however deep.
fn string_values(value: &serde_json::Value) -> Box<dyn Iterator<Item = &str> + '_> {
    match value {
        serde_json::Value::String(text) => Box::new(std::iter::once(text.as_str())),
        serde_json::Value::Array(items) => Box::new(items.iter().flat_map(string_values)),
        serde_json::Value::Object(fields) => Box::new(fields.values().flat_map(string_values)),
        _ => Box::new(std::iter::empty()),
    }
}

/// What to record for a message after an attempt.
enum Decision {
    Sent,
    Retry {
        reason: String,
        next_attempt_at: i64,
    },
    GiveUp {
        reason: String,
    },
}

fn decide(outcome: Outcome, attempts: i64, now: UtcMillis) -> Decision {
    match outcome {
        Outcome::Sent => Decision::Sent,
        Outcome::NotRendered(reason) => Decision::GiveUp {
            reason: format!("not rendered: {reason}"),
        },
        Outcome::NotSent(ChannelError::Permanent(reason)) => Decision::GiveUp { reason },
        Outcome::NotSent(ChannelError::Temporary(reason)) if attempts >= MAX_ATTEMPTS => {
            Decision::GiveUp { reason }
        }
        Outcome::NotSent(ChannelError::Temporary(reason)) => Decision::Retry {
            reason,
            next_attempt_at: now.0 + backoff_ms(attempts),
        },
    }
}

/// Records `decision` and releases the claim, if `claim` still holds the message; `false` when
/// the claim ran out and another worker holds the message now.
async fn record(
    db: &Db,
    claim: &Claim<'_>,
    message: &Claimed,
    decision: &Decision,
    now: UtcMillis,
) -> Result<bool, DbError> {
    // The payload goes once the message is finished: it may hold a one-time link and personal
    // data, and nothing will render it again.
    let (set, at, reason) = match decision {
        Decision::Sent => ("sent_at = $1, payload = '{}'", now.0, None),
        Decision::Retry {
            reason,
            next_attempt_at,
        } => ("next_attempt_at = $1", *next_attempt_at, Some(reason)),
        Decision::GiveUp { reason } => ("failed_at = $1, payload = '{}'", now.0, Some(reason)),
    };
    let reason = reason.map(|r| r.chars().take(MAX_REASON_CHARS).collect::<String>());
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(&format!(
        "UPDATE notifications SET {set}, last_error = $2, attempts = $3, claimed_by = NULL, \
         claimed_until = NULL WHERE id = $4 AND claimed_by = $5 AND claimed_until = $6"
    ))
    .bind(at)
    .bind(reason)
    .bind(message.attempts + 1)
    .bind(message.id)
    .bind(claim.worker_id)
    .bind(claim.until)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(updated == 1)
}

/// One line per message: its id and kind, never the address or the content.
fn log(message: &Claimed, decision: &Decision, recorded: bool) {
    let (id, kind) = (message.id, message.kind.as_str());
    if !recorded {
        tracing::warn!(
            notification_id = id,
            kind,
            "notification claim ran out before its outcome was recorded"
        );
        return;
    }
    match decision {
        Decision::Sent => tracing::info!(notification_id = id, kind, "notification sent"),
        Decision::Retry {
            reason,
            next_attempt_at,
        } => tracing::warn!(
            notification_id = id,
            kind,
            reason = reason.as_str(),
            next_attempt_at,
            "notification not sent; will retry"
        ),
        Decision::GiveUp { reason } => tracing::error!(
            notification_id = id,
            kind,
            reason = reason.as_str(),
            "notification given up"
        ),
    }
}

/// Delivers due messages until `shutdown` turns true (or its sender is dropped): a round, then a
/// wait for `wake` (notified after a commit that queued a message) or the poll interval. A full
/// batch goes straight on to the next round. A round under way finishes before it stops.
pub async fn run_worker(
    db: Db,
    channel: Arc<dyn Channel>,
    renderer: Arc<dyn Renderer>,
    worker_id: String,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    tracing::info!(worker_id, "notification worker started");
    while !*shutdown.borrow() {
        let round = deliver_due(
            &db,
            channel.as_ref(),
            renderer.as_ref(),
            &worker_id,
            clock::now(),
            WORKER_BATCH,
        )
        .await;
        match round {
            Ok(report) if report.handled() as i64 == WORKER_BATCH => continue,
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "notification round failed"),
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL_INTERVAL) => {}
            _ = shutdown.wait_for(|stop| *stop) => break,
        }
    }
    tracing::info!(worker_id, "notification worker stopped");
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pauses_grow_and_stay_daily() {
        let pauses: Vec<i64> = (1..=MAX_ATTEMPTS).map(backoff_ms).collect();
        assert!(pauses.windows(2).all(|pair| pair[0] <= pair[1]));
        assert_eq!(pauses[0], 60_000);
        assert_eq!(backoff_ms(100), 24 * 60 * 60_000);
    }

    #[test]
    fn reasons_that_quote_personal_data_are_replaced() {
        let payload = json!({ "name": "Ana Pérez", "link": { "url": "https://x.test/reset/abc" } });
        let stored = |reason: &str| storable_reason(reason.into(), "ana@example.org", &payload);
        assert_eq!(
            stored("no template for notification kind welcome"),
            "no template for notification kind welcome"
        );
        assert_eq!(stored("bad name Ana Pérez"), "the renderer failed");
        assert_eq!(
            stored("cannot use https://x.test/reset/abc"),
            "the renderer failed"
        );
        assert_eq!(stored("to ana@example.org"), "the renderer failed");
        assert_eq!(stored(&"x".repeat(500)).chars().count(), MAX_REASON_CHARS);
    }
}
