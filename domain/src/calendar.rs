//! "Add to calendar": an appointment as an iCalendar (RFC 5545) file.
//!
//! The event's times are written in the clinic's zone (`DTSTART;TZID=America/New_York:…`) so a
//! calendar app shows them as the clinic reads them, together with a `VTIMEZONE` built from the
//! zone's real transitions around the event, so an app that does not know the zone name (or knows
//! an older rule for it) still computes the same instant. Nothing here reads a clock or a file:
//! the caller passes the zone and every instant.

use jiff::tz::{Offset, TimeZone};
use jiff::Timestamp;

use crate::time::{UtcMillis, SECOND_MS};

/// The iTIP method of the calendar object (RFC 5546).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// A booked (or rescheduled) appointment: `METHOD:PUBLISH`, `STATUS:CONFIRMED`.
    Publish,
    /// A cancelled appointment: `METHOD:CANCEL`, `STATUS:CANCELLED`.
    Cancel,
}

/// One appointment, as the calendar file describes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarEvent<'a> {
    /// Stable for the appointment across every version, e.g. `appointment-42@portal.example`.
    pub uid: &'a str,
    /// Bumped on every change (reschedule, cancel), so the app replaces its older copy.
    pub sequence: u32,
    pub method: Method,
    pub start: UtcMillis,
    /// Exclusive. An end not after the start is left out (the event then has no duration).
    pub end: UtcMillis,
    /// `DTSTAMP`: when this version was made (the last change).
    pub stamp: UtcMillis,
    /// Already translated, e.g. "Appointment with Dr Jordan Lee".
    pub summary: &'a str,
    /// Address text; left out when empty.
    pub location: &'a str,
    /// May be several lines; left out when empty.
    pub description: &'a str,
    pub url: Option<&'a str>,
}

/// The product identifier written as `PRODID`.
pub const PRODID: &str = "-//Clinic Portal//Appointments//EN";

/// The whole `.ics` text of `event`, its times given in `zone`.
///
/// Every line ends in CRLF and is folded at 75 octets without splitting a UTF-8 character (nor
/// an escape such as `\,`); TEXT values are escaped (backslash, semicolon, comma, newline → `\n`;
/// CRLF and a lone CR count as a newline, other control characters, which TEXT cannot carry, are
/// dropped).
///
/// When the zone has an IANA name, `DTSTART`/`DTEND` carry `TZID=<name>` and a `VTIMEZONE` lists
/// the observances from the one before the observance in effect at the start through every
/// transition up to the end, each with its `DTSTART`, `TZOFFSETFROM`, `TZOFFSETTO` and `TZNAME`.
/// A local time that occurs twice means its first occurrence in iCalendar, so an instant in the
/// second occurrence (the later 01:30 of a fall-back night) is written in UTC instead. When the
/// zone has no IANA name (a fixed offset), the times are written in UTC and there is no
/// `VTIMEZONE`.
///
/// iCalendar times have whole seconds: milliseconds are dropped (rounded down). Instants outside
/// the years 0001–9999 are clamped into them.
pub fn ics(event: &CalendarEvent, zone: &TimeZone) -> String {
    let start = timestamp(event.start);
    let end = timestamp(event.end);
    let tzid = zone.iana_name().filter(|name| is_zone_name(name));

    let mut out = String::with_capacity(1024);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, &format!("PRODID:{}", escape_text(PRODID)));
    line(&mut out, "VERSION:2.0");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(
        &mut out,
        match event.method {
            Method::Publish => "METHOD:PUBLISH",
            Method::Cancel => "METHOD:CANCEL",
        },
    );
    if let Some(tzid) = tzid {
        vtimezone(&mut out, zone, tzid, start, end);
    }

    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:{}", escape_text(event.uid)));
    line(&mut out, &format!("SEQUENCE:{}", event.sequence));
    line(
        &mut out,
        &format!("DTSTAMP:{}", utc(timestamp(event.stamp))),
    );
    date_time(&mut out, "DTSTART", start, zone, tzid);
    if end > start {
        date_time(&mut out, "DTEND", end, zone, tzid);
    }
    line(&mut out, &format!("SUMMARY:{}", escape_text(event.summary)));
    if !event.location.is_empty() {
        line(
            &mut out,
            &format!("LOCATION:{}", escape_text(event.location)),
        );
    }
    if !event.description.is_empty() {
        line(
            &mut out,
            &format!("DESCRIPTION:{}", escape_text(event.description)),
        );
    }
    if let Some(url) = event.url {
        // A URI is not TEXT, so nothing is escaped; control characters could only break the line.
        let url: String = url.chars().filter(|&c| !is_control(c)).collect();
        if !url.is_empty() {
            line(&mut out, &format!("URL:{url}"));
        }
    }
    line(
        &mut out,
        match event.method {
            Method::Publish => "STATUS:CONFIRMED",
            Method::Cancel => "STATUS:CANCELLED",
        },
    );
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}

