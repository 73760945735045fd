//! The staff schedule's rules: which days a view covers, blocked time typed as a location's
//! wall-clock dates and times, when front desk may mark an appointment arrived or missed, and a
//! provider's day at a location assembled from what is stored (hours, on-call time, blocks and
//! appointments, each in order).
//!
//! Pure: the caller passes the location's [`TimeZone`] and the instants and dates that matter.

use crate::{
    appointments::{AppointmentStatus, VisitMode, VisitType},
    schedule::SlotKinds,
    time::{instant, parse_date, parse_time_of_day, TimeError, UtcMillis, DAY_MS},
};
use jiff::{
    civil::{Date, Time},
    tz::TimeZone,
};
use serde::{Deserialize, Serialize};

/// One day or the week (Monday to Sunday) around it; `day` and `week` in addresses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleSpan {
    #[default]
    Day,
    Week,
}

impl ScheduleSpan {
    pub const ALL: [ScheduleSpan; 2] = [ScheduleSpan::Day, ScheduleSpan::Week];

    /// The spelling in addresses (`?span=week`).
    pub fn as_str(self) -> &'static str {
        match self {
            ScheduleSpan::Day => "day",
            ScheduleSpan::Week => "week",
        }
    }

    pub fn parse(text: &str) -> Option<ScheduleSpan> {
        ScheduleSpan::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// How many days the view shows.
    pub fn days(self) -> u16 {
        match self {
            ScheduleSpan::Day => 1,
            ScheduleSpan::Week => 7,
        }
    }

    /// The first day shown for `date`: the date itself, or the Monday of its week.
    pub fn first_day(self, date: Date) -> Date {
        match self {
            ScheduleSpan::Day => date,
            ScheduleSpan::Week => {
                let back = i64::from(date.weekday().to_monday_zero_offset());
                date.checked_sub(jiff::Span::new().days(back))
                    .unwrap_or(date)
            }
        }
    }

    /// The days the view around `date` shows, in order.
    pub fn dates(self, date: Date) -> Vec<Date> {
        let first = self.first_day(date);
        (0..i64::from(self.days()))
            .filter_map(|n| first.checked_add(jiff::Span::new().days(n)).ok())
            .collect()
    }

    /// The first day of the view before (`-1`) or after (`1`) the one starting at `first`.
    pub fn step(self, first: Date, direction: i64) -> Option<Date> {
        first
            .checked_add(jiff::Span::new().days(direction * i64::from(self.days())))
            .ok()
    }
}

/// Why time is blocked (the database's spellings, which are also the form's values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockReason {
    Procedure,
    Leave,
    Holiday,
    Training,
    Other,
}

impl BlockReason {
    pub const ALL: [BlockReason; 5] = [
        BlockReason::Procedure,
        BlockReason::Leave,
        BlockReason::Holiday,
        BlockReason::Training,
        BlockReason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BlockReason::Procedure => "procedure",
            BlockReason::Leave => "leave",
            BlockReason::Holiday => "holiday",
            BlockReason::Training => "training",
            BlockReason::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<BlockReason> {
        BlockReason::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// The longest time one block may cover, in days (a long leave is entered in parts).
pub const BLOCK_MAX_DAYS: i64 = 366;

/// A field of the "add blocked time" form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockField {
    StartDate,
    StartTime,
    EndDate,
    EndTime,
}

impl BlockField {
    pub const ALL: [BlockField; 4] = [
        BlockField::StartDate,
        BlockField::StartTime,
        BlockField::EndDate,
        BlockField::EndTime,
    ];

    /// The form field's name.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockField::StartDate => "start_date",
            BlockField::StartTime => "start_time",
            BlockField::EndDate => "end_date",
            BlockField::EndTime => "end_time",
        }
    }
}

/// What is wrong with one field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockProblem {
    Missing,
    NotADate,
    NotATime,
    /// The end is not after the start.
    EndNotAfterStart,
    /// Longer than [`BLOCK_MAX_DAYS`].
    TooLong,
}

