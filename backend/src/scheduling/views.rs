//! Reading appointments: a patient their own, front desk those at its locations, a provider
//! those with them. Staff reads are recorded for the patient's "who viewed my record".

use super::SchedulingError;
use crate::{
    actor::Actor,
    audit::{self, Entry, Outcome, Refusal},
    db::Db,
    staff_locations::reach_in,
};
use domain::{
    accounts::Role,
    appointments::{may_change, AppointmentStatus, ChangeRefused, ChangedBy, VisitMode, VisitType},
    audit::AuditAction,
    time::UtcMillis,
};
use sqlx::{any::AnyRow, Any, Row, Transaction};

/// One appointment with what its pages show.
#[derive(Clone, Debug, PartialEq)]
pub struct AppointmentView {
    pub id: i64,
    pub patient_id: i64,
    pub patient_name: String,
    pub provider_id: i64,
    pub provider_name: String,
    pub location_id: i64,
    pub location_name: String,
    pub street: String,
    pub city: String,
    pub phone: String,
    pub time_zone: String,
    pub starts_at: UtcMillis,
    pub ends_at: UtcMillis,
    pub visit_mode: VisitMode,
    pub visit_type: VisitType,
    pub reason: String,
    pub status: AppointmentStatus,
    /// Bumped on every change (the calendar file's `SEQUENCE`).
    pub sequence: i64,
    pub updated_at: UtcMillis,
    /// Whether the reader may reschedule or cancel it now, and if not, why.
    pub changeable: Result<(), ChangeRefused>,
}

const SELECT: &str = "SELECT a.id, a.patient_id, p.given_name AS patient_given, \
    p.family_name AS patient_family, a.provider_id, pr.given_name AS provider_given, \
    pr.family_name AS provider_family, pr.credentials_suffix, pr.user_id AS provider_user_id, \
    a.location_id, l.name AS location_name, l.street, l.city, l.phone, l.time_zone, \
    l.change_cutoff_hours, a.starts_at, a.ends_at, a.visit_mode, a.visit_type, a.reason, \
    a.status, a.sequence, a.updated_at FROM appointments a \
    JOIN patients p ON p.id = a.patient_id JOIN providers pr ON pr.id = a.provider_id \
    JOIN locations l ON l.id = a.location_id";

fn view(row: &AnyRow, who: ChangedBy, now: UtcMillis) -> Result<AppointmentView, SchedulingError> {
    let invalid = || SchedulingError::Database(crate::db::DbError::Invalid("an appointment"));
    let suffix: Option<String> = row.try_get("credentials_suffix")?;
    let starts_at = UtcMillis(row.try_get("starts_at")?);
    let status =
        AppointmentStatus::parse(&row.try_get::<String, _>("status")?).ok_or_else(invalid)?;
    Ok(AppointmentView {
        id: row.try_get("id")?,
        patient_id: row.try_get("patient_id")?,
        patient_name: format!(
            "{} {}",
            row.try_get::<String, _>("patient_given")?,
            row.try_get::<String, _>("patient_family")?
        ),
        provider_id: row.try_get("provider_id")?,
        provider_name: crate::directory::display_name(
            &row.try_get::<String, _>("provider_given")?,
            &row.try_get::<String, _>("provider_family")?,
            suffix.as_deref(),
        ),
        location_id: row.try_get("location_id")?,
        location_name: row.try_get("location_name")?,
        street: row.try_get("street")?,
        city: row.try_get("city")?,
        phone: row.try_get("phone")?,
        time_zone: row.try_get("time_zone")?,
        starts_at,
        ends_at: UtcMillis(row.try_get("ends_at")?),
        visit_mode: VisitMode::parse(&row.try_get::<String, _>("visit_mode")?)
            .ok_or_else(invalid)?,
        visit_type: VisitType::parse(&row.try_get::<String, _>("visit_type")?)
            .ok_or_else(invalid)?,
        reason: row.try_get("reason")?,
        status,
        sequence: row.try_get("sequence")?,
        updated_at: UtcMillis(row.try_get("updated_at")?),
        changeable: may_change(
            status,
            starts_at,
            now,
            row.try_get("change_cutoff_hours")?,
            who,
        ),
    })
}

