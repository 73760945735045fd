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

impl ZonedDateTime {
    pub fn weekday(&self) -> Weekday {
        Weekday::of_date(self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(Weekday::of_date(2026, 11, 25), Weekday::Wednesday);
        assert_eq!(Weekday::of_date(2000, 2, 29), Weekday::Tuesday);
        assert_eq!(Weekday::of_date(1970, 1, 1), Weekday::Thursday);
        assert_eq!(Weekday::of_date(2027, 3, 14), Weekday::Sunday);
    }
}
