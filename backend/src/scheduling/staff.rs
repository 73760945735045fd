//! The schedules staff work from (`/staff/schedule`): a provider's own day or week, and front
//! desk's view of one location's providers — working hours, the appointments that hold time,
//! blocked time with the appointments it falls on, the on-call rota, and a flag on each provider
//! the licence rule keeps from being booked there. Front desk marks arrivals and no-shows, adds
//! blocked time and lifts it.
//!
//! Who may do what: front desk sees any location and changes; a provider sees only their own
//! schedule and changes nothing here; anyone else gets [`StaffError::NotFound`]. Every function
//! authorizes inside. Reading appointments is reading health data, so each read is recorded for
//! the patient's "who viewed my record"; every change is audited in its own transaction.

use super::{
    availability::{dated_hours, in_list, weekly_hours},
    placeholders,
    rules::{places_of, provider_facts, Place},
    HOLDING,
};
use crate::{
    actor::Actor,
    audit::{self, Entry},
    clock::zone,
    db::{Db, DbError},
};
use domain::{
    accounts::Role,
    appointments::{AppointmentStatus, VisitMode, VisitType},
    audit::AuditAction,
    credentials::NotBookable,
    schedule::SlotKinds,
    staff_schedule::{
        block_interval, may_mark_arrived, may_mark_no_show, BlockField, BlockProblem, BlockReason,
        BlockTimes, ScheduleSpan, StatusRefused,
    },
    time::{day_start, local_date, TimeError, UtcMillis, DAY_MS},
};
use jiff::{
    civil::{Date, Time},
    tz::TimeZone,
};
use sqlx::{any::AnyRow, Any, Row, Transaction};
use std::collections::{HashMap, HashSet};
use thiserror::Error;

/// The statuses of appointments still to happen or happening: what blocked time falls on.
const COMING: &str = "('held', 'booked', 'arrived')";

