//! The text of `/appointments/{id}/calendar.ics` in the reader's language (server only): the
//! appointment as an RFC 5545 event in its location's zone, `METHOD:CANCEL` once cancelled, its
//! `SEQUENCE` the appointment's change count, and a `UID` that stays the same across changes so a
//! calendar updates the event it already has. The visit's reason is health data that calendars
//! sync to other services and show to anyone the calendar is shared with, so it is written only
//! when the patient asks for it (`?reason=include`, the second link on the appointment page).

use crate::{i18n::I18n, t};
use backend::scheduling::AppointmentView;
use domain::{
    appointments::AppointmentStatus,
    calendar::{ics, CalendarEvent, Method},
    locale::Locale,
    time::TimeError,
};

/// Whether the calendar file says what the visit is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Left,
    Included,
}

/// The calendar file, or why the location's zone cannot be used.
pub fn calendar_file(
    view: &AppointmentView,
    locale: Locale,
    origin: &str,
    reason: Reason,
) -> Result<String, TimeError> {
    let i18n = I18n::new(locale);
    let zone = backend::clock::zone(&view.time_zone)?;
    let host = origin
        .split("://")
        .nth(1)
        .unwrap_or(origin)
        .trim_end_matches('/');
    let uid = format!("appointment-{}@{host}", view.id);
    let summary = t!(
        i18n,
        "calendar-summary",
        provider = view.provider_name.as_str()
    );
    let place = format!("{}, {}, {}", view.location_name, view.street, view.city);
    let url = format!("{origin}/appointments/{}", view.id);
    let description = match reason {
        Reason::Included => t!(
            i18n,
            "calendar-description",
            reason = view.reason.as_str(),
            phone = view.phone.as_str()
        ),
        Reason::Left => t!(
            i18n,
            "calendar-description-no-reason",
            phone = view.phone.as_str()
        ),
    };
    Ok(ics(
        &CalendarEvent {
            uid: &uid,
            sequence: u32::try_from(view.sequence).unwrap_or(u32::MAX),
            method: if view.status == AppointmentStatus::Cancelled {
                Method::Cancel
            } else {
                Method::Publish
            },
            start: view.starts_at,
            end: view.ends_at,
            stamp: view.updated_at,
            summary: &summary,
            location: &place,
            description: &description,
            url: Some(&url),
        },
        &zone,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::{
        appointments::{VisitMode, VisitType},
        time::UtcMillis,
    };

    fn appointment() -> AppointmentView {
        AppointmentView {
            id: 42,
            patient_id: 7,
            patient_name: "Pat Doe".into(),
            provider_id: 3,
            provider_name: "Dr Jordan Lee".into(),
            location_id: 1,
            location_name: "Main Street Clinic".into(),
            street: "12 Main St".into(),
            city: "Springfield".into(),
            phone: "555 0100".into(),
            time_zone: "America/New_York".into(),
            starts_at: UtcMillis(1_767_279_600_000),
            ends_at: UtcMillis(1_767_281_400_000),
            visit_mode: VisitMode::InPerson,
            visit_type: VisitType::FollowUp,
            reason: "persistent knee pain".into(),
            status: AppointmentStatus::Booked,
            sequence: 0,
            updated_at: UtcMillis(1_767_225_600_000),
            changeable: Ok(()),
        }
    }

    #[test]
    fn the_reason_is_written_only_when_asked_for() {
        let origin = "https://portal.example";
        let left = calendar_file(&appointment(), Locale::En, origin, Reason::Left).unwrap();
        assert!(!left.contains("knee"), "{left}");
        assert!(left.contains("555 0100"), "{left}");
        let included = calendar_file(&appointment(), Locale::En, origin, Reason::Included).unwrap();
        assert!(included.contains("persistent knee pain"), "{included}");
    }
}