/// The form's four fields as typed: dates `YYYY-MM-DD`, times `HH:MM` (or `HH:MM:SS`), in the
/// location's wall-clock time.
#[derive(Clone, Copy, Debug)]
pub struct BlockTimes<'a> {
    pub start_date: &'a str,
    pub start_time: &'a str,
    pub end_date: &'a str,
    pub end_time: &'a str,
}

/// A form field read by `parse`, or what is wrong with it (`bad` for a value of the wrong shape).
fn field<T>(
    text: &str,
    parse: fn(&str) -> Result<T, TimeError>,
    bad: BlockProblem,
) -> Result<T, BlockProblem> {
    match text.trim() {
        "" => Err(BlockProblem::Missing),
        text => parse(text).map_err(|_| bad),
    }
}

/// The blocked interval `[start, end)` the form describes, or every problem with it, field by
/// field (each field at most once).
pub fn block_interval(
    times: BlockTimes<'_>,
    zone: &TimeZone,
) -> Result<(UtcMillis, UtcMillis), Vec<(BlockField, BlockProblem)>> {
    let start_date = field(times.start_date, parse_date, BlockProblem::NotADate);
    let start_time = field(times.start_time, parse_time_of_day, BlockProblem::NotATime);
    let end_date = field(times.end_date, parse_date, BlockProblem::NotADate);
    let end_time = field(times.end_time, parse_time_of_day, BlockProblem::NotATime);
    let mut problems = Vec::new();
    for (field, result) in [
        (BlockField::StartDate, start_date.err()),
        (BlockField::StartTime, start_time.err()),
        (BlockField::EndDate, end_date.err()),
        (BlockField::EndTime, end_time.err()),
    ] {
        if let Some(problem) = result {
            problems.push((field, problem));
        }
    }
    let (Ok(start_date), Ok(start_time), Ok(end_date), Ok(end_time)) =
        (start_date, start_time, end_date, end_time)
    else {
        return Err(problems);
    };
    let start = instant(start_date, start_time, zone)
        .map_err(|_| vec![(BlockField::StartDate, BlockProblem::NotADate)])?;
    let end = instant(end_date, end_time, zone)
        .map_err(|_| vec![(BlockField::EndDate, BlockProblem::NotADate)])?;
    if end <= start {
        let field = if end_date < start_date {
            BlockField::EndDate
        } else {
            BlockField::EndTime
        };
        return Err(vec![(field, BlockProblem::EndNotAfterStart)]);
    }
    if end.0 - start.0 > BLOCK_MAX_DAYS * DAY_MS {
        return Err(vec![(BlockField::EndDate, BlockProblem::TooLong)]);
    }
    Ok((start, end))
}

/// Why front desk cannot mark an appointment arrived or missed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatusRefused {
    /// Only a booked appointment can be marked (it may have been cancelled, or marked already).
    NotBooked,
    /// A patient arrives on the day of their appointment (the location's date), not another.
    NotItsDay,
    /// Nobody has missed an appointment that has not started.
    NotStarted,
}

/// Whether a booked appointment on `appointment_day` (the location's date of its start) may be
/// marked arrived on `today` (the location's date now).
pub fn may_mark_arrived(
    status: AppointmentStatus,
    appointment_day: Date,
    today: Date,
) -> Result<(), StatusRefused> {
    if status != AppointmentStatus::Booked {
        Err(StatusRefused::NotBooked)
    } else if appointment_day != today {
        Err(StatusRefused::NotItsDay)
    } else {
        Ok(())
    }
}

/// Whether a booked appointment starting at `starts_at` may be marked missed at `now`.
pub fn may_mark_no_show(
    status: AppointmentStatus,
    starts_at: UtcMillis,
    now: UtcMillis,
) -> Result<(), StatusRefused> {
    if status != AppointmentStatus::Booked {
        Err(StatusRefused::NotBooked)
    } else if now < starts_at {
        Err(StatusRefused::NotStarted)
    } else {
        Ok(())
    }
}

