//! Dates, times, numbers and money written the way the reader's language writes them.
//!
//! The same functions run during server rendering and in the browser, so hydration sees the same
//! text. Word order and names come from the Fluent files; digit grouping from `domain`.

use super::{names, I18n};
use crate::t;
use domain::{money::Money, number::format_integer, time::Weekday, time::ZonedDateTime};
use std::collections::HashMap;

fn weekday_key(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "mon",
        Weekday::Tuesday => "tue",
        Weekday::Wednesday => "wed",
        Weekday::Thursday => "thu",
        Weekday::Friday => "fri",
        Weekday::Saturday => "sat",
        Weekday::Sunday => "sun",
    }
}

/// The name of a weekday.
pub fn weekday_name(i18n: I18n, weekday: Weekday) -> String {
    t!(i18n, "weekday-name", weekday = weekday_key(weekday))
}

/// "Wednesday, November 25, 2026" / "miércoles, 25 de noviembre de 2026" / "2026年11月25日星期三".
pub fn date_long(i18n: I18n, at: &ZonedDateTime) -> String {
    let weekday = weekday_name(i18n, at.weekday());
    let month = t!(i18n, "month-name", month = at.month);
    t!(
        i18n,
        "date-long",
        weekday = weekday,
        month = month,
        day = at.day.to_string(),
        year = at.year.to_string()
    )
}

/// A calendar date written `YYYY-MM-DD` (a date of birth), in long form; as typed when it is
/// not a date.
pub fn iso_date(i18n: I18n, date: &str) -> String {
    match domain::time::midnight_utc(date) {
        Some(midnight) => date_long(i18n, &ZonedDateTime::utc(midnight)),
        None => date.to_string(),
    }
}

/// "2:05 PM" in English, "14:05" in Spanish.
///
/// Languages differ in which arguments they use (a 12- or 24-hour clock), so this one message is
/// read without `fl!`'s compile-time argument check, which compares against English only.
pub fn time_short(i18n: I18n, at: &ZonedDateTime) -> String {
    time_of_day(i18n, at.hour, at.minute)
}

/// A wall-clock time such as a location's opening hour, written as [`time_short`] writes it.
pub fn time_of_day(i18n: I18n, hour: u8, minute: u8) -> String {
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let args = HashMap::from([
        ("hour12", hour12.to_string()),
        ("hour24", format!("{hour:02}")),
        ("minute", format!("{minute:02}")),
        ("period", if hour < 12 { "am" } else { "pm" }.to_string()),
    ]);
    i18n.loader().get_args("time-short", args)
}

/// The date and time with the zone named in words ("Eastern Time"), as every appointment time is
/// shown.
pub fn date_time_in_zone(i18n: I18n, at: &ZonedDateTime) -> String {
    t!(
        i18n,
        "date-time-in-zone",
        date = date_long(i18n, at),
        time = time_short(i18n, at),
        zone = names::time_zone(i18n, &at.zone)
    )
}

/// A whole number with the locale's grouping: "12,345" / "12.345".
pub fn integer(i18n: I18n, value: i64) -> String {
    format_integer(value, i18n.locale())
}

/// "$1,234.50" / "1.234,50 US$".
pub fn money(i18n: I18n, amount: Money) -> String {
    t!(
        i18n,
        "money-usd",
        amount = amount.amount_text(i18n.locale())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::locale::Locale;

    fn afternoon() -> ZonedDateTime {
        ZonedDateTime {
            year: 2026,
            month: 11,
            day: 25,
            hour: 14,
            minute: 5,
            zone: "America/New_York".into(),
        }
    }

    #[test]
    fn english() {
        let en = I18n::new(Locale::En);
        assert_eq!(
            date_time_in_zone(en, &afternoon()),
            "Wednesday, November 25, 2026 at 2:05 PM Eastern Time"
        );
        assert_eq!(money(en, Money::usd_cents(123_450)), "$1,234.50");
        assert_eq!(integer(en, 40_000), "40,000");
    }

    #[test]
    fn midnight_and_noon_in_twelve_hour_clocks() {
        let en = I18n::new(Locale::En);
        let mut at = afternoon();
        at.hour = 0;
        at.minute = 0;
        assert_eq!(time_short(en, &at), "12:00 AM");
        at.hour = 12;
        assert_eq!(time_short(en, &at), "12:00 PM");
    }

    #[test]
    fn spanish_uses_day_month_order_and_twenty_four_hours() {
        let es = I18n::new(Locale::Es);
        assert_eq!(
            date_long(es, &afternoon()),
            "miércoles, 25 de noviembre de 2026"
        );
        assert_eq!(time_short(es, &afternoon()), "14:05");
        assert_eq!(money(es, Money::usd_cents(123_450)), "1.234,50 US$");
    }

    #[test]
    fn chinese_vietnamese_and_arabic_dates() {
        let zh = I18n::new(Locale::ZhCn);
        assert_eq!(date_long(zh, &afternoon()), "2026年11月25日星期三");
        let vi = I18n::new(Locale::Vi);
        assert!(date_long(vi, &afternoon()).contains("tháng 11"));
        assert_eq!(integer(vi, 40_000), "40.000");
        let ar = I18n::new(Locale::Ar);
        assert!(date_long(ar, &afternoon()).contains("نوفمبر"));
        assert_eq!(time_short(ar, &afternoon()), "2:05 م");
    }

    #[test]
    fn every_locale_names_every_month_and_weekday() {
        for locale in Locale::ALL {
            let i18n = I18n::new(locale);
            let months: std::collections::HashSet<String> = (1u8..=12)
                .map(|m| t!(i18n, "month-name", month = m))
                .collect();
            assert_eq!(months.len(), 12, "{locale}: month names must differ");
            let days: std::collections::HashSet<String> = (1u8..=7)
                .map(|d| {
                    date_long(
                        i18n,
                        &ZonedDateTime {
                            day: d,
                            month: 6,
                            ..afternoon()
                        },
                    )
                })
                .collect();
            assert_eq!(days.len(), 7, "{locale}: weekday names must differ");
        }
    }
}
