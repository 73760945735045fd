//! Free times: the stored hours of a provider at a location, less blocked time and every
//! appointment that holds its time, through `domain::schedule`.

use super::{
    placeholders,
    rules::{places_of, provider_facts, Place},
    HOLDING,
};
use crate::db::{Db, DbError};
use domain::{
    booking::HORIZON_DAYS,
    schedule::{slots, Availability, Busy, DatedHours, Slot, SlotKinds, WeeklyHours},
    time::{day_start, local_date, parse_date, parse_time_of_day, UtcMillis, DAY_MS},
};
use jiff::{civil::Date, tz::TimeZone};
use sqlx::{any::AnyRow, Any, Row, Transaction};
use std::collections::HashMap;

fn kinds(row: &AnyRow) -> Result<SlotKinds, DbError> {
    Ok(SlotKinds {
        in_person: row.try_get::<i64, _>("in_person")? == 1,
        telehealth: row.try_get::<i64, _>("telehealth")? == 1,
        new_patients: row.try_get::<i64, _>("new_patients")? == 1,
    })
}

fn slot_minutes(row: &AnyRow) -> Result<u16, DbError> {
    u16::try_from(row.try_get::<i64, _>("slot_minutes")?)
        .map_err(|_| DbError::Invalid("a slot length"))
}

/// A `weekly_hours` row (`weekday`, `starts`, `ends`, `slot_minutes`, the kinds, `valid_from`,
/// `valid_to`).
pub(super) fn weekly_hours(row: &AnyRow) -> Result<WeeklyHours, DbError> {
    let valid_from: Option<String> = row.try_get("valid_from")?;
    let valid_to: Option<String> = row.try_get("valid_to")?;
    Ok(WeeklyHours {
        weekday: u8::try_from(row.try_get::<i64, _>("weekday")?)
            .map_err(|_| DbError::Invalid("a weekday"))?,
        starts: parse_time_of_day(&row.try_get::<String, _>("starts")?)?,
        ends: parse_time_of_day(&row.try_get::<String, _>("ends")?)?,
        slot_minutes: slot_minutes(row)?,
        kinds: kinds(row)?,
        valid_from: valid_from.as_deref().map(parse_date).transpose()?,
        valid_to: valid_to.as_deref().map(parse_date).transpose()?,
    })
}

/// A `dated_hours` row (`date`, `starts`, `ends`, `slot_minutes`, the kinds).
pub(super) fn dated_hours(row: &AnyRow) -> Result<DatedHours, DbError> {
    Ok(DatedHours {
        date: parse_date(&row.try_get::<String, _>("date")?)?,
        starts: parse_time_of_day(&row.try_get::<String, _>("starts")?)?,
        ends: parse_time_of_day(&row.try_get::<String, _>("ends")?)?,
        slot_minutes: slot_minutes(row)?,
        kinds: kinds(row)?,
    })
}

/// `query` with each of `ids` bound, in order (for an `IN` list of [`placeholders`]).
pub(super) fn in_list<'q>(
    mut query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ids: &'q [i64],
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>> {
    for id in ids {
        query = query.bind(id);
    }
    query
}

/// The weekly and dated hours of each provider in `ids`, by (provider, location).
async fn hours(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
) -> Result<HashMap<(i64, i64), Availability>, DbError> {
    let mut found: HashMap<(i64, i64), Availability> = HashMap::new();
    for chunk in ids.chunks(500) {
        let list = placeholders(1, chunk.len());
        let sql = format!(
            "SELECT provider_id, location_id, weekday, starts, ends, slot_minutes, in_person, \
             telehealth, new_patients, valid_from, valid_to FROM weekly_hours \
             WHERE provider_id IN ({list}) ORDER BY id"
        );
        for row in in_list(sqlx::query(&sql), chunk)
            .fetch_all(&mut **tx)
            .await?
        {
            let key = (row.try_get("provider_id")?, row.try_get("location_id")?);
            found
                .entry(key)
                .or_insert_with(empty)
                .weekly
                .push(weekly_hours(&row)?);
        }
        let sql = format!(
            "SELECT provider_id, location_id, date, starts, ends, slot_minutes, in_person, \
             telehealth, new_patients FROM dated_hours WHERE provider_id IN ({list}) ORDER BY id"
        );
        for row in in_list(sqlx::query(&sql), chunk)
            .fetch_all(&mut **tx)
            .await?
        {
            let key = (row.try_get("provider_id")?, row.try_get("location_id")?);
            found
                .entry(key)
                .or_insert_with(empty)
                .extra
                .push(dated_hours(&row)?);
        }
    }
    Ok(found)
}

