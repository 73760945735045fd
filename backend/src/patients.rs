//! Patient records: the person whose health data the portal holds, with or without an account.

use crate::db::{Db, DbError};
use domain::{audit::AuditAction, time::UtcMillis};
use sqlx::{Any, Row, Transaction};

pub struct NewPatient<'a> {
    /// The account that is this patient's own (none for a young child, say).
    pub user_id: Option<i64>,
    pub given_name: &'a str,
    pub family_name: &'a str,
    /// ISO 8601 date, e.g. `1980-04-12`.
    pub date_of_birth: &'a str,
}

pub async fn create(db: &Db, patient: &NewPatient<'_>, now: UtcMillis) -> Result<i64, DbError> {
    let mut tx = db.begin_write().await?;
    let id = insert(&mut tx, patient, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Inserts a patient record inside the caller's transaction.
pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    patient: &NewPatient<'_>,
    now: UtcMillis,
) -> Result<i64, DbError> {
    let row = sqlx::query(
        "INSERT INTO patients (user_id, given_name, family_name, date_of_birth, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(patient.user_id)
    .bind(patient.given_name)
    .bind(patient.family_name)
    .bind(patient.date_of_birth)
    .bind(now.0)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

/// The name of the patient front desk is booking for ("Booking for Ruth Rivera"); `None` for
/// anyone but front desk assigned to a location, and for an unknown patient. The read is
/// recorded for the patient.
pub async fn name_for_front_desk(
    db: &Db,
    actor: &crate::actor::Actor,
    patient_id: i64,
    now: UtcMillis,
) -> Result<Option<String>, DbError> {
    let mut tx = db.begin_read().await?;
    let found = name_for_front_desk_in(&mut tx, actor, patient_id, None).await?;
    tx.commit().await?;
    let Some((name, read)) = found else {
        return Ok(None);
    };
    crate::audit::record_reads(db, &[read], now).await?;
    Ok(Some(name))
}

/// [`name_for_front_desk`] in `tx`, with the read's audit entry, which the caller records once
/// `tx` has ended. With `at_location`, only for front desk working there (booking into it);
/// without, for front desk working anywhere (a patient may be new to every location).
pub(crate) async fn name_for_front_desk_in<'a>(
    tx: &mut Transaction<'static, Any>,
    actor: &'a crate::actor::Actor,
    patient_id: i64,
    at_location: Option<i64>,
) -> Result<Option<(String, crate::audit::Entry<'a>)>, DbError> {
    let reach = crate::staff_locations::reach_in(tx, actor).await?;
    let allowed = match at_location {
        Some(location_id) => reach.covers(location_id),
        None => reach.anywhere(),
    };
    if !allowed {
        return Ok(None);
    }
    let row = sqlx::query("SELECT given_name, family_name FROM patients WHERE id = $1")
        .bind(patient_id)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let name = format!(
        "{} {}",
        row.try_get::<String, _>("given_name")?,
        row.try_get::<String, _>("family_name")?
    );
    let read = crate::audit::Entry::by(
        actor,
        AuditAction::PatientBookFor,
        "patient",
        Some(patient_id.to_string()),
        Some(patient_id),
    );
    Ok(Some((name, read)))
}
