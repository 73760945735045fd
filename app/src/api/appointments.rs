//! Booking, the patient's appointments, rescheduling and cancelling. Free times are public (like
//! the directory); booking and everything after it needs a signed-in patient or front desk.

use super::error::AppError;
use domain::{
    appointments::{AppointmentStatus, ChangeRefused, VisitMode, VisitType},
    credentials::NotBookable,
    time::ZonedDateTime,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The appointments list; a booking's confirmation is `/appointments/{id}`.
pub const APPOINTMENTS_PAGE: &str = "/appointments";

/// The booking page of a provider.
pub fn booking_path(provider_id: i64) -> String {
    format!("/providers/{provider_id}/book")
}

pub fn appointment_path(id: i64) -> String {
    format!("{APPOINTMENTS_PAGE}/{id}")
}

pub use domain::booking::{DayChoices, TimeChoice};

/// What the booking page shows: a week of free times, or the one chosen with the form to
/// confirm it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingPage {
    pub provider_id: i64,
    pub provider_name: String,
    pub location_id: i64,
    pub location_name: String,
    pub address: String,
    pub time_zone: String,
    /// Why this provider cannot be booked here by a new patient, when they cannot.
    pub not_bookable: Option<NotBookable>,
    /// The first day shown (`YYYY-MM-DD`), and the weeks before and after when there are any.
    pub week: String,
    pub previous_week: Option<String>,
    pub next_week: Option<String>,
    pub days: Vec<DayChoices>,
    /// The time picked (`?start=`), when it is still free.
    pub chosen: Option<TimeChoice>,
    /// A fresh key for the confirmation form: a retried submit books once.
    pub idempotency_key: String,
    /// Front desk booking for a patient: `(patient id, name)`.
    pub booking_for: Option<(i64, String)>,
}

/// The cookie that remembers which patient front desk is booking for, while they search.
pub const BOOKING_FOR_COOKIE: &str = "portal_booking_for";

/// The patient front desk is booking for, from the cookie.
#[cfg(feature = "ssr")]
fn booking_for_cookie() -> Option<i64> {
    super::context::cookie(BOOKING_FOR_COOKIE).and_then(|c| c.parse::<i64>().ok())
}

/// Front desk starts booking for a patient: the directory and booking pages remember them
/// (for an hour) until the booking is made or they stop.
#[server(prefix = "/api", endpoint = "book_for_patient")]
#[middleware(crate::api::known_fields::KnownFields::<BookForPatient>::new())]
pub async fn book_for_patient(patient_id: i64) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, refuse, require_actor, server, set_cookie};
    let actor = require_actor()?;
    backend::patients::name_for_front_desk(
        &server()?.db,
        &actor,
        patient_id,
        backend::clock::now(),
    )
    .await
    .map_err(AppError::internal)?
    .ok_or_else(|| refuse(AppError::NotFound))?;
    set_cookie(BOOKING_FOR_COOKIE, &patient_id.to_string(), "/", Some(3600));
    redirect_plain_form("/find-a-doctor");
    Ok(())
}

/// The name of the patient front desk is booking for, if any (for the directory's banner).
#[server(prefix = "/api", endpoint = "booking_for_name")]
#[middleware(crate::api::known_fields::KnownFields::<BookingForName>::new())]
pub async fn booking_for_name() -> Result<Option<String>, AppError> {
    use super::context::{actor, server};
    let (Some(actor), Some(id)) = (actor(), booking_for_cookie()) else {
        return Ok(None);
    };
    backend::patients::name_for_front_desk(&server()?.db, &actor, id, backend::clock::now())
        .await
        .map_err(AppError::internal)
}

/// Front desk stops booking for a patient.
#[server(prefix = "/api", endpoint = "stop_booking_for")]
#[middleware(crate::api::known_fields::KnownFields::<StopBookingFor>::new())]
pub async fn stop_booking_for() -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, set_cookie};
    require_actor()?;
    set_cookie(BOOKING_FOR_COOKIE, "", "/", Some(0));
    redirect_plain_form("/find-a-doctor");
    Ok(())
}

