//! The rules the booking pages apply on top of free slots: which visits a slot may hold, and
//! which week of free times a booking page shows.

use crate::appointments::{VisitMode, VisitType};
use crate::schedule::{Slot, SlotKinds};
use crate::time::{TimeError, ZonedDateTime};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Span;
use serde::{Deserialize, Serialize};

/// How many days ahead, today included, a patient may book.
pub const HORIZON_DAYS: u16 = 60;
/// Days of free times a booking page shows at once.
pub const WEEK_DAYS: u16 = 7;

impl SlotKinds {
    /// Whether a slot of these kinds may hold a visit: its mode must be offered, and a new
    /// patient's visit needs a slot open to new patients (a follow-up may take any).
    pub fn offers(self, mode: VisitMode, visit_type: VisitType) -> bool {
        let mode_offered = match mode {
            VisitMode::InPerson => self.in_person,
            VisitMode::Telehealth => self.telehealth,
        };
        mode_offered && (visit_type == VisitType::FollowUp || self.new_patients)
    }
}

/// The days a booking page shows: [`WEEK_DAYS`] from `first`, with the first days of the
/// weeks before and after when they are within the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BookingWeek {
    pub first: Date,
    pub previous: Option<Date>,
    pub next: Option<Date>,
}

/// The week to show when the location's date is `today` and the reader asked for the week
/// from `requested`: a requested day outside today and the horizon's last day shows this
/// week; the week before never starts before today (so "earlier times" from a week that
/// started mid-way lands on today), and the week after is offered only when its first day is
/// within the horizon.
pub fn booking_week(today: Date, requested: Option<Date>) -> BookingWeek {
    let later = |from: Date, days: i64| from.checked_add(Span::new().days(days)).ok();
    let last = later(today, i64::from(HORIZON_DAYS) - 1).unwrap_or(Date::MAX);
    let first = requested
        .filter(|day| (today..=last).contains(day))
        .unwrap_or(today);
    let week = i64::from(WEEK_DAYS);
    BookingWeek {
        first,
        previous: later(first, -week)
            .map(|day| day.max(today))
            .filter(|day| *day < first),
        next: later(first, week).filter(|day| *day <= last),
    }
}

/// A free time as the pages offer it, with its wall-clock reading at the location.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeChoice {
    /// UTC milliseconds: what the forms send back.
    pub start: i64,
    pub at: ZonedDateTime,
    pub new_patients: bool,
    pub in_person: bool,
    pub telehealth: bool,
}

impl TimeChoice {
    /// `slot` read in `zone`, whose IANA name is `zone_name`.
    pub fn of(slot: &Slot, zone: &TimeZone, zone_name: &str) -> Result<TimeChoice, TimeError> {
        Ok(TimeChoice {
            start: slot.start.0,
            at: ZonedDateTime::at(slot.start, zone, zone_name)?,
            new_patients: slot.kinds.new_patients,
            in_person: slot.kinds.in_person,
            telehealth: slot.kinds.telehealth,
        })
    }
}

/// The free times of one local day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayChoices {
    /// `YYYY-MM-DD` at the location.
    pub date: String,
    pub times: Vec<TimeChoice>,
}

