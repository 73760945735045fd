//! Bookable slots: weekly hours and dated extra hours, laid out in a location's wall-clock time,
//! turned into UTC instants, with busy time taken away.
//!
//! Everything here is pure and deterministic: no clock is read (the caller passes `not_before`)
//! and no time-zone database is consulted (the caller passes the location's [`TimeZone`]).
//!
//! # The rules
//!
//! - **Wall-clock grid.** Each template lays slots from its `starts`, every `slot_minutes` of
//!   *wall-clock* time, while `local start + slot_minutes <= ends` in wall-clock (civil) terms. A
//!   09:00 slot stays 09:00 local on both sides of a DST change (its UTC instant moves instead).
//! - **Which days.** A [`WeeklyHours`] applies on its ISO weekday (1 = Monday … 7 = Sunday) and
//!   only on dates within `valid_from ..= valid_to` (either end open when `None`). A
//!   [`DatedHours`] applies on its one date, in addition to any weekly hours.
//! - **Local start → instant.** A slot's start instant is its local start resolved in the zone:
//!   - in a **gap** (spring forward: 02:30 on 2026-03-08 in `America/New_York` never happens)
//!     there is no slot;
//!   - in a **fold** (fall back: 01:30 on 2026-11-01 happens twice) only the **earlier** instant is
//!     used, so the repeated hour is never offered twice.
//!
//!   The end instant is the start instant plus `slot_minutes` of real elapsed time, so a slot that
//!   spans a transition is still exactly `slot_minutes` long (a 90-minute 01:30 slot on a
//!   spring-forward day ends at 04:00 local). A slot never spills into the next local day: one
//!   whose end instant is after the instant the next local date begins is dropped (this only
//!   matters in zones whose transitions happen around midnight; it keeps every day independent,
//!   so [`slot_at`] agrees with [`slots`] whatever range the latter was asked for).
//! - **Free.** A slot is offered only when it starts at or after `not_before` and does not
//!   intersect any [`Busy`] interval (all intervals half-open, `[start, end)`: a slot ending
//!   exactly when busy time starts is free; an empty busy interval, `end <= start`, blocks
//!   nothing).
//! - **No overlaps.** After busy and past slots are removed, the remaining slots are taken in
//!   order of start; a slot that overlaps one already taken is dropped. So when templates
//!   overlap, the earlier-starting slot wins, and on equal starts the first template in order
//!   wins: every [`WeeklyHours`] in `Availability::weekly` order, then every [`DatedHours`] in
//!   `Availability::extra` order. (Because busy time is removed first, a booked slot of one
//!   template does not hide a free, overlapping slot of another.)
//! - **Invalid templates produce nothing** and never panic: `ends <= starts`, `slot_minutes`
//!   outside [`MIN_SLOT_MINUTES`]`..=`[`MAX_SLOT_MINUTES`], or a weekday outside `1..=7`.
//! - **Bounds.** At most [`MAX_DAYS`] days are computed per call (larger `days` are capped); days
//!   after 9999-12-31, and local times with no instant in jiff's range, are skipped. Wall-clock
//!   times are used to the millisecond: a `starts` finer than that is rounded up, an `ends` down.

use crate::time::{UtcMillis, HOUR_MS, MINUTE_MS, SECOND_MS};
use jiff::civil::{Date, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The shortest slot a template may lay.
pub const MIN_SLOT_MINUTES: u16 = 5;
/// The longest slot a template may lay.
pub const MAX_SLOT_MINUTES: u16 = 240;
/// The most days one call of [`slots`] computes; a larger `days` is capped to this (two years,
/// comfortably more than the 366 a booking calendar needs).
pub const MAX_DAYS: u16 = 732;

const NS_PER_MS: i64 = 1_000_000;

/// Which visits a slot may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SlotKinds {
    pub in_person: bool,
    pub telehealth: bool,
    pub new_patients: bool,
}

/// A repeating weekly stretch of bookable time at one location, in that location's wall-clock
/// time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyHours {
    /// ISO: 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    pub starts: Time,
    /// Exclusive: a slot must END by `ends` (wall clock).
    pub ends: Time,
    /// [`MIN_SLOT_MINUTES`]`..=`[`MAX_SLOT_MINUTES`].
    pub slot_minutes: u16,
    pub kinds: SlotKinds,
    /// Inclusive; `None` = always.
    pub valid_from: Option<Date>,
    /// Inclusive; `None` = always.
    pub valid_to: Option<Date>,
}

impl WeeklyHours {
    /// Whether this template can produce slots at all (see the module's rules).
    pub fn is_valid(&self) -> bool {
        (1..=7).contains(&self.weekday)
            && hours_are_valid(self.starts, self.ends, self.slot_minutes)
    }

    /// Whether this template lays slots on `date`: valid, on its weekday, within its validity.
    pub fn applies_on(&self, date: Date) -> bool {
        self.is_valid()
            && i8::try_from(self.weekday) == Ok(date.weekday().to_monday_one_offset())
            && self.valid_from.is_none_or(|from| from <= date)
            && self.valid_to.is_none_or(|to| date <= to)
    }
}

/// Extra bookable time on one date (an exception to the weekly pattern, e.g. a Saturday clinic).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedHours {
    pub date: Date,
    pub starts: Time,
    /// Exclusive: a slot must END by `ends` (wall clock).
    pub ends: Time,
    /// [`MIN_SLOT_MINUTES`]`..=`[`MAX_SLOT_MINUTES`].
    pub slot_minutes: u16,
    pub kinds: SlotKinds,
}

impl DatedHours {
    /// Whether this template can produce slots at all (see the module's rules).
    pub fn is_valid(&self) -> bool {
        hours_are_valid(self.starts, self.ends, self.slot_minutes)
    }

    /// Whether this template lays slots on `date`: valid and on its date.
    pub fn applies_on(&self, date: Date) -> bool {
        self.is_valid() && self.date == date
    }
}

/// Time that cannot be booked: blocked time (procedure, leave, holiday) or an existing
/// appointment/hold. Half-open `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Busy {
    pub start: UtcMillis,
    pub end: UtcMillis,
}

/// One bookable slot. Half-open `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slot {
    pub start: UtcMillis,
    pub end: UtcMillis,
    pub kinds: SlotKinds,
}

impl Slot {
    /// Whether the half-open intervals `[self.start, self.end)` and `[start, end)` share an
    /// instant.
    pub fn intersects(&self, start: UtcMillis, end: UtcMillis) -> bool {
        self.start < end && start < self.end && start < end
    }
}

/// A location's bookable hours: the weekly pattern plus dated extras.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub weekly: Vec<WeeklyHours>,
    pub extra: Vec<DatedHours>,
}

