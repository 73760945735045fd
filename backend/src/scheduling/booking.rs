//! Booking a free time. The database has the last word: an overlapping insert is refused by its
//! constraints (PostgreSQL's exclusion constraints; SQLite's triggers inside a `BEGIN IMMEDIATE`
//! transaction), and the refusal becomes [`SchedulingError::Taken`] with the nearest free times,
//! never an internal error.

use super::{
    audit_change,
    availability::{calendar, day_window, free_slots_in},
    notices::{self, Change},
    rules::provider_at,
    violation, SchedulingError, Violation,
};
use crate::{actor::Actor, db::Db, staff_locations::reach_in};
use domain::{
    accounts::Role,
    appointments::{VisitMode, VisitType},
    audit::AuditAction,
    locale::Locale,
    schedule::{nearest, slot_at, Slot},
    time::{local_date, UtcMillis, WEEK_MS},
};
use sqlx::{Any, Row, Transaction};

/// The most a reason for the visit may hold, in characters.
pub const REASON_MAX: usize = 500;

/// A booking as the form sends it.
#[derive(Clone, Debug)]
pub struct BookingRequest<'a> {
    /// For front desk booking for a patient; a patient books for themselves and leaves it out.
    pub patient_id: Option<i64>,
    pub provider_id: i64,
    pub location_id: i64,
    pub starts_at: UtcMillis,
    pub visit_mode: VisitMode,
    pub visit_type: VisitType,
    pub reason: &'a str,
    /// Made once per booking form: a retried submit with the same key books nothing new and
    /// answers with the appointment the first one made.
    pub idempotency_key: &'a str,
    /// The public origin links in the confirmation start with.
    pub origin: &'a str,
    /// The language of the page, for a patient whose account names none.
    pub locale: Locale,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Booked {
    pub appointment_id: i64,
    /// This was a retry of a booking already made.
    pub repeated: bool,
}

/// Whose appointment this is: a patient's own, or front desk's choice (which the caller then
/// checks against where front desk works, [`reach_in`]).
pub(super) fn patient_for(actor: &Actor, asked: Option<i64>) -> Result<i64, SchedulingError> {
    match asked {
        Some(id) if actor.has_role(Role::FrontDesk) => Ok(id),
        Some(id) if actor.patient_id == Some(id) => Ok(id),
        None => actor.patient_id.ok_or(SchedulingError::NotFound),
        Some(_) => Err(SchedulingError::NotFound),
    }
}

/// The reason, trimmed, or why it cannot be used.
pub(super) fn checked_reason(reason: &str) -> Result<&str, SchedulingError> {
    let reason = reason.trim();
    if reason.is_empty() {
        Err(SchedulingError::ReasonRequired)
    } else if reason.chars().count() > REASON_MAX {
        Err(SchedulingError::ReasonTooLong)
    } else {
        Ok(reason)
    }
}

/// Books `request.starts_at` with the provider at the location for the patient, with the
/// confirmation and reminders queued in the same transaction. Front desk books another patient
/// only at a location it works at; elsewhere the answer is [`SchedulingError::NotFound`].
pub async fn book(
    db: &Db,
    actor: &Actor,
    request: &BookingRequest<'_>,
    now: UtcMillis,
) -> Result<Booked, SchedulingError> {
    let patient_id = patient_for(actor, request.patient_id)?;
    let reason = checked_reason(request.reason)?;
    if !(16..=100).contains(&request.idempotency_key.len()) {
        return Err(SchedulingError::Malformed);
    }
    let mut tx = db.begin_write().await?;
    if let Some(id) = by_key(&mut tx, actor.user_id, request.idempotency_key).await? {
        tx.commit().await?;
        return Ok(Booked {
            appointment_id: id,
            repeated: true,
        });
    }
    let for_another = actor.patient_id != Some(patient_id);
    if for_another && !reach_in(&mut tx, actor).await?.covers(request.location_id) {
        return Err(SchedulingError::NotFound);
    }
    if !patient_exists(&mut tx, patient_id).await? {
        return Err(SchedulingError::NotFound);
    }
    let Some(slot) = bookable_slot(
        &mut tx,
        (request.provider_id, request.location_id),
        request.starts_at,
        (request.visit_mode, request.visit_type),
        now,
    )
    .await?
    else {
        tx.rollback().await?;
        return refused(db, actor, request, now, Ok(Violation::ProviderOverlap)).await;
    };
    let inserted = sqlx::query(
        "INSERT INTO appointments (patient_id, provider_id, location_id, starts_at, ends_at, \
         visit_mode, visit_type, reason, status, booked_by, idempotency_key, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'booked', $9, $10, $11, $11) \
         RETURNING id",
    )
    .bind(patient_id)
    .bind(request.provider_id)
    .bind(request.location_id)
    .bind(slot.start.0)
    .bind(slot.end.0)
    .bind(request.visit_mode.as_str())
    .bind(request.visit_type.as_str())
    .bind(reason)
    .bind(actor.user_id)
    .bind(request.idempotency_key)
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await;
    let appointment_id: i64 = match inserted {
        Ok(row) => row.try_get("id")?,
        Err(error) => {
            tx.rollback().await?;
            let cause = match violation(&error) {
                Some(rule) if rule != Violation::IdempotencyKey => Ok(rule),
                _ => Err(error),
            };
            return refused(db, actor, request, now, cause).await;
        }
    };
    notices::queue(
        &mut tx,
        &Change::Booked,
        appointment_id,
        request.origin,
        request.locale,
        now,
    )
    .await?;
    // Last before the commit: appending takes the audit chain's head row, which every writer
    // waits for until this transaction ends.
    audit_change(
        &mut tx,
        actor,
        AuditAction::AppointmentBook,
        ("appointment", appointment_id),
        patient_id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Booked {
        appointment_id,
        repeated: false,
    })
}

