//! The messages an appointment's changes send the patient (confirmation, change, cancellation,
//! reminders 3 days and 1 day before), queued in the transaction of the change. A reminder is
//! queued with the booking to be delivered later; moving or cancelling the appointment withdraws
//! the reminders of the old time in the same transaction, so none goes out for a time that no
//! longer holds.

use crate::{
    clock::zoned,
    db::DbError,
    notifications::{enqueue, NewNotification},
};
use domain::{locale::Locale, time::UtcMillis};
use sqlx::{Any, Row, Transaction};

pub const KIND_BOOKED: &str = "appointment_booked";
pub const KIND_RESCHEDULED: &str = "appointment_rescheduled";
pub const KIND_CANCELLED: &str = "appointment_cancelled";
pub const KIND_REMINDER: &str = "appointment_reminder";

/// Reminders go this many days before the start.
const REMINDER_DAYS: [i64; 2] = [3, 1];
const DAY_MS: i64 = 86_400_000;

/// What happened to the appointment.
pub(super) enum Change {
    Booked,
    Rescheduled { previous_start: UtcMillis },
    Cancelled,
}

fn reminder_key(appointment_id: i64, starts_at: i64, days: i64) -> String {
    format!("appointment:{appointment_id}:reminder:{starts_at}:{days}")
}

/// Queues what `change` to appointment `appointment_id` (as it now stands in `tx`) tells the
/// patient; nothing for a patient without an account (front desk tells them).
pub(super) async fn queue(
    tx: &mut Transaction<'static, Any>,
    change: &Change,
    appointment_id: i64,
    origin: &str,
    page_locale: Locale,
    now: UtcMillis,
) -> Result<(), DbError> {
    let row = sqlx::query(
        "SELECT a.starts_at, a.sequence, a.visit_mode, u.id AS user_id, u.email, \
         u.preferred_locale, p.given_name, pr.given_name AS provider_given, \
         pr.family_name AS provider_family, pr.credentials_suffix, l.name AS place, l.street, \
         l.city, l.time_zone FROM appointments a JOIN patients p ON p.id = a.patient_id \
         LEFT JOIN users u ON u.id = p.user_id JOIN providers pr ON pr.id = a.provider_id \
         JOIN locations l ON l.id = a.location_id WHERE a.id = $1",
    )
    .bind(appointment_id)
    .fetch_one(&mut **tx)
    .await?;
    let starts_at: i64 = row.try_get("starts_at")?;
    if let Change::Rescheduled { previous_start } = change {
        withdraw_reminders(tx, appointment_id, previous_start.0, now).await?;
    }
    if let Change::Cancelled = change {
        withdraw_reminders(tx, appointment_id, starts_at, now).await?;
    }
    let (Some(user_id), Some(email)) = (
        row.try_get::<Option<i64>, _>("user_id")?,
        row.try_get::<Option<String>, _>("email")?,
    ) else {
        return Ok(());
    };
    let locale = row
        .try_get::<Option<String>, _>("preferred_locale")?
        .and_then(|tag| Locale::parse(&tag))
        .unwrap_or(page_locale);
    let time_zone: String = row.try_get("time_zone")?;
    let when = |at: i64| {
        zoned(UtcMillis(at), &time_zone)
            .map(|z| serde_json::to_value(z).unwrap_or_default())
            .ok_or(DbError::Invalid("unknown time zone"))
    };
    let suffix: Option<String> = row.try_get("credentials_suffix")?;
    let provider = crate::directory::display_name(
        &row.try_get::<String, _>("provider_given")?,
        &row.try_get::<String, _>("provider_family")?,
        suffix.as_deref(),
    );
    let payload = serde_json::json!({
        "name": row.try_get::<String, _>("given_name")?,
        "provider": provider,
        "place": format!(
            "{}, {}, {}",
            row.try_get::<String, _>("place")?,
            row.try_get::<String, _>("street")?,
            row.try_get::<String, _>("city")?
        ),
        "when": when(starts_at)?,
        "previous": match change {
            Change::Rescheduled { previous_start } => when(previous_start.0)?,
            _ => serde_json::Value::Null,
        },
        "mode": row.try_get::<String, _>("visit_mode")?,
        "link": format!("{origin}/appointments/{appointment_id}"),
    });
    let sequence: i64 = row.try_get("sequence")?;
    let kind = match change {
        Change::Booked => KIND_BOOKED,
        Change::Rescheduled { .. } => KIND_RESCHEDULED,
        Change::Cancelled => KIND_CANCELLED,
    };
    let message = |kind: &str, dedupe_key: String, deliver_after: i64| NewNotification {
        kind: kind.to_string(),
        recipient_user_id: Some(user_id),
        to_address: email.clone(),
        locale,
        payload: payload.clone(),
        dedupe_key: Some(dedupe_key),
        deliver_after: UtcMillis(deliver_after),
    };
    enqueue(
        tx,
        &message(
            kind,
            format!("appointment:{appointment_id}:{sequence}:{kind}"),
            now.0,
        ),
        now,
    )
    .await?;
    if !matches!(change, Change::Cancelled) {
        for days in REMINDER_DAYS {
            let due = starts_at - days * DAY_MS;
            if due > now.0 {
                let key = reminder_key(appointment_id, starts_at, days);
                enqueue(tx, &message(KIND_REMINDER, key, due), now).await?;
            }
        }
    }
    Ok(())
}

/// Gives up the unsent reminders for the appointment's time `starts_at`.
async fn withdraw_reminders(
    tx: &mut Transaction<'static, Any>,
    appointment_id: i64,
    starts_at: i64,
    now: UtcMillis,
) -> Result<(), DbError> {
    for days in REMINDER_DAYS {
        sqlx::query(
            "UPDATE notifications SET failed_at = $1, last_error = 'withdrawn: the time changed', \
             payload = '{}', claimed_by = NULL, claimed_until = NULL \
             WHERE dedupe_key = $2 AND sent_at IS NULL AND failed_at IS NULL",
        )
        .bind(now.0)
        .bind(reminder_key(appointment_id, starts_at, days))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