/// The earliest and latest second written: local times in any zone stay within years 0001–9999.
const FIRST_SECOND: i64 = -62_135_510_400; // 0001-01-02T00:00:00Z
const LAST_SECOND: i64 = 253_402_128_000; // 9999-12-30T00:00:00Z

fn timestamp(at: UtcMillis) -> Timestamp {
    second(at.0.div_euclid(SECOND_MS))
}

fn second(second: i64) -> Timestamp {
    Timestamp::from_second(second.clamp(FIRST_SECOND, LAST_SECOND)).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// An IANA name that can stand unquoted as a parameter value and unescaped as TEXT.
fn is_zone_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+' | '.'))
}

/// `DTSTART`/`DTEND`: local time with `TZID` when the zone has a name and that local time means
/// this instant (its first occurrence), otherwise UTC.
fn date_time(out: &mut String, name: &str, at: Timestamp, zone: &TimeZone, tzid: Option<&str>) {
    let local = zone.to_offset(at).to_datetime(at);
    match tzid {
        Some(tzid) if zone.to_ambiguous_timestamp(local).earlier().ok() == Some(at) => {
            line(out, &format!("{name};TZID={tzid}:{}", civil(local)));
        }
        _ => line(out, &format!("{name}:{}", utc(at))),
    }
}

/// The `VTIMEZONE` covering the event: the observance in effect at the start, the one before it,
/// and every transition after the start up to and including the end.
fn vtimezone(out: &mut String, zone: &TimeZone, tzid: &str, start: Timestamp, end: Timestamp) {
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{tzid}"));

    // `preceding` yields transitions strictly before its argument and `following` strictly after
    // it; transitions fall on whole seconds, so one second after the start also finds a transition
    // at the start itself, and none is yielded twice.
    let after_start = second(start.as_second() + 1);
    let mut transitions: Vec<_> = zone.preceding(after_start).take(2).collect();
    transitions.reverse();
    transitions.extend(
        zone.following(start)
            .take_while(|transition| transition.timestamp() <= end),
    );

    if transitions.is_empty() {
        // A zone that never changed (e.g. `Etc/GMT+5`): one observance since the epoch.
        let info = zone.to_offset_info(start);
        observance(
            out,
            info.dst().is_dst(),
            "19700101T000000",
            info.offset(),
            info.offset(),
            info.abbreviation(),
        );
    }
    for transition in &transitions {
        let at = transition.timestamp();
        let before = zone.to_offset(second(at.as_second() - 1));
        // An observance's onset is the local time just before it, in the offset it replaces.
        let onset = civil(before.to_datetime(at));
        observance(
            out,
            transition.dst().is_dst(),
            &onset,
            before,
            transition.offset(),
            transition.abbreviation(),
        );
    }
    line(out, "END:VTIMEZONE");
}

fn observance(out: &mut String, dst: bool, onset: &str, from: Offset, to: Offset, name: &str) {
    let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
    line(out, &format!("BEGIN:{kind}"));
    line(out, &format!("DTSTART:{onset}"));
    line(out, &format!("TZOFFSETFROM:{}", utc_offset(from)));
    line(out, &format!("TZOFFSETTO:{}", utc_offset(to)));
    if !name.is_empty() {
        line(out, &format!("TZNAME:{}", escape_text(name)));
    }
    line(out, &format!("END:{kind}"));
}