/// One appointment, for its patient, front desk at its location, or its provider; anyone else
/// (front desk elsewhere too) gets [`SchedulingError::NotFound`], as for an id that does not
/// exist (and the refusal is audited).
pub async fn appointment(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    now: UtcMillis,
) -> Result<AppointmentView, SchedulingError> {
    audit::audited(db, actor, now, async {
        let mut tx = db.begin_read().await?;
        let (found, read) = appointment_in(&mut tx, actor, appointment_id, now).await?;
        tx.commit().await?;
        record(db, read, now).await?;
        Ok(found)
    })
    .await
}

/// [`appointment`] in `tx`, with the audit entry of a staff read, which the caller records
/// (with [`record`]) once `tx` has ended. Someone else's appointment is
/// [`SchedulingError::Refused`], for the caller to record ([`audit::audited`]).
pub(super) async fn appointment_in<'a>(
    tx: &mut Transaction<'static, Any>,
    actor: &'a Actor,
    appointment_id: i64,
    now: UtcMillis,
) -> Result<(AppointmentView, Option<Entry<'a>>), SchedulingError> {
    let row = sqlx::query(&format!("{SELECT} WHERE a.id = $1"))
        .bind(appointment_id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(SchedulingError::NotFound)?;
    let patient_id: i64 = row.try_get("patient_id")?;
    let provider_user: Option<i64> = row.try_get("provider_user_id")?;
    let desk = reach_in(tx, actor)
        .await?
        .covers(row.try_get("location_id")?);
    let (who, staff_read) = if desk {
        (ChangedBy::Staff, true)
    } else if actor.has_role(Role::Provider) && provider_user == Some(actor.user_id) {
        // A provider sees their appointment but changes go through front desk.
        (ChangedBy::Patient, true)
    } else if actor.patient_id == Some(patient_id) {
        (ChangedBy::Patient, false)
    } else {
        return Err(SchedulingError::Refused(Refusal {
            action: AuditAction::AppointmentRead,
            object_type: "appointment",
            object_id: appointment_id,
            patient_id,
        }));
    };
    let mut found = view(&row, who, now)?;
    if staff_read && !desk {
        found.changeable = Err(ChangeRefused::NotChangeable);
    }
    let read = staff_read.then(|| Entry {
        outcome: Outcome::Success,
        ..Entry::by(
            actor,
            AuditAction::AppointmentRead,
            "appointment",
            Some(appointment_id.to_string()),
            Some(patient_id),
        )
    });
    Ok((found, read))
}

/// Records a read [`appointment_in`] answered with, if it was a staff read.
pub(super) async fn record(
    db: &Db,
    read: Option<Entry<'_>>,
    now: UtcMillis,
) -> Result<(), SchedulingError> {
    if let Some(entry) = read {
        audit::record_reads(db, &[entry], now).await?;
    }
    Ok(())
}

/// A patient's appointments: the coming ones soonest first, the past and cancelled ones
/// latest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatientAppointments {
    pub upcoming: Vec<AppointmentView>,
    pub past: Vec<AppointmentView>,
}

/// The signed-in patient's own appointments.
pub async fn appointments_of_patient(
    db: &Db,
    actor: &Actor,
    now: UtcMillis,
) -> Result<PatientAppointments, SchedulingError> {
    let mut tx = db.begin_read().await?;
    let found = appointments_of_patient_in(&mut tx, actor, now).await?;
    tx.commit().await?;
    Ok(found)
}

pub(super) async fn appointments_of_patient_in(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    now: UtcMillis,
) -> Result<PatientAppointments, SchedulingError> {
    let patient_id = actor.patient_id.ok_or(SchedulingError::NotFound)?;
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE a.patient_id = $1 AND a.status <> 'lapsed' ORDER BY a.starts_at"
    ))
    .bind(patient_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut found = PatientAppointments::default();
    for row in &rows {
        let appointment = view(row, ChangedBy::Patient, now)?;
        let coming = appointment.ends_at > now
            && matches!(
                appointment.status,
                AppointmentStatus::Booked | AppointmentStatus::Arrived | AppointmentStatus::Held
            );
        if coming {
            found.upcoming.push(appointment);
        } else {
            found.past.push(appointment);
        }
    }
    found.past.reverse();
    Ok(found)
}