/// The booking page's data for a provider at a location: a week of free times from `week` (the
/// location's today when absent), and the time `start` when one was picked.
#[server(prefix = "/api", endpoint = "booking_page")]
#[middleware(crate::api::known_fields::KnownFields::<BookingPageData>::new())]
pub async fn booking_page_data(
    provider_id: i64,
    location_id: i64,
    week: Option<String>,
    start: Option<i64>,
) -> Result<BookingPage, AppError> {
    use super::context::{actor, refuse, server};
    use backend::scheduling::BookingPageQuery;
    let query = BookingPageQuery {
        provider_id,
        location_id,
        // Only a real date; anything else shows this week.
        week: week.and_then(|w| domain::time::parse_date(&w).ok()),
        start: start.map(domain::time::UtcMillis),
        booking_for: booking_for_cookie(),
    };
    let locale = crate::i18n::use_i18n().locale();
    let actor = actor();
    let page = backend::scheduling::booking_page(
        &server()?.db,
        actor.as_ref(),
        &query,
        locale.tag(),
        backend::clock::now(),
    )
    .await
    .map_err(AppError::internal)?
    .ok_or_else(|| refuse(AppError::NotFound))?;
    let place = &page.place;
    Ok(BookingPage {
        provider_id,
        provider_name: page.provider_name,
        location_id,
        location_name: place.name.clone(),
        address: format!("{}, {} {}", place.street, place.city, place.postcode),
        time_zone: place.time_zone.clone(),
        not_bookable: page.not_bookable,
        week: page.week.first.to_string(),
        previous_week: page.week.previous.map(|w| w.to_string()),
        next_week: page.week.next.map(|w| w.to_string()),
        days: page.days,
        chosen: page.chosen,
        idempotency_key: page.idempotency_key,
        booking_for: page.booking_for,
    })
}

/// The booking form: the chosen time, the kind of visit and its reason. Its fields arrive as
/// `booking[provider_id]`, `booking[visit_type]`, …; a field it does not name is refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingDraft {
    pub provider_id: i64,
    pub location_id: i64,
    pub starts_at: i64,
    pub visit_type: VisitType,
    pub visit_mode: VisitMode,
    #[serde(default)]
    pub reason: String,
    pub idempotency_key: String,
    /// Front desk books for this patient (a patient books for themself).
    #[serde(default)]
    pub patient_id: Option<i64>,
}

/// Books the chosen time for the signed-in patient (or, for front desk, for `patient_id`).
/// Answers with the appointment's id; a plain form goes on to its page.
#[server(prefix = "/api", endpoint = "book_appointment")]
#[middleware(crate::api::known_fields::KnownFields::<BookAppointment>::new())]
pub async fn book_appointment(booking: BookingDraft) -> Result<i64, AppError> {
    use super::context::{flash, redirect_plain_form, require_actor, server};
    use backend::scheduling::{self, BookingRequest};
    let context = server()?;
    let actor = require_actor()?;
    let locale = crate::i18n::use_i18n().locale();
    let request = BookingRequest {
        patient_id: booking.patient_id,
        provider_id: booking.provider_id,
        location_id: booking.location_id,
        starts_at: domain::time::UtcMillis(booking.starts_at),
        visit_mode: booking.visit_mode,
        visit_type: booking.visit_type,
        reason: &booking.reason,
        idempotency_key: &booking.idempotency_key,
        origin: &context.public_origin,
        locale,
    };
    match scheduling::book(&context.db, &actor, &request, backend::clock::now()).await {
        Ok(booked) => {
            context.outbox_wake.notify_one();
            if booking.patient_id.is_some() {
                super::context::set_cookie(BOOKING_FOR_COOKIE, "", "/", Some(0));
            }
            redirect_plain_form(&format!(
                "{}?booked",
                appointment_path(booked.appointment_id)
            ));
            Ok(booked.appointment_id)
        }
        Err(error) => {
            flash(
                &booking_path(booking.provider_id),
                &[
                    ("reason", booking.reason.chars().take(500).collect()),
                    ("visit_type", booking.visit_type.as_str().to_string()),
                    ("visit_mode", booking.visit_mode.as_str().to_string()),
                ]
                .into(),
            );
            Err(scheduling_error(error))
        }
    }
}