/// `YYYYMMDDTHHMMSS`: a DATE-TIME without zone.
fn civil(dt: jiff::civil::DateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// `YYYYMMDDTHHMMSSZ`: a DATE-TIME in UTC.
fn utc(at: Timestamp) -> String {
    format!("{}Z", civil(Offset::UTC.to_datetime(at)))
}

/// A UTC-OFFSET: `+HHMM`, or `+HHMMSS` when the offset has seconds (local mean times); zero is
/// `+0000`, since RFC 5545 forbids `-0000`.
fn utc_offset(offset: Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.unsigned_abs();
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if seconds == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{seconds:02}")
    }
}

/// RFC 5545's CONTROL: every C0 character but HTAB, and DEL.
fn is_control(c: char) -> bool {
    (c <= '\u{1f}' && c != '\t') || c == '\u{7f}'
}

/// A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, a newline (LF, CRLF or CR) as `\n`, other
/// control characters dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            c if is_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The longest physical line, in octets, without its CRLF.
const LINE_OCTETS: usize = 75;

/// Appends one content line, folded (RFC 5545 §3.1) into physical lines of at most 75 octets each
/// ended by CRLF, every continuation starting with a space. A fold never splits a UTF-8 character
/// nor a backslash from the character it escapes.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    let mut rest = content;
    while let Some(first) = rest.chars().next() {
        let mut unit = first.len_utf8();
        if first == '\\' {
            unit += rest[unit..].chars().next().map_or(0, char::len_utf8);
        }
        if used + unit > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push_str(&rest[..unit]);
        used += unit;
        rest = &rest[unit..];
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use icalendar::parser::{read_calendar, unfold, Calendar, Component};
    use jiff::civil::DateTime;
    use proptest::prelude::*;

    const NEW_YORK: &str = "America/New_York";

    fn new_york() -> TimeZone {
        TimeZone::get(NEW_YORK).unwrap()
    }

    /// The instant of a wall-clock time in a zone; `later` picks the second of two occurrences.
    fn at(zone: &TimeZone, dt: &str, later: bool) -> UtcMillis {
        let dt: DateTime = dt.parse().unwrap();
        let ambiguous = zone.to_ambiguous_timestamp(dt);
        let ts = if later {
            ambiguous.later()
        } else {
            ambiguous.earlier()
        };
        UtcMillis(ts.unwrap().as_millisecond())
    }

    fn event(start: UtcMillis, end: UtcMillis) -> CalendarEvent<'static> {
        CalendarEvent {
            uid: "appointment-42@portal.example",
            sequence: 3,
            method: Method::Publish,
            start,
            end,
            stamp: UtcMillis(1_767_225_600_000),
            summary: "Appointment with Dr Jordan Lee",
            location: "12 Main St, Suite 3; Springfield",
            description: "Bring your insurance card.\nArrive 10 minutes early.",
            url: Some("https://portal.example/appointments/42"),
        }
    }

    /// Every physical line ends in CRLF, holds no other CR or LF, and has at most 75 octets.
    fn assert_physical_lines(text: &str) {
        assert!(text.ends_with("\r\n"), "{text:?}");
        let body = &text[..text.len() - 2];
        for physical in body.split("\r\n") {
            assert!(!physical.contains(['\r', '\n']), "{physical:?}");
            assert!(
                physical.len() <= 75,
                "{} octets: {physical:?}",
                physical.len()
            );
        }
    }

    fn parse(unfolded: &str) -> Calendar<'_> {
        read_calendar(unfolded).unwrap()
    }

    fn vevent<'c>(calendar: &'c Calendar<'_>) -> &'c Component<'c> {
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter(|c| c.name == "VEVENT")
            .collect();
        assert_eq!(events.len(), 1);
        events[0]
    }

    fn value<'c>(component: &'c Component<'_>, name: &str) -> &'c str {
        component
            .find_prop(name)
            .unwrap_or_else(|| panic!("no {name}"))
            .val
            .as_str()
    }

    fn calendar_value<'c>(calendar: &'c Calendar<'_>, name: &str) -> &'c str {
        calendar
            .properties
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .val
            .as_str()
    }

    fn tzid_of(component: &Component<'_>, name: &str) -> Option<String> {
        let property = component.find_prop(name).unwrap();
        property
            .params
            .iter()
            .find(|p| p.key == "TZID")
            .and_then(|p| p.val.as_ref())
            .map(|v| v.as_str().to_owned())
    }

    fn local_seconds(value: &str) -> i64 {
        let dt = DateTime::strptime("%Y%m%dT%H%M%S", value).unwrap();
        Offset::UTC.to_timestamp(dt).unwrap().as_second()
    }

    fn offset_seconds(value: &str) -> i64 {
        let sign = if value.starts_with('-') { -1 } else { 1 };
        let digits = &value[1..];
        let part = |i: usize| {
            digits
                .get(i..i + 2)
                .map_or(0, |d| d.parse::<i64>().unwrap())
        };
        sign * (part(0) * 3600 + part(2) * 60 + part(4))
    }

    /// An observance of the written VTIMEZONE: its kind, onset instant and TZOFFSETTO.
    #[derive(Debug)]
    struct Observance {
        kind: String,
        onset: i64,
        to: i64,
        name: String,
    }

    fn observances(calendar: &Calendar<'_>, tzid: &str) -> Vec<Observance> {
        let zones: Vec<_> = calendar
            .components
            .iter()
            .filter(|c| c.name == "VTIMEZONE" && value(c, "TZID") == tzid)
            .collect();
        assert_eq!(zones.len(), 1, "one VTIMEZONE for {tzid}");
        let mut observances: Vec<_> = zones[0]
            .components
            .iter()
            .map(|o| {
                assert!(o.name == "STANDARD" || o.name == "DAYLIGHT", "{:?}", o.name);
                Observance {
                    kind: o.name.as_str().to_owned(),
                    onset: local_seconds(value(o, "DTSTART"))
                        - offset_seconds(value(o, "TZOFFSETFROM")),
                    to: offset_seconds(value(o, "TZOFFSETTO")),
                    name: value(o, "TZNAME").to_owned(),
                }
            })
            .collect();
        assert!(!observances.is_empty());
        observances.sort_by_key(|o| o.onset);
        observances
    }

    /// Resolves a local time with the written VTIMEZONE alone, as a calendar app does: the instant
    /// of its first occurrence, and the observance in effect there.
    fn resolve_with_vtimezone<'o>(
        observances: &'o [Observance],
        local: &str,
    ) -> (i64, &'o Observance) {
        let local = local_seconds(local);
        observances
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let instant = local - o.to;
                let until = observances.get(i + 1).map_or(i64::MAX, |next| next.onset);
                (o.onset <= instant && instant < until).then_some((instant, o))
            })
            .min_by_key(|(instant, _)| *instant)
            .expect("the local time falls in a written observance")
    }

    /// Resolves a written DTSTART/DTEND to seconds since the epoch, both through jiff with the TZID
    /// read back and through the written VTIMEZONE, asserting they agree; returns the instant and
    /// the observance's TZOFFSETTO in seconds (0 for UTC).
    fn resolve(calendar: &Calendar<'_>, name: &str) -> (i64, i64) {
        let event = vevent(calendar);
        let written = value(event, name);
        match tzid_of(event, name) {
            None => {
                let utc = written.strip_suffix('Z').expect("UTC without TZID");
                (local_seconds(utc), 0)
            }
            Some(tzid) => {
                assert!(!written.ends_with('Z'));
                let zone = TimeZone::get(&tzid).unwrap();
                let dt = DateTime::strptime("%Y%m%dT%H%M%S", written).unwrap();
                let by_jiff = zone
                    .to_ambiguous_timestamp(dt)
                    .earlier()
                    .unwrap()
                    .as_second();
                let observances = observances(calendar, &tzid);
                let (by_vtimezone, observance) = resolve_with_vtimezone(&observances, written);
                assert_eq!(by_jiff, by_vtimezone, "{name} {written} in {tzid}");
                (by_vtimezone, observance.to)
            }
        }
    }

    fn seconds_of(at: UtcMillis) -> i64 {
        at.0.div_euclid(SECOND_MS)
    }

    #[test]
    fn january_in_new_york_is_est() {
        let zone = new_york();
        let start = at(&zone, "2026-01-15T14:30", false);
        let end = at(&zone, "2026-01-15T15:00", false);
        let text = ics(&event(start, end), &zone);
        assert_physical_lines(&text);
        assert!(text.contains("\r\nDTSTART;TZID=America/New_York:20260115T143000\r\n"));
        assert!(text.contains("\r\nDTEND;TZID=America/New_York:20260115T150000\r\n"));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(
            tzid_of(vevent(&calendar), "DTSTART").as_deref(),
            Some(NEW_YORK)
        );
        assert_eq!(
            resolve(&calendar, "DTSTART"),
            (seconds_of(start), -5 * 3600)
        );
        assert_eq!(resolve(&calendar, "DTEND"), (seconds_of(end), -5 * 3600));
    }

    #[test]
    fn july_in_new_york_is_edt() {
        let zone = new_york();
        let start = at(&zone, "2026-07-15T09:00", false);
        let end = at(&zone, "2026-07-15T09:45", false);
        let text = ics(&event(start, end), &zone);
        assert_physical_lines(&text);
        assert!(text.contains("\r\nDTSTART;TZID=America/New_York:20260715T090000\r\n"));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(
            tzid_of(vevent(&calendar), "DTSTART").as_deref(),
            Some(NEW_YORK)
        );
        assert_eq!(
            tzid_of(vevent(&calendar), "DTEND").as_deref(),
            Some(NEW_YORK)
        );
        assert_eq!(
            resolve(&calendar, "DTSTART"),
            (seconds_of(start), -4 * 3600)
        );
        assert_eq!(resolve(&calendar, "DTEND"), (seconds_of(end), -4 * 3600));
        // Both kinds of observance are written, named as New York names them.
        let observances = observances(&calendar, NEW_YORK);
        let named: Vec<_> = observances
            .iter()
            .map(|o| (o.kind.as_str(), o.name.as_str()))
            .collect();
        assert_eq!(named, [("STANDARD", "EST"), ("DAYLIGHT", "EDT")]);
    }

    #[test]
    fn the_earlier_0130_of_the_fall_back_day_is_edt() {
        let zone = new_york();
        let start = at(&zone, "2026-11-01T01:30", false);
        assert_eq!(start, UtcMillis(1_793_511_000_000)); // 05:30Z
        let end = UtcMillis(start.0 + 20 * 60_000); // 01:50 EDT
        let text = ics(&event(start, end), &zone);
        assert_physical_lines(&text);
        assert!(text.contains("\r\nDTSTART;TZID=America/New_York:20261101T013000\r\n"));
        assert!(text.contains("\r\nDTEND;TZID=America/New_York:20261101T015000\r\n"));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        let observances = observances(&calendar, NEW_YORK);
        let (instant, observance) = resolve_with_vtimezone(&observances, "20261101T013000");
        assert_eq!(instant, seconds_of(start));
        assert_eq!(observance.to, -4 * 3600, "TZOFFSETTO -0400");
        assert_eq!(
            (observance.kind.as_str(), observance.name.as_str()),
            ("DAYLIGHT", "EDT")
        );
        assert_eq!(
            resolve(&calendar, "DTSTART"),
            (seconds_of(start), -4 * 3600)
        );
        assert_eq!(resolve(&calendar, "DTEND"), (seconds_of(end), -4 * 3600));
    }

    #[test]
    fn an_end_in_the_repeated_hour_is_written_in_utc_and_the_fall_back_is_described() {
        let zone = new_york();
        let start = at(&zone, "2026-11-01T01:30", false); // EDT
        let end = at(&zone, "2026-11-01T01:30", true); // EST, an hour later
        assert_eq!(end.0 - start.0, 3_600_000);
        let text = ics(&event(start, end), &zone);
        assert_physical_lines(&text);
        assert!(text.contains("\r\nDTSTART;TZID=America/New_York:20261101T013000\r\n"));
        assert!(text.contains("\r\nDTEND:20261101T063000Z\r\n"));
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
        ));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(
            resolve(&calendar, "DTSTART"),
            (seconds_of(start), -4 * 3600)
        );
        assert_eq!(resolve(&calendar, "DTEND"), (seconds_of(end), 0));
    }

    #[test]
    fn a_start_in_the_second_0130_is_written_in_utc() {
        let zone = new_york();
        let start = at(&zone, "2026-11-01T01:30", true); // 06:30Z, EST
        let end = UtcMillis(start.0 + 30 * 60_000); // 02:00 EST, unambiguous
        let text = ics(&event(start, end), &zone);
        assert!(text.contains("\r\nDTSTART:20261101T063000Z\r\n"));
        assert!(text.contains("\r\nDTEND;TZID=America/New_York:20261101T020000\r\n"));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(resolve(&calendar, "DTSTART"), (seconds_of(start), 0));
        assert_eq!(resolve(&calendar, "DTEND"), (seconds_of(end), -5 * 3600));
    }

    #[test]
    fn an_end_right_at_the_spring_forward_is_covered() {
        let zone = new_york();
        let start = at(&zone, "2026-03-08T01:30", false); // EST
        let end = UtcMillis(start.0 + 30 * 60_000); // the transition itself: 03:00 EDT
        let text = ics(&event(start, end), &zone);
        assert!(text.contains("\r\nDTEND;TZID=America/New_York:20260308T030000\r\n"));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(
            resolve(&calendar, "DTSTART"),
            (seconds_of(start), -5 * 3600)
        );
        assert_eq!(resolve(&calendar, "DTEND"), (seconds_of(end), -4 * 3600));
    }

    #[test]
    fn other_zones_resolve_through_their_vtimezone() {
        for (name, local) in [
            ("Europe/London", "2026-10-25T01:15"), // the earlier of two 01:15s (BST)
            ("Australia/Lord_Howe", "2026-04-05T01:45"), // half-hour fall back
            ("Asia/Kolkata", "2026-06-01T10:00"),  // no transition for decades
            ("Asia/Kathmandu", "2026-06-01T10:00"), // +0545
            ("America/Sao_Paulo", "2026-06-01T10:00"), // numeric abbreviation
            ("Etc/GMT+5", "2026-06-01T10:00"),     // never changed
            ("UTC", "2026-06-01T10:00"),
        ] {
            let zone = TimeZone::get(name).unwrap();
            let start = at(&zone, local, false);
            let end = UtcMillis(start.0 + 90 * 60_000);
            let text = ics(&event(start, end), &zone);
            assert_physical_lines(&text);
            let unfolded = unfold(&text);
            let calendar = parse(&unfolded);
            let iana = zone.iana_name().unwrap();
            assert_eq!(
                tzid_of(vevent(&calendar), "DTSTART").as_deref(),
                Some(iana),
                "{text}"
            );
            assert_eq!(resolve(&calendar, "DTSTART").0, seconds_of(start), "{text}");
            assert_eq!(resolve(&calendar, "DTEND").0, seconds_of(end), "{text}");
        }
    }

    #[test]
    fn a_fixed_offset_is_written_in_utc_without_vtimezone() {
        let zone = TimeZone::fixed(jiff::tz::offset(-5));
        let start = UtcMillis(1_784_127_600_000); // 2026-07-15T15:00:00Z
        let end = UtcMillis(start.0 + 1_800_000);
        let text = ics(&event(start, end), &zone);
        assert_physical_lines(&text);
        assert!(!text.contains("VTIMEZONE"));
        assert!(!text.contains("TZID"));
        assert!(text.contains("\r\nDTSTART:20260715T150000Z\r\n"));
        assert!(text.contains("\r\nDTEND:20260715T153000Z\r\n"));
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(resolve(&calendar, "DTSTART"), (seconds_of(start), 0));
    }

    #[test]
    fn identity_method_and_status_read_back() {
        let zone = new_york();
        let start = at(&zone, "2026-07-15T09:00", false);
        let booked = event(start, UtcMillis(start.0 + 1_800_000));
        let cancelled = CalendarEvent {
            sequence: 4,
            method: Method::Cancel,
            ..booked
        };
        for (event, method, status, sequence) in [
            (booked, "PUBLISH", "CONFIRMED", "3"),
            (cancelled, "CANCEL", "CANCELLED", "4"),
        ] {
            let text = ics(&event, &zone);
            assert_physical_lines(&text);
            assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
            assert!(text.ends_with("END:VCALENDAR\r\n"));
            let unfolded = unfold(&text);
            let calendar = parse(&unfolded);
            assert_eq!(calendar_value(&calendar, "PRODID"), PRODID);
            assert_eq!(calendar_value(&calendar, "VERSION"), "2.0");
            assert_eq!(calendar_value(&calendar, "CALSCALE"), "GREGORIAN");
            assert_eq!(calendar_value(&calendar, "METHOD"), method);
            let vevent = vevent(&calendar);
            assert_eq!(value(vevent, "UID"), "appointment-42@portal.example");
            assert_eq!(value(vevent, "SEQUENCE"), sequence);
            assert_eq!(value(vevent, "STATUS"), status);
            assert_eq!(value(vevent, "DTSTAMP"), "20260101T000000Z");
            assert_eq!(value(vevent, "SUMMARY"), "Appointment with Dr Jordan Lee");
            assert_eq!(
                value(vevent, "LOCATION"),
                "12 Main St, Suite 3; Springfield"
            );
            assert_eq!(
                value(vevent, "DESCRIPTION"),
                "Bring your insurance card.\nArrive 10 minutes early."
            );
            assert_eq!(
                value(vevent, "URL"),
                "https://portal.example/appointments/42"
            );
        }
    }

    #[test]
    fn long_multilingual_text_folds_within_75_octets_and_reads_back() {
        let zone = new_york();
        let start = at(&zone, "2026-07-15T09:00", false);
        let location = "Phòng khám Đa khoa Sài Gòn, 123 đường Nguyễn Thị Minh Khai; Phường Bến Thành, \
                        Quận 1, Thành phố Hồ Chí Minh, Việt Nam\nعيادة الشفاء، شارع الملك فهد؛ الرياض، \
                        المملكة العربية السعودية\n北京市朝阳区建国路88号，现代城；请从东门进入，乘电梯到三楼。";
        let description = "Xin vui lòng đến sớm mười lăm phút để hoàn tất thủ tục đăng ký.\n\
                           يرجى الحضور قبل الموعد بخمس عشرة دقيقة لإكمال إجراءات التسجيل.\n\
                           请提前十五分钟到达以完成登记手续。\\ 谢谢！";
        let summary =
            "Cuộc hẹn với Bác sĩ Jordan Lee — موعد مع الدكتور جوردان لي — 与Jordan Lee医生的预约";
        let event = CalendarEvent {
            summary,
            location,
            description,
            ..event(start, UtcMillis(start.0 + 1_800_000))
        };
        let text = ics(&event, &zone);
        assert_physical_lines(&text);
        assert!(
            text.lines().filter(|l| l.starts_with(' ')).count() > 5,
            "folded"
        );
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        let vevent = vevent(&calendar);
        assert_eq!(value(vevent, "SUMMARY"), summary);
        assert_eq!(value(vevent, "LOCATION"), location);
        assert_eq!(value(vevent, "DESCRIPTION"), description);
    }

    #[test]
    fn a_fold_never_splits_a_character_or_an_escape() {
        for pad in 0..8 {
            let text = format!("{}{}", "x".repeat(pad), "é,ü;中\\\n".repeat(40));
            let mut out = String::new();
            line(&mut out, &format!("DESCRIPTION:{}", escape_text(&text)));
            assert_physical_lines(&out);
            for physical in out.split("\r\n") {
                // A physical line ending in an odd run of backslashes split an escape.
                let run = physical.len() - physical.trim_end_matches('\\').len();
                assert_eq!(run % 2, 0, "{physical:?}");
            }
        }
    }

    #[test]
    fn line_breaks_are_normalised_and_other_controls_dropped() {
        assert_eq!(escape_text("a\r\nb\rc\nd"), "a\\nb\\nc\\nd");
        assert_eq!(escape_text("a\u{0}b\u{7}c\u{7f}d\te"), "abcd\te");
        let zone = new_york();
        let start = at(&zone, "2026-07-15T09:00", false);
        let event = CalendarEvent {
            url: Some("https://portal.example/a\r\nSTATUS:CANCELLED"),
            ..event(start, UtcMillis(start.0 + 1_800_000))
        };
        let text = ics(&event, &zone);
        assert!(text.contains("\r\nURL:https://portal.example/aSTATUS:CANCELLED\r\n"));
        assert_eq!(text.matches("STATUS:").count(), 2);
    }

    #[test]
    fn empty_optional_fields_and_a_non_positive_duration_are_left_out() {
        let zone = new_york();
        let start = at(&zone, "2026-07-15T09:00", false);
        let event = CalendarEvent {
            location: "",
            description: "",
            url: None,
            ..event(start, start)
        };
        let text = ics(&event, &zone);
        for absent in ["LOCATION", "DESCRIPTION", "URL", "DTEND"] {
            assert!(
                !text.contains(&format!("\r\n{absent}")),
                "{absent} in {text}"
            );
        }
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        assert_eq!(resolve(&calendar, "DTSTART").0, seconds_of(start));
    }

    #[test]
    fn utc_offsets_keep_their_seconds_and_never_write_minus_zero() {
        assert_eq!(utc_offset(Offset::UTC), "+0000");
        assert_eq!(utc_offset(jiff::tz::offset(-4)), "-0400");
        assert_eq!(
            utc_offset(Offset::from_seconds(5 * 3600 + 45 * 60).unwrap()),
            "+0545"
        );
        assert_eq!(
            utc_offset(Offset::from_seconds(-(4 * 3600 + 56 * 60 + 2)).unwrap()),
            "-045602"
        );
    }

    #[test]
    fn instants_out_of_range_are_clamped_not_panicking() {
        assert_eq!(second(i64::MIN).to_string(), "0001-01-02T00:00:00Z");
        assert_eq!(second(i64::MAX).to_string(), "9999-12-30T00:00:00Z");
        let zone = new_york();
        let text = ics(&event(UtcMillis(i64::MIN), UtcMillis(i64::MAX)), &zone);
        assert_physical_lines(&text);
        let unfolded = unfold(&text);
        parse(&unfolded);
    }

    /// Text with the characters TEXT escapes, whitespace, and multibyte characters of every width.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                3 => proptest::sample::select(vec![',', ';', '\\', '\n', ' ', '\t', ':', '"']),
                3 => proptest::char::range('a', 'z'),
                2 => proptest::sample::select(vec!['é', 'ệ', 'ư', 'ع', 'ي', '中', '文', '€', '😀', '\u{301}']),
                1 => any::<char>().prop_filter("TEXT carries no control character", |&c| !is_control(c) && c != '\r'),
            ],
            0..300,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn text_folds_escapes_and_reads_back(text in text()) {
            let zone = new_york();
            let start = UtcMillis(1_784_127_600_000);
            let event = CalendarEvent {
                summary: &text,
                location: &text,
                description: &text,
                ..event(start, UtcMillis(start.0 + 1_800_000))
            };
            let ics = ics(&event, &zone);
            assert_physical_lines(&ics);
            let unfolded = unfold(&ics);
            let calendar = parse(&unfolded);
            let vevent = vevent(&calendar);
            prop_assert_eq!(value(vevent, "SUMMARY"), text.as_str());
            if !text.is_empty() {
                prop_assert_eq!(value(vevent, "LOCATION"), text.as_str());
                prop_assert_eq!(value(vevent, "DESCRIPTION"), text.as_str());
            }

            // The same, folded alone and undone by hand rather than by the parser.
            let mut folded = String::new();
            line(&mut folded, &format!("DESCRIPTION:{}", escape_text(&text)));
            assert_physical_lines(&folded);
            let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
            let escaped = unfolded.strip_prefix("DESCRIPTION:").unwrap();
            let mut unescaped = String::new();
            let mut chars = escaped.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    match chars.next() {
                        Some('n') => unescaped.push('\n'),
                        Some(c @ ('\\' | ';' | ',')) => unescaped.push(c),
                        other => panic!("bad escape {other:?}"),
                    }
                } else {
                    unescaped.push(c);
                }
            }
            prop_assert_eq!(unescaped, text);
        }
    }
}
