//! Appointments: the kinds of visit, an appointment's status, and the rules for changing one.

use crate::time::{UtcMillis, HOUR_MS};
use serde::{Deserialize, Serialize};

/// How the patient and provider meet. Forms send (and serde reads) the database's spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitMode {
    InPerson,
    Telehealth,
}

impl VisitMode {
    pub const ALL: [VisitMode; 2] = [VisitMode::InPerson, VisitMode::Telehealth];

    /// The database's (and the forms') spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            VisitMode::InPerson => "in_person",
            VisitMode::Telehealth => "telehealth",
        }
    }

    pub fn parse(text: &str) -> Option<VisitMode> {
        VisitMode::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// Whether the patient is new to the provider (a longer first visit, and only with providers
/// accepting new patients) or following up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitType {
    NewPatient,
    FollowUp,
}

impl VisitType {
    pub const ALL: [VisitType; 2] = [VisitType::NewPatient, VisitType::FollowUp];

    pub fn as_str(self) -> &'static str {
        match self {
            VisitType::NewPatient => "new_patient",
            VisitType::FollowUp => "follow_up",
        }
    }

    pub fn parse(text: &str) -> Option<VisitType> {
        VisitType::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppointmentStatus {
    /// Offered to a patient on the waitlist and held for them until the offer expires.
    Held,
    Booked,
    Arrived,
    Completed,
    NoShow,
    Cancelled,
    /// A waitlist offer that was not taken in time.
    Lapsed,
}

impl AppointmentStatus {
    pub const ALL: [AppointmentStatus; 7] = [
        AppointmentStatus::Held,
        AppointmentStatus::Booked,
        AppointmentStatus::Arrived,
        AppointmentStatus::Completed,
        AppointmentStatus::NoShow,
        AppointmentStatus::Cancelled,
        AppointmentStatus::Lapsed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentStatus::Held => "held",
            AppointmentStatus::Booked => "booked",
            AppointmentStatus::Arrived => "arrived",
            AppointmentStatus::Completed => "completed",
            AppointmentStatus::NoShow => "no_show",
            AppointmentStatus::Cancelled => "cancelled",
            AppointmentStatus::Lapsed => "lapsed",
        }
    }

    pub fn parse(text: &str) -> Option<AppointmentStatus> {
        AppointmentStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
    }

    /// Whether the appointment occupies its time (the database refuses overlaps among these).
    pub fn holds_time(self) -> bool {
        !matches!(
            self,
            AppointmentStatus::Cancelled | AppointmentStatus::Lapsed
        )
    }
}

/// Who is asking to change an appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedBy {
    Patient,
    /// Front desk: not bound by the online cut-off (they talk to the patient and the clinic).
    Staff,
}

/// Why an appointment cannot be rescheduled or cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeRefused {
    /// It has already started, happened, or been cancelled.
    NotChangeable,
    /// Too close to its start for a patient to change online; `hours` is the location's cut-off.
    TooLate { hours: i64 },
}

/// Whether an appointment with `status` starting at `starts_at` may be rescheduled or cancelled
/// at `now` by `who`, given its location's cut-off in hours. Only a booked appointment that has
/// not started may change; a patient may change it only until `cutoff_hours` before its start.
pub fn may_change(
    status: AppointmentStatus,
    starts_at: UtcMillis,
    now: UtcMillis,
    cutoff_hours: i64,
    who: ChangedBy,
) -> Result<(), ChangeRefused> {
    if status != AppointmentStatus::Booked || starts_at <= now {
        return Err(ChangeRefused::NotChangeable);
    }
    let cutoff_ms = cutoff_hours.saturating_mul(HOUR_MS);
    if who == ChangedBy::Patient && starts_at.0.saturating_sub(now.0) < cutoff_ms {
        return Err(ChangeRefused::TooLate {
            hours: cutoff_hours,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spellings_round_trip() {
        for mode in VisitMode::ALL {
            assert_eq!(VisitMode::parse(mode.as_str()), Some(mode));
        }
        for kind in VisitType::ALL {
            assert_eq!(VisitType::parse(kind.as_str()), Some(kind));
        }
        for status in AppointmentStatus::ALL {
            assert_eq!(AppointmentStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(VisitMode::parse("house_call"), None);
    }

    #[test]
    fn a_patient_may_change_until_the_cutoff_and_staff_until_the_start() {
        let start = UtcMillis(100 * HOUR_MS);
        let booked = AppointmentStatus::Booked;
        assert_eq!(
            may_change(
                booked,
                start,
                UtcMillis(76 * HOUR_MS),
                24,
                ChangedBy::Patient
            ),
            Ok(())
        );
        assert_eq!(
            may_change(
                booked,
                start,
                UtcMillis(77 * HOUR_MS),
                24,
                ChangedBy::Patient
            ),
            Err(ChangeRefused::TooLate { hours: 24 })
        );
        assert_eq!(
            may_change(booked, start, UtcMillis(99 * HOUR_MS), 24, ChangedBy::Staff),
            Ok(())
        );
        assert_eq!(
            may_change(booked, start, start, 24, ChangedBy::Staff),
            Err(ChangeRefused::NotChangeable)
        );
        assert_eq!(
            may_change(
                AppointmentStatus::Cancelled,
                start,
                UtcMillis(0),
                24,
                ChangedBy::Staff
            ),
            Err(ChangeRefused::NotChangeable)
        );
    }

    proptest! {
        /// Staff may change whatever a patient may, and nothing changes once it has started.
        #[test]
        fn staff_rights_include_patient_rights(
            start in 0_i64..1_000 * HOUR_MS,
            now in 0_i64..1_000 * HOUR_MS,
            cutoff in 0_i64..336,
            status in prop::sample::select(AppointmentStatus::ALL.to_vec()),
        ) {
            let (start, now) = (UtcMillis(start), UtcMillis(now));
            let patient = may_change(status, start, now, cutoff, ChangedBy::Patient);
            let staff = may_change(status, start, now, cutoff, ChangedBy::Staff);
            if patient.is_ok() {
                prop_assert!(staff.is_ok());
            }
            if start <= now {
                prop_assert_eq!(staff, Err(ChangeRefused::NotChangeable));
            }
        }
    }
}
