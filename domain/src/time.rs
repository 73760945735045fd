//! Instants, wall-clock times, and the one set of parsers for the time text that forms and the
//! database exchange.
//!
//! Instants are stored and passed around in UTC as milliseconds since the Unix epoch (an integer
//! in both databases). Turning an instant into a location's wall-clock time needs time-zone data,
//! which stays on the server: this module takes a jiff [`TimeZone`] the server looked up
//! (`backend::clock::zone`) and never loads a tz database itself, so the browser only ever
//! receives the resulting [`ZonedDateTime`].
//!
//! Text: dates are `YYYY-MM-DD` ([`parse_date`]), times of day `HH:MM` ([`parse_time_of_day`],
//! [`format_time_of_day`]). Every parser answers a [`TimeError`] rather than a default, so a
//! caller says what a failure means (a form problem, a stored value that is not valid).

use jiff::{
    civil::{Date, DateTime, Time},
    tz::TimeZone,
    Span, Timestamp,
};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Milliseconds in a second.
pub const SECOND_MS: i64 = 1_000;
/// Milliseconds in a minute.
pub const MINUTE_MS: i64 = 60 * SECOND_MS;
/// Milliseconds in an hour.
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
/// Milliseconds in a day of UTC (a location's day is 23 or 25 hours when its clocks change).
pub const DAY_MS: i64 = 24 * HOUR_MS;
/// Milliseconds in seven days of UTC.
pub const WEEK_MS: i64 = 7 * DAY_MS;

/// An instant in UTC, in milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct UtcMillis(pub i64);

/// Why time text could not be read, or an instant or date could not be placed on a calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum TimeError {
    #[error("not a date written YYYY-MM-DD")]
    NotADate,
    #[error("not a time of day written HH:MM")]
    NotATime,
    /// A zone name the server's tz database does not know (`backend::clock::zone`).
    #[error("not a time zone the server knows")]
    UnknownZone,
    /// Beyond the years -9999 to 9999 that the calendar covers.
    #[error("outside the range of the calendar")]
    OutOfRange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// The weekday of a proleptic Gregorian date (Sakamoto's method).
    pub fn of_date(year: i32, month: u8, day: u8) -> Weekday {
        const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if month < 3 { year - 1 } else { year };
        let sunday_based = (y + y.div_euclid(4) - y.div_euclid(100)
            + y.div_euclid(400)
            + OFFSETS[usize::from(month - 1)]
            + i32::from(day))
        .rem_euclid(7);
        [
            Weekday::Sunday,
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
        ][sunday_based as usize]
    }
}

/// A wall-clock date and time in a named IANA zone, as a person at that location reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZonedDateTime {
    pub year: i32,
    /// 1–12
    pub month: u8,
    /// 1–31
    pub day: u8,
    /// 0–23
    pub hour: u8,
    /// 0–59
    pub minute: u8,
    /// The IANA zone name, e.g. `America/New_York`; the app names it in the reader's words.
    pub zone: String,
}

/// The value of `digits` when every byte is an ASCII digit (at most four of them).
fn number(digits: &[u8]) -> Option<i16> {
    digits.iter().try_fold(0_i16, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + i16::from(b - b'0'))
    })
}

/// A calendar date written exactly `YYYY-MM-DD` (ISO 8601, proleptic Gregorian, years
/// 0001–9999): the shape of `<input type="date">` values and of the database's date columns.
/// Any other shape (`2026-1-05`, `20260105`, `+2026-01-05`, surrounding spaces) and days the
/// month does not have (`2023-02-29`, `2026-04-31`) are [`TimeError::NotADate`].
///
/// Dates that pass compare correctly as strings, which is why the database and the rules can
/// order them without parsing — but only once they have passed.
pub fn parse_date(text: &str) -> Result<Date, TimeError> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(TimeError::NotADate);
    }
    let field = |range: std::ops::Range<usize>| number(&bytes[range]).ok_or(TimeError::NotADate);
    let (year, month, day) = (field(0..4)?, field(5..7)?, field(8..10)?);
    if year < 1 {
        return Err(TimeError::NotADate);
    }
    let small = |n: i16| i8::try_from(n).map_err(|_| TimeError::NotADate);
    Date::new(year, small(month)?, small(day)?).map_err(|_| TimeError::NotADate)
}

