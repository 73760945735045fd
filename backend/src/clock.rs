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
