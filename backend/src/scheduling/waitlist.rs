//! The waitlist: a patient asks for an earlier time with a provider (or anyone in a specialty).
//! When a time frees up — a cancellation, a move, an offer declined or expired — the first
//! matching patient in the order they asked gets an offer: the time is held for them (a `held`
//! appointment, which the database's overlap rules protect like any booking) until the offer
//! expires. Accepting books it in one transaction (and cancels the appointment it replaces);
//! expiry or declining passes it to the next patient.

use super::{
    audit_change,
    availability::{calendar, day_window},
    booking::{checked_reason, patient_for},
    notices::{self, Change},
    rules::{places_of, provider_facts},
    SchedulingError, HOLDING,
};
use crate::{
    actor::Actor,
    audit::Refusal,
    db::{Db, DbError},
    notifications::{enqueue, NewNotification},
    staff_locations::reach_in,
};
use domain::{
    appointments::{AppointmentStatus, ChangeRefused, VisitMode, VisitType},
    audit::AuditAction,
    locale::Locale,
    schedule::slot_at,
    time::{local_date, UtcMillis, HOUR_MS},
};
use sqlx::{Any, Row, Transaction};

pub const KIND_OFFER: &str = "waitlist_offer";
/// How long an offer holds its time: two hours, or less when the time is sooner.
const HOLD_MS: i64 = 2 * HOUR_MS;

/// What a patient asks for.
#[derive(Clone, Debug)]
pub struct WaitlistRequest<'a> {
    pub patient_id: Option<i64>,
    pub provider_id: Option<i64>,
    pub specialty: Option<&'a str>,
    pub visit_type: VisitType,
    pub visit_mode: VisitMode,
    pub reason: &'a str,
    /// Only times before this are worth offering.
    pub wanted_before: UtcMillis,
    pub replaces_appointment_id: Option<i64>,
}