/// Every free slot whose local date is in `first_day ..= first_day + (days - 1)`, in `zone`,
/// that starts at or after `not_before`, does not intersect any `busy` interval, sorted by start;
/// no two returned slots overlap (when templates overlap, the earlier-starting slot wins; ties:
/// the first template in order). See the module documentation for the rules.
pub fn slots(
    availability: &Availability,
    zone: &TimeZone,
    first_day: Date,
    days: u16,
    busy: &[Busy],
    not_before: UtcMillis,
) -> Vec<Slot> {
    let busy = BusySet::new(busy);
    let mut candidates = Vec::new();
    let mut date = Some(first_day);
    for _ in 0..days.min(MAX_DAYS) {
        let Some(day) = date else { break };
        lay_day(availability, zone, day, &mut candidates);
        date = day.tomorrow().ok();
    }
    candidates.retain(|c| c.slot.start >= not_before && !busy.intersects(c.slot.start, c.slot.end));
    // Stable, and (start, template order) is unique per day, so the result is deterministic.
    candidates.sort_by_key(|c| (c.slot.start, c.order));
    let mut free: Vec<Slot> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        if free
            .last()
            .is_none_or(|taken| taken.end <= candidate.slot.start)
        {
            free.push(candidate.slot);
        }
    }
    free
}

/// Whether `start` is exactly the start of a free slot that [`slots`] would return for the local
/// date containing `start` (used by booking to accept only real slots); returns that slot.
pub fn slot_at(
    availability: &Availability,
    zone: &TimeZone,
    start: UtcMillis,
    busy: &[Busy],
    not_before: UtcMillis,
) -> Option<Slot> {
    if start < not_before {
        return None;
    }
    let date = zone
        .to_datetime(Timestamp::from_millisecond(start.0).ok()?)
        .date();
    slots(availability, zone, date, 1, busy, not_before)
        .into_iter()
        .find(|slot| slot.start == start)
}

/// Up to `n` slots from `free` nearest in time to `wanted` (by `|start - wanted|`, ties: earlier
/// first), returned sorted by start. For "That time was just taken — here are the three nearest
/// free times".
pub fn nearest(free: &[Slot], wanted: UtcMillis, n: usize) -> Vec<Slot> {
    let mut chosen = free.to_vec();
    chosen.sort_by_key(|slot| (slot.start.0.abs_diff(wanted.0), slot.start));
    chosen.truncate(n);
    chosen.sort_by_key(|slot| slot.start);
    chosen
}

fn hours_are_valid(starts: Time, ends: Time, slot_minutes: u16) -> bool {
    starts < ends && (MIN_SLOT_MINUTES..=MAX_SLOT_MINUTES).contains(&slot_minutes)
}

/// A slot before busy time and overlaps are taken away, with its template's place in the order.
struct Candidate {
    slot: Slot,
    order: usize,
}

/// Every slot the templates lay on `date`, in template order.
fn lay_day(availability: &Availability, zone: &TimeZone, date: Date, out: &mut Vec<Candidate>) {
    let weekly = availability
        .weekly
        .iter()
        .filter(|hours| hours.applies_on(date));
    let weekly = weekly.map(|h| (h.starts, h.ends, h.slot_minutes, h.kinds));
    let extra = availability
        .extra
        .iter()
        .filter(|hours| hours.applies_on(date));
    let extra = extra.map(|h| (h.starts, h.ends, h.slot_minutes, h.kinds));
    // Template order is the index in `weekly` then `extra`; only relative order matters.
    let mut templates = weekly.chain(extra).enumerate().peekable();
    if templates.peek().is_none() {
        return;
    }
    let next_day_begins = date
        .tomorrow()
        .ok()
        .and_then(|next| {
            zone.to_ambiguous_timestamp(next.to_datetime(Time::midnight()))
                .compatible()
                .ok()
        })
        .map_or(i64::MAX, Timestamp::as_millisecond);
    for (order, (starts, ends, slot_minutes, kinds)) in templates {
        let length = i64::from(slot_minutes) * MINUTE_MS;
        let last_end = ns_of_day(ends) / NS_PER_MS;
        let mut local = (ns_of_day(starts) + NS_PER_MS - 1) / NS_PER_MS;
        while local + length <= last_end {
            if let Some(start) = instant_of(zone, date, local) {
                if let Some(end) = start
                    .checked_add(length)
                    .filter(|&end| end <= next_day_begins)
                {
                    let slot = Slot {
                        start: UtcMillis(start),
                        end: UtcMillis(end),
                        kinds,
                    };
                    out.push(Candidate { slot, order });
                }
            }
            local += length;
        }
    }
}

/// Nanoseconds since midnight of a wall-clock time.
fn ns_of_day(time: Time) -> i64 {
    let seconds =
        i64::from(time.hour()) * 3_600 + i64::from(time.minute()) * 60 + i64::from(time.second());
    seconds * 1_000_000_000 + i64::from(time.subsec_nanosecond())
}

/// The instant (UTC ms) of `ms` milliseconds after midnight on `date`, local to `zone`: `None` in a
/// gap, the earlier instant in a fold.
fn instant_of(zone: &TimeZone, date: Date, ms: i64) -> Option<i64> {
    let time = Time::new(
        i8::try_from(ms / HOUR_MS).ok()?,
        i8::try_from(ms / MINUTE_MS % 60).ok()?,
        i8::try_from(ms / SECOND_MS % 60).ok()?,
        i32::try_from(ms % SECOND_MS * NS_PER_MS).ok()?,
    )
    .ok()?;
    let ambiguous = zone.to_ambiguous_timestamp(date.to_datetime(time));
    match ambiguous.offset() {
        AmbiguousOffset::Gap { .. } => None,
        AmbiguousOffset::Unambiguous { .. } | AmbiguousOffset::Fold { .. } => {
            ambiguous.earlier().ok().map(Timestamp::as_millisecond)
        }
    }
}

/// Busy time as sorted, disjoint, non-empty `[start, end)` intervals, for a binary search per slot.
struct BusySet(Vec<(UtcMillis, UtcMillis)>);