/// A time of day written `HH:MM` (24-hour, two digits each): the shape of `<input type="time">`
/// values and of the database's hours. `HH:MM:SS`, as a browser may send a time input's value,
/// keeps its seconds. Anything else (`7:05`, `24:00`, surrounding spaces) is
/// [`TimeError::NotATime`].
pub fn parse_time_of_day(text: &str) -> Result<Time, TimeError> {
    let field = |part: &str| {
        (part.len() == 2)
            .then(|| number(part.as_bytes()))
            .flatten()
            .and_then(|n| i8::try_from(n).ok())
            .ok_or(TimeError::NotATime)
    };
    let (hour, rest) = text.split_once(':').ok_or(TimeError::NotATime)?;
    let (minute, second) = match rest.split_once(':') {
        Some((minute, second)) => (minute, field(second)?),
        None => (rest, 0),
    };
    Time::new(field(hour)?, field(minute)?, second, 0).map_err(|_| TimeError::NotATime)
}

/// A time of day as the database stores it and [`parse_time_of_day`] reads it: `HH:MM`, the
/// seconds left out.
pub fn format_time_of_day(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// `(hour, minute)` of a time of day, as the app's formatters take them.
pub fn hour_minute(time: Time) -> (u8, u8) {
    (time.hour().unsigned_abs(), time.minute().unsigned_abs())
}

/// The instant `at` on the wall clocks of `zone`.
fn on_the_wall(at: UtcMillis, zone: &TimeZone) -> Result<jiff::ZonedDateTime, TimeError> {
    Timestamp::from_millisecond(at.0)
        .map(|instant| instant.to_zoned_datetime(zone.clone()))
        .map_err(|_| TimeError::OutOfRange)
}

/// The date at instant `at` in `zone`: "today" for a location is its own date, not the
/// server's.
pub fn local_date(at: UtcMillis, zone: &TimeZone) -> Result<Date, TimeError> {
    Ok(on_the_wall(at, zone)?.date())
}

/// The instant a wall-clock reading names in `zone`, read as calendars read it (RFC 5545): a
/// time the clocks skip (spring forward) is pushed past the gap by its length (02:30 is 03:30),
/// and a time that happens twice (fall back) is the first of the two.
pub fn instant(date: Date, time: Time, zone: &TimeZone) -> Result<UtcMillis, TimeError> {
    zone.to_ambiguous_timestamp(DateTime::from_parts(date, time))
        .compatible()
        .map(|t| UtcMillis(t.as_millisecond()))
        .map_err(|_| TimeError::OutOfRange)
}

/// The instant `date` begins in `zone`: its midnight, or where the clocks land when they skip
/// midnight.
pub fn day_start(date: Date, zone: &TimeZone) -> Result<UtcMillis, TimeError> {
    instant(date, Time::midnight(), zone)
}

/// How many days from `from` to `to` (positive when `to` is later), or `None` unless both are
/// dates [`parse_date`] accepts.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    let span = parse_date(from).ok()?.until(parse_date(to).ok()?).ok()?;
    Some(i64::from(span.get_days()))
}

/// Midnight UTC at the start of an ISO 8601 date (`2026-11-25`, surrounding spaces ignored), or
/// `None` if it is not one (see [`parse_date`]).
pub fn midnight_utc(date: &str) -> Option<UtcMillis> {
    day_start(parse_date(date.trim()).ok()?, &TimeZone::UTC).ok()
}

/// The ISO 8601 date `days` days after `date` (before it, when negative), or `None` if `date` is
/// not one or the result is past the calendar's end. Calendar arithmetic for expiry dates and the
/// like, with no time zone involved.
pub fn date_plus_days(date: &str, days: i64) -> Option<String> {
    let date = parse_date(date.trim()).ok()?;
    Some(
        date.checked_add(Span::new().try_days(days).ok()?)
            .ok()?
            .to_string(),
    )
}

