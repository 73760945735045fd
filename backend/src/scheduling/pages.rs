//! The read models of the scheduling pages: each page's data in one read transaction, with the
//! reads it records appended once that transaction has ended.

use super::{
    availability::free_slots_in, rules::bookability_in, views, waitlist, AppointmentView,
    PatientAppointments, SchedulingError,
};
use crate::{
    actor::Actor,
    audit,
    db::{Db, DbError},
    directory::{self, PlaceDetail},
};
use domain::{
    booking::{booking_week, by_day, BookingWeek, DayChoices, TimeChoice, WEEK_DAYS},
    credentials::NotBookable,
    schedule::Slot,
    time::{local_date, UtcMillis},
};
use jiff::civil::Date;

/// Free times `slots`, read at their location in the zone named `zone_name`.
pub fn time_choices(slots: &[Slot], zone_name: &str) -> Result<Vec<TimeChoice>, DbError> {
    let zone = crate::clock::zone(zone_name)?;
    Ok(slots
        .iter()
        .map(|slot| TimeChoice::of(slot, &zone, zone_name))
        .collect::<Result<_, _>>()?)
}

/// One free time, read at its location in the zone named `zone_name`.
pub fn time_choice(slot: &Slot, zone_name: &str) -> Result<TimeChoice, DbError> {
    Ok(TimeChoice::of(
        slot,
        &crate::clock::zone(zone_name)?,
        zone_name,
    )?)
}

/// What the booking page asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BookingPageQuery {
    pub provider_id: i64,
    pub location_id: i64,
    /// The first day of the week to show (the location's today when absent or out of reach).
    pub week: Option<Date>,
    /// The time picked, when one was.
    pub start: Option<UtcMillis>,
    /// The patient front desk is booking for (ignored for anyone else).
    pub booking_for: Option<i64>,
}

/// A week of a provider's free times at a location, or the one picked with the form to confirm
/// it.
#[derive(Clone, Debug, PartialEq)]
pub struct BookingPage {
    pub provider_name: String,
    pub place: PlaceDetail,
    /// Why a new patient cannot book this provider here, when they cannot.
    pub not_bookable: Option<NotBookable>,
    pub week: BookingWeek,
    pub days: Vec<DayChoices>,
    /// The time picked, when it is still free.
    pub chosen: Option<TimeChoice>,
    /// A fresh key for the confirmation form: a retried submit books once.
    pub idempotency_key: String,
    /// Front desk booking for a patient: `(patient id, name)`.
    pub booking_for: Option<(i64, String)>,
}

/// The booking page of an active provider at one of their locations; `None` when either is
/// unknown or they do not work there. Free times are public, like the directory; the name of
/// the patient front desk books for is read (and recorded) for front desk only.
pub async fn booking_page(
    db: &Db,
    actor: Option<&Actor>,
    query: &BookingPageQuery,
    locale_tag: &str,
    now: UtcMillis,
) -> Result<Option<BookingPage>, DbError> {
    let mut tx = db.begin_read().await?;
    let Some(profile) = directory::profile_in(&mut tx, query.provider_id, locale_tag).await? else {
        return Ok(None);
    };
    let Some(place) = profile
        .places
        .into_iter()
        .find(|p| p.id == query.location_id)
    else {
        return Ok(None);
    };
    let zone = crate::clock::zone(&place.time_zone)?;
    let week = booking_week(local_date(now, &zone)?, query.week);
    let (provider_id, location_id) = (query.provider_id, query.location_id);
    let Some((_, week_free)) = free_slots_in(
        &mut tx,
        provider_id,
        location_id,
        Some(week.first),
        WEEK_DAYS,
        now,
    )
    .await?
    else {
        return Ok(None);
    };
    // The picked time is looked for on its own day, which may lie outside the week shown; a
    // start no calendar can place is no free time.
    let chosen = match query.start.map(|start| (start, local_date(start, &zone))) {
        Some((start, Ok(day))) => {
            free_slots_in(&mut tx, provider_id, location_id, Some(day), 1, now)
                .await?
                .and_then(|(_, that_day)| that_day.into_iter().find(|s| s.start == start))
        }
        _ => None,
    };
    let not_bookable = bookability_in(&mut tx, query.provider_id, true, now)
        .await?
        .unwrap_or_default()
        .into_iter()
        .find(|(id, _)| *id == query.location_id)
        .and_then(|(_, verdict)| verdict.err());
    let booking_for = match (actor, query.booking_for) {
        (Some(actor), Some(patient_id)) => crate::patients::name_for_front_desk_in(
            &mut tx,
            actor,
            patient_id,
            Some(query.location_id),
        )
        .await?
        .map(|found| (patient_id, found)),
        _ => None,
    };
    tx.commit().await?;
    let booking_for = match booking_for {
        Some((patient_id, (name, read))) => {
            audit::record_reads(db, &[read], now).await?;
            Some((patient_id, name))
        }
        None => None,
    };
    let summary = &profile.summary;
    Ok(Some(BookingPage {
        provider_name: directory::display_name(
            &summary.given_name,
            &summary.family_name,
            summary.credentials_suffix.as_deref(),
        ),
        not_bookable,
        week,
        days: by_day(time_choices(&week_free, &place.time_zone)?),
        chosen: chosen
            .map(|slot| TimeChoice::of(&slot, &zone, &place.time_zone))
            .transpose()?,
        idempotency_key: super::idempotency_key(),
        booking_for,
        place,
    }))
}

/// Days of free times an appointment may move to.
const MOVE_DAYS: u16 = 14;

/// One appointment, and when the reader may move it, the free times of the next two weeks that
/// offer its kind of visit.
#[derive(Clone, Debug, PartialEq)]
pub struct AppointmentPage {
    pub appointment: AppointmentView,
    pub alternatives: Vec<DayChoices>,
}

/// The appointment page, for whoever may read the appointment ([`super::appointment`]).
pub async fn appointment_page(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    now: UtcMillis,
) -> Result<AppointmentPage, SchedulingError> {
    audit::audited(db, actor, now, async {
        let mut tx = db.begin_read().await?;
        let (appointment, read) =
            views::appointment_in(&mut tx, actor, appointment_id, now).await?;
        let free = if appointment.changeable.is_ok() {
            free_slots_in(
                &mut tx,
                appointment.provider_id,
                appointment.location_id,
                None,
                MOVE_DAYS,
                now,
            )
            .await?
        } else {
            None
        };
        tx.commit().await?;
        views::record(db, read, now).await?;
        let alternatives = match free {
            Some((zone_name, free)) => {
                let offered: Vec<Slot> = free
                    .into_iter()
                    .filter(|slot| {
                        slot.kinds
                            .offers(appointment.visit_mode, appointment.visit_type)
                    })
                    .collect();
                by_day(time_choices(&offered, &zone_name)?)
            }
            None => Vec::new(),
        };
        Ok(AppointmentPage {
            appointment,
            alternatives,
        })
    })
    .await
}

/// The signed-in patient's appointments and the waitlist's open offers to them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MyAppointments {
    pub offers: Vec<waitlist::Offer>,
    pub appointments: PatientAppointments,
}

/// The signed-in patient's appointments page.
pub async fn my_appointments(
    db: &Db,
    actor: &Actor,
    now: UtcMillis,
) -> Result<MyAppointments, SchedulingError> {
    let mut tx = db.begin_read().await?;
    let appointments = views::appointments_of_patient_in(&mut tx, actor, now).await?;
    let offers = waitlist::open_offers_in(&mut tx, actor, now).await?;
    tx.commit().await?;
    Ok(MyAppointments {
        offers,
        appointments,
    })
}
