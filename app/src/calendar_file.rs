//! The text of `/appointments/{id}/calendar.ics` in the reader's language (server only): the
//! appointment as an RFC 5545 event in its location's zone, `METHOD:CANCEL` once cancelled, its
//! `SEQUENCE` the appointment's change count, and a `UID` that stays the same across changes so a
//! calendar updates the event it already has.

use crate::{i18n::I18n, t};
use backend::scheduling::AppointmentView;
use domain::{
    appointments::AppointmentStatus,
    calendar::{ics, CalendarEvent, Method},
    locale::Locale,
    time::TimeError,
};

/// The calendar file, or why the location's zone cannot be used.
pub fn calendar_file(
    view: &AppointmentView,
    locale: Locale,
    origin: &str,
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
    let description = t!(
        i18n,
        "calendar-description",
        reason = view.reason.as_str(),
        phone = view.phone.as_str()
    );
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