/// The answer for a refused booking or change.
#[cfg(feature = "ssr")]
fn scheduling_error(error: backend::scheduling::SchedulingError) -> AppError {
    use super::context::refuse;
    use backend::scheduling::SchedulingError as E;
    refuse(match error {
        // The backend answers `NotFound` for a refusal once it has recorded it; either way the
        // caller learns nothing about whether the object exists.
        E::NotFound | E::Refused(_) => AppError::NotFound,
        E::NotBookable(reason) => AppError::NotBookable(reason),
        E::Taken { nearest, time_zone } => AppError::SlotTaken {
            nearest: match backend::scheduling::time_choices(&nearest, &time_zone) {
                Ok(nearest) => nearest,
                Err(error) => return AppError::internal(error),
            },
        },
        E::PatientBusy => AppError::PatientBusy,
        E::VisitNotOffered => AppError::VisitNotOffered,
        E::ReasonRequired => AppError::ReasonRequired,
        E::ReasonTooLong => AppError::ReasonTooLong,
        E::Malformed => AppError::Request,
        E::Change(refused) => AppError::ChangeRefused(refused),
        E::ReplacedTooLate { hours } => AppError::ReplacedTooLate { hours },
        E::Database(e) => return AppError::internal(e),
    })
}

/// An appointment as its pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentSummary {
    pub id: i64,
    pub provider_id: i64,
    pub provider_name: String,
    pub patient_name: String,
    pub location_name: String,
    pub address: String,
    pub phone: String,
    pub starts: ZonedDateTime,
    pub ends: ZonedDateTime,
    pub visit_mode: VisitMode,
    pub visit_type: VisitType,
    pub reason: String,
    pub status: AppointmentStatus,
    /// Whether the reader may reschedule or cancel it now, and if not, why.
    pub changeable: Result<(), ChangeRefused>,
}

#[cfg(feature = "ssr")]
fn summary(view: &backend::scheduling::AppointmentView) -> Result<AppointmentSummary, AppError> {
    let at = |instant| backend::clock::zoned(instant, &view.time_zone).map_err(AppError::internal);
    Ok(AppointmentSummary {
        id: view.id,
        provider_id: view.provider_id,
        provider_name: view.provider_name.clone(),
        patient_name: view.patient_name.clone(),
        location_name: view.location_name.clone(),
        address: format!("{}, {}", view.street, view.city),
        phone: view.phone.clone(),
        starts: at(view.starts_at)?,
        ends: at(view.ends_at)?,
        visit_mode: view.visit_mode,
        visit_type: view.visit_type,
        reason: view.reason.clone(),
        status: view.status,
        changeable: view.changeable,
    })
}

/// An earlier time held for the patient from the waitlist, until `until`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferView {
    pub id: i64,
    pub provider_name: String,
    pub location_name: String,
    pub at: ZonedDateTime,
    pub until: ZonedDateTime,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAppointments {
    pub offers: Vec<OfferView>,
    pub upcoming: Vec<AppointmentSummary>,
    pub past: Vec<AppointmentSummary>,
}

/// The signed-in patient's appointments.
#[server(prefix = "/api", endpoint = "my_appointments")]
#[middleware(crate::api::known_fields::KnownFields::<ListMyAppointments>::new())]
pub async fn list_my_appointments() -> Result<MyAppointments, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let found = backend::scheduling::my_appointments(&server()?.db, &actor, backend::clock::now())
        .await
        .map_err(scheduling_error)?;
    Ok(MyAppointments {
        offers: found
            .offers
            .into_iter()
            .map(|offer| {
                let at = |instant| {
                    backend::clock::zoned(instant, &offer.time_zone).map_err(AppError::internal)
                };
                Ok(OfferView {
                    id: offer.id,
                    at: at(offer.starts_at)?,
                    until: at(offer.expires_at)?,
                    provider_name: offer.provider_name,
                    location_name: offer.location_name,
                })
            })
            .collect::<Result<_, AppError>>()?,
        upcoming: found
            .appointments
            .upcoming
            .iter()
            .map(summary)
            .collect::<Result<_, _>>()?,
        past: found
            .appointments
            .past
            .iter()
            .map(summary)
            .collect::<Result<_, _>>()?,
    })
}

