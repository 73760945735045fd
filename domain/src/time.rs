//! Instants and wall-clock times.
//!
//! Instants are stored and passed around in UTC as milliseconds since the Unix epoch (an integer
//! in both databases). Turning an instant into a location's wall-clock time needs time-zone data,
//! which stays on the server; the browser only ever receives the resulting [`ZonedDateTime`].

use serde::{Deserialize, Serialize};

/// An instant in UTC, in milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct UtcMillis(pub i64);

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

/// A calendar date written exactly `YYYY-MM-DD` (ISO 8601, proleptic Gregorian, years
/// 0001–9999), as `(year, month, day)`; `None` for any other shape and for days the month does
/// not have (`2023-02-29`, `2026-04-31`).
///
/// Dates that pass compare correctly as strings, which is why the database and the rules can
/// order them without parsing — but only once they have passed.
pub fn parse_date(date: &str) -> Option<(i32, u8, u8)> {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0_u16, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
        })
    };
    let year = i32::from(number(&bytes[0..4])?);
    let month = u8::try_from(number(&bytes[5..7])?).ok()?;
    let day = u8::try_from(number(&bytes[8..10])?).ok()?;
    (year >= 1 && (1..=days_in_month(year, month)?).contains(&day)).then_some((year, month, day))
}

/// How many days from `from` to `to` (positive when `to` is later), or `None` unless both are
/// dates [`parse_date`] accepts.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    let (year, month, day) = parse_date(from)?;
    let start = days_from_civil(year, month, day);
    let (year, month, day) = parse_date(to)?;
    Some(days_from_civil(year, month, day) - start)
}

/// Midnight UTC at the start of an ISO 8601 date (`2026-11-25`, surrounding spaces ignored), or
/// `None` if it is not one (see [`parse_date`]).
pub fn midnight_utc(date: &str) -> Option<UtcMillis> {
    let (year, month, day) = parse_date(date.trim())?;
    Some(UtcMillis(days_from_civil(year, month, day) * 86_400_000))
}

/// 28–31, or `None` for a month outside 1–12. Gregorian leap years: every fourth, except
/// centuries not divisible by 400 (1900 was not one, 2000 was).
fn days_in_month(year: i32, month: u8) -> Option<u8> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// Days since 1970-01-01 of a valid proleptic Gregorian date (Hinnant's days-from-civil: years
/// start in March, so the leap day is the last day of the year).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (i64::from(month) + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The ISO 8601 date (`2026-11-25`) an instant falls on in UTC.
pub fn utc_date(at: UtcMillis) -> String {
    let civil = ZonedDateTime::utc(at);
    format!("{:04}-{:02}-{:02}", civil.year, civil.month, civil.day)
}

/// The ISO 8601 date `days` days after `date` (before it, when negative), or `None` if `date` is
/// not one. Calendar arithmetic for expiry dates and the like, with no time zone involved.
pub fn date_plus_days(date: &str, days: i64) -> Option<String> {
    let midnight = midnight_utc(date)?;
    Some(utc_date(UtcMillis(
        midnight.0.checked_add(days.checked_mul(86_400_000)?)?,
    )))
}

impl ZonedDateTime {
    /// The instant's date and time in UTC (proleptic Gregorian; Hinnant's days-to-civil).
    pub fn utc(at: UtcMillis) -> ZonedDateTime {
        let days = at.0.div_euclid(86_400_000);
        let minutes_of_day = at.0.rem_euclid(86_400_000) / 60_000;
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
        let at = ZonedDateTime::utc(UtcMillis(-60_000));
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
        assert_eq!(midnight_utc("2023-02-29"), None);
        assert_eq!(midnight_utc("2026-13-01"), None);
        assert_eq!(midnight_utc("yesterday"), None);
        let back = ZonedDateTime::utc(midnight_utc("1990-03-15").unwrap());
        assert_eq!((back.year, back.month, back.day), (1990, 3, 15));
    }

    #[test]
    fn dates_of_instants_and_days_later() {
        assert_eq!(utc_date(UtcMillis(0)), "1970-01-01");
        assert_eq!(utc_date(UtcMillis(-1)), "1969-12-31");
        // 2026-11-25T10:28:30Z
        assert_eq!(utc_date(UtcMillis(1_795_602_510_000)), "2026-11-25");
        assert_eq!(
            date_plus_days("2026-11-25", 0).as_deref(),
            Some("2026-11-25")
        );
        assert_eq!(
            date_plus_days("2026-11-25", -1).as_deref(),
            Some("2026-11-24")
        );
        assert_eq!(
            date_plus_days("2026-11-25", 6).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(
            date_plus_days("2026-12-31", 1).as_deref(),
            Some("2027-01-01")
        );
        assert_eq!(
            date_plus_days("2024-02-28", 1).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            date_plus_days("2023-02-28", 1).as_deref(),
            Some("2023-03-01")
        );
        assert_eq!(
            date_plus_days("2024-03-01", -1).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            date_plus_days("2024-01-15", 366).as_deref(),
            Some("2025-01-15")
        );
        assert_eq!(
            date_plus_days("2025-01-15", -366).as_deref(),
            Some("2024-01-15")
        );
        assert_eq!(date_plus_days("2023-02-29", 1), None);
        assert_eq!(date_plus_days("2026-11-25", i64::MAX), None);
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
        assert_eq!(parse_date("2026-11-25"), Some((2026, 11, 25)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29"), None, "2023 is not a leap year");
        assert_eq!(
            parse_date("1900-02-29"),
            None,
            "centuries are not leap years…"
        );
        assert_eq!(
            parse_date("2000-02-29"),
            Some((2000, 2, 29)),
            "…unless divisible by 400"
        );
        assert_eq!(parse_date("2026-04-31"), None);
        assert_eq!(parse_date("0001-01-01"), Some((1, 1, 1)));
        assert_eq!(parse_date("9999-12-31"), Some((9999, 12, 31)));
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
            "yesterday",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
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
        let at = ZonedDateTime::utc(UtcMillis(days * 86_400_000));
        format!("{:04}-{:02}-{:02}", at.year, at.month, at.day)
    }

    /// 0001-01-01 ..= 9999-12-31, as days since 1970-01-01.
    const DAYS: std::ops::RangeInclusive<i64> = -719_162..=2_932_896;

    proptest! {
        #[test]
        fn every_day_round_trips(days in DAYS) {
            let date = date_after_epoch(days);
            prop_assert!(parse_date(&date).is_some(), "{}", date);
            prop_assert_eq!(days_between("1970-01-01", &date), Some(days));
            prop_assert_eq!(midnight_utc(&date), Some(UtcMillis(days * 86_400_000)));
        }

        #[test]
        fn day_counts_add_up(a in DAYS, b in DAYS, c in DAYS) {
            let (a, b, c) = (date_after_epoch(a), date_after_epoch(b), date_after_epoch(c));
            let ab = days_between(&a, &b).unwrap();
            let bc = days_between(&b, &c).unwrap();
            prop_assert_eq!(Some(ab + bc), days_between(&a, &c));
            prop_assert_eq!(days_between(&b, &a), Some(-ab));
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
            prop_assume!(parse_date(&date).is_some());
            let next = [
                format!("{year:04}-{month:02}-{:02}", day + 1),
                format!("{year:04}-{:02}-01", month + 1),
                format!("{:04}-01-01", year + 1),
            ]
            .into_iter()
            .find(|candidate| parse_date(candidate).is_some())
            .unwrap();
            prop_assert_eq!(days_between(&date, &next), Some(1));
        }
    }
}
