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
    /// The IANA zone name, e.g. `America/New_York`.
    pub zone: String,
    /// The zone's abbreviation at that instant, e.g. `EST` or `EDT`.
    pub zone_abbreviation: String,
}

/// Midnight UTC at the start of an ISO 8601 date (`2026-11-25`), or `None` if it is not one.
pub fn midnight_utc(date: &str) -> Option<UtcMillis> {
    let mut parts = date.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    if !(1..=days_in_month).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    // Hinnant's days-from-civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(UtcMillis(
        (era * 146_097 + day_of_era - 719_468) * 86_400_000,
    ))
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
            zone_abbreviation: "UTC".into(),
        }
    }

    pub fn weekday(&self) -> Weekday {
        Weekday::of_date(self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
