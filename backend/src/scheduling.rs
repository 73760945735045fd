//! Scheduling: the free times of a provider at a location (computed by `domain::schedule` from
//! the weekly and dated hours, less blocks and appointments), booking, rescheduling and
//! cancelling with the database refusing any double booking, the schedules staff work from, and
//! the notifications each change sends.
//!
//! Who may do what: a patient books, reschedules and cancels their own appointments (until the
//! location's cut-off); front desk does so for any patient at the locations it is assigned to
//! (`crate::staff_locations`; at any time before the start); a provider sees their own
//! schedule. Each function authorizes inside. `staff_schedule` is the schedule staff work from
//! (`/staff/schedule`).

mod availability;
mod booking;
mod changes;
mod notices;
mod pages;
mod rules;
pub mod staff_schedule;
mod views;
pub mod waitlist;

pub use availability::{free_slots, next_available, NextAvailable};
pub(crate) use availability::{free_slots_in, next_available_in};
pub use booking::{book, Booked, BookingRequest};
pub use changes::{cancel, reschedule};
pub use notices::{KIND_BOOKED, KIND_CANCELLED, KIND_REMINDER, KIND_RESCHEDULED};
pub use pages::{
    appointment_page, booking_page, my_appointments, time_choice, time_choices, AppointmentPage,
    BookingPage, BookingPageQuery, MyAppointments,
};
pub use rules::bookability_at;
pub(crate) use rules::bookability_in;
pub use views::{appointment, appointments_of_patient, AppointmentView, PatientAppointments};
pub use waitlist::{Offer, WaitlistRequest, KIND_OFFER};

use crate::db::DbError;
use domain::{
    appointments::ChangeRefused, audit::AuditAction, credentials::NotBookable, schedule::Slot,
};
use thiserror::Error;

/// The statuses that occupy an appointment's time, as SQL (the database's overlap rules use
/// the same list).
const HOLDING: &str = "('held', 'booked', 'arrived', 'completed', 'no_show')";

/// What went wrong with a booking, a reschedule or a cancellation.
#[derive(Debug, Error)]
pub enum SchedulingError {
    /// No such appointment, provider, location or patient — or not this person's to see or
    /// change: the same answer.
    #[error("not found")]
    NotFound,
    /// The object exists but is not this person's. Only inside the backend: each public
    /// function records it and answers [`SchedulingError::NotFound`] instead
    /// ([`crate::audit::audited`]).
    #[error("not found")]
    Refused(crate::audit::Refusal),
    #[error("the provider cannot be booked there: {0:?}")]
    NotBookable(NotBookable),
    /// Someone else has that time (or it is not a free time at all); `nearest` are the free
    /// times closest to it, at the location in `time_zone`.
    #[error("that time was just taken")]
    Taken {
        nearest: Vec<Slot>,
        time_zone: String,
    },
    /// The patient already has an appointment that overlaps it.
    #[error("the patient already has an appointment at that time")]
    PatientBusy,
    /// The time is free but not for this kind of visit (e.g. a follow-up-only slot).
    #[error("that time is not offered for this kind of visit")]
    VisitNotOffered,
    #[error("a reason for the visit is needed")]
    ReasonRequired,
    #[error("the reason is too long")]
    ReasonTooLong,
    /// The request is malformed (e.g. no idempotency key); forms never send this.
    #[error("malformed request")]
    Malformed,
    #[error("the appointment cannot be changed: {0:?}")]
    Change(ChangeRefused),
    /// A waitlist offer would replace an appointment that is inside its location's cut-off
    /// (`hours`): giving that one up online is a change the patient may no longer make.
    #[error("the appointment the offer replaces is inside the {hours}-hour cut-off")]
    ReplacedTooLate { hours: i64 },
    #[error(transparent)]
    Database(#[from] DbError),
}

impl crate::audit::Refuses for SchedulingError {
    fn refusal(self) -> Result<crate::audit::Refusal, Self> {
        match self {
            SchedulingError::Refused(refusal) => Ok(refusal),
            other => Err(other),
        }
    }

    fn not_found() -> Self {
        SchedulingError::NotFound
    }
}

impl From<sqlx::Error> for SchedulingError {
    fn from(error: sqlx::Error) -> Self {
        SchedulingError::Database(error.into())
    }
}

/// Which of the appointment rules a refused write broke, from the constraint's name (PostgreSQL)
/// or the message (SQLite's triggers raise the constraint's name; its unique indexes name the
/// columns).
#[derive(Debug, PartialEq, Eq)]
enum Violation {
    ProviderOverlap,
    PatientOverlap,
    IdempotencyKey,
}

fn violation(error: &sqlx::Error) -> Option<Violation> {
    let sqlx::Error::Database(e) = error else {
        return None;
    };
    let said = format!("{} {}", e.constraint().unwrap_or_default(), e.message());
    if said.contains("appointments_no_provider_overlap")
        || said.contains("appointments_one_per_provider_start")
        || said.contains("appointments.provider_id, appointments.starts_at")
    {
        Some(Violation::ProviderOverlap)
    } else if said.contains("appointments_no_patient_overlap") {
        Some(Violation::PatientOverlap)
    } else if said.contains("appointments_idempotency")
        || said.contains("appointments.booked_by, appointments.idempotency_key")
    {
        Some(Violation::IdempotencyKey)
    } else {
        None
    }
}

/// A fresh key for a booking form (128 random bits, hex): the form sends it back, and a
/// retried submit with it books nothing new.
pub fn idempotency_key() -> String {
    use rand::Rng;
    hex::encode(rand::rng().random::<[u8; 16]>())
}

/// Records `action` by `actor` on an appointment (or waitlist entry) of `patient_id` in `tx`.
async fn audit_change(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    actor: &crate::actor::Actor,
    action: AuditAction,
    object: (&str, i64),
    patient_id: i64,
    now: domain::time::UtcMillis,
) -> Result<(), DbError> {
    crate::audit::append(
        tx,
        now,
        &crate::audit::Entry::by(
            actor,
            action,
            object.0,
            Some(object.1.to_string()),
            Some(patient_id),
        ),
    )
    .await
}

/// `$from, $from+1, …` for an `IN (…)` list of `count` values.
fn placeholders(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}
