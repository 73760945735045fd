//! The staff schedule's rules: which days a view covers, blocked time typed as a location's
//! wall-clock dates and times, and when front desk may mark an appointment arrived or missed.
//!
//! Pure: the caller passes the location's [`TimeZone`] and the instants and dates that matter.

use crate::{
    appointments::AppointmentStatus,
    time::{instant, parse_date, parse_time_of_day, TimeError, UtcMillis, DAY_MS},
};
use jiff::{civil::Date, tz::TimeZone};
use serde::{Deserialize, Serialize};

/// One day or the week (Monday to Sunday) around it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

    /// The first day of the view before (`-1`) or after (`1`) the one starting at `first`.
    pub fn step(self, first: Date, direction: i64) -> Option<Date> {
        first
            .checked_add(jiff::Span::new().days(direction * i64::from(self.days())))
            .ok()
    }
}

/// Why time is blocked (the database's spellings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
