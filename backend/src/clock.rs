//! The current instant; the one place the server reads the clock, so services take `now` as an
//! argument and tests choose it.

use domain::time::UtcMillis;
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
}
