//! The staff schedule (`/staff/schedule`): a provider's own day or week, front desk's view of a
//! location's providers, and front desk's arrivals, no-shows and blocked time. Thin: the actor
//! from the session, one `backend::scheduling::staff` function (which authorizes and audits),
//! times turned into the location's wall-clock readings.

use super::error::AppError;
use domain::{
    appointments::{AppointmentStatus, VisitMode, VisitType},
    credentials::NotBookable,
    staff_schedule::{BlockReason, ScheduleSpan},
    time::ZonedDateTime,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const SCHEDULE_PAGE: &str = "/staff/schedule";

/// A location or a provider to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: i64,
    pub name: String,
}

/// Working hours on a day, wall-clock `(hour, minute)` at the location.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursView {
    pub starts: (u8, u8),
    pub ends: (u8, u8),
}

/// A stretch of time read at the location.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    pub start: ZonedDateTime,
    pub end: ZonedDateTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AffectedView {
    pub id: i64,
    pub patient_name: String,
    pub provider_name: String,
    pub starts: ZonedDateTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockView {
    pub id: i64,
    pub reason: BlockReason,
    pub time: TimeRange,
    pub whole_location: bool,
    pub affected: Vec<AffectedView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleItem {
    pub id: i64,
    pub patient_name: String,
    pub time: TimeRange,
    pub visit_mode: VisitMode,
    pub visit_type: VisitType,
    pub status: AppointmentStatus,
    pub may_arrive: bool,
    pub may_no_show: bool,
    pub during_block: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayView {
    /// `YYYY-MM-DD` at the location.
    pub date: String,
    /// The date, for `format::date_long`.
    pub heading: ZonedDateTime,
    pub hours: Vec<HoursView>,
    pub on_call: Vec<TimeRange>,
    pub blocks: Vec<BlockView>,
    pub appointments: Vec<ScheduleItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderView {
    pub provider_id: i64,
    pub provider_name: String,
    pub location_id: i64,
    pub location_name: String,
    pub time_zone: String,
    /// Why the licence rule keeps patients from booking them here.
    pub licence: Option<NotBookable>,
    pub days: Vec<DayView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchedulePage {
    /// Front desk's view (choices, actions, blocked time), or a provider's own.
    pub front_desk: bool,
    pub span: ScheduleSpan,
    /// The first day shown, the one before the previous view's and today (`YYYY-MM-DD`).
    pub first_day: String,
    pub previous: String,
    pub next: String,
    pub today: String,
    pub locations: Vec<Choice>,
    pub location_id: Option<i64>,
    /// The chosen location's zone (front desk), for the blocked-time form.
    pub time_zone: Option<String>,
    pub providers: Vec<Choice>,
    pub provider_id: Option<i64>,
    pub schedules: Vec<ProviderView>,
}

/// What the schedule page's address asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleAddress {
    pub day: Option<String>,
    pub span: ScheduleSpan,
    pub location: Option<i64>,
    pub provider: Option<i64>,
}

impl ScheduleAddress {
    /// The page's address for this view (every view is a link).
    pub fn href(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(day) = &self.day {
            query.append_pair("day", day);
        }
        query.append_pair("span", self.span.as_str());
        if let Some(location) = self.location {
            query.append_pair("location", &location.to_string());
        }
        if let Some(provider) = self.provider {
            query.append_pair("provider", &provider.to_string());
        }
        format!("{SCHEDULE_PAGE}?{}", query.finish())
    }
}

/// Where a plain form posted from the schedule goes back to: the view it was posted from (from
/// its `Referer`, keeping only the view's own fields), saying what was `done` (`(key, value)`
/// pairs: `done` and, after blocking time, how many appointments fall in it).
pub fn return_path(referer: Option<&str>, done: &[(&str, &str)]) -> String {
    let path_and_query = referer
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|slash| &rest[slash..]))
        .map(|p| p.split('#').next().unwrap_or_default());
    let (path, query) = path_and_query
        .map(|p| p.split_once('?').unwrap_or((p, "")))
        .unwrap_or((SCHEDULE_PAGE, ""));
    let mut kept = form_urlencoded::Serializer::new(String::new());
    if path == SCHEDULE_PAGE {
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            if matches!(
                key.as_ref(),
                "day" | "span" | "location" | "provider" | "lang"
            ) {
                kept.append_pair(&key, &value);
            }
        }
    }
    kept.extend_pairs(done);
    format!("{SCHEDULE_PAGE}?{}", kept.finish())
}

#[cfg(feature = "ssr")]
fn staff_error(error: backend::scheduling::staff::StaffError) -> AppError {
    use super::context::refuse;
    use backend::scheduling::staff::StaffError as E;
    refuse(match error {
        E::NotFound => AppError::NotFound,
        E::Refused(why) => AppError::StatusRefused(why),
        E::Block(problems) => AppError::BlockInvalid { problems },
        E::Database(e) => return AppError::internal(e),
    })
}

#[cfg(feature = "ssr")]
fn zoned(at: domain::time::UtcMillis, zone: &str) -> Result<ZonedDateTime, AppError> {
    backend::clock::zoned(at, zone).map_err(AppError::internal)
}

#[cfg(feature = "ssr")]
fn range(
    interval: backend::scheduling::staff::Interval,
    zone: &str,
) -> Result<TimeRange, AppError> {
    Ok(TimeRange {
        start: zoned(interval.start, zone)?,
        end: zoned(interval.end, zone)?,
    })
}

#[cfg(feature = "ssr")]
fn affected_view(
    affected: &backend::scheduling::staff::AffectedAppointment,
    zone: &str,
) -> Result<AffectedView, AppError> {
    Ok(AffectedView {
        id: affected.id,
        patient_name: affected.patient_name.clone(),
        provider_name: affected.provider_name.clone(),
        starts: zoned(affected.starts_at, zone)?,
    })
}

#[cfg(feature = "ssr")]
fn provider_view(
    schedule: &backend::scheduling::staff::ProviderSchedule,
) -> Result<ProviderView, AppError> {
    use domain::time::hour_minute;
    let zone = schedule.location.time_zone.as_str();
    let days = schedule
        .days
        .iter()
        .map(|day| {
            Ok(DayView {
                date: day.date.to_string(),
                heading: ZonedDateTime {
                    year: i32::from(day.date.year()),
                    month: day.date.month() as u8,
                    day: day.date.day() as u8,
                    hour: 0,
                    minute: 0,
                    zone: zone.to_string(),
                },
                hours: day
                    .hours
                    .iter()
                    .map(|h| HoursView {
                        starts: hour_minute(h.starts),
                        ends: hour_minute(h.ends),
                    })
                    .collect(),
                on_call: day
                    .on_call
                    .iter()
                    .map(|i| range(*i, zone))
                    .collect::<Result<_, _>>()?,
                blocks: day
                    .blocks
                    .iter()
                    .map(|b| {
                        Ok(BlockView {
                            id: b.id,
                            reason: b.reason,
                            time: range(b.interval, zone)?,
                            whole_location: b.whole_location,
                            affected: b
                                .affected
                                .iter()
                                .map(|a| affected_view(a, zone))
                                .collect::<Result<_, AppError>>()?,
                        })
                    })
                    .collect::<Result<_, AppError>>()?,
                appointments: day
                    .appointments
                    .iter()
                    .map(|a| {
                        Ok(ScheduleItem {
                            id: a.id,
                            patient_name: a.patient_name.clone(),
                            time: range(a.interval, zone)?,
                            visit_mode: a.visit_mode,
                            visit_type: a.visit_type,
                            status: a.status,
                            may_arrive: a.arrival.is_ok(),
                            may_no_show: a.no_show.is_ok(),
                            during_block: a.during_block,
                        })
                    })
                    .collect::<Result<_, AppError>>()?,
            })
        })
        .collect::<Result<_, AppError>>()?;
    Ok(ProviderView {
        provider_id: schedule.provider_id,
        provider_name: schedule.provider_name.clone(),
        location_id: schedule.location.id,
        location_name: schedule.location.name.clone(),
        time_zone: schedule.location.time_zone.clone(),
        licence: schedule.licence.clone(),
        days,
    })
}

/// The schedule the signed-in provider or front desk may see: `day` (`YYYY-MM-DD`, the
/// location's today when absent or not a date), `span` (`day` or `week`), and for front desk the
/// `location` (the first when absent) and one `provider` there.
#[server(prefix = "/api", endpoint = "staff_schedule")]
#[middleware(crate::api::known_fields::KnownFields::<StaffScheduleData>::new())]
pub async fn staff_schedule_data(
    day: Option<String>,
    span: Option<String>,
    location: Option<i64>,
    provider: Option<i64>,
) -> Result<SchedulePage, AppError> {
    use super::context::{require_actor, server};
    use backend::scheduling::staff::{self, ScheduleQuery, StaffError};
    let actor = require_actor()?;
    let db = &server()?.db;
    let now = backend::clock::now();
    let mut query = ScheduleQuery {
        // Not a date: the location's today, as when absent.
        day: day.and_then(|d| domain::time::parse_date(&d).ok()),
        span: span
            .as_deref()
            .and_then(ScheduleSpan::parse)
            .unwrap_or_default(),
        location_id: location,
        provider_id: provider,
    };
    let found = match staff::schedule(db, &actor, &query, now).await {
        // A provider chosen at another location: the location's whole schedule instead.
        Err(StaffError::NotFound) if query.provider_id.is_some() && query.location_id.is_some() => {
            query.provider_id = None;
            staff::schedule(db, &actor, &query, now).await
        }
        other => other,
    }
    .map_err(staff_error)?;
    let first = found.days.first().copied().unwrap_or(found.today);
    let step = |direction| {
        found
            .span
            .step(first, direction)
            .unwrap_or(first)
            .to_string()
    };
    let time_zone = found
        .location_id
        .and_then(|id| found.locations.iter().find(|l| l.id == id))
        .filter(|_| found.front_desk)
        .map(|l| l.time_zone.clone());
    Ok(SchedulePage {
        front_desk: found.front_desk,
        span: found.span,
        first_day: first.to_string(),
        previous: step(-1),
        next: step(1),
        today: found.today.to_string(),
        locations: found
            .locations
            .iter()
            .map(|l| Choice {
                id: l.id,
                name: l.name.clone(),
            })
            .collect(),
        location_id: found.location_id,
        time_zone,
        providers: found
            .providers
            .iter()
            .map(|p| Choice {
                id: p.id,
                name: p.name.clone(),
            })
            .collect(),
        provider_id: found.provider_id,
        schedules: found
            .schedules
            .iter()
            .map(provider_view)
            .collect::<Result<_, _>>()?,
    })
}

/// Sends a plain form back to the view it came from.
#[cfg(feature = "ssr")]
fn back_to_schedule(done: &[(&str, &str)]) {
    let referer = use_context::<http::request::Parts>().and_then(|parts| {
        parts
            .headers
            .get(http::header::REFERER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    });
    super::context::redirect_plain_form(&return_path(referer.as_deref(), done));
}

/// Front desk: the patient has arrived (a booked appointment, on its day).
#[server(prefix = "/api", endpoint = "mark_arrived")]
#[middleware(crate::api::known_fields::KnownFields::<MarkArrived>::new())]
pub async fn mark_arrived(appointment_id: i64) -> Result<(), AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    backend::scheduling::staff::mark_arrived(
        &server()?.db,
        &actor,
        appointment_id,
        backend::clock::now(),
    )
    .await
    .map_err(staff_error)?;
    back_to_schedule(&[(DONE, "arrived")]);
    Ok(())
}

/// Front desk: the patient did not come (a booked appointment that has started).
#[server(prefix = "/api", endpoint = "mark_no_show")]
#[middleware(crate::api::known_fields::KnownFields::<MarkNoShow>::new())]
pub async fn mark_no_show(appointment_id: i64) -> Result<(), AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    backend::scheduling::staff::mark_no_show(
        &server()?.db,
        &actor,
        appointment_id,
        backend::clock::now(),
    )
    .await
    .map_err(staff_error)?;
    back_to_schedule(&[(DONE, "no_show")]);
    Ok(())
}