impl ZonedDateTime {
    /// The wall-clock date and time of instant `at` in `zone` (daylight saving time applied as it
    /// was then), which is called `name` (the IANA name the zone was looked up by): how every
    /// appointment time is shown.
    pub fn at(at: UtcMillis, zone: &TimeZone, name: &str) -> Result<ZonedDateTime, TimeError> {
        let local = on_the_wall(at, zone)?;
        Ok(ZonedDateTime {
            year: i32::from(local.year()),
            month: local.month().unsigned_abs(),
            day: local.day().unsigned_abs(),
            hour: local.hour().unsigned_abs(),
            minute: local.minute().unsigned_abs(),
            zone: name.to_string(),
        })
    }

    /// The instant's date and time in UTC (proleptic Gregorian; Hinnant's days-to-civil), for
    /// any instant at all.
    pub fn utc(at: UtcMillis) -> ZonedDateTime {
        let days = at.0.div_euclid(DAY_MS);
        let minutes_of_day = at.0.rem_euclid(DAY_MS) / MINUTE_MS;
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        ZonedDateTime {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: month as u8,
            day: day as u8,
            hour: (minutes_of_day / 60) as u8,
            minute: (minutes_of_day % 60) as u8,
            zone: "UTC".into(),
        }
    }

    pub fn weekday(&self) -> Weekday {
        Weekday::of_date(self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: i16, month: i8, day: i8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    fn time(hour: i8, minute: i8, second: i8) -> Time {
        Time::new(hour, minute, second, 0).unwrap()
    }

    fn zone(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    #[test]
    fn units_are_what_they_say() {
        assert_eq!(MINUTE_MS, 60_000);
        assert_eq!(HOUR_MS, 3_600_000);
        assert_eq!(DAY_MS, 86_400_000);
        assert_eq!(WEEK_MS, 604_800_000);
    }

    #[test]
    fn utc_civil_times() {
        let at = ZonedDateTime::utc(UtcMillis(0));
        assert_eq!(
            (at.year, at.month, at.day, at.hour, at.minute),
            (1970, 1, 1, 0, 0)
        );
        // 2026-11-25T10:28:30Z
        let at = ZonedDateTime::utc(UtcMillis(1_795_602_510_000));
        assert_eq!(
            (at.year, at.month, at.day, at.hour, at.minute),
            (2026, 11, 25, 10, 28)
        );
        // 2024-02-29T23:59Z, a leap day
        let at = ZonedDateTime::utc(UtcMillis(1_709_251_140_000));
        assert_eq!(
            (at.year, at.month, at.day, at.hour, at.minute),
            (2024, 2, 29, 23, 59)
        );
        let at = ZonedDateTime::utc(UtcMillis(-MINUTE_MS));
        assert_eq!(
            (at.year, at.month, at.day, at.hour, at.minute),
            (1969, 12, 31, 23, 59)
        );
    }

    #[test]
    fn iso_dates_to_instants_and_back() {
        assert_eq!(midnight_utc("1970-01-01"), Some(UtcMillis(0)));
        assert_eq!(
            midnight_utc("2024-02-29"),
            Some(UtcMillis(1_709_164_800_000))
        );
        assert_eq!(midnight_utc(" 2024-02-29 "), midnight_utc("2024-02-29"));
        assert_eq!(midnight_utc("2023-02-29"), None);
        assert_eq!(midnight_utc("2026-13-01"), None);
        assert_eq!(midnight_utc("yesterday"), None);
        let back = ZonedDateTime::utc(midnight_utc("1990-03-15").unwrap());
        assert_eq!((back.year, back.month, back.day), (1990, 3, 15));
    }

    #[test]
    fn days_later() {
        for (from, days, to) in [
            ("2026-11-25", 0, "2026-11-25"),
            ("2026-11-25", -1, "2026-11-24"),
            ("2026-11-25", 6, "2026-12-01"),
            ("2026-12-31", 1, "2027-01-01"),
            ("2024-02-28", 1, "2024-02-29"),
            ("2023-02-28", 1, "2023-03-01"),
            ("2024-03-01", -1, "2024-02-29"),
            ("2024-01-15", 366, "2025-01-15"),
            ("2025-01-15", -366, "2024-01-15"),
        ] {
            assert_eq!(
                date_plus_days(from, days).as_deref(),
                Some(to),
                "{from} {days}"
            );
        }
        assert_eq!(date_plus_days("2023-02-29", 1), None);
        assert_eq!(date_plus_days("2026-11-25", i64::MAX), None);
        assert_eq!(
            date_plus_days("9999-12-31", 1),
            None,
            "past the calendar's end"
        );
    }

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(Weekday::of_date(2026, 11, 25), Weekday::Wednesday);
        assert_eq!(Weekday::of_date(2000, 2, 29), Weekday::Tuesday);
        assert_eq!(Weekday::of_date(1970, 1, 1), Weekday::Thursday);
        assert_eq!(Weekday::of_date(2027, 3, 14), Weekday::Sunday);
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert_eq!(parse_date("2026-11-25"), Ok(date(2026, 11, 25)));
        assert_eq!(parse_date("2024-02-29"), Ok(date(2024, 2, 29)));
        assert_eq!(
            parse_date("2023-02-29"),
            Err(TimeError::NotADate),
            "2023 is not a leap year"
        );
        assert_eq!(
            parse_date("1900-02-29"),
            Err(TimeError::NotADate),
            "centuries are not leap years…"
        );
        assert_eq!(
            parse_date("2000-02-29"),
            Ok(date(2000, 2, 29)),
            "…unless divisible by 400"
        );
        assert_eq!(parse_date("2026-04-31"), Err(TimeError::NotADate));
        assert_eq!(parse_date("0001-01-01"), Ok(date(1, 1, 1)));
        assert_eq!(parse_date("9999-12-31"), Ok(date(9999, 12, 31)));
        for bad in [
            "",
            "0000-01-01",
            "2026-00-10",
            "2026-13-01",
            "2026-01-00",
            "2026-01-32",
            "2026-1-05",
            "2026-01-5",
            "+2026-01-05",
            " 2026-01-05",
            "2026-01-05 ",
            "2026/01/05",
            "2026-01-05T00:00",
            "20260105",
            "２０２６-01-05",
            "2026-０1-05",
            "yesterday",
        ] {
            assert_eq!(parse_date(bad), Err(TimeError::NotADate), "{bad:?}");
        }
    }

    #[test]
    fn times_of_day_have_one_shape() {
        for (text, expected) in [
            ("00:00", time(0, 0, 0)),
            ("07:05", time(7, 5, 0)),
            ("23:59", time(23, 59, 0)),
            ("23:59:00", time(23, 59, 0)),
            ("07:05:30", time(7, 5, 30)),
        ] {
            assert_eq!(parse_time_of_day(text), Ok(expected), "{text:?}");
        }
        for bad in [
            "",
            ":",
            "24:00",
            "23:60",
            "07:05:60",
            "7:05",
            "07:5",
            "07:05:5",
            "+7:05",
            "07:+5",
            " 07:05",
            "07:05 ",
            "07-05",
            "0705",
            "07",
            "07:",
            "07:05:",
            "07:05:00:00",
            "07:05:00.5",
            "０７:05",
            "noon",
        ] {
            assert_eq!(parse_time_of_day(bad), Err(TimeError::NotATime), "{bad:?}");
        }
    }

    #[test]
    fn times_of_day_are_written_to_the_minute() {
        assert_eq!(format_time_of_day(time(7, 5, 0)), "07:05");
        assert_eq!(format_time_of_day(time(23, 59, 59)), "23:59");
        assert_eq!(hour_minute(time(14, 30, 15)), (14, 30));
    }

    #[test]
    fn a_locations_date_is_its_own() {
        // 2026-03-01 03:30 UTC is still the last day of February in Chicago.
        let at = UtcMillis(1_772_335_800_000);
        assert_eq!(local_date(at, &TimeZone::UTC), Ok(date(2026, 3, 1)));
        assert_eq!(
            local_date(at, &zone("America/Chicago")),
            Ok(date(2026, 2, 28))
        );
        assert_eq!(
            local_date(UtcMillis(i64::MAX), &TimeZone::UTC),
            Err(TimeError::OutOfRange)
        );
    }

    #[test]
    fn a_zoned_time_keeps_daylight_saving_time_as_it_was_then() {
        // 2026-03-08 14:00 UTC is 10:00 EDT (New York's clocks went forward at 02:00 that day);
        // a day earlier 14:00 UTC was 09:00 EST.
        let new_york = zone("America/New_York");
        let name = "America/New_York";
        let after = ZonedDateTime::at(UtcMillis(1_772_978_400_000), &new_york, name).unwrap();
        assert_eq!((after.hour, after.zone.as_str()), (10, name));
        let before = ZonedDateTime::at(UtcMillis(1_772_892_000_000), &new_york, name).unwrap();
        assert_eq!((before.day, before.hour), (7, 9));
        assert_eq!(
            ZonedDateTime::at(UtcMillis(i64::MIN), &new_york, name),
            Err(TimeError::OutOfRange)
        );
    }

    #[test]
    fn wall_clock_readings_are_read_as_calendars_read_them() {
        let new_york = zone("America/New_York");
        // 2026-03-08 02:30 does not happen in New York: it is 03:30 EDT, 07:30 UTC.
        assert_eq!(
            instant(date(2026, 3, 8), time(2, 30, 0), &new_york),
            Ok(UtcMillis(1_772_955_000_000))
        );
        // 2026-11-01 01:30 happens twice: the first, 01:30 EDT, 05:30 UTC.
        assert_eq!(
            instant(date(2026, 11, 1), time(1, 30, 0), &new_york),
            Ok(UtcMillis(1_793_511_000_000))
        );
        assert_eq!(
            day_start(date(1970, 1, 1), &TimeZone::UTC),
            Ok(UtcMillis(0))
        );
        // Havana's clocks skipped midnight on 2024-03-10: the day began at 01:00 CDT.
        assert_eq!(
            day_start(date(2024, 3, 10), &zone("America/Havana")),
            Ok(UtcMillis(1_710_046_800_000))
        );
        let far = zone("Pacific/Kiritimati");
        assert_eq!(
            instant(Date::MAX, Time::MAX, &far),
            Err(TimeError::OutOfRange)
        );
    }

    #[test]
    fn days_between_known_dates() {
        assert_eq!(days_between("2026-11-25", "2026-11-25"), Some(0));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2023-02-28", "2023-03-01"), Some(1));
        assert_eq!(days_between("2025-12-31", "2026-01-01"), Some(1));
        assert_eq!(days_between("2026-01-01", "2025-12-31"), Some(-1));
        assert_eq!(days_between("2024-01-01", "2025-01-01"), Some(366));
        assert_eq!(days_between("1900-01-01", "1901-01-01"), Some(365));
        assert_eq!(days_between("2000-01-01", "2001-01-01"), Some(366));
        assert_eq!(days_between("1970-01-01", "2000-01-01"), Some(10_957));
        assert_eq!(days_between("2026-02-30", "2026-03-01"), None);
        assert_eq!(days_between("2026-03-01", "soon"), None);
    }

    /// The date `days` after 1970-01-01, written by the independent days-to-civil direction.
    fn date_after_epoch(days: i64) -> String {
        let at = ZonedDateTime::utc(UtcMillis(days * DAY_MS));
        format!("{:04}-{:02}-{:02}", at.year, at.month, at.day)
    }

    /// 0001-01-01 ..= 9999-12-31, as days since 1970-01-01.
    const DAYS: std::ops::RangeInclusive<i64> = -719_162..=2_932_896;

    proptest! {
        /// Every day of the calendar written `YYYY-MM-DD` is read back as the same date, which
        /// jiff writes the same way.
        #[test]
        fn every_day_round_trips(days in DAYS) {
            let date = date_after_epoch(days);
            let parsed = parse_date(&date);
            prop_assert!(parsed.is_ok(), "{}", date);
            prop_assert_eq!(parsed.unwrap().to_string(), date.clone());
            prop_assert_eq!(days_between("1970-01-01", &date), Some(days));
            prop_assert_eq!(midnight_utc(&date), Some(UtcMillis(days * DAY_MS)));
        }

        #[test]
        fn day_counts_add_up(a in DAYS, b in DAYS, c in DAYS) {
            let (a, b, c) = (date_after_epoch(a), date_after_epoch(b), date_after_epoch(c));
            let ab = days_between(&a, &b).unwrap();
            let bc = days_between(&b, &c).unwrap();
            prop_assert_eq!(Some(ab + bc), days_between(&a, &c));
            prop_assert_eq!(days_between(&b, &a), Some(-ab));
            prop_assert_eq!(date_plus_days(&a, ab), Some(b));
        }

        #[test]
        fn string_order_is_date_order(a in DAYS, b in DAYS) {
            let (a, b) = (date_after_epoch(a), date_after_epoch(b));
            prop_assert_eq!(a.cmp(&b), days_between(&b, &a).unwrap().cmp(&0));
        }

        /// The next calendar day, found by trying the next day, the first of the next month and
        /// the first of the next year in turn, is always exactly one day later.
        #[test]
        fn the_next_day_is_one_day_later(year in 1i32..9999, month in 1u8..=12, day in 1u8..=31) {
            let date = format!("{year:04}-{month:02}-{day:02}");
            prop_assume!(parse_date(&date).is_ok());
            let next = [
                format!("{year:04}-{month:02}-{:02}", day + 1),
                format!("{year:04}-{:02}-01", month + 1),
                format!("{:04}-01-01", year + 1),
            ]
            .into_iter()
            .find(|candidate| parse_date(candidate).is_ok())
            .unwrap();
            prop_assert_eq!(days_between(&date, &next), Some(1));
        }

        /// Every minute of the day is written `HH:MM` and read back; seconds typed with it are
        /// read and then left out when written.
        #[test]
        fn times_of_day_round_trip(hour in 0i8..24, minute in 0i8..60, second in 0i8..60) {
            let whole = time(hour, minute, 0);
            let written = format_time_of_day(whole);
            prop_assert_eq!(parse_time_of_day(&written), Ok(whole));
            let with_seconds = format!("{written}:{second:02}");
            let parsed = parse_time_of_day(&with_seconds);
            prop_assert_eq!(parsed, Ok(time(hour, minute, second)));
            prop_assert_eq!(format_time_of_day(parsed.unwrap()), written);
        }

        /// Any two-digit pair that is not a time of day is refused, never wrapped or clamped.
        #[test]
        fn out_of_range_clock_readings_are_refused(hour in 0u8..100, minute in 0u8..100) {
            let parsed = parse_time_of_day(&format!("{hour:02}:{minute:02}"));
            prop_assert_eq!(parsed.is_ok(), hour < 24 && minute < 60);
        }

        /// A wall-clock reading in New York falls on its own date there (its clocks change at
        /// 02:00, so even a skipped time stays on its day).
        #[test]
        fn a_reading_stays_on_its_local_date(
            days in 0i64..73_000,
            hour in 0i8..24,
            minute in 0i8..60,
        ) {
            let new_york = zone("America/New_York");
            let day = date(1900, 1, 1).checked_add(Span::new().days(days)).unwrap();
            let at = instant(day, time(hour, minute, 0), &new_york).unwrap();
            prop_assert_eq!(local_date(at, &new_york), Ok(day));
        }
    }
}
