//! The current instant; the one place the server reads the clock, so services take `now` as an
//! argument and tests choose it.

use domain::time::{UtcMillis, ZonedDateTime};
use std::time::SystemTime;

pub fn now() -> UtcMillis {
    let since_epoch = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("the clock is after 1970");
    UtcMillis(i64::try_from(since_epoch.as_millis()).expect("milliseconds fit in i64"))
}

/// The calendar date (`YYYY-MM-DD`) at instant `at` in the IANA time zone `zone`: "today" for a
/// location is its own date, not the server's. `None` for an unknown zone.
pub fn local_date(at: UtcMillis, zone: &str) -> Option<String> {
    let instant = jiff::Timestamp::from_millisecond(at.0).ok()?;
    Some(instant.in_tz(zone).ok()?.date().to_string())
}

/// The wall-clock date and time at instant `at` in the IANA time zone `zone` (daylight saving
/// time applied as it was then), with the zone: how every appointment time is shown. `None` for
/// an unknown zone.
pub fn zoned(at: UtcMillis, zone: &str) -> Option<ZonedDateTime> {
    let local = jiff::Timestamp::from_millisecond(at.0)
        .ok()?
        .in_tz(zone)
        .ok()?;
    Some(ZonedDateTime {
        year: i32::from(local.year()),
        month: u8::try_from(local.month()).ok()?,
        day: u8::try_from(local.day()).ok()?,
        hour: u8::try_from(local.hour()).ok()?,
        minute: u8::try_from(local.minute()).ok()?,
        zone: zone.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locations_date_is_its_own() {
        // 2026-03-01 03:30 UTC is still the last day of February in Chicago.
        let at = UtcMillis(1_772_335_800_000);
        assert_eq!(local_date(at, "UTC").as_deref(), Some("2026-03-01"));
        assert_eq!(
            local_date(at, "America/Chicago").as_deref(),
            Some("2026-02-28")
        );
        assert_eq!(local_date(at, "Not/AZone"), None);
    }

    #[test]
    fn a_zoned_time_keeps_daylight_saving_time_as_it_was_then() {
        // 2026-03-08 14:00 UTC is 10:00 EDT (New York's clocks went forward at 02:00 that day);
        // a day earlier 14:00 UTC was 09:00 EST.
        let after = zoned(UtcMillis(1_772_978_400_000), "America/New_York").unwrap();
        assert_eq!((after.hour, after.zone.as_str()), (10, "America/New_York"));
        let before = zoned(UtcMillis(1_772_892_000_000), "America/New_York").unwrap();
        assert_eq!((before.day, before.hour), (7, 9));
        assert_eq!(zoned(UtcMillis(0), "Not/AZone"), None);
    }
}