/// What adding blocked time answers: the appointments during it, which keep their time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedBlock {
    pub block_id: i64,
    pub affected: Vec<AffectedView>,
}

/// The query keys a plain post from the schedule comes back with: what was done, and after
/// blocking time, how many appointments fall in it.
pub const DONE: &str = "done";
pub const AFFECTED: &str = "affected";

/// The value of the blocked-time form's clinician field that means everyone at the location.
pub const EVERYONE: &str = "all";

/// Front desk: blocked time for a provider at the location (`provider_id` [`EVERYONE`]: for the
/// whole location), the dates and times in the location's wall-clock time.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "add_schedule_block")]
#[middleware(crate::api::known_fields::KnownFields::<AddScheduleBlock>::new())]
pub async fn add_schedule_block(
    location_id: i64,
    provider_id: String,
    reason: String,
    start_date: String,
    start_time: String,
    end_date: String,
    end_time: String,
) -> Result<AddedBlock, AppError> {
    use super::context::{flash, refuse, require_actor, server};
    use backend::scheduling::staff::{self, NewBlock};
    use domain::staff_schedule::BlockTimes;
    let actor = require_actor()?;
    let db = &server()?.db;
    let provider = match provider_id.as_str() {
        EVERYONE => None,
        id => Some(id.parse::<i64>().map_err(|_| refuse(AppError::Request))?),
    };
    let block = NewBlock {
        provider_id: provider,
        location_id,
        reason: BlockReason::parse(&reason).ok_or_else(|| refuse(AppError::Request))?,
        times: BlockTimes {
            start_date: &start_date,
            start_time: &start_time,
            end_date: &end_date,
            end_time: &end_time,
        },
    };
    match staff::add_block(db, &actor, &block, backend::clock::now()).await {
        Ok(added) => {
            let affected = added
                .affected
                .iter()
                .map(|a| affected_view(a, &added.time_zone))
                .collect::<Result<Vec<_>, _>>()?;
            back_to_schedule(&[(DONE, "blocked"), (AFFECTED, &affected.len().to_string())]);
            Ok(AddedBlock {
                block_id: added.block_id,
                affected,
            })
        }
        Err(error) => {
            let typed = |text: &str| text.chars().take(40).collect::<String>();
            flash(
                SCHEDULE_PAGE,
                &[
                    ("provider_id", typed(&provider_id)),
                    ("reason", typed(&reason)),
                    ("start_date", typed(&start_date)),
                    ("start_time", typed(&start_time)),
                    ("end_date", typed(&end_date)),
                    ("end_time", typed(&end_time)),
                ]
                .into(),
            );
            Err(staff_error(error))
        }
    }
}