/// The free time starting exactly at `start` with the provider at the location (the first
/// pair), for this kind of visit (mode and type, the second pair), when the licence rule lets
/// the provider be booked there; `None` when that time is not free.
pub(super) async fn bookable_slot(
    tx: &mut Transaction<'static, Any>,
    (provider_id, location_id): (i64, i64),
    start: UtcMillis,
    (mode, visit_type): (VisitMode, VisitType),
    now: UtcMillis,
) -> Result<Option<Slot>, SchedulingError> {
    let (provider, place) = provider_at(tx, provider_id, location_id)
        .await?
        .ok_or(SchedulingError::NotFound)?;
    let today = local_date(now, &place.zone).map_err(crate::db::DbError::from)?;
    provider
        .bookable_at(&place, visit_type == VisitType::NewPatient, today)
        .map_err(SchedulingError::NotBookable)?;
    let (from, to) = day_window(start, &place.zone)?;
    let calendar = calendar(tx, provider_id, &place, from, to).await?;
    let slot = slot_at(
        &calendar.availability,
        &place.zone,
        start,
        &calendar.busy,
        now,
    );
    if let Some(slot) = &slot {
        offered_for(slot, mode, visit_type)?;
    }
    Ok(slot)
}

/// Whether `slot` may hold this kind of visit.
pub(super) fn offered_for(
    slot: &Slot,
    mode: VisitMode,
    visit_type: VisitType,
) -> Result<(), SchedulingError> {
    if slot.kinds.offers(mode, visit_type) {
        Ok(())
    } else {
        Err(SchedulingError::VisitNotOffered)
    }
}

/// The answer to a time someone else has: the three free times nearest to it (within a week
/// each side).
pub(super) async fn taken(
    db: &Db,
    provider_id: i64,
    location_id: i64,
    wanted: UtcMillis,
    now: UtcMillis,
) -> SchedulingError {
    let nearby = async {
        let mut tx = db.begin_read().await?;
        let day = local_date(UtcMillis(wanted.0 - WEEK_MS), &jiff::tz::TimeZone::UTC)?;
        let found = free_slots_in(&mut tx, provider_id, location_id, Some(day), 15, now).await?;
        tx.commit().await?;
        Ok::<_, crate::db::DbError>(found.map(|(zone, free)| (nearest(&free, wanted, 3), zone)))
    };
    match nearby.await {
        Ok(found) => {
            let (nearest, time_zone) = found.unwrap_or_default();
            SchedulingError::Taken { nearest, time_zone }
        }
        Err(error) => error.into(),
    }
}

/// The answer to a booking refused by the free-time check or by the database (`cause`: the rule
/// it broke, or the error). The same form submitted twice at once is refused too, by whichever
/// rule its twin's booking trips first: then the answer is that booking.
async fn refused(
    db: &Db,
    actor: &Actor,
    request: &BookingRequest<'_>,
    now: UtcMillis,
    cause: Result<Violation, sqlx::Error>,
) -> Result<Booked, SchedulingError> {
    let mut tx = db.begin_read().await?;
    let earlier = by_key(&mut tx, actor.user_id, request.idempotency_key).await?;
    tx.commit().await?;
    if let Some(appointment_id) = earlier {
        return Ok(Booked {
            appointment_id,
            repeated: true,
        });
    }
    Err(match cause {
        Ok(Violation::PatientOverlap) => SchedulingError::PatientBusy,
        Ok(_) => {
            taken(
                db,
                request.provider_id,
                request.location_id,
                request.starts_at,
                now,
            )
            .await
        }
        Err(error) => error.into(),
    })
}

async fn by_key(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    key: &str,
) -> Result<Option<i64>, SchedulingError> {
    Ok(
        sqlx::query("SELECT id FROM appointments WHERE booked_by = $1 AND idempotency_key = $2")
            .bind(user_id)
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?
            .map(|row| row.try_get("id"))
            .transpose()?,
    )
}

async fn patient_exists(
    tx: &mut Transaction<'static, Any>,
    patient_id: i64,
) -> Result<bool, SchedulingError> {
    Ok(sqlx::query("SELECT 1 AS one FROM patients WHERE id = $1")
        .bind(patient_id)
        .fetch_optional(&mut **tx)
        .await?
        .is_some())
}
