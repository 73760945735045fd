//! The page's read model: the day or week `actor` may see, read in one read transaction; every
//! appointment shown (and every one blocked time falls on) is recorded as read for its patient.

use super::{
    active_locations, blocks::affected_by, full_name, interval, provider_name, record_reads,
    BlockLine, DaySchedule, HoursLine, Interval, StaffError,
};
use crate::{
    actor::Actor,
    db::{Db, DbError},
    scheduling::{
        availability::{dated_hours, in_list, weekly_hours},
        placeholders,
        rules::{places_of, provider_facts, Place},
        HOLDING,
    },
    staff_locations::reach_in,
};
use domain::{
    accounts::Role,
    appointments::{AppointmentStatus, VisitMode, VisitType},
    credentials::NotBookable,
    staff_schedule::{
        block_covers, BlockReason, ProviderTime, ScheduleSpan, StoredAppointment, Viewer,
    },
    time::{day_start, local_date, UtcMillis, DAY_MS},
};
use jiff::{civil::Date, tz::TimeZone};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

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

fn choice(place: &Place) -> LocationChoice {
    LocationChoice {
        id: place.id,
        name: place.name.clone(),
        time_zone: place.time_zone.clone(),
    }
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
    Ok(found)
}

/// The appointments that hold time of each provider in `ids` between `from` and `to`, as
/// (provider, location, appointment).
async fn appointments_of(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
    from: UtcMillis,
    to: UtcMillis,
) -> Result<Vec<(i64, i64, StoredAppointment)>, StaffError> {
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
            let appointment = StoredAppointment {
                id: row.try_get("id")?,
                patient_id: row.try_get("patient_id")?,
                patient_name: full_name(row, "given_name", "family_name")?,
                interval: interval(row)?,
                visit_mode: VisitMode::parse(&row.try_get::<String, _>("visit_mode")?)
                    .ok_or_else(invalid)?,
                visit_type: VisitType::parse(&row.try_get::<String, _>("visit_type")?)
                    .ok_or_else(invalid)?,
                status: AppointmentStatus::parse(&row.try_get::<String, _>("status")?)
                    .ok_or_else(invalid)?,
            };
            Ok((
                row.try_get("provider_id")?,
                row.try_get("location_id")?,
                appointment,
            ))
        })
        .collect()
}

/// A block, with whose time it takes: (provider, location), either may be absent.
struct ScopedBlock {
    scope: (Option<i64>, Option<i64>),
    line: BlockLine,
}

/// The blocks of `providers` and of `locations` between `from` and `to`, each with the
/// appointments it falls on (read for all of them at once).
async fn blocks_of(
    tx: &mut Transaction<'static, Any>,
    providers: &[i64],
    locations: &[i64],
    from: UtcMillis,
    to: UtcMillis,
) -> Result<Vec<ScopedBlock>, StaffError> {
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
    let mut blocks = in_list(query, locations)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| {
            let provider_id: Option<i64> = row.try_get("provider_id")?;
            Ok(ScopedBlock {
                scope: (provider_id, row.try_get("location_id")?),
                line: BlockLine {
                    id: row.try_get("id")?,
                    reason: BlockReason::parse(&row.try_get::<String, _>("reason")?)
                        .ok_or(DbError::Invalid("a block reason"))?,
                    interval: interval(row)?,
                    whole_location: provider_id.is_none(),
                    affected: Vec::new(),
                },
            })
        })
        .collect::<Result<Vec<_>, StaffError>>()?;
    let ids: Vec<i64> = blocks.iter().map(|b| b.line.id).collect();
    let mut affected = affected_by(tx, &ids).await?;
    for block in &mut blocks {
        block.line.affected = affected.remove(&block.line.id).unwrap_or_default();
    }
    Ok(blocks)
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
                interval(row)?,
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
    let reach = reach_in(tx, actor).await?;
    if reach.anywhere() {
        // Front desk chooses among the active locations it works at.
        let mut locations = active_locations(tx).await?;
        locations.retain(|place| reach.covers(place.id));
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

/// The schedule `actor` may see: front desk a location's providers, a provider their own. A
/// provider chosen at another location than the one chosen: the location's whole schedule.
pub async fn schedule(
    db: &Db,
    actor: &Actor,
    query: &ScheduleQuery,
    now: UtcMillis,
) -> Result<StaffSchedule, StaffError> {
    let mut tx = db.begin_read().await?;
    let selection = match select(&mut tx, actor, query).await {
        Err(StaffError::NotFound) if query.provider_id.is_some() && query.location_id.is_some() => {
            let whole = ScheduleQuery {
                provider_id: None,
                ..query.clone()
            };
            select(&mut tx, actor, &whole).await?
        }
        other => other?,
    };
    let utc = TimeZone::UTC;
    let today_zone = selection
        .shown
        .first()
        .map(|(_, _, place)| &place.zone)
        .or_else(|| selection.locations.first().map(|p| &p.zone))
        .unwrap_or(&utc);
    let today = local_date(now, today_zone)?;
    let days = query.span.dates(query.day.unwrap_or(today));
    let first = days.first().copied().unwrap_or(today);
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
    let on_call = on_call_of(&mut tx, &ids, from, to).await?;
    tx.commit().await?;

    let mut schedules = Vec::new();
    for (provider_id, provider_name, place) in &selection.shown {
        let (provider_id, location_id) = (*provider_id, place.id);
        let today_here = local_date(now, &place.zone)?;
        let licence = facts
            .get(&provider_id)
            .and_then(|facts| facts.bookable_at(place, false, today_here).err())
            .filter(|problem| {
                matches!(
                    problem,
                    NotBookable::NoCurrentLicence { .. } | NotBookable::LicencePending { .. }
                )
            });
        let theirs = |p: i64, l: i64| p == provider_id && l == location_id;
        let time = ProviderTime {
            blocks: blocks
                .iter()
                .filter(|b| block_covers(b.scope, provider_id, location_id))
                .map(|b| b.line.clone())
                .collect(),
            appointments: appointments
                .iter()
                .filter(|(p, l, _)| theirs(*p, *l))
                .map(|(_, _, a)| a.clone())
                .collect(),
            on_call: on_call
                .iter()
                .filter(|(p, l, _)| theirs(*p, *l))
                .map(|(_, _, i)| *i)
                .collect(),
        };
        let viewer = Viewer {
            front_desk: selection.front_desk,
            now,
            today: today_here,
        };
        let schedule_days = days
            .iter()
            .map(|&day| {
                let start = day_start(day, &place.zone)?;
                let end = match day.tomorrow() {
                    Ok(next) => day_start(next, &place.zone)?,
                    // The calendar's last day.
                    Err(_) => UtcMillis(start.0 + DAY_MS),
                };
                let hours = hours
                    .get(&(provider_id, location_id, day))
                    .cloned()
                    .unwrap_or_default();
                Ok(time.day(day, Interval { start, end }, hours, viewer))
            })
            .collect::<Result<Vec<_>, StaffError>>()?;
        schedules.push(ProviderSchedule {
            provider_id,
            provider_name: provider_name.clone(),
            location: choice(place),
            licence,
            days: schedule_days,
        });
    }

    let reads = schedules
        .iter()
        .flat_map(|s| &s.days)
        .flat_map(DaySchedule::reads);
    record_reads(db, actor, reads, now).await?;

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
