//! The schedules staff work from (`/staff/schedule`): a provider's own day or week, and front
//! desk's view of one location's providers — working hours, the appointments that hold time,
//! blocked time with the appointments it falls on, the on-call rota, and a flag on each provider
//! the licence rule keeps from being booked there. Front desk marks arrivals and no-shows, adds
//! blocked time and lifts it.
//!
//! Who may do what: front desk sees and changes the locations it works at
//! (`crate::staff_locations`); a provider sees only their own
//! schedule and changes nothing here; anyone else gets [`StaffError::NotFound`]. Every function
//! authorizes inside. Reading appointments is reading health data, so each read is recorded for
//! the patient's "who viewed my record"; every change is audited in its own transaction.
//!
//! `read` is the page's day or week (one read transaction), `marks` arrivals and no-shows,
//! `blocks` blocked time; the day itself is put together by `domain::staff_schedule`.

mod blocks;
mod marks;
mod read;

pub use blocks::{add_block, lift_block, AddedBlock, NewBlock};
pub use domain::staff_schedule::{
    AffectedAppointment, BlockLine, DaySchedule, HoursLine, Interval, Mark, ScheduleAppointment,
};
pub use marks::mark;
pub use read::{
    schedule, LocationChoice, ProviderChoice, ProviderSchedule, ScheduleQuery, StaffSchedule,
};

use super::rules::Place;
use crate::{
    actor::Actor,
    audit::{self, Entry},
    clock::zone,
    db::{Db, DbError},
};
use domain::{
    audit::AuditAction,
    staff_schedule::{BlockField, BlockProblem, StatusRefused},
    time::{TimeError, UtcMillis},
};
use sqlx::{any::AnyRow, Any, Row, Transaction};
use std::collections::HashSet;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StaffError {
    /// Not this person's to see or change, or no such thing: the same answer.
    #[error("not found")]
    NotFound,
    /// The appointment exists but is not this person's to mark. Only inside the backend: the
    /// public function records it and answers [`StaffError::NotFound`] instead
    /// ([`crate::audit::audited`]).
    #[error("not found")]
    NotYours(crate::audit::Refusal),
    #[error("the appointment cannot be marked: {0:?}")]
    Refused(StatusRefused),
    /// What is wrong with the "add blocked time" form, field by field.
    #[error("the blocked time is not valid: {0:?}")]
    Block(Vec<(BlockField, BlockProblem)>),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl crate::audit::Refuses for StaffError {
    fn refusal(self) -> Result<crate::audit::Refusal, Self> {
        match self {
            StaffError::NotYours(refusal) => Ok(refusal),
            other => Err(other),
        }
    }

    fn not_found() -> Self {
        StaffError::NotFound
    }
}

impl From<sqlx::Error> for StaffError {
    fn from(error: sqlx::Error) -> Self {
        StaffError::Database(error.into())
    }
}

impl From<TimeError> for StaffError {
    fn from(error: TimeError) -> Self {
        StaffError::Database(error.into())
    }
}

/// A person's name as shown, from the row's `given` and `family` columns: "Pat Morgan".
fn full_name(row: &AnyRow, given: &str, family: &str) -> Result<String, sqlx::Error> {
    Ok(format!(
        "{} {}",
        row.try_get::<String, _>(given)?,
        row.try_get::<String, _>(family)?
    ))
}

/// The row's `starts_at` and `ends_at`.
fn interval(row: &AnyRow) -> Result<Interval, sqlx::Error> {
    Ok(Interval {
        start: UtcMillis(row.try_get("starts_at")?),
        end: UtcMillis(row.try_get("ends_at")?),
    })
}

/// A provider's name as shown: "Jordan Lee, MD".
fn provider_name(row: &AnyRow) -> Result<String, sqlx::Error> {
    let suffix: Option<String> = row.try_get("credentials_suffix")?;
    Ok(format!(
        "{}{}",
        full_name(row, "given_name", "family_name")?,
        suffix.map(|s| format!(", {s}")).unwrap_or_default()
    ))
}

/// Every active location, as places.
async fn active_locations(tx: &mut Transaction<'static, Any>) -> Result<Vec<Place>, StaffError> {
    let rows = sqlx::query(
        "SELECT id, name, time_zone, jurisdiction FROM locations WHERE active = 1 ORDER BY id",
    )
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|row| {
            let time_zone: String = row.try_get("time_zone")?;
            Ok(Place {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                zone: zone(&time_zone)?,
                time_zone,
                jurisdiction: row.try_get("jurisdiction")?,
            })
        })
        .collect()
}

/// Records that `actor` read each `(appointment, patient)` (once each), for the patient's "who
/// viewed my record"; answers once the rows are committed.
async fn record_reads(
    db: &Db,
    actor: &Actor,
    reads: impl IntoIterator<Item = (i64, i64)>,
    now: UtcMillis,
) -> Result<(), StaffError> {
    let mut seen = HashSet::new();
    let entries: Vec<Entry> = reads
        .into_iter()
        .filter(|(id, _)| seen.insert(*id))
        .map(|(id, patient)| {
            Entry::by(
                actor,
                AuditAction::ScheduleRead,
                "appointment",
                Some(id.to_string()),
                Some(patient),
            )
        })
        .collect();
    audit::record_reads(db, &entries, now).await?;
    Ok(())
}
