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
use domain::{
    locale::Locale,
    time::{UtcMillis, DAY_MS},
};
use sqlx::{Any, Row, Transaction};

pub const KIND_BOOKED: &str = "appointment_booked";
pub const KIND_RESCHEDULED: &str = "appointment_rescheduled";
pub const KIND_CANCELLED: &str = "appointment_cancelled";
pub const KIND_REMINDER: &str = "appointment_reminder";

/// Reminders go this many days before the start.
const REMINDER_DAYS: [i64; 2] = [3, 1];

/// What happened to the appointment.
pub(super) enum Change {
    Booked,
    Rescheduled { previous_start: UtcMillis },
    Cancelled,
}

fn reminder_key(appointment_id: i64, starts_at: i64, days: i64) -> String {
    format!("appointment:{appointment_id}:reminder:{starts_at}:{days}")
}

/// An appointment as its messages describe it, and whom they go to.
pub(super) struct About {
    /// The patient's account (id, email); none for a patient without one (front desk tells
    /// them).
    pub recipient: Option<(i64, String)>,
    /// The language the account chose, if any.
    pub locale: Option<Locale>,
    pub starts_at: i64,
    pub sequence: i64,
    pub visit_mode: String,
    time_zone: String,
    /// `name` (the patient's given name), `provider` and `place`: what every message says.
    pub payload: serde_json::Map<String, serde_json::Value>,
}

impl About {
    /// An instant as the messages show it: in the location's zone, the zone named.
    pub fn when(&self, at: i64) -> Result<serde_json::Value, DbError> {
        let when = zoned(UtcMillis(at), &self.time_zone)?;
        serde_json::to_value(when).map_err(|_| DbError::Invalid("a zoned time"))
    }
}

/// Appointment `appointment_id` as it now stands in `tx`, for a message about it.
pub(super) async fn about(
    tx: &mut Transaction<'static, Any>,
    appointment_id: i64,
) -> Result<About, DbError> {
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
    let suffix: Option<String> = row.try_get("credentials_suffix")?;
    let provider = crate::directory::display_name(
        &row.try_get::<String, _>("provider_given")?,
        &row.try_get::<String, _>("provider_family")?,
        suffix.as_deref(),
    );
    let place = format!(
        "{}, {}, {}",
        row.try_get::<String, _>("place")?,
        row.try_get::<String, _>("street")?,
        row.try_get::<String, _>("city")?
    );
    let mut payload = serde_json::Map::new();
    payload.insert(
        "name".into(),
        row.try_get::<String, _>("given_name")?.into(),
    );
    payload.insert("provider".into(), provider.into());
    payload.insert("place".into(), place.into());
    let user_id: Option<i64> = row.try_get("user_id")?;
    let email: Option<String> = row.try_get("email")?;
    Ok(About {
        recipient: user_id.zip(email),
        locale: row
            .try_get::<Option<String>, _>("preferred_locale")?
            .and_then(|tag| Locale::parse(&tag)),
        starts_at: row.try_get("starts_at")?,
        sequence: row.try_get("sequence")?,
        visit_mode: row.try_get("visit_mode")?,
        time_zone: row.try_get("time_zone")?,
        payload,
    })
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
    let about = about(tx, appointment_id).await?;
    let starts_at = about.starts_at;
    if let Change::Rescheduled { previous_start } = change {
        withdraw_reminders(tx, appointment_id, previous_start.0, now).await?;
    }
    if let Change::Cancelled = change {
        withdraw_reminders(tx, appointment_id, starts_at, now).await?;
    }
    let Some((user_id, email)) = about.recipient.clone() else {
        return Ok(());
    };
    let locale = about.locale.unwrap_or(page_locale);
    let mut payload = about.payload.clone();
    payload.insert("when".into(), about.when(starts_at)?);
    payload.insert(
        "previous".into(),
        match change {
            Change::Rescheduled { previous_start } => about.when(previous_start.0)?,
            _ => serde_json::Value::Null,
        },
    );
    payload.insert("mode".into(), about.visit_mode.clone().into());
    payload.insert(
        "link".into(),
        format!("{origin}/appointments/{appointment_id}").into(),
    );
    let payload = serde_json::Value::Object(payload);
    let sequence = about.sequence;
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