/// Front desk: lifts blocked time; its times are offered again.
#[server(prefix = "/api", endpoint = "lift_schedule_block")]
#[middleware(crate::api::known_fields::KnownFields::<LiftScheduleBlock>::new())]
pub async fn lift_schedule_block(block_id: i64) -> Result<(), AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    backend::scheduling::staff::lift_block(&server()?.db, &actor, block_id, backend::clock::now())
        .await
        .map_err(staff_error)?;
    back_to_schedule(&[(DONE, "lifted")]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_form_goes_back_to_the_view_it_came_from() {
        assert_eq!(
            return_path(
                Some("https://portal.test/staff/schedule?day=2027-01-18&span=week&location=1&__err=x&done=lifted#top"),
                &[(DONE, "arrived")]
            ),
            "/staff/schedule?day=2027-01-18&span=week&location=1&done=arrived"
        );
        // Anywhere else, or nowhere: the schedule itself.
        for referer in [
            Some("https://evil.test/staff/other?day=1"),
            None,
            Some("nonsense"),
        ] {
            assert_eq!(
                return_path(referer, &[(DONE, "blocked"), (AFFECTED, "2")]),
                "/staff/schedule?done=blocked&affected=2"
            );
        }
        let view = ScheduleAddress {
            day: Some("2027-01-18".into()),
            span: ScheduleSpan::Week,
            location: Some(3),
            provider: None,
        };
        assert_eq!(
            view.href(),
            "/staff/schedule?day=2027-01-18&span=week&location=3"
        );
    }
}