/// What front desk marks a booked appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mark {
    Arrived,
    NoShow,
}

impl Mark {
    /// The status the appointment takes.
    pub fn status(self) -> AppointmentStatus {
        match self {
            Mark::Arrived => AppointmentStatus::Arrived,
            Mark::NoShow => AppointmentStatus::NoShow,
        }
    }

    /// Whether a booked appointment starting at `starts_at` may be marked at `now`; `day` and
    /// `today` are the location's dates of its start and of now.
    pub fn allowed(
        self,
        status: AppointmentStatus,
        (starts_at, day): (UtcMillis, Date),
        (now, today): (UtcMillis, Date),
    ) -> Result<(), StatusRefused> {
        match self {
            Mark::Arrived => may_mark_arrived(status, day, today),
            Mark::NoShow => may_mark_no_show(status, starts_at, now),
        }
    }
}

/// A stretch of time, `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    pub start: UtcMillis,
    pub end: UtcMillis,
}

impl Interval {
    /// Whether the two share any instant.
    pub fn overlaps(self, other: Interval) -> bool {
        self.start < other.end && self.end > other.start
    }
}

/// Whether a block of `block_provider` (or, with none, of everyone) at `block_location` (or,
/// with none, anywhere) takes time from `provider` at `location`.
pub fn block_covers(
    (block_provider, block_location): (Option<i64>, Option<i64>),
    provider: i64,
    location: i64,
) -> bool {
    match (block_provider, block_location) {
        (Some(p), at) => p == provider && at.is_none_or(|at| at == location),
        (None, Some(at)) => at == location,
        (None, None) => false,
    }
}

/// Bookable hours on one day, in the location's wall-clock time.
#[derive(Clone, Debug, PartialEq)]
pub struct HoursLine {
    pub starts: Time,
    pub ends: Time,
    pub kinds: SlotKinds,
}

/// An appointment that blocked time falls on.
#[derive(Clone, Debug, PartialEq)]
pub struct AffectedAppointment {
    pub id: i64,
    /// Whose health data it is (for the read audit; not shown).
    pub patient_id: i64,
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

/// An appointment of one provider at one location, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAppointment {
    pub id: i64,
    pub patient_id: i64,
    pub patient_name: String,
    pub interval: Interval,
    pub visit_mode: VisitMode,
    pub visit_type: VisitType,
    pub status: AppointmentStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScheduleAppointment {
    pub appointment: StoredAppointment,
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

impl DaySchedule {
    /// The appointments the day shows, as `(appointment, patient)`: those blocked time falls on,
    /// then the day's own (a read of each patient's health data).
    pub fn reads(&self) -> impl Iterator<Item = (i64, i64)> + '_ {
        self.blocks
            .iter()
            .flat_map(|b| &b.affected)
            .map(|a| (a.id, a.patient_id))
            .chain(
                self.appointments
                    .iter()
                    .map(|a| (a.appointment.id, a.appointment.patient_id)),
            )
    }
}

/// Who looks at a day, and when: what marking an appointment depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Viewer {
    /// Front desk may mark; a provider's own view marks nothing.
    pub front_desk: bool,
    pub now: UtcMillis,
    /// The location's date now.
    pub today: Date,
}

/// What one provider has at one location, on any of the days shown, in any order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderTime {
    /// Blocked time that takes time from them there (theirs and the location's).
    pub blocks: Vec<BlockLine>,
    pub appointments: Vec<StoredAppointment>,
    pub on_call: Vec<Interval>,
}

