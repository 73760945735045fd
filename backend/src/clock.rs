//! The current instant and the tz database: the one place the server reads the clock (so
//! services take `now` as an argument and tests choose it) and looks zones up by name (so
//! `domain::time`, which the browser shares, carries no tz database).

use domain::time::{TimeError, UtcMillis, ZonedDateTime};
use jiff::tz::TimeZone;
use std::time::SystemTime;

pub fn now() -> UtcMillis {
    let since_epoch = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("the clock is after 1970");
    UtcMillis(i64::try_from(since_epoch.as_millis()).expect("milliseconds fit in i64"))
}

/// The IANA time zone named `name` (`America/Chicago`) in the tz database bundled into the
/// server.
pub fn zone(name: &str) -> Result<TimeZone, TimeError> {
    TimeZone::get(name).map_err(|_| TimeError::UnknownZone)
}

/// The wall-clock date and time at instant `at` in the IANA time zone `name` (daylight saving
/// time applied as it was then), with the zone: how every appointment time is shown.
pub fn zoned(at: UtcMillis, name: &str) -> Result<ZonedDateTime, TimeError> {
    ZonedDateTime::at(at, &zone(name)?, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_looked_up_by_their_iana_names() {
        assert!(zone("America/Chicago").is_ok());
        assert!(zone("UTC").is_ok());
        for unknown in ["Not/AZone", ""] {
            assert_eq!(
                zone(unknown).err(),
                Some(TimeError::UnknownZone),
                "{unknown:?}"
            );
        }
    }

    #[test]
    fn a_zoned_time_names_its_zone() {
        // 2026-03-08 14:00 UTC is 10:00 EDT (New York's clocks went forward at 02:00 that day).
        let after = zoned(UtcMillis(1_772_978_400_000), "America/New_York").unwrap();
        assert_eq!((after.hour, after.zone.as_str()), (10, "America/New_York"));
        assert_eq!(
            zoned(UtcMillis(0), "Not/AZone"),
            Err(TimeError::UnknownZone)
        );
    }
}
