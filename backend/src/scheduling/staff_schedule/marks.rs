//! Front desk marks a booked appointment arrived (on its own day at its location) or missed
//! (once it has started). Marking it again the same way changes nothing.

use super::StaffError;
use crate::{
    actor::Actor,
    audit::{self, Entry, Refusal},
    clock::zone,
    db::{Db, DbError},
    staff_locations::reach_in,
};
use domain::{
    appointments::AppointmentStatus,
    audit::AuditAction,
    staff_schedule::{Mark, StatusRefused},
    time::{local_date, UtcMillis},
};
use sqlx::Row;

/// Marks the appointment, audited in the same transaction: front desk at its location only.
/// Anyone else is refused, and the refusal of an appointment that exists is audited
/// ([`audit::audited`]).
pub async fn mark(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    mark: Mark,
    now: UtcMillis,
) -> Result<(), StaffError> {
    audit::audited(db, actor, now, async {
        let (sql, action) = match mark {
            Mark::Arrived => (
                "UPDATE appointments SET status = 'arrived', arrived_at = $1, updated_at = $1 \
                 WHERE id = $2 AND status = 'booked'",
                AuditAction::AppointmentArrive,
            ),
            Mark::NoShow => (
                "UPDATE appointments SET status = 'no_show', updated_at = $1 \
                 WHERE id = $2 AND status = 'booked'",
                AuditAction::AppointmentNoShow,
            ),
        };
        let mut tx = db.begin_write().await?;
        let row = sqlx::query(
            "SELECT a.patient_id, a.location_id, a.starts_at, a.status, l.time_zone \
             FROM appointments a JOIN locations l ON l.id = a.location_id WHERE a.id = $1",
        )
        .bind(appointment_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StaffError::NotFound)?;
        let patient_id: i64 = row.try_get("patient_id")?;
        if !reach_in(&mut tx, actor)
            .await?
            .covers(row.try_get("location_id")?)
        {
            return Err(StaffError::NotYours(Refusal {
                action,
                object_type: "appointment",
                object_id: appointment_id,
                patient_id,
            }));
        }
        let starts_at = UtcMillis(row.try_get("starts_at")?);
        let status = AppointmentStatus::parse(&row.try_get::<String, _>("status")?)
            .ok_or(DbError::Invalid("an appointment status"))?;
        if status == mark.status() {
            tx.commit().await?;
            return Ok(());
        }
        let zone = zone(&row.try_get::<String, _>("time_zone")?)?;
        mark.allowed(
            status,
            (starts_at, local_date(starts_at, &zone)?),
            (now, local_date(now, &zone)?),
        )
        .map_err(StaffError::Refused)?;
        let changed = sqlx::query(sql)
            .bind(now.0)
            .bind(appointment_id)
            .execute(&mut *tx)
            .await?;
        if changed.rows_affected() != 1 {
            tx.rollback().await?;
            return Err(StaffError::Refused(StatusRefused::NotBooked));
        }
        audit::append(
            &mut tx,
            now,
            &Entry::by(
                actor,
                action,
                "appointment",
                Some(appointment_id.to_string()),
                Some(patient_id),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