impl BusySet {
    fn new(busy: &[Busy]) -> BusySet {
        let mut intervals: Vec<_> = busy
            .iter()
            .filter(|b| b.start < b.end)
            .map(|b| (b.start, b.end))
            .collect();
        intervals.sort_unstable();
        let mut merged: Vec<(UtcMillis, UtcMillis)> = Vec::with_capacity(intervals.len());
        for (start, end) in intervals {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        BusySet(merged)
    }

    fn intersects(&self, start: UtcMillis, end: UtcMillis) -> bool {
        // The first interval that ends after `start` is the only one that can intersect.
        let first = self.0.partition_point(|&(_, busy_end)| busy_end <= start);
        self.0
            .get(first)
            .is_some_and(|&(busy_start, _)| busy_start < end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::DAY_MS;
    use jiff::civil::{date, time, DateTime};
    use proptest::prelude::*;

    const ALL: SlotKinds = SlotKinds {
        in_person: true,
        telehealth: true,
        new_patients: true,
    };
    const TELEHEALTH: SlotKinds = SlotKinds {
        in_person: false,
        telehealth: true,
        new_patients: false,
    };
    const EARLIEST: UtcMillis = UtcMillis(i64::MIN);

    fn zone(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    fn weekly(weekday: u8, starts: Time, ends: Time, slot_minutes: u16) -> WeeklyHours {
        WeeklyHours {
            weekday,
            starts,
            ends,
            slot_minutes,
            kinds: ALL,
            valid_from: None,
            valid_to: None,
        }
    }

    fn every_day(starts: Time, ends: Time, slot_minutes: u16) -> Availability {
        Availability {
            weekly: (1..=7)
                .map(|day| weekly(day, starts, ends, slot_minutes))
                .collect(),
            extra: vec![],
        }
    }

    /// An instant written as RFC 3339 UTC, e.g. `2026-03-08T13:00:00Z`.
    fn at(instant: &str) -> UtcMillis {
        UtcMillis(instant.parse::<Timestamp>().unwrap().as_millisecond())
    }

    fn written(instant: UtcMillis) -> String {
        Timestamp::from_millisecond(instant.0).unwrap().to_string()
    }

    fn local(zone: &TimeZone, instant: UtcMillis) -> DateTime {
        zone.to_datetime(Timestamp::from_millisecond(instant.0).unwrap())
    }

    fn offset_hours(zone: &TimeZone, instant: UtcMillis) -> i32 {
        zone.to_offset(Timestamp::from_millisecond(instant.0).unwrap())
            .seconds()
            / 3_600
    }

    fn starts_of(slots: &[Slot]) -> Vec<String> {
        slots.iter().map(|slot| written(slot.start)).collect()
    }

    #[test]
    fn new_york_spring_forward_week_keeps_nine_o_clock_local() {
        let ny = zone("America/New_York");
        let found = slots(
            &every_day(time(9, 0, 0, 0), time(12, 0, 0, 0), 30),
            &ny,
            date(2026, 3, 5),
            7,
            &[],
            EARLIEST,
        );
        assert_eq!(found.len(), 7 * 6);
        for (day, six) in found.chunks(6).enumerate() {
            let expected_date = date(2026, 3, 5 + i8::try_from(day).unwrap());
            let times: Vec<Time> = six
                .iter()
                .map(|slot| local(&ny, slot.start).time())
                .collect();
            let expected: Vec<Time> = (0..6)
                .map(|k| time(9 + k / 2, 30 * (k % 2), 0, 0))
                .collect();
            assert_eq!(times, expected);
            assert!(six
                .iter()
                .all(|slot| local(&ny, slot.start).date() == expected_date));
            assert!(six
                .iter()
                .all(|slot| slot.end.0 - slot.start.0 == 30 * MINUTE_MS));
        }
        assert_eq!(written(found[2 * 6].start), "2026-03-07T14:00:00Z");
        assert_eq!(offset_hours(&ny, found[2 * 6].start), -5);
        assert_eq!(written(found[3 * 6].start), "2026-03-08T13:00:00Z");
        assert_eq!(offset_hours(&ny, found[3 * 6].start), -4);
    }

    #[test]
    fn new_york_fall_back_week_keeps_nine_o_clock_local() {
        let ny = zone("America/New_York");
        let found = slots(
            &every_day(time(9, 0, 0, 0), time(12, 0, 0, 0), 30),
            &ny,
            date(2026, 10, 29),
            7,
            &[],
            EARLIEST,
        );
        assert_eq!(found.len(), 7 * 6);
        assert!(found
            .iter()
            .all(|slot| (9..12).contains(&local(&ny, slot.start).hour())));
        // 2026-10-31 is the Saturday before, 2026-11-01 the Sunday of the change.
        assert_eq!(written(found[2 * 6].start), "2026-10-31T13:00:00Z");
        assert_eq!(written(found[3 * 6].start), "2026-11-01T14:00:00Z");
        assert_eq!(written(found[6 * 6 + 5].start), "2026-11-04T16:30:00Z");
    }

    #[test]
    fn new_york_spring_forward_night_has_no_slot_in_the_gap() {
        let ny = zone("America/New_York");
        let night = Availability {
            weekly: vec![weekly(7, time(1, 0, 0, 0), time(4, 0, 0, 0), 30)],
            extra: vec![],
        };
        let found = slots(&night, &ny, date(2026, 3, 8), 1, &[], EARLIEST);
        let times: Vec<Time> = found
            .iter()
            .map(|slot| local(&ny, slot.start).time())
            .collect();
        assert_eq!(
            times,
            [
                time(1, 0, 0, 0),
                time(1, 30, 0, 0),
                time(3, 0, 0, 0),
                time(3, 30, 0, 0)
            ]
        );
        assert_eq!(
            starts_of(&found),
            [
                "2026-03-08T06:00:00Z",
                "2026-03-08T06:30:00Z",
                "2026-03-08T07:00:00Z",
                "2026-03-08T07:30:00Z"
            ]
        );
        // Nor can a gap time be booked directly (02:30 EST would be 07:30Z, which is 03:30 EDT).
        assert_eq!(
            slot_at(&night, &ny, at("2026-03-08T07:30:00Z"), &[], EARLIEST).map(|s| s.start),
            Some(at("2026-03-08T07:30:00Z"))
        );
        assert_eq!(
            local(&ny, at("2026-03-08T07:30:00Z")).time(),
            time(3, 30, 0, 0)
        );
    }

    #[test]
    fn new_york_fall_back_night_offers_the_repeated_hour_once() {
        let ny = zone("America/New_York");
        let night = Availability {
            weekly: vec![weekly(7, time(1, 0, 0, 0), time(4, 0, 0, 0), 30)],
            extra: vec![],
        };
        let found = slots(&night, &ny, date(2026, 11, 1), 1, &[], EARLIEST);
        assert_eq!(
            starts_of(&found),
            [
                "2026-11-01T05:00:00Z", // 01:00 EDT
                "2026-11-01T05:30:00Z", // 01:30 EDT
                "2026-11-01T07:00:00Z", // 02:00 EST
                "2026-11-01T07:30:00Z",
                "2026-11-01T08:00:00Z",
                "2026-11-01T08:30:00Z",
            ]
        );
        assert_eq!(offset_hours(&ny, found[0].start), -4);
        assert_eq!(offset_hours(&ny, found[1].start), -4);
        let one_o_clock = found
            .iter()
            .filter(|slot| local(&ny, slot.start).time() == time(1, 0, 0, 0))
            .count();
        let half_past_one = found
            .iter()
            .filter(|slot| local(&ny, slot.start).time() == time(1, 30, 0, 0))
            .count();
        assert_eq!((one_o_clock, half_past_one), (1, 1));
        // The later 01:30 (EST) is not a slot.
        assert_eq!(
            slot_at(&night, &ny, at("2026-11-01T06:30:00Z"), &[], EARLIEST),
            None
        );
        assert_eq!(
            slot_at(&night, &ny, at("2026-11-01T05:30:00Z"), &[], EARLIEST),
            Some(found[1])
        );
    }

    #[test]
    fn a_slot_spanning_spring_forward_lasts_its_real_minutes() {
        let ny = zone("America/New_York");
        let night = Availability {
            weekly: vec![weekly(7, time(0, 0, 0, 0), time(6, 0, 0, 0), 90)],
            extra: vec![],
        };
        let found = slots(&night, &ny, date(2026, 3, 8), 1, &[], EARLIEST);
        // 01:30 EST + 90 real minutes = 04:00 EDT, so the 03:00 EDT slot overlaps it and is
        // dropped.
        let times: Vec<Time> = found
            .iter()
            .map(|slot| local(&ny, slot.start).time())
            .collect();
        assert_eq!(
            times,
            [time(0, 0, 0, 0), time(1, 30, 0, 0), time(4, 30, 0, 0)]
        );
        assert_eq!(local(&ny, found[1].end).time(), time(4, 0, 0, 0));
    }

    #[test]
    fn a_slot_never_spills_into_the_next_local_day() {
        // Spring forward at 23:00 on the second Sunday of March (2026-03-08): 23:00 EST is
        // 00:00 EDT on Monday.
        let late = TimeZone::posix("EST5EDT,M3.2.0/23,M11.1.0/2").unwrap();
        let evening = every_day(time(22, 0, 0, 0), Time::MAX, 60);
        let mornings = every_day(time(0, 0, 0, 0), time(1, 0, 0, 0), 30);
        let both = Availability {
            weekly: [evening.weekly.clone(), mornings.weekly.clone()].concat(),
            extra: vec![],
        };
        // Sunday's 22:00 slot would end at 23:00 EST = Monday 00:00 EDT: fine. (22:00 + 60 = 23:00
        // wall clock fits; 23:00 + 60 would not.)
        let sunday = slots(&evening, &late, date(2026, 3, 8), 1, &[], EARLIEST);
        assert_eq!(starts_of(&sunday), ["2026-03-09T03:00:00Z"]);
        // A 22:30 slot would end at Monday 00:30 EDT, inside Monday: it is not laid.
        let half_past = every_day(time(22, 30, 0, 0), Time::MAX, 60);
        assert_eq!(
            slots(&half_past, &late, date(2026, 3, 8), 1, &[], EARLIEST),
            []
        );
        assert_eq!(
            slots(&half_past, &late, date(2026, 3, 7), 1, &[], EARLIEST).len(),
            1
        );
        // So a range is exactly its days, and booking agrees.
        let range = slots(&both, &late, date(2026, 3, 8), 2, &[], EARLIEST);
        let mut days = slots(&both, &late, date(2026, 3, 8), 1, &[], EARLIEST);
        days.extend(slots(&both, &late, date(2026, 3, 9), 1, &[], EARLIEST));
        assert_eq!(range, days);
        assert!(range.windows(2).all(|pair| pair[0].end <= pair[1].start));
        assert!(range
            .iter()
            .all(|slot| slot_at(&both, &late, slot.start, &[], EARLIEST) == Some(*slot)));
    }

    #[test]
    fn chicago_keeps_local_time_and_skips_its_gap() {
        let chicago = zone("America/Chicago");
        let found = slots(
            &every_day(time(9, 0, 0, 0), time(12, 0, 0, 0), 30),
            &chicago,
            date(2026, 3, 7),
            2,
            &[],
            EARLIEST,
        );
        assert_eq!(written(found[0].start), "2026-03-07T15:00:00Z");
        assert_eq!(written(found[6].start), "2026-03-08T14:00:00Z");
        let gap = Availability {
            weekly: vec![weekly(7, time(2, 0, 0, 0), time(3, 0, 0, 0), 15)],
            extra: vec![],
        };
        assert_eq!(
            slots(&gap, &chicago, date(2026, 3, 8), 1, &[], EARLIEST),
            []
        );
        assert_eq!(
            slots(&gap, &chicago, date(2026, 3, 15), 1, &[], EARLIEST).len(),
            4
        );
        let fold = slots(&gap, &chicago, date(2026, 11, 1), 1, &[], EARLIEST);
        assert_eq!(
            starts_of(&fold).first().map(String::as_str),
            Some("2026-11-01T08:00:00Z")
        );
    }

    #[test]
    fn tokyo_and_utc_have_no_transitions_all_year() {
        let weekdays = Availability {
            weekly: (1..=5)
                .map(|day| weekly(day, time(9, 0, 0, 0), time(12, 0, 0, 0), 30))
                .collect(),
            extra: vec![],
        };
        // 2026 has 261 weekdays and 2027-01-01 is a Friday.
        for (name, nine_utc) in [("Asia/Tokyo", 0), ("UTC", 9)] {
            let tz = zone(name);
            let year = slots(&weekdays, &tz, date(2026, 1, 1), 366, &[], EARLIEST);
            assert_eq!(year.len(), 262 * 6, "{name}");
            for nine in year.iter().step_by(6) {
                assert_eq!(local(&TimeZone::UTC, nine.start).hour(), nine_utc);
            }
            assert_eq!(
                local(&tz, year.last().unwrap().start).date(),
                date(2027, 1, 1)
            );
        }
    }

    #[test]
    fn busy_time_removes_exactly_the_slots_it_touches() {
        let utc = TimeZone::UTC;
        let day = every_day(time(9, 0, 0, 0), time(12, 0, 0, 0), 30);
        let busy = [
            // Touches 09:00 and 09:30.
            Busy {
                start: at("2026-05-04T09:15:00Z"),
                end: at("2026-05-04T10:00:00Z"),
            },
            // Empty: blocks nothing.
            Busy {
                start: at("2026-05-04T10:10:00Z"),
                end: at("2026-05-04T10:10:00Z"),
            },
            // Ends exactly when 11:30 starts and starts exactly when 10:30 ends: blocks only 11:00.
            Busy {
                start: at("2026-05-04T11:00:00Z"),
                end: at("2026-05-04T11:30:00Z"),
            },
        ];
        let found = slots(&day, &utc, date(2026, 5, 4), 1, &busy, EARLIEST);
        assert_eq!(
            starts_of(&found),
            [
                "2026-05-04T10:00:00Z",
                "2026-05-04T10:30:00Z",
                "2026-05-04T11:30:00Z"
            ]
        );
        assert_eq!(
            slot_at(&day, &utc, at("2026-05-04T09:30:00Z"), &busy, EARLIEST),
            None
        );
        assert_eq!(
            slot_at(&day, &utc, at("2026-05-04T10:30:00Z"), &busy, EARLIEST),
            Some(found[1])
        );
    }

    #[test]
    fn not_before_removes_past_slots() {
        let utc = TimeZone::UTC;
        let day = every_day(time(9, 0, 0, 0), time(12, 0, 0, 0), 30);
        let from_ten = slots(
            &day,
            &utc,
            date(2026, 5, 4),
            1,
            &[],
            at("2026-05-04T10:00:00Z"),
        );
        assert_eq!(from_ten.len(), 4);
        assert_eq!(written(from_ten[0].start), "2026-05-04T10:00:00Z");
        let just_after = UtcMillis(at("2026-05-04T10:00:00Z").0 + 1);
        assert_eq!(
            written(slots(&day, &utc, date(2026, 5, 4), 1, &[], just_after)[0].start),
            "2026-05-04T10:30:00Z"
        );
        assert_eq!(
            slot_at(&day, &utc, at("2026-05-04T10:00:00Z"), &[], just_after),
            None
        );
        let ten = at("2026-05-04T10:00:00Z");
        assert_eq!(slot_at(&day, &utc, ten, &[], ten), Some(from_ten[0]));
    }

    #[test]
    fn validity_dates_and_dated_extra_hours() {
        let utc = TimeZone::UTC;
        let mut monday = weekly(1, time(9, 0, 0, 0), time(10, 0, 0, 0), 30);
        monday.valid_from = Some(date(2026, 5, 11));
        monday.valid_to = Some(date(2026, 5, 18));
        let saturday_clinic = DatedHours {
            date: date(2026, 5, 16),
            starts: time(8, 0, 0, 0),
            ends: time(9, 0, 0, 0),
            slot_minutes: 20,
            kinds: TELEHEALTH,
        };
        let availability = Availability {
            weekly: vec![monday],
            extra: vec![saturday_clinic],
        };
        let found = slots(&availability, &utc, date(2026, 5, 1), 31, &[], EARLIEST);
        assert_eq!(
            starts_of(&found),
            [
                "2026-05-11T09:00:00Z",
                "2026-05-11T09:30:00Z",
                "2026-05-16T08:00:00Z",
                "2026-05-16T08:20:00Z",
                "2026-05-16T08:40:00Z",
                "2026-05-18T09:00:00Z",
                "2026-05-18T09:30:00Z",
            ]
        );
        assert_eq!(found[2].kinds, TELEHEALTH);
        assert_eq!(found[0].kinds, ALL);
    }

    #[test]
    fn the_grid_ends_when_the_next_slot_would_not_fit() {
        let utc = TimeZone::UTC;
        let found = slots(
            &every_day(time(9, 0, 0, 0), time(10, 10, 0, 0), 25),
            &utc,
            date(2026, 5, 4),
            1,
            &[],
            EARLIEST,
        );
        // 09:00, 09:25, 09:50 (ends 10:15 > 10:10: not laid).
        assert_eq!(
            starts_of(&found),
            ["2026-05-04T09:00:00Z", "2026-05-04T09:25:00Z"]
        );
        let to_midnight = every_day(time(23, 0, 0, 0), Time::MAX, 30);
        assert_eq!(
            slots(&to_midnight, &utc, date(2026, 5, 4), 1, &[], EARLIEST).len(),
            1
        );
    }

    #[test]
    fn wall_clock_times_are_used_to_the_millisecond() {
        let utc = TimeZone::UTC;
        // Starts rounded up, ends rounded down: 09:00:00.001 + 30 min ends at 09:30:00.001, so
        // ends of 09:30:00.0019 fits one slot and 09:30:00.0009 none.
        let starts = time(9, 0, 0, 500);
        let one = every_day(starts, time(9, 30, 0, 1_900_000), 30);
        let found = slots(&one, &utc, date(2026, 5, 4), 1, &[], EARLIEST);
        assert_eq!(starts_of(&found), ["2026-05-04T09:00:00.001Z"]);
        let none = every_day(starts, time(9, 30, 0, 900_000), 30);
        assert_eq!(slots(&none, &utc, date(2026, 5, 4), 1, &[], EARLIEST), []);
    }

    #[test]
    fn overlapping_templates_earlier_start_wins_then_template_order() {
        let utc = TimeZone::UTC;
        let mut telehealth = weekly(1, time(9, 0, 0, 0), time(10, 0, 0, 0), 15);
        telehealth.kinds = TELEHEALTH;
        let in_person = weekly(1, time(9, 10, 0, 0), time(10, 0, 0, 0), 30);
        let availability = Availability {
            weekly: vec![telehealth.clone(), in_person.clone(), telehealth.clone()],
            extra: vec![],
        };
        let found = slots(&availability, &utc, date(2026, 5, 4), 1, &[], EARLIEST);
        // 09:00 (tele), 09:10 overlaps it (drop), 09:15 (tele), 09:30, 09:40 dropped, 09:45.
        assert_eq!(
            starts_of(&found),
            [
                "2026-05-04T09:00:00Z",
                "2026-05-04T09:15:00Z",
                "2026-05-04T09:30:00Z",
                "2026-05-04T09:45:00Z"
            ]
        );
        assert!(found.iter().all(|slot| slot.kinds == TELEHEALTH));
        // On a tie the first template in order wins.
        let first_in_person = Availability {
            weekly: vec![
                weekly(1, time(9, 0, 0, 0), time(10, 0, 0, 0), 15),
                telehealth.clone(),
            ],
            extra: vec![],
        };
        assert!(
            slots(&first_in_person, &utc, date(2026, 5, 4), 1, &[], EARLIEST)
                .iter()
                .all(|slot| slot.kinds == ALL)
        );
        // A booked slot of one template does not hide a free overlapping slot of another.
        let busy = [Busy {
            start: at("2026-05-04T09:00:00Z"),
            end: at("2026-05-04T09:15:00Z"),
        }];
        let after_booking = slots(&availability, &utc, date(2026, 5, 4), 1, &busy, EARLIEST);
        assert_eq!(written(after_booking[0].start), "2026-05-04T09:15:00Z");
        let longer_first = Availability {
            weekly: vec![in_person, telehealth],
            extra: vec![],
        };
        let found = slots(&longer_first, &utc, date(2026, 5, 4), 1, &busy, EARLIEST);
        assert_eq!(
            starts_of(&found),
            [
                "2026-05-04T09:15:00Z",
                "2026-05-04T09:30:00Z",
                "2026-05-04T09:45:00Z"
            ]
        );
        // Likewise a slot already past: the 09:00 telehealth slot would have hidden 09:10.
        let found = slots(
            &longer_first,
            &utc,
            date(2026, 5, 4),
            1,
            &[],
            at("2026-05-04T09:05:00Z"),
        );
        assert_eq!(
            starts_of(&found),
            ["2026-05-04T09:10:00Z", "2026-05-04T09:45:00Z"]
        );
    }

    #[test]
    fn nested_and_touching_busy_intervals_all_count() {
        let utc = TimeZone::UTC;
        let day = every_day(time(9, 0, 0, 0), time(12, 0, 0, 0), 30);
        let busy = [
            Busy {
                start: at("2026-05-04T09:00:00Z"),
                end: at("2026-05-04T11:00:00Z"),
            },
            Busy {
                start: at("2026-05-04T09:10:00Z"),
                end: at("2026-05-04T09:20:00Z"),
            },
            Busy {
                start: at("2026-05-04T11:00:00Z"),
                end: at("2026-05-04T11:01:00Z"),
            },
        ];
        let found = slots(&day, &utc, date(2026, 5, 4), 1, &busy, EARLIEST);
        assert_eq!(starts_of(&found), ["2026-05-04T11:30:00Z"]);
    }

    #[test]
    fn invalid_templates_and_extreme_ranges_produce_nothing_and_never_panic() {
        let utc = TimeZone::UTC;
        let nine = time(9, 0, 0, 0);
        let noon = time(12, 0, 0, 0);
        for template in [
            weekly(1, noon, nine, 30),
            weekly(1, nine, nine, 30),
            weekly(1, nine, noon, 0),
            weekly(1, nine, noon, 4),
            weekly(1, nine, noon, 241),
            weekly(0, nine, noon, 30),
            weekly(8, nine, noon, 30),
        ] {
            assert!(!template.is_valid());
            let availability = Availability {
                weekly: vec![template],
                extra: vec![],
            };
            assert_eq!(
                slots(&availability, &utc, date(2026, 5, 1), 31, &[], EARLIEST),
                []
            );
        }
        let bad_extra = DatedHours {
            date: date(2026, 5, 4),
            starts: noon,
            ends: nine,
            slot_minutes: 30,
            kinds: ALL,
        };
        assert_eq!(
            slots(
                &Availability {
                    weekly: vec![],
                    extra: vec![bad_extra]
                },
                &utc,
                date(2026, 5, 4),
                1,
                &[],
                EARLIEST
            ),
            []
        );
        let mut backwards = weekly(1, nine, noon, 30);
        backwards.valid_from = Some(date(2026, 6, 1));
        backwards.valid_to = Some(date(2026, 5, 1));
        assert_eq!(
            slots(
                &Availability {
                    weekly: vec![backwards],
                    extra: vec![]
                },
                &utc,
                date(2026, 1, 1),
                366,
                &[],
                EARLIEST
            ),
            []
        );

        let daily = every_day(nine, noon, 30);
        assert_eq!(slots(&daily, &utc, date(2026, 5, 4), 0, &[], EARLIEST), []);
        assert_eq!(
            slots(&daily, &utc, date(2026, 1, 1), u16::MAX, &[], EARLIEST).len(),
            usize::from(MAX_DAYS) * 6
        );
        // The calendar ends at 9999-12-31, and instants earlier (jiff's last instant is
        // 9999-12-30T22:00Z, so that every offset still gives a civil time).
        assert_eq!(
            slots(&daily, &utc, date(9999, 12, 30), 10, &[], EARLIEST).len(),
            6
        );
        // …and starts at -9999-01-01, whose first instant is -9999-01-02T01:59:59Z: at +14:00 the
        // first two days' 09:00 has no instant.
        let plus_14 = TimeZone::fixed(jiff::tz::offset(14));
        assert_eq!(
            slots(&daily, &plus_14, Date::MIN, 4, &[], EARLIEST).len(),
            2 * 6
        );
        assert_eq!(
            slot_at(&daily, &utc, UtcMillis(i64::MAX), &[], EARLIEST),
            None
        );
        assert_eq!(
            slot_at(&daily, &utc, UtcMillis(i64::MIN), &[], EARLIEST),
            None
        );
        let everything = [Busy {
            start: UtcMillis(i64::MIN),
            end: UtcMillis(i64::MAX),
        }];
        assert_eq!(
            slots(&daily, &utc, date(2026, 5, 4), 7, &everything, EARLIEST),
            []
        );
    }

    #[test]
    fn nearest_prefers_closer_then_earlier_and_returns_by_start() {
        let slot = |minute: i64| Slot {
            start: UtcMillis(minute * MINUTE_MS),
            end: UtcMillis((minute + 30) * MINUTE_MS),
            kinds: ALL,
        };
        let free = [slot(0), slot(30), slot(60), slot(90), slot(120)];
        let wanted = UtcMillis(75 * MINUTE_MS);
        assert_eq!(nearest(&free, wanted, 1), [slot(60)]);
        assert_eq!(nearest(&free, wanted, 3), [slot(30), slot(60), slot(90)]);
        assert_eq!(nearest(&free, wanted, 10), free);
        assert_eq!(nearest(&free, wanted, 0), []);
        assert_eq!(nearest(&[], wanted, 3), []);
    }

    #[test]
    fn civil_dates_and_times_deserialize_from_iso_text() {
        use serde::de::{value::Error, IntoDeserializer};
        let text = |text: &'static str| IntoDeserializer::<Error>::into_deserializer(text);
        assert_eq!(Time::deserialize(text("09:30")).unwrap(), time(9, 30, 0, 0));
        assert_eq!(
            Date::deserialize(text("2026-03-08")).unwrap(),
            date(2026, 3, 8)
        );
        assert!(Time::deserialize(text("25:00")).is_err());
        // And they are written the same way (`Serialize` writes their `Display`).
        assert_eq!(time(9, 30, 0, 0).to_string(), "09:30:00");
    }

    // ----- Properties -----------------------------------------------------------------------

    const ZONES: [&str; 5] = [
        "America/New_York",
        "America/Chicago",
        "Europe/London",
        "Australia/Sydney",
        "Asia/Tokyo",
    ];

    /// The 2026 transition dates of each zone in `ZONES` (Tokyo has none; its dates are ordinary).
    const TRANSITIONS: [[(i16, i8, i8); 2]; 5] = [
        [(2026, 3, 8), (2026, 11, 1)],
        [(2026, 3, 8), (2026, 11, 1)],
        [(2026, 3, 29), (2026, 10, 25)],
        [(2026, 4, 5), (2026, 10, 4)],
        [(2026, 3, 8), (2026, 11, 1)],
    ];

    #[derive(Clone, Debug)]
    struct Case {
        zone: usize,
        first_day: Date,
        days: u16,
        availability: Availability,
        busy: Vec<Busy>,
        not_before: UtcMillis,
    }

    fn kinds() -> impl Strategy<Value = SlotKinds> {
        (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
            |(in_person, telehealth, new_patients)| SlotKinds {
                in_person,
                telehealth,
                new_patients,
            },
        )
    }

    /// Mostly whole minutes, often in the small hours where transitions happen, sometimes with
    /// odd seconds.
    fn wall_time() -> impl Strategy<Value = Time> {
        let minute = prop_oneof![0i32..1440, 0i32..300, 60i32..200];
        (minute, prop_oneof![3 => Just(0i32), 1 => 0i32..60]).prop_map(|(minute, second)| {
            time(
                i8::try_from(minute / 60).unwrap(),
                i8::try_from(minute % 60).unwrap(),
                i8::try_from(second).unwrap(),
                0,
            )
        })
    }

    /// `(starts, ends, slot_minutes)`: mostly a stretch of up to twelve hours, sometimes backwards.
    fn hours() -> impl Strategy<Value = (Time, Time, u16)> {
        let length = prop_oneof![4 => 0i64..=12 * 60, 2 => 0i64..=3 * 60, 1 => -60i64..=0];
        (wall_time(), length, slot_minutes()).prop_map(|(starts, length, slot_minutes)| {
            let ends = starts
                .checked_add(jiff::SignedDuration::from_mins(length))
                .unwrap_or(Time::MAX);
            (starts, ends, slot_minutes)
        })
    }

    fn slot_minutes() -> impl Strategy<Value = u16> {
        let usual = prop::sample::select(vec![15u16, 20, 30, 45, 60, 90]);
        prop_oneof![8 => 5u16..=240, 4 => usual, 1 => 0u16..=300]
    }

    fn days_after(first_day: Date, days: i32) -> Date {
        first_day.checked_add(jiff::Span::new().days(days)).unwrap()
    }

    /// A date from the day before `first_day` to the day after the range.
    fn date_near(first_day: Date, days: u16) -> impl Strategy<Value = Date> {
        (-1i32..=i32::from(days)).prop_map(move |day| days_after(first_day, day))
    }

    fn weekly_hours(first_day: Date, days: u16) -> impl Strategy<Value = WeeklyHours> {
        // Often the first day's weekday, so that templates overlap; now and then invalid.
        let first_weekday = u8::try_from(first_day.weekday().to_monday_one_offset()).unwrap();
        let invalid = prop::sample::select(vec![0u8, 8, 255]);
        let weekday = prop_oneof![10 => 1u8..=7, 10 => Just(first_weekday), 1 => invalid];
        let validity =
            move || prop_oneof![3 => Just(None), 1 => date_near(first_day, days).prop_map(Some)];
        (weekday, hours(), kinds(), validity(), validity()).prop_map(
            |(weekday, (starts, ends, slot_minutes), kinds, valid_from, valid_to)| WeeklyHours {
                weekday,
                starts,
                ends,
                slot_minutes,
                kinds,
                valid_from,
                valid_to,
            },
        )
    }

    fn dated_hours(first_day: Date, days: u16) -> impl Strategy<Value = DatedHours> {
        (date_near(first_day, days), hours(), kinds()).prop_map(
            |(date, (starts, ends, slot_minutes), kinds)| DatedHours {
                date,
                starts,
                ends,
                slot_minutes,
                kinds,
            },
        )
    }

    /// An instant from a day before the range to a day after it.
    fn instant_near(base: i64, days: u16) -> impl Strategy<Value = UtcMillis> {
        let reach = (i64::from(days) + 2) * DAY_MS;
        (-DAY_MS..reach).prop_map(move |ms| UtcMillis(base + ms))
    }

    fn busy_near(base: i64, days: u16) -> impl Strategy<Value = Busy> {
        let minutes = |m: i64| m * MINUTE_MS;
        let length = prop_oneof![1 => minutes(-1)..=0, 6 => 1..minutes(120), 2 => 1..minutes(720)];
        (instant_near(base, days), length).prop_map(|(start, length)| Busy {
            start,
            end: UtcMillis(start.0 + length),
        })
    }

    /// Random templates, busy time and `not_before` for a range of 1–10 days, half the time
    /// within a week before one of the zone's DST transitions.
    fn case() -> impl Strategy<Value = Case> {
        let start = (
            0..ZONES.len(),
            any::<bool>(),
            0usize..2,
            0i32..=730,
            0i32..7,
            1u16..=10,
        );
        start.prop_flat_map(|(zone, near_transition, which, any_day, before, days)| {
            let first_day = if near_transition {
                let (year, month, day) = TRANSITIONS[zone][which];
                days_after(date(year, month, day), -before)
            } else {
                days_after(date(2026, 1, 1), any_day)
            };
            let base = zone_day_start(zone, first_day);
            let not_before = prop_oneof![Just(EARLIEST), instant_near(base, days)];
            (
                prop::collection::vec(weekly_hours(first_day, days), 0..6),
                prop::collection::vec(dated_hours(first_day, days), 0..3),
                prop::collection::vec(busy_near(base, days), 0..10),
                not_before,
            )
                .prop_map(move |(weekly, extra, busy, not_before)| Case {
                    zone,
                    first_day,
                    days,
                    availability: Availability { weekly, extra },
                    busy,
                    not_before,
                })
        })
    }

    fn zone_day_start(zone: usize, day: Date) -> i64 {
        let zone = TimeZone::get(ZONES[zone]).unwrap();
        zone.to_timestamp(day.to_datetime(Time::midnight()))
            .unwrap()
            .as_millisecond()
    }

    fn ms_since_midnight(time: Time) -> i64 {
        ns_of_day(time) / NS_PER_MS
    }

    fn plus_minutes(wall: DateTime, minutes: u16) -> DateTime {
        wall.checked_add(jiff::SignedDuration::from_mins(i64::from(minutes)))
            .unwrap()
    }

    /// The valid templates laying slots on `date`, written out again from the rules.
    fn templates_on(availability: &Availability, date: Date) -> Vec<(Time, Time, u16, SlotKinds)> {
        let weekday = date.weekday().to_monday_one_offset();
        let weekly = availability.weekly.iter().filter(|h| {
            (1..=7).contains(&h.weekday)
                && i8::try_from(h.weekday).unwrap() == weekday
                && h.valid_from.is_none_or(|from| from <= date)
                && h.valid_to.is_none_or(|to| date <= to)
        });
        let weekly = weekly.map(|h| (h.starts, h.ends, h.slot_minutes, h.kinds));
        let extra = availability.extra.iter().filter(|h| h.date == date);
        let extra = extra.map(|h| (h.starts, h.ends, h.slot_minutes, h.kinds));
        weekly
            .chain(extra)
            .filter(|&(starts, ends, minutes, _)| starts < ends && (5..=240).contains(&minutes))
            .collect()
    }

    /// Every free slot the rules allow before overlaps are resolved, written out naively with
    /// civil arithmetic. (It leaves out the next-day rule, which no zone in `ZONES` needs.)
    fn allowed(case: &Case, zone: &TimeZone) -> Vec<Slot> {
        let mut out = vec![];
        for day in 0..case.days {
            let date = days_after(case.first_day, i32::from(day));
            for (starts, ends, minutes, kinds) in templates_on(&case.availability, date) {
                let mut wall = date.to_datetime(starts);
                while plus_minutes(wall, minutes) <= date.to_datetime(ends) {
                    let ambiguous = zone.to_ambiguous_timestamp(wall);
                    if !matches!(ambiguous.offset(), AmbiguousOffset::Gap { .. }) {
                        let start = ambiguous.earlier().unwrap().as_millisecond();
                        let end = start + i64::from(minutes) * MINUTE_MS;
                        let slot = Slot {
                            start: UtcMillis(start),
                            end: UtcMillis(end),
                            kinds,
                        };
                        let busy = case.busy.iter().any(|b| slot.intersects(b.start, b.end));
                        if !busy && slot.start >= case.not_before {
                            out.push(slot);
                        }
                    }
                    wall = plus_minutes(wall, minutes);
                }
            }
        }
        out
    }

    fn found(case: &Case, zone: &TimeZone) -> Vec<Slot> {
        let Case {
            availability,
            first_day,
            days,
            busy,
            not_before,
            ..
        } = case;
        slots(availability, zone, *first_day, *days, busy, *not_before)
    }

    fn booked(case: &Case, zone: &TimeZone, start: UtcMillis) -> Option<Slot> {
        slot_at(&case.availability, zone, start, &case.busy, case.not_before)
    }

    fn check_every_rule(case: &Case) -> Result<(), TestCaseError> {
        let zone = zone(ZONES[case.zone]);
        let found = found(case, &zone);
        let last_day = days_after(case.first_day, i32::from(case.days) - 1);
        for pair in found.windows(2) {
            // Sorted, no duplicate starts, no overlaps.
            prop_assert!(pair[0].start < pair[1].start, "{:?}", pair);
            prop_assert!(pair[0].end <= pair[1].start, "{:?}", pair);
        }
        for slot in &found {
            let wall = local(&zone, slot.start);
            let in_range = case.first_day <= wall.date() && wall.date() <= last_day;
            prop_assert!(in_range, "{:?} on {}", slot, wall);
            prop_assert!(slot.start >= case.not_before, "{:?} is past", slot);
            let busy = case.busy.iter().any(|b| slot.intersects(b.start, b.end));
            prop_assert!(!busy, "{:?} is busy", slot);
            // Never in a gap, and in a fold always the earlier instant.
            let ambiguous = zone.to_ambiguous_timestamp(wall);
            let in_gap = matches!(ambiguous.offset(), AmbiguousOffset::Gap { .. });
            prop_assert!(!in_gap, "{:?} at {} is in a gap", slot, wall);
            prop_assert_eq!(ambiguous.earlier().unwrap().as_millisecond(), slot.start.0);
            // On some template's wall-clock grid, within its hours by civil arithmetic, as long
            // as the template says in real time.
            let templates = templates_on(&case.availability, wall.date());
            let on_grid = templates.into_iter().any(|(starts, ends, minutes, kinds)| {
                let length = i64::from(minutes) * MINUTE_MS;
                let from_starts = ms_since_midnight(wall.time()) - ms_since_midnight(starts);
                kinds == slot.kinds
                    && wall.time() >= starts
                    && from_starts % length == 0
                    && plus_minutes(wall, minutes) <= wall.date().to_datetime(ends)
                    && slot.end.0 - slot.start.0 == length
            });
            prop_assert!(on_grid, "{:?} at {} is on no template's grid", slot, wall);
            // Booking agrees.
            prop_assert_eq!(booked(case, &zone, slot.start), Some(*slot));
        }
        let allowed = allowed(case, &zone);
        // Only allowed slots are returned…
        for slot in &found {
            prop_assert!(allowed.contains(slot), "{:?} is not allowed", slot);
        }
        // …and every allowed slot is, unless a returned slot starting no later overlaps it; and
        // booking accepts exactly the returned starts.
        for candidate in &allowed {
            let returned = found.iter().find(|slot| slot.start == candidate.start);
            let covered = found.iter().any(|slot| {
                slot.start <= candidate.start && slot.intersects(candidate.start, candidate.end)
            });
            prop_assert!(returned.is_some() || covered, "{:?} is missing", candidate);
            let booked = booked(case, &zone, candidate.start);
            prop_assert_eq!(booked.as_ref(), returned);
        }
        Ok(())
    }

    fn check_slot_at(case: &Case, probe: i64) -> Result<(), TestCaseError> {
        let zone = zone(ZONES[case.zone]);
        // On a five-minute grid, so that it often hits a slot.
        let probe = probe / (5 * MINUTE_MS) * (5 * MINUTE_MS);
        let instant = UtcMillis(zone_day_start(case.zone, case.first_day) + probe);
        let date = local(&zone, instant).date();
        let that_day = slots(
            &case.availability,
            &zone,
            date,
            1,
            &case.busy,
            case.not_before,
        );
        let expected = that_day.into_iter().find(|slot| slot.start == instant);
        prop_assert_eq!(booked(case, &zone, instant), expected);
        Ok(())
    }

    fn check_range_is_its_days(case: &Case) -> Result<(), TestCaseError> {
        let zone = zone(ZONES[case.zone]);
        let mut by_day = vec![];
        for day in 0..case.days {
            let date = days_after(case.first_day, i32::from(day));
            by_day.extend(slots(
                &case.availability,
                &zone,
                date,
                1,
                &case.busy,
                case.not_before,
            ));
        }
        prop_assert_eq!(found(case, &zone), by_day);
        Ok(())
    }

    fn check_nearest(starts: &[i64], wanted: i64, n: usize) -> Result<(), TestCaseError> {
        let slot = |minute: i64| Slot {
            start: UtcMillis(minute * MINUTE_MS),
            end: UtcMillis((minute + 15) * MINUTE_MS),
            kinds: ALL,
        };
        let free: Vec<Slot> = starts.iter().map(|&minute| slot(minute)).collect();
        let wanted = UtcMillis(wanted * MINUTE_MS);
        let chosen = nearest(&free, wanted, n);
        prop_assert_eq!(chosen.len(), n.min(free.len()));
        prop_assert!(chosen.windows(2).all(|pair| pair[0].start <= pair[1].start));
        // The chosen are drawn from `free` (as a multiset); none of the rest is nearer.
        let mut rest = free.clone();
        for slot in &chosen {
            let index = rest.iter().position(|other| other == slot);
            prop_assert!(index.is_some(), "{:?} is not from `free`", slot);
            rest.remove(index.unwrap());
        }
        let distance = |slot: &Slot| slot.start.0.abs_diff(wanted.0);
        for omitted in &rest {
            for included in &chosen {
                let nearer = distance(omitted) < distance(included)
                    || (distance(omitted) == distance(included) && omitted.start < included.start);
                prop_assert!(!nearer, "{:?} left out for {:?}", omitted, included);
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

        #[test]
        fn slots_keep_every_rule(case in case()) {
            check_every_rule(&case)?;
        }

        #[test]
        fn slot_at_agrees_with_slots_anywhere(case in case(), probe in 0i64..12 * DAY_MS) {
            check_slot_at(&case, probe)?;
        }

        #[test]
        fn a_range_is_the_days_it_covers(case in case()) {
            check_range_is_its_days(&case)?;
        }

        #[test]
        fn nearest_returns_the_nearest(
            starts in prop::collection::vec(-1_000i64..1_000, 0..20),
            wanted in -1_200i64..1_200,
            n in 0usize..25,
        ) {
            check_nearest(&starts, wanted, n)?;
        }
    }
}