fn empty() -> Availability {
    Availability {
        weekly: Vec::new(),
        extra: Vec::new(),
    }
}

/// Time that is not free between `from` and `to`, for each provider in `ids` at each of
/// `places`: every appointment of theirs that holds its time (at any location: nobody is in
/// two places), their blocks there or everywhere, and the location's own blocks.
async fn busy(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
    places: &HashMap<i64, Vec<Place>>,
    from: UtcMillis,
    to: UtcMillis,
) -> Result<HashMap<(i64, i64), Vec<Busy>>, DbError> {
    let mut by_provider: HashMap<i64, Vec<Busy>> = HashMap::new();
    let mut provider_blocks: HashMap<i64, Vec<(Option<i64>, Busy)>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let list = placeholders(3, chunk.len());
        let sql = format!(
            "SELECT provider_id, starts_at, ends_at FROM appointments \
             WHERE starts_at < $2 AND ends_at > $1 AND status IN {HOLDING} \
             AND provider_id IN ({list})"
        );
        let query = sqlx::query(&sql).bind(from.0).bind(to.0);
        for row in in_list(query, chunk).fetch_all(&mut **tx).await? {
            by_provider
                .entry(row.try_get("provider_id")?)
                .or_default()
                .push(interval(&row)?);
        }
        let sql = format!(
            "SELECT provider_id, location_id, starts_at, ends_at FROM schedule_blocks \
             WHERE starts_at < $2 AND ends_at > $1 AND lifted_at IS NULL \
             AND provider_id IN ({list})"
        );
        let query = sqlx::query(&sql).bind(from.0).bind(to.0);
        for row in in_list(query, chunk).fetch_all(&mut **tx).await? {
            provider_blocks
                .entry(row.try_get("provider_id")?)
                .or_default()
                .push((row.try_get("location_id")?, interval(&row)?));
        }
    }
    let location_ids: Vec<i64> = {
        let mut ids: Vec<i64> = places.values().flatten().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let mut location_blocks: HashMap<i64, Vec<Busy>> = HashMap::new();
    if !location_ids.is_empty() {
        let sql = format!(
            "SELECT location_id, starts_at, ends_at FROM schedule_blocks \
             WHERE starts_at < $2 AND ends_at > $1 AND lifted_at IS NULL \
             AND provider_id IS NULL AND location_id IN ({})",
            placeholders(3, location_ids.len())
        );
        let query = sqlx::query(&sql).bind(from.0).bind(to.0);
        for row in in_list(query, &location_ids).fetch_all(&mut **tx).await? {
            location_blocks
                .entry(row.try_get("location_id")?)
                .or_default()
                .push(interval(&row)?);
        }
    }
    let mut found = HashMap::new();
    for (&provider, provider_places) in places {
        for place in provider_places {
            let mut all = by_provider.get(&provider).cloned().unwrap_or_default();
            all.extend(
                provider_blocks
                    .get(&provider)
                    .into_iter()
                    .flatten()
                    .filter(|(at, _)| at.is_none_or(|at| at == place.id))
                    .map(|(_, busy)| *busy),
            );
            all.extend(location_blocks.get(&place.id).cloned().unwrap_or_default());
            found.insert((provider, place.id), all);
        }
    }
    Ok(found)
}

fn interval(row: &AnyRow) -> Result<Busy, DbError> {
    Ok(Busy {
        start: UtcMillis(row.try_get("starts_at")?),
        end: UtcMillis(row.try_get("ends_at")?),
    })
}

/// One provider's hours and busy time at one place, for `days` days from `first_day`.
pub(super) struct Calendar {
    pub availability: Availability,
    pub busy: Vec<Busy>,
}

/// What [`slots`] needs for `provider_id` at `place`, with busy time from `from` to `to`.
pub(super) async fn calendar(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    place: &Place,
    from: UtcMillis,
    to: UtcMillis,
) -> Result<Calendar, DbError> {
    let mut hours = hours(tx, &[provider_id]).await?;
    let places = HashMap::from([(provider_id, vec![place.clone()])]);
    let mut busy = busy(tx, &[provider_id], &places, from, to).await?;
    Ok(Calendar {
        availability: hours.remove(&(provider_id, place.id)).unwrap_or_else(empty),
        busy: busy.remove(&(provider_id, place.id)).unwrap_or_default(),
    })
}