#[derive(Debug, Error)]
pub enum StaffError {
    /// Not this person's to see or change, or no such thing: the same answer.
    #[error("not found")]
    NotFound,
    #[error("the appointment cannot be marked: {0:?}")]
    Refused(StatusRefused),
    /// What is wrong with the "add blocked time" form, field by field.
    #[error("the blocked time is not valid: {0:?}")]
    Block(Vec<(BlockField, BlockProblem)>),
    #[error(transparent)]
    Database(#[from] DbError),
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

/// What to show: the day (the location's today when `None`), one day or its week, which
/// location (front desk; a provider may narrow to one of theirs) and which provider (front desk).
#[derive(Clone, Debug, Default)]
pub struct ScheduleQuery {
    pub day: Option<Date>,
    pub span: ScheduleSpan,
    pub location_id: Option<i64>,
    pub provider_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LocationChoice {
    pub id: i64,
    pub name: String,
    pub time_zone: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProviderChoice {
    pub id: i64,
    pub name: String,
}

/// Bookable hours on one day, in the location's wall-clock time.
#[derive(Clone, Debug, PartialEq)]
pub struct HoursLine {
    pub starts: Time,
    pub ends: Time,
    pub kinds: SlotKinds,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub start: UtcMillis,
    pub end: UtcMillis,
}

/// An appointment that blocked time falls on.
#[derive(Clone, Debug, PartialEq)]
pub struct AffectedAppointment {
    pub id: i64,
    pub patient_name: String,
    pub provider_name: String,
    pub starts_at: UtcMillis,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BlockLine {
    pub id: i64,
    pub reason: BlockReason,
    pub interval: Interval,
    /// A block of the whole location (every provider there), not of one provider.
    pub whole_location: bool,
    /// The booked, held or arrived appointments during it (all of them, not only this view's).
    pub affected: Vec<AffectedAppointment>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScheduleAppointment {
    pub id: i64,
    pub patient_id: i64,
    pub patient_name: String,
    pub interval: Interval,
    pub visit_mode: VisitMode,
    pub visit_type: VisitType,
    pub status: AppointmentStatus,
    /// Whether front desk may mark it arrived now (always refused for a provider's own view).
    pub arrival: Result<(), StatusRefused>,
    pub no_show: Result<(), StatusRefused>,
    /// Blocked time overlaps it.
    pub during_block: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DaySchedule {
    pub date: Date,
    pub hours: Vec<HoursLine>,
    pub on_call: Vec<Interval>,
    pub blocks: Vec<BlockLine>,
    pub appointments: Vec<ScheduleAppointment>,
}

/// One provider at one location over the days shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderSchedule {
    pub provider_id: i64,
    pub provider_name: String,
    pub location: LocationChoice,
    /// Why the licence rule keeps patients from booking them here, when it does.
    pub licence: Option<NotBookable>,
    pub days: Vec<DaySchedule>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StaffSchedule {
    /// Front desk's view (with its choices and actions), or a provider's own.
    pub front_desk: bool,
    pub span: ScheduleSpan,
    pub days: Vec<Date>,
    /// Today at the (first) location shown.
    pub today: Date,
    /// Front desk: every active location; a provider: theirs.
    pub locations: Vec<LocationChoice>,
    /// The location chosen, when one is.
    pub location_id: Option<i64>,
    /// Front desk: the providers at the location, for choosing one and for blocking time.
    pub providers: Vec<ProviderChoice>,
    pub provider_id: Option<i64>,
    pub schedules: Vec<ProviderSchedule>,
}

fn provider_name(row: &AnyRow) -> Result<String, sqlx::Error> {
    let suffix: Option<String> = row.try_get("credentials_suffix")?;
    Ok(format!(
        "{} {}{}",
        row.try_get::<String, _>("given_name")?,
        row.try_get::<String, _>("family_name")?,
        suffix.map(|s| format!(", {s}")).unwrap_or_default()
    ))
}

fn choice(place: &Place) -> LocationChoice {
    LocationChoice {
        id: place.id,
        name: place.name.clone(),
        time_zone: place.time_zone.clone(),
    }
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

/// The hours of each provider in `ids` on each of `days`, by (provider, location, date).
async fn hours_on(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
    days: &[Date],
) -> Result<HashMap<(i64, i64, Date), Vec<HoursLine>>, StaffError> {
    let mut found: HashMap<(i64, i64, Date), Vec<HoursLine>> = HashMap::new();
    if ids.is_empty() {
        return Ok(found);
    }
    let list = placeholders(1, ids.len());
    let sql = format!(
        "SELECT provider_id, location_id, weekday, starts, ends, slot_minutes, in_person, \
         telehealth, new_patients, valid_from, valid_to FROM weekly_hours \
         WHERE provider_id IN ({list}) ORDER BY starts, id"
    );
    for row in in_list(sqlx::query(&sql), ids).fetch_all(&mut **tx).await? {
        let hours = weekly_hours(&row)?;
        let provider: i64 = row.try_get("provider_id")?;
        let location: i64 = row.try_get("location_id")?;
        for &day in days.iter().filter(|&&day| hours.applies_on(day)) {
            found
                .entry((provider, location, day))
                .or_default()
                .push(HoursLine {
                    starts: hours.starts,
                    ends: hours.ends,
                    kinds: hours.kinds,
                });
        }
    }
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Ok(found);
    };
    let sql = format!(
        "SELECT provider_id, location_id, date, starts, ends, slot_minutes, in_person, \
         telehealth, new_patients FROM dated_hours WHERE provider_id IN ({list}) AND date >= ${} \
         AND date <= ${} ORDER BY starts, id",
        ids.len() + 1,
        ids.len() + 2
    );
    let query = in_list(sqlx::query(&sql), ids)
        .bind(first.to_string())
        .bind(last.to_string());
    for row in query.fetch_all(&mut **tx).await? {
        let hours = dated_hours(&row)?;
        found
            .entry((
                row.try_get("provider_id")?,
                row.try_get("location_id")?,
                hours.date,
            ))
            .or_default()
            .push(HoursLine {
                starts: hours.starts,
                ends: hours.ends,
                kinds: hours.kinds,
            });
    }
    for lines in found.values_mut() {
        lines.sort_by_key(|line| line.starts);
    }
    Ok(found)
}

struct StoredAppointment {
    id: i64,
    patient_id: i64,
    patient_name: String,
    provider_id: i64,
    location_id: i64,
    interval: Interval,
    visit_mode: VisitMode,
    visit_type: VisitType,
    status: AppointmentStatus,
}

async fn appointments_of(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
    from: UtcMillis,
    to: UtcMillis,
) -> Result<Vec<StoredAppointment>, StaffError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT a.id, a.patient_id, p.given_name, p.family_name, a.provider_id, a.location_id, \
         a.starts_at, a.ends_at, a.visit_mode, a.visit_type, a.status FROM appointments a \
         JOIN patients p ON p.id = a.patient_id \
         WHERE a.starts_at < $1 AND a.ends_at > $2 AND a.status IN {HOLDING} \
         AND a.provider_id IN ({}) ORDER BY a.starts_at, a.id",
        placeholders(3, ids.len())
    );
    let query = in_list(sqlx::query(&sql).bind(to.0).bind(from.0), ids);
    let invalid = || StaffError::Database(DbError::Invalid("an appointment"));
    query
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| {
            Ok(StoredAppointment {
                id: row.try_get("id")?,
                patient_id: row.try_get("patient_id")?,
                patient_name: format!(
                    "{} {}",
                    row.try_get::<String, _>("given_name")?,
                    row.try_get::<String, _>("family_name")?
                ),
                provider_id: row.try_get("provider_id")?,
                location_id: row.try_get("location_id")?,
                interval: Interval {
                    start: UtcMillis(row.try_get("starts_at")?),
                    end: UtcMillis(row.try_get("ends_at")?),
                },
                visit_mode: VisitMode::parse(&row.try_get::<String, _>("visit_mode")?)
                    .ok_or_else(invalid)?,
                visit_type: VisitType::parse(&row.try_get::<String, _>("visit_type")?)
                    .ok_or_else(invalid)?,
                status: AppointmentStatus::parse(&row.try_get::<String, _>("status")?)
                    .ok_or_else(invalid)?,
            })
        })
        .collect()
}

struct StoredBlock {
    id: i64,
    provider_id: Option<i64>,
    location_id: Option<i64>,
    interval: Interval,
    reason: BlockReason,
}

impl StoredBlock {
    /// Whether the block takes time from `provider` at `location`.
    fn applies_to(&self, provider: i64, location: i64) -> bool {
        match (self.provider_id, self.location_id) {
            (Some(p), at) => p == provider && at.is_none_or(|at| at == location),
            (None, Some(at)) => at == location,
            (None, None) => false,
        }
    }
}

async fn blocks_of(
    tx: &mut Transaction<'static, Any>,
    providers: &[i64],
    locations: &[i64],
    from: UtcMillis,
    to: UtcMillis,
) -> Result<Vec<StoredBlock>, StaffError> {
    if providers.is_empty() || locations.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, provider_id, location_id, starts_at, ends_at, reason FROM schedule_blocks \
         WHERE lifted_at IS NULL AND starts_at < $1 AND ends_at > $2 \
         AND (provider_id IN ({}) OR (provider_id IS NULL AND location_id IN ({}))) \
         ORDER BY starts_at, id",
        placeholders(3, providers.len()),
        placeholders(3 + providers.len(), locations.len())
    );
    let query = in_list(sqlx::query(&sql).bind(to.0).bind(from.0), providers);
    in_list(query, locations)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| {
            Ok(StoredBlock {
                id: row.try_get("id")?,
                provider_id: row.try_get("provider_id")?,
                location_id: row.try_get("location_id")?,
                interval: Interval {
                    start: UtcMillis(row.try_get("starts_at")?),
                    end: UtcMillis(row.try_get("ends_at")?),
                },
                reason: BlockReason::parse(&row.try_get::<String, _>("reason")?)
                    .ok_or(DbError::Invalid("a block reason"))?,
            })
        })
        .collect()
}

/// The appointments still to come (or under way) that a block falls on, whoever's view they
/// are in, with the patient's id for the read audit.
async fn affected_by(
    tx: &mut Transaction<'static, Any>,
    provider_id: Option<i64>,
    location_id: Option<i64>,
    interval: Interval,
) -> Result<Vec<(AffectedAppointment, i64)>, StaffError> {
    let whose = match (provider_id, location_id) {
        (Some(_), Some(_)) => "a.provider_id = $3 AND a.location_id = $4",
        (Some(_), None) => "a.provider_id = $3",
        (None, Some(_)) => "a.location_id = $3",
        (None, None) => return Ok(Vec::new()),
    };
    let sql = format!(
        "SELECT a.id, a.patient_id, a.starts_at, p.given_name AS patient_given, \
         p.family_name AS patient_family, pr.given_name, pr.family_name, pr.credentials_suffix \
         FROM appointments a JOIN patients p ON p.id = a.patient_id \
         JOIN providers pr ON pr.id = a.provider_id \
         WHERE a.starts_at < $1 AND a.ends_at > $2 AND a.status IN {COMING} AND {whose} \
         ORDER BY a.starts_at, a.id"
    );
    let mut query = sqlx::query(&sql)
        .bind(interval.end.0)
        .bind(interval.start.0);
    for id in [provider_id, location_id].into_iter().flatten() {
        query = query.bind(id);
    }
    query
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| {
            Ok((
                AffectedAppointment {
                    id: row.try_get("id")?,
                    patient_name: format!(
                        "{} {}",
                        row.try_get::<String, _>("patient_given")?,
                        row.try_get::<String, _>("patient_family")?
                    ),
                    provider_name: provider_name(row)?,
                    starts_at: UtcMillis(row.try_get("starts_at")?),
                },
                row.try_get("patient_id")?,
            ))
        })
        .collect()
}

/// On-call time of each provider in `ids`: (provider, location, interval).
async fn on_call_of(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
    from: UtcMillis,
    to: UtcMillis,
) -> Result<Vec<(i64, i64, Interval)>, StaffError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT provider_id, location_id, starts_at, ends_at FROM on_call \
         WHERE starts_at < $1 AND ends_at > $2 AND provider_id IN ({}) ORDER BY starts_at, id",
        placeholders(3, ids.len())
    );
    in_list(sqlx::query(&sql).bind(to.0).bind(from.0), ids)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("provider_id")?,
                row.try_get("location_id")?,
                Interval {
                    start: UtcMillis(row.try_get("starts_at")?),
                    end: UtcMillis(row.try_get("ends_at")?),
                },
            ))
        })
        .collect()
}

