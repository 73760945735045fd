//! The staff schedule (`/staff/schedule`): a provider's own day or week, front desk's view of a
//! location's providers, and front desk's arrivals, no-shows and blocked time. Thin: the actor
//! from the session, one `backend::scheduling::staff_schedule` function (which authorizes and
//! audits), times turned into the location's wall-clock readings.

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
fn staff_error(error: backend::scheduling::staff_schedule::StaffError) -> AppError {
    use super::context::refuse;
    use backend::scheduling::staff_schedule::StaffError as E;
    refuse(match error {
        // The backend answers `NotFound` for a refusal once it has recorded it; either way the
        // caller learns nothing about whether the appointment exists.
        E::NotFound | E::NotYours(_) => AppError::NotFound,
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
    interval: backend::scheduling::staff_schedule::Interval,
    zone: &str,
) -> Result<TimeRange, AppError> {
    Ok(TimeRange {
        start: zoned(interval.start, zone)?,
        end: zoned(interval.end, zone)?,
    })
}

#[cfg(feature = "ssr")]
fn affected_view(
    affected: &backend::scheduling::staff_schedule::AffectedAppointment,
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
    schedule: &backend::scheduling::staff_schedule::ProviderSchedule,
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
                        let stored = &a.appointment;
                        Ok(ScheduleItem {
                            id: stored.id,
                            patient_name: stored.patient_name.clone(),
                            time: range(stored.interval, zone)?,
                            visit_mode: stored.visit_mode,
                            visit_type: stored.visit_type,
                            status: stored.status,
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
    span: Option<ScheduleSpan>,
    location: Option<i64>,
    provider: Option<i64>,
) -> Result<SchedulePage, AppError> {
    use super::context::{require_actor, server};
    use backend::scheduling::staff_schedule::{schedule, ScheduleQuery};
    let actor = require_actor()?;
    let query = ScheduleQuery {
        // Not a date: the location's today, as when absent.
        day: day.and_then(|d| domain::time::parse_date(&d).ok()),
        span: span.unwrap_or_default(),
        location_id: location,
        provider_id: provider,
    };
    let found = schedule(&server()?.db, &actor, &query, backend::clock::now())
        .await
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

/// Marks the appointment and sends a plain form back to the view, saying what was done (the
/// appointment's new status).
#[cfg(feature = "ssr")]
async fn mark(appointment_id: i64, mark: domain::staff_schedule::Mark) -> Result<(), AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let db = &server()?.db;
    backend::scheduling::staff_schedule::mark(
        db,
        &actor,
        appointment_id,
        mark,
        backend::clock::now(),
    )
    .await
    .map_err(staff_error)?;
    back_to_schedule(&[(DONE, mark.status().as_str())]);
    Ok(())
}

/// Front desk: the patient has arrived (a booked appointment, on its day).
#[server(prefix = "/api", endpoint = "mark_arrived")]
#[middleware(crate::api::known_fields::KnownFields::<MarkArrived>::new())]
pub async fn mark_arrived(appointment_id: i64) -> Result<(), AppError> {
    mark(appointment_id, domain::staff_schedule::Mark::Arrived).await
}

/// Front desk: the patient did not come (a booked appointment that has started).
#[server(prefix = "/api", endpoint = "mark_no_show")]
#[middleware(crate::api::known_fields::KnownFields::<MarkNoShow>::new())]
pub async fn mark_no_show(appointment_id: i64) -> Result<(), AppError> {
    mark(appointment_id, domain::staff_schedule::Mark::NoShow).await
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

/// Whose time the blocked-time form blocks: one clinician's (their id), or everyone's at the
/// location ([`EVERYONE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum BlockWho {
    Everyone,
    Provider(i64),
}

impl BlockWho {
    pub fn provider_id(self) -> Option<i64> {
        match self {
            BlockWho::Everyone => None,
            BlockWho::Provider(id) => Some(id),
        }
    }
}

impl TryFrom<String> for BlockWho {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        match text.as_str() {
            EVERYONE => Ok(BlockWho::Everyone),
            id => id
                .parse()
                .map(BlockWho::Provider)
                .map_err(|_| format!("not a clinician: {id}")),
        }
    }
}

impl From<BlockWho> for String {
    fn from(who: BlockWho) -> String {
        match who {
            BlockWho::Everyone => EVERYONE.to_string(),
            BlockWho::Provider(id) => id.to_string(),
        }
    }
}

/// The "add blocked time" form as posted, its fields named `block[…]` (`block[reason]`,
/// `block[start_date]`, …): the location, whose time, why, and the dates and times in the
/// location's wall-clock time. A field it does not know is refused; a date or time left out is
/// reported as missing, like an empty one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockDraft {
    pub location_id: i64,
    pub provider_id: BlockWho,
    pub reason: BlockReason,
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub start_time: String,
    #[serde(default)]
    pub end_date: String,
    #[serde(default)]
    pub end_time: String,
}

impl BlockDraft {
    /// What was typed, to show again after a failed plain post (each value cut to 40
    /// characters), by the field's name inside `block[…]`.
    pub fn typed(&self) -> std::collections::BTreeMap<&'static str, String> {
        let typed = |text: &str| text.chars().take(40).collect::<String>();
        [
            ("provider_id", String::from(self.provider_id)),
            ("reason", self.reason.as_str().to_string()),
            ("start_date", typed(&self.start_date)),
            ("start_time", typed(&self.start_time)),
            ("end_date", typed(&self.end_date)),
            ("end_time", typed(&self.end_time)),
        ]
        .into()
    }
}

/// Front desk: blocked time for a provider at the location, or for the whole location.
#[server(prefix = "/api", endpoint = "add_schedule_block")]
#[middleware(crate::api::known_fields::KnownFields::<AddScheduleBlock>::new())]
pub async fn add_schedule_block(block: BlockDraft) -> Result<AddedBlock, AppError> {
    use super::context::{flash, require_actor, server};
    use backend::scheduling::staff_schedule::{add_block, NewBlock};
    use domain::staff_schedule::BlockTimes;
    let actor = require_actor()?;
    let new = NewBlock {
        provider_id: block.provider_id.provider_id(),
        location_id: block.location_id,
        reason: block.reason,
        times: BlockTimes {
            start_date: &block.start_date,
            start_time: &block.start_time,
            end_date: &block.end_date,
            end_time: &block.end_time,
        },
    };
    match add_block(&server()?.db, &actor, &new, backend::clock::now()).await {
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
            flash(SCHEDULE_PAGE, &block.typed());
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
    backend::scheduling::staff_schedule::lift_block(
        &server()?.db,
        &actor,
        block_id,
        backend::clock::now(),
    )
    .await
    .map_err(staff_error)?;
    back_to_schedule(&[(DONE, "lifted")]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_draft_reads_the_forms_values_and_nothing_else() {
        let draft: BlockDraft = serde_json::from_str(
            r#"{"location_id":1,"provider_id":"all","reason":"training","start_date":"2030-01-07"}"#,
        )
        .unwrap();
        assert_eq!(
            draft,
            BlockDraft {
                location_id: 1,
                provider_id: BlockWho::Everyone,
                reason: BlockReason::Training,
                start_date: "2030-01-07".into(),
                start_time: String::new(),
                end_date: String::new(),
                end_time: String::new(),
            }
        );
        let clinician: BlockDraft =
            serde_json::from_str(r#"{"location_id":1,"provider_id":"12","reason":"other"}"#)
                .unwrap();
        assert_eq!(clinician.provider_id.provider_id(), Some(12));
        assert_eq!(clinician.typed()["provider_id"], "12");
        // Each reason travels as the database's spelling; the draft writes what it reads.
        for reason in BlockReason::ALL {
            assert_eq!(
                serde_json::to_string(&reason).unwrap(),
                format!("\"{}\"", reason.as_str())
            );
        }
        assert_eq!(
            serde_json::from_str::<BlockDraft>(&serde_json::to_string(&clinician).unwrap())
                .unwrap(),
            clinician
        );
        for refused in [
            r#"{"location_id":1,"provider_id":"all","reason":"training","status":"x"}"#,
            r#"{"location_id":1,"provider_id":"all","reason":"Training"}"#,
            r#"{"location_id":1,"provider_id":"everyone","reason":"training"}"#,
            r#"{"location_id":1,"reason":"training"}"#,
        ] {
            assert!(
                serde_json::from_str::<BlockDraft>(refused).is_err(),
                "{refused}"
            );
        }
    }

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