/// Puts the patient on the waitlist; returns the entry's id.
pub async fn join(
    db: &Db,
    actor: &Actor,
    request: &WaitlistRequest<'_>,
    now: UtcMillis,
) -> Result<i64, SchedulingError> {
    let patient_id = patient_for(actor, request.patient_id)?;
    let reason = checked_reason(request.reason)?;
    if request.provider_id.is_none() && request.specialty.is_none() || request.wanted_before <= now
    {
        return Err(SchedulingError::Malformed);
    }
    let mut tx = db.begin_write().await?;
    let replaced_at = match request.replaces_appointment_id {
        Some(replaced) => Some(
            sqlx::query(
                "SELECT location_id FROM appointments WHERE id = $1 AND patient_id = $2 \
                 AND status = 'booked'",
            )
            .bind(replaced)
            .bind(patient_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(SchedulingError::NotFound)?
            .try_get::<i64, _>("location_id")?,
        ),
        None => None,
    };
    // Front desk asks for another patient only in place of an appointment at its location.
    if actor.patient_id != Some(patient_id) {
        let reach = reach_in(&mut tx, actor).await?;
        if !replaced_at.is_some_and(|location| reach.covers(location)) {
            return Err(SchedulingError::NotFound);
        }
    }
    // Asking twice for the same thing keeps one place in line.
    let already = sqlx::query(
        "SELECT id FROM waitlist_entries WHERE patient_id = $1 AND status IN ('waiting', 'offered') \
         AND provider_id IS NOT DISTINCT FROM $2 AND specialty_code IS NOT DISTINCT FROM $3 \
         AND replaces_appointment_id IS NOT DISTINCT FROM $4",
    )
    .bind(patient_id)
    .bind(request.provider_id)
    .bind(request.specialty)
    .bind(request.replaces_appointment_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(row) = already {
        return Ok(row.try_get("id")?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO waitlist_entries (patient_id, provider_id, specialty_code, visit_type, \
         visit_mode, reason, replaces_appointment_id, wanted_before, status, created_by, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'waiting', $9, $10, $10) \
         RETURNING id",
    )
    .bind(patient_id)
    .bind(request.provider_id)
    .bind(request.specialty)
    .bind(request.visit_type.as_str())
    .bind(request.visit_mode.as_str())
    .bind(reason)
    .bind(request.replaces_appointment_id)
    .bind(request.wanted_before.0)
    .bind(actor.user_id)
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| match &e {
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => SchedulingError::NotFound,
        _ => e.into(),
    })?
    .try_get("id")?;
    audit_change(
        &mut tx,
        actor,
        AuditAction::WaitlistJoin,
        ("waitlist_entry", id),
        patient_id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Asks for an earlier time with the provider of appointment `appointment_id`, for the same
/// kind of visit and reason: an accepted offer replaces the appointment. For whoever may read
/// it (its patient, front desk); returns the entry's id.
pub async fn join_for_earlier(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    now: UtcMillis,
) -> Result<i64, SchedulingError> {
    let appointment = super::appointment(db, actor, appointment_id, now).await?;
    join(
        db,
        actor,
        &WaitlistRequest {
            patient_id: Some(appointment.patient_id),
            provider_id: Some(appointment.provider_id),
            specialty: None,
            visit_type: appointment.visit_type,
            visit_mode: appointment.visit_mode,
            reason: &appointment.reason,
            wanted_before: appointment.starts_at,
            replaces_appointment_id: Some(appointment_id),
        },
        now,
    )
    .await
}

/// Offers the time `[start, end)` of `provider_id` at `location_id`, just freed in `tx`, to the
/// first waiting patient it suits; returns whether an offer was made.
pub(super) async fn offer_freed(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    location_id: i64,
    start: UtcMillis,
    origin: &str,
    now: UtcMillis,
) -> Result<bool, DbError> {
    if start.0 <= now.0 {
        return Ok(false);
    }
    // Still a free time of theirs, with a valid licence there?
    let places = places_of(tx, &[provider_id]).await?;
    let Some(place) = places
        .get(&provider_id)
        .and_then(|p| p.iter().find(|p| p.id == location_id))
    else {
        return Ok(false);
    };
    let (from, to) = day_window(start, &place.zone)?;
    let cal = calendar(tx, provider_id, place, from, to).await?;
    let Some(slot) = slot_at(&cal.availability, &place.zone, start, &cal.busy, now) else {
        return Ok(false);
    };
    let facts = provider_facts(tx, &[provider_id]).await?;
    let Some(facts) = facts.get(&provider_id) else {
        return Ok(false);
    };
    let today = local_date(now, &place.zone)?;
    let candidates = sqlx::query(&format!(
        "SELECT e.id, e.patient_id, e.visit_type, e.visit_mode, e.reason, e.created_by \
         FROM waitlist_entries e WHERE e.status = 'waiting' AND e.wanted_before > $1 \
         AND (e.provider_id = $2 OR (e.provider_id IS NULL AND e.specialty_code IN \
             (SELECT ps.specialty_code FROM provider_specialties ps WHERE ps.provider_id = $2))) \
         AND NOT EXISTS (SELECT 1 FROM waitlist_offers o JOIN appointments a \
             ON a.id = o.appointment_id WHERE o.entry_id = e.id AND a.provider_id = $2 \
             AND a.starts_at = $1) \
         AND NOT EXISTS (SELECT 1 FROM appointments b WHERE b.patient_id = e.patient_id \
             AND b.status IN {HOLDING} AND b.starts_at < $3 AND b.ends_at > $1) \
         ORDER BY e.created_at, e.id"
    ))
    .bind(slot.start.0)
    .bind(provider_id)
    .bind(slot.end.0)
    .fetch_all(&mut **tx)
    .await?;
    for entry in candidates {
        let visit_type = VisitType::parse(&entry.try_get::<String, _>("visit_type")?)
            .ok_or(DbError::Invalid("a visit type"))?;
        let visit_mode = VisitMode::parse(&entry.try_get::<String, _>("visit_mode")?)
            .ok_or(DbError::Invalid("a visit mode"))?;
        let suits = super::booking::offered_for(&slot, visit_mode, visit_type).is_ok()
            && facts
                .bookable_at(place, visit_type == VisitType::NewPatient, today)
                .is_ok();
        if !suits {
            continue;
        }
        let entry_id: i64 = entry.try_get("id")?;
        let expires_at = (now.0 + HOLD_MS).min(slot.start.0);
        let appointment_id: i64 = sqlx::query(
            "INSERT INTO appointments (patient_id, provider_id, location_id, starts_at, ends_at, \
             visit_mode, visit_type, reason, status, hold_expires_at, booked_by, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'held', $9, $10, $11, $11) \
             RETURNING id",
        )
        .bind(entry.try_get::<i64, _>("patient_id")?)
        .bind(provider_id)
        .bind(location_id)
        .bind(slot.start.0)
        .bind(slot.end.0)
        .bind(visit_mode.as_str())
        .bind(visit_type.as_str())
        .bind(entry.try_get::<String, _>("reason")?)
        .bind(expires_at)
        .bind(entry.try_get::<i64, _>("created_by")?)
        .bind(now.0)
        .fetch_one(&mut **tx)
        .await?
        .try_get("id")?;
        let offer_id: i64 = sqlx::query(
            "INSERT INTO waitlist_offers (entry_id, appointment_id, expires_at, status, \
             created_at) VALUES ($1, $2, $3, 'open', $4) RETURNING id",
        )
        .bind(entry_id)
        .bind(appointment_id)
        .bind(expires_at)
        .bind(now.0)
        .fetch_one(&mut **tx)
        .await?
        .try_get("id")?;
        sqlx::query(
            "UPDATE waitlist_entries SET status = 'offered', updated_at = $1 WHERE id = $2",
        )
        .bind(now.0)
        .bind(entry_id)
        .execute(&mut **tx)
        .await?;
        tell_offer(tx, offer_id, appointment_id, expires_at, origin, now).await?;
        return Ok(true);
    }
    Ok(false)
}

/// Queues the offer's message to the patient.
async fn tell_offer(
    tx: &mut Transaction<'static, Any>,
    offer_id: i64,
    appointment_id: i64,
    expires_at: i64,
    origin: &str,
    now: UtcMillis,
) -> Result<(), DbError> {
    let about = super::notices::about(tx, appointment_id).await?;
    let Some((user_id, email)) = about.recipient.clone() else {
        return Ok(());
    };
    let mut payload = about.payload.clone();
    payload.insert("when".into(), about.when(about.starts_at)?);
    payload.insert("until".into(), about.when(expires_at)?);
    payload.insert("link".into(), format!("{origin}/appointments").into());
    enqueue(
        tx,
        &NewNotification {
            kind: KIND_OFFER.into(),
            recipient_user_id: Some(user_id),
            to_address: email,
            locale: about.locale.unwrap_or(Locale::En),
            payload: serde_json::Value::Object(payload),
            dedupe_key: Some(format!("waitlist_offer:{offer_id}")),
            deliver_after: now,
        },
        now,
    )
    .await?;
    Ok(())
}

/// An open offer as the patient sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub id: i64,
    pub appointment_id: i64,
    pub provider_name: String,
    pub location_name: String,
    pub time_zone: String,
    pub starts_at: UtcMillis,
    pub expires_at: UtcMillis,
}

/// The signed-in patient's open offers.
pub async fn open_offers(
    db: &Db,
    actor: &Actor,
    now: UtcMillis,
) -> Result<Vec<Offer>, SchedulingError> {
    let mut tx = db.begin_read().await?;
    let offers = open_offers_in(&mut tx, actor, now).await?;
    tx.commit().await?;
    Ok(offers)
}

/// [`open_offers`] in `tx`.
pub(super) async fn open_offers_in(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    now: UtcMillis,
) -> Result<Vec<Offer>, SchedulingError> {
    let patient_id = actor.patient_id.ok_or(SchedulingError::NotFound)?;
    let rows = sqlx::query(
        "SELECT o.id, o.appointment_id, o.expires_at, a.starts_at, pr.given_name, \
         pr.family_name, pr.credentials_suffix, l.name, l.time_zone FROM waitlist_offers o \
         JOIN appointments a ON a.id = o.appointment_id JOIN providers pr ON pr.id = a.provider_id \
         JOIN locations l ON l.id = a.location_id WHERE a.patient_id = $1 AND o.status = 'open' \
         AND o.expires_at > $2 ORDER BY a.starts_at",
    )
    .bind(patient_id)
    .bind(now.0)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            let suffix: Option<String> = r.try_get("credentials_suffix")?;
            Ok(Offer {
                id: r.try_get("id")?,
                appointment_id: r.try_get("appointment_id")?,
                provider_name: crate::directory::display_name(
                    &r.try_get::<String, _>("given_name")?,
                    &r.try_get::<String, _>("family_name")?,
                    suffix.as_deref(),
                ),
                location_name: r.try_get("name")?,
                time_zone: r.try_get("time_zone")?,
                starts_at: UtcMillis(r.try_get("starts_at")?),
                expires_at: UtcMillis(r.try_get("expires_at")?),
            })
        })
        .collect()
}

/// The offer, if it is open and the actor's patient's, with its entry and appointment; someone
/// else's is [`SchedulingError::Refused`] for `action`.
async fn open_offer(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    offer_id: i64,
    action: AuditAction,
    now: UtcMillis,
) -> Result<(i64, i64, Option<i64>, i64), SchedulingError> {
    let row = sqlx::query(
        "SELECT o.entry_id, o.appointment_id, e.replaces_appointment_id, a.patient_id \
         FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id \
         JOIN appointments a ON a.id = o.appointment_id \
         WHERE o.id = $1 AND o.status = 'open' AND o.expires_at > $2 AND a.status = 'held'",
    )
    .bind(offer_id)
    .bind(now.0)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(SchedulingError::NotFound)?;
    let patient_id: i64 = row.try_get("patient_id")?;
    if actor.patient_id != Some(patient_id) {
        return Err(SchedulingError::Refused(Refusal {
            action,
            object_type: "waitlist_offer",
            object_id: offer_id,
            patient_id,
        }));
    }
    Ok((
        row.try_get("entry_id")?,
        row.try_get("appointment_id")?,
        row.try_get("replaces_appointment_id")?,
        patient_id,
    ))
}

/// Books the offered time (and cancels the appointment it replaces) in one transaction;
/// returns the booked appointment's id.
pub async fn accept(
    db: &Db,
    actor: &Actor,
    offer_id: i64,
    origin: &str,
    locale: Locale,
    now: UtcMillis,
) -> Result<i64, SchedulingError> {
    crate::audit::audited(db, actor, now, async {
        let mut tx = db.begin_write().await?;
        let (entry_id, appointment_id, replaces, patient_id) =
            open_offer(&mut tx, actor, offer_id, AuditAction::WaitlistAccept, now).await?;
        if let Some(replaced) = replaces {
            may_give_up(&mut tx, actor, replaced, now).await?;
        }
        sqlx::query(
            "UPDATE appointments SET status = 'booked', sequence = sequence + 1, updated_at = $1 \
             WHERE id = $2",
        )
        .bind(now.0)
        .bind(appointment_id)
        .execute(&mut *tx)
        .await?;
        for (table, status) in [
            ("waitlist_offers", "accepted"),
            ("waitlist_entries", "booked"),
        ] {
            let (column, id) = if table == "waitlist_offers" {
                ("decided_at", offer_id)
            } else {
                ("updated_at", entry_id)
            };
            sqlx::query(&format!(
                "UPDATE {table} SET status = $1, {column} = $2 WHERE id = $3"
            ))
            .bind(status)
            .bind(now.0)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        audit_change(
            &mut tx,
            actor,
            AuditAction::WaitlistAccept,
            ("appointment", appointment_id),
            patient_id,
            now,
        )
        .await?;
        notices::queue(
            &mut tx,
            &Change::Booked,
            appointment_id,
            origin,
            locale,
            now,
        )
        .await?;
        if let Some(replaced) = replaces {
            super::changes::cancel_in(&mut tx, actor, replaced, patient_id, origin, locale, now)
                .await?;
        }
        tx.commit().await?;
        Ok(appointment_id)
    })
    .await
}

/// Whether accepting may cancel the appointment an offer replaces: only while its patient could
/// cancel it themselves (the location's cut-off). One already cancelled or gone by is nothing
/// to give up.
async fn may_give_up(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    replaced: i64,
    now: UtcMillis,
) -> Result<(), SchedulingError> {
    let (current, who) =
        super::changes::current(tx, actor, replaced, AuditAction::WaitlistAccept).await?;
    if current.status != AppointmentStatus::Booked {
        return Ok(());
    }
    current
        .may_change(now, who)
        .map_err(|refused| match refused {
            SchedulingError::Change(ChangeRefused::TooLate { hours }) => {
                SchedulingError::ReplacedTooLate { hours }
            }
            other => other,
        })
}

/// Turns the offer down; the time passes to the next patient waiting.
pub async fn decline(
    db: &Db,
    actor: &Actor,
    offer_id: i64,
    origin: &str,
    now: UtcMillis,
) -> Result<(), SchedulingError> {
    crate::audit::audited(db, actor, now, async {
        let mut tx = db.begin_write().await?;
        let (_, appointment_id, _, patient_id) =
            open_offer(&mut tx, actor, offer_id, AuditAction::WaitlistDecline, now).await?;
        release(&mut tx, offer_id, "declined", origin, now).await?;
        audit_change(
            &mut tx,
            actor,
            AuditAction::WaitlistDecline,
            ("appointment", appointment_id),
            patient_id,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Ends an open offer (`declined` or `expired`): its hold lapses, the patient waits again, and
/// the time is offered to the next patient.
async fn release(
    tx: &mut Transaction<'static, Any>,
    offer_id: i64,
    outcome: &str,
    origin: &str,
    now: UtcMillis,
) -> Result<bool, DbError> {
    let row = sqlx::query(
        "SELECT o.entry_id, a.id, a.provider_id, a.location_id, a.starts_at \
         FROM waitlist_offers o JOIN appointments a ON a.id = o.appointment_id WHERE o.id = $1",
    )
    .bind(offer_id)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query("UPDATE appointments SET status = 'lapsed', updated_at = $1 WHERE id = $2")
        .bind(now.0)
        .bind(row.try_get::<i64, _>("id")?)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE waitlist_offers SET status = $1, decided_at = $2 WHERE id = $3")
        .bind(outcome)
        .bind(now.0)
        .bind(offer_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE waitlist_entries SET status = 'waiting', updated_at = $1 WHERE id = $2")
        .bind(now.0)
        .bind(row.try_get::<i64, _>("entry_id")?)
        .execute(&mut **tx)
        .await?;
    offer_freed(
        tx,
        row.try_get("provider_id")?,
        row.try_get("location_id")?,
        UtcMillis(row.try_get("starts_at")?),
        origin,
        now,
    )
    .await
}

/// Expires every open offer whose time is up and passes each time on (the server runs it every
/// minute; idempotent). Returns how many expired.
pub async fn expire_offers(db: &Db, origin: &str, now: UtcMillis) -> Result<u64, DbError> {
    let mut tx = db.begin_write().await?;
    let due: Vec<i64> = sqlx::query(
        "SELECT id FROM waitlist_offers WHERE status = 'open' AND expires_at <= $1 ORDER BY id",
    )
    .bind(now.0)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| r.try_get("id"))
    .collect::<Result<_, _>>()?;
    for offer in &due {
        release(&mut tx, *offer, "expired", origin, now).await?;
    }
    tx.commit().await?;
    Ok(due.len() as u64)
}