/// Who is shown where: `(provider id, name, place)`, and the choices the page offers.
struct Selection {
    front_desk: bool,
    locations: Vec<Place>,
    location_id: Option<i64>,
    providers: Vec<ProviderChoice>,
    provider_id: Option<i64>,
    shown: Vec<(i64, String, Place)>,
}

async fn select(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    query: &ScheduleQuery,
) -> Result<Selection, StaffError> {
    if actor.has_role(Role::FrontDesk) {
        let locations = active_locations(tx).await?;
        let place = match query.location_id {
            Some(id) => locations
                .iter()
                .find(|p| p.id == id)
                .ok_or(StaffError::NotFound)?,
            None => locations.first().ok_or(StaffError::NotFound)?,
        }
        .clone();
        let rows = sqlx::query(
            "SELECT p.id, p.given_name, p.family_name, p.credentials_suffix FROM providers p \
             JOIN provider_locations pl ON pl.provider_id = p.id \
             WHERE pl.location_id = $1 AND p.active = 1 \
             ORDER BY p.family_name, p.given_name, p.id",
        )
        .bind(place.id)
        .fetch_all(&mut **tx)
        .await?;
        let providers = rows
            .iter()
            .map(|row| {
                Ok(ProviderChoice {
                    id: row.try_get("id")?,
                    name: provider_name(row)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        if query
            .provider_id
            .is_some_and(|id| !providers.iter().any(|p| p.id == id))
        {
            return Err(StaffError::NotFound);
        }
        let shown = providers
            .iter()
            .filter(|p| query.provider_id.is_none_or(|id| id == p.id))
            .map(|p| (p.id, p.name.clone(), place.clone()))
            .collect();
        Ok(Selection {
            front_desk: true,
            location_id: Some(place.id),
            locations,
            providers,
            provider_id: query.provider_id,
            shown,
        })
    } else if actor.has_role(Role::Provider) {
        let row = sqlx::query(
            "SELECT id, given_name, family_name, credentials_suffix FROM providers \
             WHERE user_id = $1",
        )
        .bind(actor.user_id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(StaffError::NotFound)?;
        let own: i64 = row.try_get("id")?;
        let name = provider_name(&row)?;
        if query.provider_id.is_some_and(|id| id != own) {
            return Err(StaffError::NotFound);
        }
        let locations = places_of(tx, &[own])
            .await?
            .remove(&own)
            .unwrap_or_default();
        if query
            .location_id
            .is_some_and(|id| !locations.iter().any(|p| p.id == id))
        {
            return Err(StaffError::NotFound);
        }
        let shown = locations
            .iter()
            .filter(|p| query.location_id.is_none_or(|id| id == p.id))
            .map(|p| (own, name.clone(), p.clone()))
            .collect();
        Ok(Selection {
            front_desk: false,
            locations,
            location_id: query.location_id,
            providers: Vec::new(),
            provider_id: None,
            shown,
        })
    } else {
        Err(StaffError::NotFound)
    }
}

/// The schedule `actor` may see: front desk a location's providers, a provider their own.
pub async fn schedule(
    db: &Db,
    actor: &Actor,
    query: &ScheduleQuery,
    now: UtcMillis,
) -> Result<StaffSchedule, StaffError> {
    let mut tx = db.begin_read().await?;
    let selection = select(&mut tx, actor, query).await?;
    let utc = TimeZone::UTC;
    let today_zone = selection
        .shown
        .first()
        .map(|(_, _, place)| &place.zone)
        .or_else(|| selection.locations.first().map(|p| &p.zone))
        .unwrap_or(&utc);
    let today = local_date(now, today_zone)?;
    let first = query.span.first_day(query.day.unwrap_or(today));
    let days: Vec<Date> = (0..i64::from(query.span.days()))
        .filter_map(|n| first.checked_add(jiff::Span::new().days(n)).ok())
        .collect();
    let last = days.last().copied().unwrap_or(first);
    // Every zone is within a day of UTC: a day's margin each side covers every local day.
    let from = UtcMillis(day_start(first, &utc)?.0 - DAY_MS);
    let to = UtcMillis(day_start(last, &utc)?.0 + 2 * DAY_MS);

    let mut ids: Vec<i64> = selection.shown.iter().map(|(id, _, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut location_ids: Vec<i64> = selection.shown.iter().map(|(_, _, p)| p.id).collect();
    location_ids.sort_unstable();
    location_ids.dedup();
    let facts = provider_facts(&mut tx, &ids).await?;
    let hours = hours_on(&mut tx, &ids, &days).await?;
    let appointments = appointments_of(&mut tx, &ids, from, to).await?;
    let blocks = blocks_of(&mut tx, &ids, &location_ids, from, to).await?;
    let mut affected = HashMap::new();
    for block in &blocks {
        affected.insert(
            block.id,
            affected_by(
                &mut tx,
                block.provider_id,
                block.location_id,
                block.interval,
            )
            .await?,
        );
    }
    let on_call = on_call_of(&mut tx, &ids, from, to).await?;
    tx.commit().await?;

    let mut read: Vec<(i64, i64)> = Vec::new();
    let mut schedules = Vec::new();
    for (provider_id, provider_name, place) in &selection.shown {
        let today_here = local_date(now, &place.zone)?;
        let licence = facts
            .get(provider_id)
            .and_then(|facts| facts.bookable_at(place, false, today_here).err())
            .filter(|problem| {
                matches!(
                    problem,
                    NotBookable::NoCurrentLicence { .. } | NotBookable::LicencePending { .. }
                )
            });
        let here: Vec<&StoredBlock> = blocks
            .iter()
            .filter(|b| b.applies_to(*provider_id, place.id))
            .collect();
        let mut schedule_days = Vec::new();
        for &day in &days {
            let start = day_start(day, &place.zone)?;
            let end = match day.tomorrow() {
                Ok(next) => day_start(next, &place.zone)?,
                // The calendar's last day.
                Err(_) => UtcMillis(start.0 + DAY_MS),
            };
            let overlaps = |i: &Interval| i.start < end && i.end > start;
            let day_blocks: Vec<BlockLine> = here
                .iter()
                .filter(|b| overlaps(&b.interval))
                .map(|b| {
                    let affected = affected.get(&b.id).cloned().unwrap_or_default();
                    read.extend(affected.iter().map(|(a, patient)| (a.id, *patient)));
                    BlockLine {
                        id: b.id,
                        reason: b.reason,
                        interval: b.interval,
                        whole_location: b.provider_id.is_none(),
                        affected: affected.into_iter().map(|(a, _)| a).collect(),
                    }
                })
                .collect();
            let day_appointments: Vec<ScheduleAppointment> = appointments
                .iter()
                .filter(|a| {
                    a.provider_id == *provider_id
                        && a.location_id == place.id
                        && (start..end).contains(&a.interval.start)
                })
                .map(|a| {
                    read.push((a.id, a.patient_id));
                    let (arrival, no_show) = if selection.front_desk {
                        (
                            may_mark_arrived(a.status, day, today_here),
                            may_mark_no_show(a.status, a.interval.start, now),
                        )
                    } else {
                        (Err(StatusRefused::NotBooked), Err(StatusRefused::NotBooked))
                    };
                    ScheduleAppointment {
                        id: a.id,
                        patient_id: a.patient_id,
                        patient_name: a.patient_name.clone(),
                        interval: a.interval,
                        visit_mode: a.visit_mode,
                        visit_type: a.visit_type,
                        status: a.status,
                        arrival,
                        no_show,
                        during_block: here.iter().any(|b| {
                            b.interval.start < a.interval.end && b.interval.end > a.interval.start
                        }),
                    }
                })
                .collect();
            schedule_days.push(DaySchedule {
                date: day,
                hours: hours
                    .get(&(*provider_id, place.id, day))
                    .cloned()
                    .unwrap_or_default(),
                on_call: on_call
                    .iter()
                    .filter(|(p, l, i)| *p == *provider_id && *l == place.id && overlaps(i))
                    .map(|(_, _, i)| *i)
                    .collect(),
                blocks: day_blocks,
                appointments: day_appointments,
            });
        }
        schedules.push(ProviderSchedule {
            provider_id: *provider_id,
            provider_name: provider_name.clone(),
            location: choice(place),
            licence,
            days: schedule_days,
        });
    }

    let mut seen = HashSet::new();
    read.retain(|(id, _)| seen.insert(*id));
    let entries: Vec<Entry> = read
        .iter()
        .map(|(id, patient)| {
            Entry::by(
                actor,
                AuditAction::ScheduleRead,
                "appointment",
                Some(id.to_string()),
                Some(*patient),
            )
        })
        .collect();
    audit::record_reads(db, &entries, now).await?;

    Ok(StaffSchedule {
        front_desk: selection.front_desk,
        span: query.span,
        days,
        today,
        locations: selection.locations.iter().map(choice).collect(),
        location_id: selection.location_id,
        providers: selection.providers,
        provider_id: selection.provider_id,
        schedules,
    })
}

/// An appointment as marking it needs it.
struct Marked {
    patient_id: i64,
    starts_at: UtcMillis,
    status: AppointmentStatus,
    zone: TimeZone,
}

async fn marked(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    appointment_id: i64,
) -> Result<Marked, StaffError> {
    if !actor.has_role(Role::FrontDesk) {
        return Err(StaffError::NotFound);
    }
    let row = sqlx::query(
        "SELECT a.patient_id, a.starts_at, a.status, l.time_zone FROM appointments a \
         JOIN locations l ON l.id = a.location_id WHERE a.id = $1",
    )
    .bind(appointment_id)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(StaffError::NotFound)?;
    Ok(Marked {
        patient_id: row.try_get("patient_id")?,
        starts_at: UtcMillis(row.try_get("starts_at")?),
        status: AppointmentStatus::parse(&row.try_get::<String, _>("status")?)
            .ok_or(DbError::Invalid("an appointment status"))?,
        zone: zone(&row.try_get::<String, _>("time_zone")?)?,
    })
}

/// Changes a booked appointment's status (the rule already checked), audited in the same
/// transaction.
async fn set_status(
    mut tx: Transaction<'static, Any>,
    actor: &Actor,
    appointment_id: i64,
    patient_id: i64,
    to: AppointmentStatus,
    action: AuditAction,
    now: UtcMillis,
) -> Result<(), StaffError> {
    let sql = if to == AppointmentStatus::Arrived {
        "UPDATE appointments SET status = 'arrived', arrived_at = $1, updated_at = $1 \
         WHERE id = $2 AND status = 'booked'"
    } else {
        "UPDATE appointments SET status = 'no_show', updated_at = $1 \
         WHERE id = $2 AND status = 'booked'"
    };
    let changed = sqlx::query(sql)
        .bind(now.0)
        .bind(appointment_id)
        .execute(&mut *tx)
        .await?;
    if changed.rows_affected() != 1 {
        tx.rollback().await?;
        return Err(StaffError::Refused(StatusRefused::NotBooked));
    }
    audit::append(
        &mut tx,
        now,
        &Entry::by(
            actor,
            action,
            "appointment",
            Some(appointment_id.to_string()),
            Some(patient_id),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Front desk marks a booked appointment arrived, on its own day at its location; marking it
/// again changes nothing.
pub async fn mark_arrived(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    now: UtcMillis,
) -> Result<(), StaffError> {
    let mut tx = db.begin_write().await?;
    let found = marked(&mut tx, actor, appointment_id).await?;
    if found.status == AppointmentStatus::Arrived {
        tx.commit().await?;
        return Ok(());
    }
    may_mark_arrived(
        found.status,
        local_date(found.starts_at, &found.zone)?,
        local_date(now, &found.zone)?,
    )
    .map_err(StaffError::Refused)?;
    set_status(
        tx,
        actor,
        appointment_id,
        found.patient_id,
        AppointmentStatus::Arrived,
        AuditAction::AppointmentArrive,
        now,
    )
    .await
}

/// Front desk marks a booked appointment missed, once it has started; marking it again changes
/// nothing.
pub async fn mark_no_show(
    db: &Db,
    actor: &Actor,
    appointment_id: i64,
    now: UtcMillis,
) -> Result<(), StaffError> {
    let mut tx = db.begin_write().await?;
    let found = marked(&mut tx, actor, appointment_id).await?;
    if found.status == AppointmentStatus::NoShow {
        tx.commit().await?;
        return Ok(());
    }
    may_mark_no_show(found.status, found.starts_at, now).map_err(StaffError::Refused)?;
    set_status(
        tx,
        actor,
        appointment_id,
        found.patient_id,
        AppointmentStatus::NoShow,
        AuditAction::AppointmentNoShow,
        now,
    )
    .await
}

/// Blocked time as front desk enters it: for one provider at the location, or (no provider)
/// for everyone there; the times are the location's wall-clock time.
#[derive(Clone, Copy, Debug)]
pub struct NewBlock<'a> {
    pub provider_id: Option<i64>,
    pub location_id: i64,
    pub reason: BlockReason,
    pub times: BlockTimes<'a>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AddedBlock {
    pub block_id: i64,
    pub time_zone: String,
    /// Booked, held or arrived appointments during it: they keep their time, and front desk
    /// moves or cancels them.
    pub affected: Vec<AffectedAppointment>,
}

/// Adds blocked time; from then on it is not offered to anyone. A block over appointments is
/// allowed (the answer lists them); the same block entered twice is kept once.
pub async fn add_block(
    db: &Db,
    actor: &Actor,
    block: &NewBlock<'_>,
    now: UtcMillis,
) -> Result<AddedBlock, StaffError> {
    if !actor.has_role(Role::FrontDesk) {
        return Err(StaffError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let place = active_locations(&mut tx)
        .await?
        .into_iter()
        .find(|p| p.id == block.location_id)
        .ok_or(StaffError::NotFound)?;
    if let Some(provider_id) = block.provider_id {
        sqlx::query(
            "SELECT 1 AS one FROM provider_locations pl JOIN providers p ON p.id = pl.provider_id \
             WHERE pl.provider_id = $1 AND pl.location_id = $2 AND p.active = 1",
        )
        .bind(provider_id)
        .bind(place.id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StaffError::NotFound)?;
    }
    let (start, end) = block_interval(block.times, &place.zone).map_err(StaffError::Block)?;
    let same = match block.provider_id {
        Some(_) => "provider_id = $5",
        None => "provider_id IS NULL",
    };
    let sql = format!(
        "SELECT id FROM schedule_blocks WHERE location_id = $1 AND starts_at = $2 \
         AND ends_at = $3 AND reason = $4 AND lifted_at IS NULL AND {same}"
    );
    let mut existing = sqlx::query(&sql)
        .bind(place.id)
        .bind(start.0)
        .bind(end.0)
        .bind(block.reason.as_str());
    if let Some(provider_id) = block.provider_id {
        existing = existing.bind(provider_id);
    }
    let block_id: i64 = match existing.fetch_optional(&mut *tx).await? {
        Some(row) => row.try_get("id")?,
        None => {
            let id: i64 = sqlx::query(
                "INSERT INTO schedule_blocks (provider_id, location_id, starts_at, ends_at, \
                 reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(block.provider_id)
            .bind(place.id)
            .bind(start.0)
            .bind(end.0)
            .bind(block.reason.as_str())
            .bind(actor.user_id)
            .bind(now.0)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            audit::append(
                &mut tx,
                now,
                &Entry::by(
                    actor,
                    AuditAction::ScheduleBlockAdd,
                    "schedule_block",
                    Some(id.to_string()),
                    None,
                ),
            )
            .await?;
            id
        }
    };
    let affected = affected_by(
        &mut tx,
        block.provider_id,
        Some(place.id),
        Interval { start, end },
    )
    .await?;
    tx.commit().await?;
    let entries: Vec<Entry> = affected
        .iter()
        .map(|(a, patient)| {
            Entry::by(
                actor,
                AuditAction::ScheduleRead,
                "appointment",
                Some(a.id.to_string()),
                Some(*patient),
            )
        })
        .collect();
    audit::record_reads(db, &entries, now).await?;
    Ok(AddedBlock {
        block_id,
        time_zone: place.time_zone,
        affected: affected.into_iter().map(|(a, _)| a).collect(),
    })
}

/// Lifts blocked time (it stays as history); its time is offered again at once. Lifting it
/// again changes nothing.
pub async fn lift_block(
    db: &Db,
    actor: &Actor,
    block_id: i64,
    now: UtcMillis,
) -> Result<(), StaffError> {
    if !actor.has_role(Role::FrontDesk) {
        return Err(StaffError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let row = sqlx::query("SELECT lifted_at FROM schedule_blocks WHERE id = $1")
        .bind(block_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StaffError::NotFound)?;
    if row.try_get::<Option<i64>, _>("lifted_at")?.is_some() {
        tx.commit().await?;
        return Ok(());
    }
    sqlx::query("UPDATE schedule_blocks SET lifted_at = $1 WHERE id = $2 AND lifted_at IS NULL")
        .bind(now.0)
        .bind(block_id)
        .execute(&mut *tx)
        .await?;
    audit::append(
        &mut tx,
        now,
        &Entry::by(
            actor,
            AuditAction::ScheduleBlockLift,
            "schedule_block",
            Some(block_id.to_string()),
            None,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