/// Times in order, grouped by their local date.
pub fn by_day(times: impl IntoIterator<Item = TimeChoice>) -> Vec<DayChoices> {
    let mut days: Vec<DayChoices> = Vec::new();
    for time in times {
        let date = format!(
            "{:04}-{:02}-{:02}",
            time.at.year, time.at.month, time.at.day
        );
        match days.last_mut() {
            Some(day) if day.date == date => day.times.push(time),
            _ => days.push(DayChoices {
                date,
                times: vec![time],
            }),
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::UtcMillis;
    use jiff::civil::date;
    use proptest::prelude::*;

    #[test]
    fn a_slot_offers_the_visits_its_kinds_allow() {
        let kinds = |in_person, telehealth, new_patients| SlotKinds {
            in_person,
            telehealth,
            new_patients,
        };
        let (in_person, telehealth) = (VisitMode::InPerson, VisitMode::Telehealth);
        let (new, follow_up) = (VisitType::NewPatient, VisitType::FollowUp);
        // (slot kinds, mode, visit type, offered)
        let table = [
            (kinds(true, true, true), in_person, new, true),
            (kinds(true, true, true), telehealth, follow_up, true),
            (kinds(true, false, true), telehealth, follow_up, false),
            (kinds(false, true, true), in_person, new, false),
            (kinds(true, true, false), in_person, new, false),
            (kinds(true, true, false), in_person, follow_up, true),
            (kinds(false, true, false), telehealth, follow_up, true),
            (kinds(false, false, true), in_person, follow_up, false),
        ];
        for (slot, mode, visit_type, offered) in table {
            assert_eq!(
                slot.offers(mode, visit_type),
                offered,
                "{slot:?} {mode:?} {visit_type:?}"
            );
        }
    }

    #[test]
    fn the_booking_week_stays_within_today_and_the_horizon() {
        let today = date(2026, 12, 4);
        let last = date(2027, 2, 1); // today + 59 days
                                     // (requested, first, previous, next)
        let table = [
            (None, today, None, Some(date(2026, 12, 11))),
            (Some(today), today, None, Some(date(2026, 12, 11))),
            // Mid-week: the week before starts today, not in the past.
            (
                Some(date(2026, 12, 7)),
                date(2026, 12, 7),
                Some(today),
                Some(date(2026, 12, 14)),
            ),
            (
                Some(date(2026, 12, 18)),
                date(2026, 12, 18),
                Some(date(2026, 12, 11)),
                Some(date(2026, 12, 25)),
            ),
            // The past and beyond the horizon show this week.
            (
                Some(date(2026, 12, 3)),
                today,
                None,
                Some(date(2026, 12, 11)),
            ),
            (
                Some(date(2027, 2, 2)),
                today,
                None,
                Some(date(2026, 12, 11)),
            ),
            // The horizon's last day may start a week, and nothing follows it.
            (Some(last), last, Some(date(2027, 1, 25)), None),
            (
                Some(date(2027, 1, 26)),
                date(2027, 1, 26),
                Some(date(2027, 1, 19)),
                None,
            ),
            (
                Some(date(2027, 1, 25)),
                date(2027, 1, 25),
                Some(date(2027, 1, 18)),
                Some(last),
            ),
        ];
        for (requested, first, previous, next) in table {
            assert_eq!(
                booking_week(today, requested),
                BookingWeek {
                    first,
                    previous,
                    next
                },
                "{requested:?}"
            );
        }
    }

    #[test]
    fn times_are_grouped_by_their_local_date() {
        let zone = TimeZone::get("America/New_York").unwrap();
        let slot = |millis: i64| Slot {
            start: UtcMillis(millis),
            end: UtcMillis(millis + 1_800_000),
            kinds: SlotKinds {
                in_person: true,
                telehealth: false,
                new_patients: true,
            },
        };
        // 2026-12-04 23:30 and 2026-12-05 00:00 in New York (UTC-5), then 09:00 on the 5th.
        let starts = [1_796_445_000_000, 1_796_446_800_000, 1_796_479_200_000];
        let times = starts
            .iter()
            .map(|&s| TimeChoice::of(&slot(s), &zone, "America/New_York").unwrap());
        let days = by_day(times);
        let dates: Vec<_> = days
            .iter()
            .map(|d| (d.date.as_str(), d.times.len()))
            .collect();
        assert_eq!(dates, [("2026-12-04", 1), ("2026-12-05", 2)]);
        assert_eq!(
            (days[1].times[1].at.hour, days[1].times[1].at.minute),
            (9, 0)
        );
        assert!(days[0].times[0].in_person && !days[0].times[0].telehealth);
    }

    proptest! {
        #[test]
        fn every_week_shown_is_within_the_horizon(
            today in 0i64..3_000_000,
            offset in -400i64..400,
        ) {
            let today = date(1990, 1, 1).checked_add(Span::new().days(today / 1000)).unwrap();
            let requested = today.checked_add(Span::new().days(offset)).unwrap();
            let week = booking_week(today, Some(requested));
            let last = today.checked_add(Span::new().days(i64::from(HORIZON_DAYS) - 1)).unwrap();
            for day in [Some(week.first), week.previous, week.next].into_iter().flatten() {
                prop_assert!(today <= day && day <= last);
            }
            prop_assert!(week.previous.is_none_or(|p| p < week.first));
            prop_assert!(week.next.is_none_or(|n| n > week.first));
            prop_assert_eq!(week.first == requested, (today..=last).contains(&requested));
        }
    }
}