impl ProviderTime {
    /// Their day `date`, which is `bounds` at the location, with its working `hours`: the
    /// on-call time and blocks that overlap it and the appointments that start in it, each in
    /// order of start (then id).
    pub fn day(
        &self,
        date: Date,
        bounds: Interval,
        mut hours: Vec<HoursLine>,
        viewer: Viewer,
    ) -> DaySchedule {
        hours.sort_by_key(|line| line.starts);
        let mut on_call: Vec<Interval> = self
            .on_call
            .iter()
            .copied()
            .filter(|i| i.overlaps(bounds))
            .collect();
        on_call.sort_by_key(|i| (i.start, i.end));
        let mut blocks: Vec<BlockLine> = self
            .blocks
            .iter()
            .filter(|b| b.interval.overlaps(bounds))
            .cloned()
            .collect();
        blocks.sort_by_key(|b| (b.interval.start, b.id));
        let mut appointments: Vec<ScheduleAppointment> = self
            .appointments
            .iter()
            .filter(|a| (bounds.start..bounds.end).contains(&a.interval.start))
            .map(|a| {
                let (arrival, no_show) = if viewer.front_desk {
                    (
                        may_mark_arrived(a.status, date, viewer.today),
                        may_mark_no_show(a.status, a.interval.start, viewer.now),
                    )
                } else {
                    (Err(StatusRefused::NotBooked), Err(StatusRefused::NotBooked))
                };
                ScheduleAppointment {
                    appointment: a.clone(),
                    arrival,
                    no_show,
                    during_block: self.blocks.iter().any(|b| b.interval.overlaps(a.interval)),
                }
            })
            .collect();
        appointments.sort_by_key(|a| (a.appointment.interval.start, a.appointment.id));
        DaySchedule {
            date,
            hours,
            on_call,
            blocks,
            appointments,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{format_time_of_day, HOUR_MS, MINUTE_MS};
    use jiff::civil::{date, Time};
    use proptest::prelude::*;

    fn new_york() -> TimeZone {
        TimeZone::get("America/New_York").unwrap()
    }

    fn times<'a>(sd: &'a str, st: &'a str, ed: &'a str, et: &'a str) -> BlockTimes<'a> {
        BlockTimes {
            start_date: sd,
            start_time: st,
            end_date: ed,
            end_time: et,
        }
    }

    #[test]
    fn spellings_round_trip() {
        for reason in BlockReason::ALL {
            assert_eq!(BlockReason::parse(reason.as_str()), Some(reason));
        }
        for span in ScheduleSpan::ALL {
            assert_eq!(ScheduleSpan::parse(span.as_str()), Some(span));
        }
        assert_eq!(BlockReason::parse("vacation"), None);
        assert_eq!(ScheduleSpan::parse("month"), None);
    }

    #[test]
    fn a_week_starts_on_monday() {
        // 2027-01-14 is a Thursday; 2027-01-17 a Sunday.
        let week = ScheduleSpan::Week;
        assert_eq!(week.first_day(date(2027, 1, 14)), date(2027, 1, 11));
        assert_eq!(week.first_day(date(2027, 1, 17)), date(2027, 1, 11));
        assert_eq!(week.first_day(date(2027, 1, 11)), date(2027, 1, 11));
        assert_eq!(
            ScheduleSpan::Day.first_day(date(2027, 1, 14)),
            date(2027, 1, 14)
        );
        assert_eq!(week.step(date(2027, 1, 11), 1), Some(date(2027, 1, 18)));
        assert_eq!(
            ScheduleSpan::Day.step(date(2027, 1, 1), -1),
            Some(date(2026, 12, 31))
        );
    }

    #[test]
    fn a_block_is_read_in_the_locations_zone() {
        let (start, end) = block_interval(
            times("2027-01-18", "09:00", "2027-01-18", "12:30"),
            &new_york(),
        )
        .unwrap();
        // 09:00 EST is 14:00 UTC.
        assert_eq!(start, UtcMillis(1_800_280_800_000));
        assert_eq!(end.0 - start.0, 210 * MINUTE_MS);
        // Seconds, as some browsers send them, are accepted.
        assert!(block_interval(
            times("2027-01-18", "09:00:00", "2027-01-18", "12:30:00"),
            &new_york()
        )
        .is_ok());
    }

    #[test]
    fn across_the_spring_gap_a_block_is_an_hour_shorter() {
        // On 2027-03-14 New York's clocks jump from 02:00 to 03:00.
        let (start, end) = block_interval(
            times("2027-03-14", "00:00", "2027-03-14", "06:00"),
            &new_york(),
        )
        .unwrap();
        assert_eq!(end.0 - start.0, 5 * HOUR_MS);
        // 02:30 does not happen that day: it is read an hour on, as 03:30 EDT.
        let (start, _) = block_interval(
            times("2027-03-14", "02:30", "2027-03-14", "04:00"),
            &new_york(),
        )
        .unwrap();
        let (after_gap, _) = block_interval(
            times("2027-03-14", "03:30", "2027-03-14", "04:00"),
            &new_york(),
        )
        .unwrap();
        assert_eq!(start, after_gap);
    }

    #[test]
    fn every_field_says_what_is_wrong_with_it() {
        let problems =
            block_interval(times("", "25:00", "2027-02-30", "9"), &new_york()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                (BlockField::StartDate, BlockProblem::Missing),
                (BlockField::StartTime, BlockProblem::NotATime),
                (BlockField::EndDate, BlockProblem::NotADate),
                (BlockField::EndTime, BlockProblem::NotATime),
            ]
        );
        assert_eq!(
            block_interval(
                times("2027-01-18", "12:00", "2027-01-18", "12:00"),
                &new_york()
            ),
            Err(vec![(BlockField::EndTime, BlockProblem::EndNotAfterStart)])
        );
        assert_eq!(
            block_interval(
                times("2027-01-18", "12:00", "2027-01-17", "13:00"),
                &new_york()
            ),
            Err(vec![(BlockField::EndDate, BlockProblem::EndNotAfterStart)])
        );
        assert_eq!(
            block_interval(
                times("2027-01-18", "12:00", "2028-01-20", "13:00"),
                &new_york()
            ),
            Err(vec![(BlockField::EndDate, BlockProblem::TooLong)])
        );
    }

    #[test]
    fn arrivals_on_the_day_and_no_shows_after_the_start() {
        use AppointmentStatus as S;
        let day = date(2027, 1, 18);
        assert_eq!(may_mark_arrived(S::Booked, day, day), Ok(()));
        assert_eq!(
            may_mark_arrived(S::Booked, day, date(2027, 1, 17)),
            Err(StatusRefused::NotItsDay)
        );
        assert_eq!(
            may_mark_arrived(S::Cancelled, day, day),
            Err(StatusRefused::NotBooked)
        );
        let start = UtcMillis(1_000);
        assert_eq!(may_mark_no_show(S::Booked, start, start), Ok(()));
        assert_eq!(
            may_mark_no_show(S::Booked, start, UtcMillis(999)),
            Err(StatusRefused::NotStarted)
        );
        assert_eq!(
            may_mark_no_show(S::Arrived, start, UtcMillis(5_000)),
            Err(StatusRefused::NotBooked)
        );
    }

    #[test]
    fn a_view_lists_its_days_in_order() {
        // 2027-01-14 is a Thursday.
        assert_eq!(
            ScheduleSpan::Day.dates(date(2027, 1, 14)),
            vec![date(2027, 1, 14)]
        );
        let week = ScheduleSpan::Week.dates(date(2027, 1, 14));
        assert_eq!(week.len(), 7);
        assert_eq!(week[0], date(2027, 1, 11));
        assert_eq!(week[6], date(2027, 1, 17));
        // Across a month's and a year's end.
        assert_eq!(
            ScheduleSpan::Week.dates(date(2027, 1, 1))[..2],
            [date(2026, 12, 28), date(2026, 12, 29)]
        );
    }

    #[test]
    fn a_block_covers_its_provider_or_its_whole_location() {
        // (block's provider, block's location), provider, location, covered.
        let table = [
            ((Some(1), Some(10)), 1, 10, true),
            ((Some(1), Some(10)), 1, 11, false),
            ((Some(1), Some(10)), 2, 10, false),
            ((Some(1), None), 1, 11, true),
            ((Some(1), None), 2, 11, false),
            ((None, Some(10)), 2, 10, true),
            ((None, Some(10)), 2, 11, false),
            ((None, None), 1, 10, false),
        ];
        for (block, provider, location, covered) in table {
            assert_eq!(
                block_covers(block, provider, location),
                covered,
                "{block:?} {provider} {location}"
            );
        }
    }

    #[test]
    fn intervals_overlap_only_when_they_share_an_instant() {
        let at = |start, end| Interval {
            start: UtcMillis(start),
            end: UtcMillis(end),
        };
        let table = [
            (at(0, 10), at(5, 15), true),
            (at(0, 10), at(10, 20), false),
            (at(10, 20), at(0, 10), false),
            (at(0, 30), at(10, 20), true),
            (at(10, 20), at(0, 30), true),
            (at(0, 10), at(20, 30), false),
        ];
        for (a, b, overlap) in table {
            assert_eq!(a.overlaps(b), overlap, "{a:?} {b:?}");
        }
    }

    #[test]
    fn marks_follow_their_rules() {
        use AppointmentStatus as S;
        let day = date(2027, 1, 18);
        let start = UtcMillis(1_000);
        use StatusRefused as R;
        let next = date(2027, 1, 19);
        // (mark, status, now, today, answer)
        let table = [
            (Mark::Arrived, S::Booked, 0, day, Ok(())),
            (Mark::Arrived, S::Booked, 2_000, next, Err(R::NotItsDay)),
            (Mark::Arrived, S::Cancelled, 1_000, day, Err(R::NotBooked)),
            (Mark::NoShow, S::Booked, 1_000, day, Ok(())),
            (Mark::NoShow, S::Booked, 999, day, Err(R::NotStarted)),
            (Mark::NoShow, S::Arrived, 5_000, day, Err(R::NotBooked)),
        ];
        for (mark, status, now, today, answer) in table {
            assert_eq!(
                mark.allowed(status, (start, day), (UtcMillis(now), today)),
                answer,
                "{mark:?} {status:?} {now}"
            );
        }
        assert_eq!(Mark::Arrived.status(), S::Arrived);
        assert_eq!(Mark::NoShow.status(), S::NoShow);
    }

    const DAY: Interval = Interval {
        start: UtcMillis(10 * DAY_MS),
        end: UtcMillis(11 * DAY_MS),
    };

    fn hour(h: i64) -> UtcMillis {
        UtcMillis(DAY.start.0 + h * HOUR_MS)
    }

    fn appointment(id: i64, start: UtcMillis, status: AppointmentStatus) -> StoredAppointment {
        StoredAppointment {
            id,
            patient_id: 100 + id,
            patient_name: format!("Patient {id}"),
            interval: Interval {
                start,
                end: UtcMillis(start.0 + 30 * MINUTE_MS),
            },
            visit_mode: VisitMode::InPerson,
            visit_type: VisitType::FollowUp,
            status,
        }
    }

    fn block(id: i64, start: UtcMillis, end: UtcMillis, affected: &[i64]) -> BlockLine {
        BlockLine {
            id,
            reason: BlockReason::Training,
            interval: Interval { start, end },
            whole_location: false,
            affected: affected
                .iter()
                .map(|&a| AffectedAppointment {
                    id: a,
                    patient_id: 100 + a,
                    patient_name: format!("Patient {a}"),
                    provider_name: "Dr A".into(),
                    starts_at: hour(0),
                })
                .collect(),
        }
    }

    fn desk_at(now: UtcMillis) -> Viewer {
        Viewer {
            front_desk: true,
            now,
            today: date(2027, 1, 18),
        }
    }

    #[test]
    fn a_day_lists_what_falls_in_it_in_order() {
        use AppointmentStatus as S;
        let time = ProviderTime {
            // Out of order, and one the day before, one the day after.
            blocks: vec![
                block(3, hour(15), hour(16), &[]),
                block(1, hour(9), hour(10), &[7]),
                block(2, hour(9), hour(11), &[7]),
                block(4, hour(-5), hour(-4), &[]),
                block(5, hour(25), hour(26), &[]),
            ],
            appointments: vec![
                appointment(8, hour(12), S::Booked),
                appointment(7, hour(9), S::Booked),
                appointment(6, hour(12), S::Arrived),
                appointment(9, hour(-1), S::Booked),
                appointment(10, hour(24), S::Booked),
            ],
            on_call: vec![
                Interval {
                    start: hour(20),
                    end: hour(30),
                },
                Interval {
                    start: hour(-10),
                    end: hour(1),
                },
                Interval {
                    start: hour(-10),
                    end: hour(0),
                },
            ],
        };
        let day = time.day(date(2027, 1, 18), DAY, Vec::new(), desk_at(hour(12)));
        assert_eq!(
            day.blocks.iter().map(|b| b.id).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        assert_eq!(
            day.appointments
                .iter()
                .map(|a| a.appointment.id)
                .collect::<Vec<_>>(),
            vec![7, 6, 8]
        );
        assert_eq!(
            day.on_call,
            vec![
                Interval {
                    start: hour(-10),
                    end: hour(1)
                },
                Interval {
                    start: hour(20),
                    end: hour(30)
                },
            ]
        );
        let during: Vec<bool> = day.appointments.iter().map(|a| a.during_block).collect();
        assert_eq!(during, vec![true, false, false]);
        // Front desk may mark the booked ones: arrived (their day), missed (started).
        let marks: Vec<_> = day
            .appointments
            .iter()
            .map(|a| (a.arrival, a.no_show))
            .collect();
        assert_eq!(
            marks,
            vec![
                (Ok(()), Ok(())),
                (Err(StatusRefused::NotBooked), Err(StatusRefused::NotBooked)),
                (Ok(()), Ok(())),
            ]
        );
        // Each read: the blocks' appointments, then the day's.
        assert_eq!(
            day.reads().collect::<Vec<_>>(),
            vec![(7, 107), (7, 107), (7, 107), (6, 106), (8, 108)]
        );
        // A provider's own view marks nothing.
        let own = time.day(
            date(2027, 1, 18),
            DAY,
            Vec::new(),
            Viewer {
                front_desk: false,
                ..desk_at(hour(12))
            },
        );
        assert!(own
            .appointments
            .iter()
            .all(|a| a.arrival.is_err() && a.no_show.is_err()));
        // An empty day is empty.
        let empty =
            ProviderTime::default().day(date(2027, 1, 18), DAY, Vec::new(), desk_at(hour(0)));
        assert!(
            empty.blocks.is_empty() && empty.appointments.is_empty() && empty.on_call.is_empty()
        );
    }

    #[test]
    fn working_hours_are_listed_by_start() {
        let line = |h: i8| HoursLine {
            starts: Time::new(h, 0, 0, 0).unwrap(),
            ends: Time::new(h + 1, 0, 0, 0).unwrap(),
            kinds: SlotKinds {
                in_person: true,
                telehealth: false,
                new_patients: true,
            },
        };
        let day = ProviderTime::default().day(
            date(2027, 1, 18),
            DAY,
            vec![line(13), line(8)],
            desk_at(hour(0)),
        );
        assert_eq!(day.hours, vec![line(8), line(13)]);
    }

    proptest! {
        /// Whatever is stored, a day shows exactly the appointments that start in it and the
        /// blocks that overlap it, each in order of start; an appointment is "during a block"
        /// exactly when one of the provider's blocks overlaps it.
        #[test]
        fn a_day_is_ordered_and_complete(
            appointments in prop::collection::vec((-30_i64..60, 1_i64..8), 0..12),
            blocks in prop::collection::vec((-30_i64..60, 1_i64..20), 0..6),
            now in -30_i64..60,
        ) {
            let half_hours = |n: i64| UtcMillis(DAY.start.0 + n * 30 * MINUTE_MS);
            let time = ProviderTime {
                blocks: blocks
                    .iter()
                    .enumerate()
                    .map(|(n, &(start, length))| {
                        block(n as i64, half_hours(start), half_hours(start + length), &[])
                    })
                    .collect(),
                appointments: appointments
                    .iter()
                    .enumerate()
                    .map(|(n, &(start, length))| StoredAppointment {
                        interval: Interval {
                            start: half_hours(start),
                            end: half_hours(start + length),
                        },
                        ..appointment(n as i64, half_hours(start), AppointmentStatus::Booked)
                    })
                    .collect(),
                on_call: Vec::new(),
            };
            let day = time.day(date(2027, 1, 18), DAY, Vec::new(), desk_at(half_hours(now)));
            let starts: Vec<_> = day
                .appointments
                .iter()
                .map(|a| (a.appointment.interval.start, a.appointment.id))
                .collect();
            prop_assert!(starts.windows(2).all(|w| w[0] < w[1]));
            let block_starts: Vec<_> = day.blocks.iter().map(|b| (b.interval.start, b.id)).collect();
            prop_assert!(block_starts.windows(2).all(|w| w[0] < w[1]));
            let in_day = time
                .appointments
                .iter()
                .filter(|a| a.interval.start >= DAY.start && a.interval.start < DAY.end)
                .count();
            prop_assert_eq!(day.appointments.len(), in_day);
            prop_assert_eq!(
                day.blocks.len(),
                time.blocks.iter().filter(|b| b.interval.overlaps(DAY)).count()
            );
            for a in &day.appointments {
                prop_assert_eq!(
                    a.during_block,
                    time.blocks.iter().any(|b| b.interval.overlaps(a.appointment.interval))
                );
                prop_assert_eq!(a.no_show.is_ok(), a.appointment.interval.start <= half_hours(now));
            }
        }
    }

    proptest! {
        /// Whatever is typed, an accepted block ends after it starts, is at most
        /// `BLOCK_MAX_DAYS` long, and each field is reported at most once.
        #[test]
        fn accepted_blocks_are_well_formed(
            day in 0_i64..800,
            length in 0_i64..800,
            start_minutes in 0_i64..1_440,
            end_minutes in 0_i64..1_440,
            zone in prop::sample::select(vec!["America/New_York", "America/Chicago", "UTC", "Pacific/Chatham"]),
        ) {
            let zone = TimeZone::get(zone).unwrap();
            let first = date(2026, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
            let last = first.checked_add(jiff::Span::new().days(length)).unwrap();
            let clock = |m: i64| {
                let hour = i8::try_from(m / 60).unwrap();
                let minute = i8::try_from(m % 60).unwrap();
                format_time_of_day(Time::new(hour, minute, 0, 0).unwrap())
            };
            let (sd, ed) = (first.to_string(), last.to_string());
            let (st, et) = (clock(start_minutes), clock(end_minutes));
            match block_interval(times(&sd, &st, &ed, &et), &zone) {
                Ok((start, end)) => {
                    prop_assert!(end > start);
                    prop_assert!(end.0 - start.0 <= BLOCK_MAX_DAYS * DAY_MS);
                }
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    let mut fields: Vec<_> = problems.iter().map(|(f, _)| *f).collect();
                    fields.dedup();
                    prop_assert_eq!(fields.len(), problems.len());
                }
            }
        }
    }
}
