//! Rescheduling and cancelling: by the patient until the location's cut-off, by front desk
//! until the start. Each change bumps the appointment's sequence (its calendar file's
//! `SEQUENCE`), is audited, and tells the patient.

use super::{
    audit_change,
    booking::{bookable_slot, taken},
    notices::{self, Change},
    violation, waitlist, SchedulingError, Violation,
};
use crate::{
    actor::Actor,
    audit::Refusal,
    db::{Db, DbError},
    staff_locations::reach_in,
};
use domain::{
    appointments::{may_change, AppointmentStatus, ChangeRefused, ChangedBy, VisitMode, VisitType},
    audit::AuditAction,
    locale::Locale,
    time::UtcMillis,
};
use sqlx::{Any, Row, Transaction};

/// An appointment as a change needs it.
pub(super) struct Current {
    patient_id: i64,
    provider_id: i64,
    location_id: i64,
    starts_at: UtcMillis,
    pub(super) status: AppointmentStatus,
    visit_mode: VisitMode,
    visit_type: VisitType,
    change_cutoff_hours: i64,
}

impl Current {
    /// Whether it may be moved or cancelled now by `who` (the location's cut-off).
    pub(super) fn may_change(&self, now: UtcMillis, who: ChangedBy) -> Result<(), SchedulingError> {
        may_change(
            self.status,
            self.starts_at,
            now,
            self.change_cutoff_hours,
            who,
        )
        .map_err(SchedulingError::Change)
    }
}

/// The appointment, if `actor` may change it (its patient, or front desk at its location), and
/// as whom; anyone else's is [`SchedulingError::Refused`] for `action`.
pub(super) async fn current(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    appointment_id: i64,
    action: AuditAction,
) -> Result<(Current, ChangedBy), SchedulingError> {
    let row = sqlx::query(
        "SELECT a.patient_id, a.provider_id, a.location_id, a.starts_at, a.status, \
         a.visit_mode, a.visit_type, l.change_cutoff_hours FROM appointments a \
         JOIN locations l ON l.id = a.location_id WHERE a.id = $1",
    )
    .bind(appointment_id)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(SchedulingError::NotFound)?;
    let current = Current {
        patient_id: row.try_get("patient_id")?,
        provider_id: row.try_get("provider_id")?,
        location_id: row.try_get("location_id")?,
        starts_at: UtcMillis(row.try_get("starts_at")?),
        status: AppointmentStatus::parse(&row.try_get::<String, _>("status")?)
            .ok_or(SchedulingError::NotFound)?,
        visit_mode: VisitMode::parse(&row.try_get::<String, _>("visit_mode")?)
            .ok_or(SchedulingError::NotFound)?,
        visit_type: VisitType::parse(&row.try_get::<String, _>("visit_type")?)
            .ok_or(SchedulingError::NotFound)?,
        change_cutoff_hours: row.try_get("change_cutoff_hours")?,
    };
    let who = if reach_in(tx, actor).await?.covers(current.location_id) {
        ChangedBy::Staff
    } else if actor.patient_id == Some(current.patient_id) {
        ChangedBy::Patient
    } else {
        return Err(SchedulingError::Refused(Refusal {
            action,
            object_type: "appointment",
            object_id: appointment_id,
            patient_id: current.patient_id,
        }));
    };
    Ok((current, who))
}

/// How often a move is tried again when the appointment changed between reading it and moving
/// it (another move or a cancellation committed meanwhile).
const MOVE_ATTEMPTS: usize = 3;