/// The free times of `provider_id` at `location_id` on `days` local days from `first_day` (the
/// location's today when `None`), from `now` on; `None` when the provider does not work there.
/// Says nothing about whether they may be booked (see `rules`).
pub async fn free_slots(
    db: &Db,
    provider_id: i64,
    location_id: i64,
    first_day: Option<Date>,
    days: u16,
    now: UtcMillis,
) -> Result<Option<(String, Vec<Slot>)>, DbError> {
    let mut tx = db.begin_read().await?;
    let found = free_slots_in(&mut tx, provider_id, location_id, first_day, days, now).await?;
    tx.commit().await?;
    Ok(found)
}

pub(crate) async fn free_slots_in(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    location_id: i64,
    first_day: Option<Date>,
    days: u16,
    now: UtcMillis,
) -> Result<Option<(String, Vec<Slot>)>, DbError> {
    let places = places_of(tx, &[provider_id]).await?;
    let Some(place) = places
        .get(&provider_id)
        .and_then(|places| places.iter().find(|p| p.id == location_id))
    else {
        return Ok(None);
    };
    let first_day = match first_day {
        Some(day) => day,
        None => local_date(now, &place.zone)?,
    };
    let (from, to) = window(first_day, days, &place.zone)?;
    let calendar = calendar(tx, provider_id, place, from, to).await?;
    let free = slots(
        &calendar.availability,
        &place.zone,
        first_day,
        days,
        &calendar.busy,
        now,
    );
    Ok(Some((place.time_zone.clone(), free)))
}

/// Instants surely covering `days` local days from `first_day` (a day's margin each side).
fn window(first_day: Date, days: u16, zone: &TimeZone) -> Result<(UtcMillis, UtcMillis), DbError> {
    let start = day_start(first_day, zone)?;
    Ok((
        UtcMillis(start.0 - DAY_MS),
        UtcMillis(start.0 + (i64::from(days) + 1) * DAY_MS),
    ))
}

/// Instants surely covering the local day `at` falls on in `zone`: what deciding whether `at`
/// starts a free time needs.
pub(super) fn day_window(
    at: UtcMillis,
    zone: &TimeZone,
) -> Result<(UtcMillis, UtcMillis), DbError> {
    window(local_date(at, zone)?, 1, zone)
}

/// A provider's soonest free time at any location where they may be booked.
#[derive(Clone, Debug, PartialEq)]
pub struct NextAvailable {
    pub location_id: i64,
    pub location_name: String,
    pub time_zone: String,
    pub slot: Slot,
}

/// The soonest free time of each provider in `ids` within [`HORIZON_DAYS`], at locations where
/// their licence lets them be booked today; providers with none are left out.
pub async fn next_available(
    db: &Db,
    ids: &[i64],
    now: UtcMillis,
) -> Result<HashMap<i64, NextAvailable>, DbError> {
    let mut tx = db.begin_read().await?;
    let found = next_available_in(&mut tx, ids, now).await?;
    tx.commit().await?;
    Ok(found)
}

/// [`next_available`] in `tx`.
pub(crate) async fn next_available_in(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
    now: UtcMillis,
) -> Result<HashMap<i64, NextAvailable>, DbError> {
    let facts = provider_facts(tx, ids).await?;
    let places = places_of(tx, ids).await?;
    let hours = hours(tx, ids).await?;
    let to = UtcMillis(now.0 + (i64::from(HORIZON_DAYS) + 2) * DAY_MS);
    let busy = busy(tx, ids, &places, UtcMillis(now.0 - DAY_MS), to).await?;
    let mut found: HashMap<i64, NextAvailable> = HashMap::new();
    for (&provider, provider_places) in &places {
        let Some(facts) = facts.get(&provider) else {
            continue;
        };
        for place in provider_places {
            let today = local_date(now, &place.zone)?;
            let Some(availability) = hours.get(&(provider, place.id)) else {
                continue;
            };
            if facts.bookable_at(place, false, today).is_err() {
                continue;
            }
            let busy = busy.get(&(provider, place.id)).map_or(&[][..], |b| b);
            // A week at a time: most providers have a free time in the first.
            let first_free = (0..HORIZON_DAYS).step_by(7).find_map(|offset| {
                let first = today.checked_add(jiff::Span::new().days(offset)).ok()?;
                let days = 7.min(HORIZON_DAYS - offset);
                slots(availability, &place.zone, first, days, busy, now)
                    .into_iter()
                    .next()
            });
            let Some(slot) = first_free else {
                continue;
            };
            // The soonest over the provider's places; the first place listed on a tie.
            if found
                .get(&provider)
                .is_none_or(|soonest| slot.start < soonest.slot.start)
            {
                found.insert(
                    provider,
                    NextAvailable {
                        location_id: place.id,
                        location_name: place.name.clone(),
                        time_zone: place.time_zone.clone(),
                        slot,
                    },
                );
            }
        }
    }
    Ok(found)
}