/// One appointment, and when it may be moved, the free times it may move to (two weeks).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentDetail {
    pub appointment: AppointmentSummary,
    pub alternatives: Vec<DayChoices>,
}

#[server(prefix = "/api", endpoint = "appointment_detail")]
#[middleware(crate::api::known_fields::KnownFields::<AppointmentDetailData>::new())]
pub async fn appointment_detail_data(id: i64) -> Result<AppointmentDetail, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let page =
        backend::scheduling::appointment_page(&server()?.db, &actor, id, backend::clock::now())
            .await
            .map_err(scheduling_error)?;
    Ok(AppointmentDetail {
        appointment: summary(&page.appointment)?,
        alternatives: page.alternatives,
    })
}

#[server(prefix = "/api", endpoint = "reschedule_appointment")]
#[middleware(crate::api::known_fields::KnownFields::<RescheduleAppointment>::new())]
pub async fn reschedule_appointment(id: i64, starts_at: i64) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let context = server()?;
    let actor = require_actor()?;
    backend::scheduling::reschedule(
        &context.db,
        &actor,
        id,
        domain::time::UtcMillis(starts_at),
        &context.public_origin,
        crate::i18n::use_i18n().locale(),
        backend::clock::now(),
    )
    .await
    .map_err(scheduling_error)?;
    context.outbox_wake.notify_one();
    redirect_plain_form(&format!("{}?rescheduled", appointment_path(id)));
    Ok(())
}

#[server(prefix = "/api", endpoint = "cancel_appointment")]
#[middleware(crate::api::known_fields::KnownFields::<CancelAppointment>::new())]
pub async fn cancel_appointment(id: i64) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let context = server()?;
    let actor = require_actor()?;
    backend::scheduling::cancel(
        &context.db,
        &actor,
        id,
        &context.public_origin,
        crate::i18n::use_i18n().locale(),
        backend::clock::now(),
    )
    .await
    .map_err(scheduling_error)?;
    context.outbox_wake.notify_one();
    redirect_plain_form(&format!("{}?cancelled", appointment_path(id)));
    Ok(())
}

/// Asks for an earlier time with the same provider than appointment `id`, which an accepted
/// offer would replace.
#[server(prefix = "/api", endpoint = "join_waitlist")]
#[middleware(crate::api::known_fields::KnownFields::<JoinWaitlist>::new())]
pub async fn join_waitlist(id: i64) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    backend::scheduling::waitlist::join_for_earlier(
        &server()?.db,
        &actor,
        id,
        backend::clock::now(),
    )
    .await
    .map_err(scheduling_error)?;
    redirect_plain_form(&format!("{}?waitlisted", appointment_path(id)));
    Ok(())
}

/// Books the time a waitlist offer holds (giving up the later appointment it replaces).
#[server(prefix = "/api", endpoint = "accept_offer")]
#[middleware(crate::api::known_fields::KnownFields::<AcceptOffer>::new())]
pub async fn accept_offer(offer_id: i64) -> Result<i64, AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let context = server()?;
    let actor = require_actor()?;
    let id = backend::scheduling::waitlist::accept(
        &context.db,
        &actor,
        offer_id,
        &context.public_origin,
        crate::i18n::use_i18n().locale(),
        backend::clock::now(),
    )
    .await
    .map_err(scheduling_error)?;
    context.outbox_wake.notify_one();
    redirect_plain_form(&format!("{}?booked", appointment_path(id)));
    Ok(id)
}

/// Turns a waitlist offer down: the time goes to the next patient waiting.
#[server(prefix = "/api", endpoint = "decline_offer")]
#[middleware(crate::api::known_fields::KnownFields::<DeclineOffer>::new())]
pub async fn decline_offer(offer_id: i64) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let context = server()?;
    let actor = require_actor()?;
    backend::scheduling::waitlist::decline(
        &context.db,
        &actor,
        offer_id,
        &context.public_origin,
        backend::clock::now(),
    )
    .await
    .map_err(scheduling_error)?;
    context.outbox_wake.notify_one();
    redirect_plain_form(APPOINTMENTS_PAGE);
    Ok(())
}