/// Moves the appointment to the free time starting at `new_start`, with the same provider,
/// location and kind of visit.
pub async fn reschedule(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    new_start: UtcMillis,
    origin: &str,
    locale: Locale,
    now: UtcMillis,
) -> Result<(), SchedulingError> {
    crate::audit::audited(db, actor, now, async {
        // Another change may commit between reading the appointment and moving it (a second move,
        // a cancellation): then the move matches nothing and starts again from what it became.
        for _ in 0..MOVE_ATTEMPTS {
            let mut tx = db.begin_write().await?;
            let (current, who) = current(
                &mut tx,
                actor,
                appointment_id,
                AuditAction::AppointmentReschedule,
            )
            .await?;
            if current.status == AppointmentStatus::Booked && current.starts_at == new_start {
                // Already there: a retried submit.
                return Ok(());
            }
            current.may_change(now, who)?;
            let Some(slot) = bookable_slot(
                &mut tx,
                (current.provider_id, current.location_id),
                new_start,
                (current.visit_mode, current.visit_type),
                now,
            )
            .await?
            else {
                tx.rollback().await?;
                return Err(
                    taken(db, current.provider_id, current.location_id, new_start, now).await,
                );
            };
            // Only the appointment as read moves: on PostgreSQL a concurrent move or cancellation
            // that committed first makes this match nothing (SQLite's IMMEDIATE transactions never
            // interleave).
            let moved = sqlx::query(
                "UPDATE appointments SET starts_at = $1, ends_at = $2, sequence = sequence + 1, \
                 updated_at = $3 WHERE id = $4 AND status = 'booked' AND starts_at = $5",
            )
            .bind(slot.start.0)
            .bind(slot.end.0)
            .bind(now.0)
            .bind(appointment_id)
            .bind(current.starts_at.0)
            .execute(&mut *tx)
            .await;
            match moved {
                Ok(done) if done.rows_affected() == 0 => {
                    tx.rollback().await?;
                    continue;
                }
                Ok(_) => {}
                Err(error) => {
                    tx.rollback().await?;
                    return Err(match violation(&error) {
                        Some(Violation::ProviderOverlap) => {
                            taken(db, current.provider_id, current.location_id, new_start, now)
                                .await
                        }
                        Some(Violation::PatientOverlap) => SchedulingError::PatientBusy,
                        _ => error.into(),
                    });
                }
            }
            notices::queue(
                &mut tx,
                &Change::Rescheduled {
                    previous_start: current.starts_at,
                },
                appointment_id,
                origin,
                locale,
                now,
            )
            .await?;
            waitlist::offer_freed(
                &mut tx,
                current.provider_id,
                current.location_id,
                current.starts_at,
                origin,
                now,
            )
            .await?;
            // Last before the commit: appending holds the audit chain's head row until it ends.
            audit_change(
                &mut tx,
                actor,
                AuditAction::AppointmentReschedule,
                ("appointment", appointment_id),
                current.patient_id,
                now,
            )
            .await?;
            tx.commit().await?;
            return Ok(());
        }
        Err(SchedulingError::Change(ChangeRefused::NotChangeable))
    })
    .await
}

/// Cancels the appointment; cancelling one already cancelled changes nothing. The freed time
/// is offered to the waitlist.
pub async fn cancel(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    origin: &str,
    locale: Locale,
    now: UtcMillis,
) -> Result<(), SchedulingError> {
    crate::audit::audited(db, actor, now, async {
        let mut tx = db.begin_write().await?;
        let (current, who) = current(
            &mut tx,
            actor,
            appointment_id,
            AuditAction::AppointmentCancel,
        )
        .await?;
        if current.status == AppointmentStatus::Cancelled {
            return Ok(());
        }
        current.may_change(now, who)?;
        cancel_in(
            &mut tx,
            actor,
            appointment_id,
            current.patient_id,
            origin,
            locale,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Cancels `patient_id`'s booked appointment inside `tx` (audited, the patient told, the time
/// offered to the waitlist); nothing when it is not booked.
pub(super) async fn cancel_in(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    appointment_id: i64,
    patient_id: i64,
    origin: &str,
    locale: Locale,
    now: UtcMillis,
) -> Result<(), DbError> {
    let Some(row) = sqlx::query(
        "UPDATE appointments SET status = 'cancelled', cancelled_at = $1, cancelled_by = $2, \
         sequence = sequence + 1, updated_at = $1 WHERE id = $3 AND patient_id = $4 \
         AND status = 'booked' RETURNING provider_id, location_id, starts_at",
    )
    .bind(now.0)
    .bind(actor.user_id)
    .bind(appointment_id)
    .bind(patient_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(());
    };
    notices::queue(tx, &Change::Cancelled, appointment_id, origin, locale, now).await?;
    waitlist::offer_freed(
        tx,
        row.try_get("provider_id")?,
        row.try_get("location_id")?,
        UtcMillis(row.try_get("starts_at")?),
        origin,
        now,
    )
    .await?;
    audit_change(
        tx,
        actor,
        AuditAction::AppointmentCancel,
        ("appointment", appointment_id),
        patient_id,
        now,
    )
    .await?;
    Ok(())
}
