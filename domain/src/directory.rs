//! Directory entries as the credentialing office types them: a location, a provider and a
//! credential, each checked field by field. Every problem is its own variant, so the form can put
//! each message beside its field and the error summary can link to it. The database's CHECK
//! constraints hold the same limits as a backstop.
//!
//! What needs the server (whether a time zone exists, whether a specialty or a location is on
//! the controlled lists) is passed in or checked by the backend.

use crate::{
    credentials::CredentialKind,
    locale::Locale,
    time::{days_between, format_time_of_day, parse_date, parse_time_of_day},
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Provider roles, in the spelling the database's CHECK constraint lists.
pub const PROVIDER_ROLES: [&str; 6] = [
    "physician",
    "nurse_practitioner",
    "physician_assistant",
    "therapist",
    "nurse",
    "midwife",
];

/// Genders a provider may state (or none), as the database spells them.
pub const GENDERS: [&str; 3] = ["female", "male", "nonbinary"];

/// The longest a provider's bio may be, in characters.
pub const BIO_MAX: usize = 2000;

/// `text` trimmed; records `missing` when it is empty and `too_long` when it has more than `max`
/// characters.
fn check_text<P>(text: &str, max: usize, missing: P, too_long: P, problems: &mut Vec<P>) -> String {
    let text = text.trim();
    match text.chars().count() {
        0 => problems.push(missing),
        n if n > max => problems.push(too_long),
        _ => {}
    }
    text.to_string()
}

/// A licensing jurisdiction as ISO 3166-2 writes it (`US-NY`, `CA-ON`) or a country alone (`US`),
/// upper-cased; `None` for any other shape.
pub fn normalize_jurisdiction(text: &str) -> Option<String> {
    let text = text.trim().to_ascii_uppercase();
    let (country, region) = match text.split_once('-') {
        Some((country, region)) => (country, Some(region)),
        None => (text.as_str(), None),
    };
    let country_ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
    let region_ok = region
        .is_none_or(|r| (1..=3).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphanumeric()));
    (country_ok && region_ok).then_some(text)
}

/// An opening or closing time as typed, `HH:MM` (or `HH:MM:00`, as some browsers send it; see
/// [`parse_time_of_day`]), written `HH:MM`; `None` for anything else, other seconds included:
/// opening hours are whole minutes.
pub fn normalize_time_of_day(text: &str) -> Option<String> {
    parse_time_of_day(text.trim())
        .ok()
        .filter(|time| time.second() == 0)
        .map(format_time_of_day)
}

// ---------------------------------------------------------------------------------------------
// Locations

/// A location form as typed. `hours` has one [`DayHours`] per ISO weekday, Monday first. It is
/// also what the form posts (`draft[name]`, `draft[hours][0][opens]`…): a field left out is
/// empty, and a field it does not have is refused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LocationDraft {
    pub name: String,
    pub street: String,
    pub city: String,
    pub postcode: String,
    pub jurisdiction: String,
    pub latitude: String,
    pub longitude: String,
    pub phone: String,
    pub time_zone: String,
    pub hours: Vec<DayHours>,
}

/// One weekday's opening and closing times as typed; both empty means closed that day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DayHours {
    pub opens: String,
    pub closes: String,
}

impl DayHours {
    pub fn new(opens: impl Into<String>, closes: impl Into<String>) -> Self {
        DayHours {
            opens: opens.into(),
            closes: closes.into(),
        }
    }
}

/// What is wrong with one field of a location. Weekdays are ISO numbers (1 Monday … 7 Sunday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LocationProblem {
    NameMissing,
    NameTooLong,
    StreetMissing,
    StreetTooLong,
    CityMissing,
    CityTooLong,
    /// Not 3 to 10 letters, digits, spaces or hyphens.
    PostcodeInvalid,
    /// Not like `US-NY`.
    JurisdictionInvalid,
    /// Not a number from -90 to 90.
    LatitudeInvalid,
    /// Not a number from -180 to 180.
    LongitudeInvalid,
    /// Not 3 to 40 characters of digits, spaces and `+ ( ) - .` with at least 3 digits.
    PhoneInvalid,
    TimeZoneMissing,
    /// Not an IANA time zone name the server knows.
    TimeZoneUnknown,
    /// Only one of the opening and the closing time is given.
    HoursIncomplete {
        weekday: u8,
    },
    /// The opening time is not `HH:MM`.
    OpensInvalid {
        weekday: u8,
    },
    /// The closing time is not `HH:MM`.
    ClosesInvalid {
        weekday: u8,
    },
    /// The closing time is not after the opening time.
    ClosesBeforeOpens {
        weekday: u8,
    },
}

/// A location that passed every check, normalized for storing.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub name: String,
    pub street: String,
    pub city: String,
    pub postcode: String,
    pub jurisdiction: String,
    pub latitude: f64,
    pub longitude: f64,
    pub phone: String,
    /// The zone's canonical IANA name.
    pub time_zone: String,
    /// `(ISO weekday, opens, closes)` of the open days.
    pub hours: Vec<(u8, String, String)>,
}

fn coordinate(text: &str, limit: f64) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && (-limit..=limit).contains(v))
}

impl LocationDraft {
    /// Checks every field and reports every problem at once. `zone` answers a time zone's
    /// canonical IANA name, or `None` when there is no such zone.
    pub fn check(
        &self,
        zone: impl Fn(&str) -> Option<String>,
    ) -> Result<Location, Vec<LocationProblem>> {
        use LocationProblem as P;
        let mut problems = Vec::new();
        let name = check_text(
            &self.name,
            200,
            P::NameMissing,
            P::NameTooLong,
            &mut problems,
        );
        let street = check_text(
            &self.street,
            200,
            P::StreetMissing,
            P::StreetTooLong,
            &mut problems,
        );
        let city = check_text(
            &self.city,
            100,
            P::CityMissing,
            P::CityTooLong,
            &mut problems,
        );
        let postcode = self.postcode.trim().to_uppercase();
        if !(3..=10).contains(&postcode.chars().count())
            || !postcode
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        {
            problems.push(P::PostcodeInvalid);
        }
        let jurisdiction = normalize_jurisdiction(&self.jurisdiction);
        if jurisdiction.is_none() {
            problems.push(P::JurisdictionInvalid);
        }
        let latitude = coordinate(&self.latitude, 90.0);
        if latitude.is_none() {
            problems.push(P::LatitudeInvalid);
        }
        let longitude = coordinate(&self.longitude, 180.0);
        if longitude.is_none() {
            problems.push(P::LongitudeInvalid);
        }
        let phone = self.phone.trim().to_string();
        let phone_ok = (3..=40).contains(&phone.chars().count())
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-.".contains(c))
            && phone.chars().filter(char::is_ascii_digit).count() >= 3;
        if !phone_ok {
            problems.push(P::PhoneInvalid);
        }
        let time_zone = match self.time_zone.trim() {
            "" => {
                problems.push(P::TimeZoneMissing);
                None
            }
            typed => {
                let found = zone(typed);
                if found.is_none() {
                    problems.push(P::TimeZoneUnknown);
                }
                found
            }
        };
        let mut hours = Vec::new();
        for (index, DayHours { opens, closes }) in self.hours.iter().take(7).enumerate() {
            let weekday = index as u8 + 1;
            match (opens.trim().is_empty(), closes.trim().is_empty()) {
                (true, true) => continue,
                (true, false) | (false, true) => {
                    problems.push(P::HoursIncomplete { weekday });
                    continue;
                }
                (false, false) => {}
            }
            let opens = normalize_time_of_day(opens);
            let closes = normalize_time_of_day(closes);
            if opens.is_none() {
                problems.push(P::OpensInvalid { weekday });
            }
            if closes.is_none() {
                problems.push(P::ClosesInvalid { weekday });
            }
            if let (Some(opens), Some(closes)) = (opens, closes) {
                if closes <= opens {
                    problems.push(P::ClosesBeforeOpens { weekday });
                } else {
                    hours.push((weekday, opens, closes));
                }
            }
        }
        match (jurisdiction, latitude, longitude, time_zone) {
            (Some(jurisdiction), Some(latitude), Some(longitude), Some(time_zone))
                if problems.is_empty() =>
            {
                Ok(Location {
                    name,
                    street,
                    city,
                    postcode,
                    jurisdiction,
                    latitude,
                    longitude,
                    phone,
                    time_zone,
                    hours,
                })
            }
            _ => Err(problems),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Providers

/// A provider form as typed. Lists hold the codes ticked; `bios` maps a locale tag to its text
/// (an empty text removes that locale's bio). It is also what the form posts
/// (`draft[given_name]`, `draft[in_person]=true` when ticked, `draft[specialties][3]`,
/// `draft[bios][es]`…): a field left out is empty (a checkbox unticked), and a field it does not
/// have is refused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProviderDraft {
    pub given_name: String,
    pub family_name: String,
    /// e.g. MD, DO, NP; may be empty.
    pub suffix: String,
    pub role: String,
    /// One of [`GENDERS`], or empty for not stated.
    pub gender: String,
    pub accepting_new_patients: bool,
    pub in_person: bool,
    pub telehealth: bool,
    pub specialties: Vec<String>,
    pub languages: Vec<String>,
    pub plans: Vec<String>,
    pub locations: Vec<i64>,
    pub bios: BTreeMap<String, String>,
}

/// What is wrong with one field of a provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderProblem {
    GivenNameMissing,
    GivenNameTooLong,
    FamilyNameMissing,
    FamilyNameTooLong,
    /// More than 40 characters.
    SuffixTooLong,
    /// Not one of [`PROVIDER_ROLES`].
    RoleMissing,
    /// Not one of [`GENDERS`].
    GenderUnknown,
    /// Neither in person nor telehealth.
    VisitModeMissing,
    /// A specialty that is not on the controlled list.
    SpecialtyUnknown,
    /// A language that is not on the controlled list.
    LanguageUnknown,
    /// An insurance plan the portal does not know.
    PlanUnknown,
    /// A location that does not exist, or a deactivated one the provider did not already have.
    LocationUnavailable,
    /// The bio in this locale (its tag) is longer than [`BIO_MAX`] characters.
    BioTooLong {
        locale: String,
    },
    /// A bio for a locale the portal does not have.
    BioLocaleUnknown,
}

/// A provider that passed the checks that need no database, normalized for storing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provider {
    pub given_name: String,
    pub family_name: String,
    pub suffix: Option<String>,
    pub role: String,
    pub gender: Option<String>,
    pub accepting_new_patients: bool,
    pub in_person: bool,
    pub telehealth: bool,
    /// Sorted, without repeats.
    pub specialties: Vec<String>,
    pub languages: Vec<String>,
    pub plans: Vec<String>,
    pub locations: Vec<i64>,
    /// `(locale tag, bio)` of the locales with a bio.
    pub bios: Vec<(String, String)>,
}

fn unique<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    let mut items = items.to_vec();
    items.sort();
    items.dedup();
    items
}

impl ProviderDraft {
    /// Checks what needs no database; the backend checks the codes against its lists.
    pub fn check(&self) -> Result<Provider, Vec<ProviderProblem>> {
        use ProviderProblem as P;
        let mut problems = Vec::new();
        let given_name = check_text(
            &self.given_name,
            100,
            P::GivenNameMissing,
            P::GivenNameTooLong,
            &mut problems,
        );
        let family_name = check_text(
            &self.family_name,
            100,
            P::FamilyNameMissing,
            P::FamilyNameTooLong,
            &mut problems,
        );
        let suffix = self.suffix.trim().to_string();
        if suffix.chars().count() > 40 {
            problems.push(P::SuffixTooLong);
        }
        let role = self.role.trim().to_string();
        if !PROVIDER_ROLES.contains(&role.as_str()) {
            problems.push(P::RoleMissing);
        }
        let gender = self.gender.trim().to_string();
        if !gender.is_empty() && !GENDERS.contains(&gender.as_str()) {
            problems.push(P::GenderUnknown);
        }
        if !self.in_person && !self.telehealth {
            problems.push(P::VisitModeMissing);
        }
        let mut bios = Vec::new();
        for (tag, bio) in &self.bios {
            let Some(locale) = Locale::ALL.into_iter().find(|l| l.tag() == tag) else {
                if !bio.trim().is_empty() {
                    problems.push(P::BioLocaleUnknown);
                }
                continue;
            };
            let bio = bio.trim();
            if bio.chars().count() > BIO_MAX {
                problems.push(P::BioTooLong {
                    locale: locale.tag().to_string(),
                });
            } else if !bio.is_empty() {
                bios.push((locale.tag().to_string(), bio.to_string()));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Provider {
            given_name,
            family_name,
            suffix: (!suffix.is_empty()).then_some(suffix),
            role,
            gender: (!gender.is_empty()).then_some(gender),
            accepting_new_patients: self.accepting_new_patients,
            in_person: self.in_person,
            telehealth: self.telehealth,
            specialties: unique(&self.specialties),
            languages: unique(&self.languages),
            plans: unique(&self.plans),
            locations: unique(&self.locations),
            bios,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Credentials

/// A credential form as typed (a new one, or a pending one being corrected).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialDraft {
    /// A [`CredentialKind`]'s database spelling.
    pub kind: String,
    pub issuer: String,
    pub number: String,
    /// Required for licences and registrations.
    pub jurisdiction: String,
    pub valid_from: String,
    pub valid_to: String,
}

/// What is wrong with one field of a credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CredentialProblem {
    KindMissing,
    IssuerMissing,
    IssuerTooLong,
    NumberMissing,
    NumberTooLong,
    /// A licence or registration without one.
    JurisdictionMissing,
    /// Not like `US-NY`.
    JurisdictionInvalid,
    /// Not a `YYYY-MM-DD` calendar date.
    ValidFromInvalid,
    ValidToInvalid,
    /// The end date is before the start date.
    EndsBeforeStart,
}

/// A credential that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
    pub kind: CredentialKind,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_from: String,
    pub valid_to: String,
}

impl CredentialDraft {
    pub fn check(&self) -> Result<Credential, Vec<CredentialProblem>> {
        use CredentialProblem as P;
        let mut problems = Vec::new();
        let kind = CredentialKind::parse(self.kind.trim());
        if kind.is_none() {
            problems.push(P::KindMissing);
        }
        let issuer = check_text(
            &self.issuer,
            200,
            P::IssuerMissing,
            P::IssuerTooLong,
            &mut problems,
        );
        let number = check_text(
            &self.number,
            100,
            P::NumberMissing,
            P::NumberTooLong,
            &mut problems,
        );
        let jurisdiction = match self.jurisdiction.trim() {
            "" => {
                if matches!(
                    kind,
                    Some(CredentialKind::Licence | CredentialKind::Registration)
                ) {
                    problems.push(P::JurisdictionMissing);
                }
                None
            }
            typed => {
                let normalized = normalize_jurisdiction(typed);
                if normalized.is_none() {
                    problems.push(P::JurisdictionInvalid);
                }
                normalized
            }
        };
        let valid_from = self.valid_from.trim().to_string();
        let valid_to = self.valid_to.trim().to_string();
        let from_ok = parse_date(&valid_from).is_ok();
        let to_ok = parse_date(&valid_to).is_ok();
        if !from_ok {
            problems.push(P::ValidFromInvalid);
        }
        if !to_ok {
            problems.push(P::ValidToInvalid);
        }
        if from_ok && to_ok && days_between(&valid_from, &valid_to).is_some_and(|d| d < 0) {
            problems.push(P::EndsBeforeStart);
        }
        match kind {
            Some(kind) if problems.is_empty() => Ok(Credential {
                kind,
                issuer,
                number,
                jurisdiction,
                valid_from,
                valid_to,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known_zone(name: &str) -> Option<String> {
        ["America/New_York", "America/Chicago"]
            .into_iter()
            .find(|z| z.eq_ignore_ascii_case(name))
            .map(str::to_string)
    }

    fn clinic() -> LocationDraft {
        let mut hours = vec![DayHours::new("08:00", "17:30"); 5];
        hours.push(DayHours::new("09:00:00", "13:00"));
        hours.push(DayHours::default());
        LocationDraft {
            name: " Harbor Clinic ".into(),
            street: "1 Water St".into(),
            city: "New York".into(),
            postcode: "10004".into(),
            jurisdiction: "us-ny".into(),
            latitude: "40.70".into(),
            longitude: "-74.01".into(),
            phone: "(212) 555-0100".into(),
            time_zone: "america/new_york".into(),
            hours,
        }
    }

    #[test]
    fn a_good_location_is_normalized() {
        let location = clinic().check(known_zone).unwrap();
        assert_eq!(location.name, "Harbor Clinic");
        assert_eq!(location.jurisdiction, "US-NY");
        assert_eq!(location.time_zone, "America/New_York");
        assert_eq!(location.hours.len(), 6, "Sunday is closed");
        assert_eq!(location.hours[5], (6, "09:00".into(), "13:00".into()));
    }

    #[test]
    fn every_location_problem_is_reported_at_once() {
        let mut draft = clinic();
        draft.name = "  ".into();
        draft.time_zone = "Mars/Olympus".into();
        draft.latitude = "91".into();
        draft.longitude = "east".into();
        draft.jurisdiction = "New York".into();
        draft.phone = "call us".into();
        draft.postcode = "1".into();
        draft.hours[0] = DayHours::new("17:00", "09:00");
        draft.hours[1] = DayHours::new("9am", "");
        draft.hours[2] = DayHours::new("25:00", "26:00");
        use LocationProblem as P;
        assert_eq!(
            draft.check(known_zone).unwrap_err(),
            vec![
                P::NameMissing,
                P::PostcodeInvalid,
                P::JurisdictionInvalid,
                P::LatitudeInvalid,
                P::LongitudeInvalid,
                P::PhoneInvalid,
                P::TimeZoneUnknown,
                P::ClosesBeforeOpens { weekday: 1 },
                P::HoursIncomplete { weekday: 2 },
                P::OpensInvalid { weekday: 3 },
                P::ClosesInvalid { weekday: 3 },
            ]
        );
        draft.time_zone = String::new();
        assert!(draft
            .check(known_zone)
            .unwrap_err()
            .contains(&P::TimeZoneMissing));
    }

    #[test]
    fn jurisdictions_and_times_have_one_shape() {
        assert_eq!(normalize_jurisdiction(" us-il ").as_deref(), Some("US-IL"));
        assert_eq!(normalize_jurisdiction("US").as_deref(), Some("US"));
        assert_eq!(normalize_jurisdiction("USA-NY"), None);
        assert_eq!(normalize_jurisdiction("US-"), None);
        assert_eq!(normalize_jurisdiction("US-NEWY"), None);
        assert_eq!(normalize_time_of_day("07:05").as_deref(), Some("07:05"));
        assert_eq!(normalize_time_of_day("23:59:00").as_deref(), Some("23:59"));
        assert_eq!(normalize_time_of_day("24:00"), None);
        assert_eq!(normalize_time_of_day("7:05"), None);
        assert_eq!(normalize_time_of_day(" 07:05 ").as_deref(), Some("07:05"));
        assert_eq!(normalize_time_of_day("07:05:30"), None);
    }

    fn doctor() -> ProviderDraft {
        ProviderDraft {
            given_name: "Ana".into(),
            family_name: "Ruiz".into(),
            suffix: "MD".into(),
            role: "physician".into(),
            gender: String::new(),
            accepting_new_patients: true,
            in_person: true,
            telehealth: false,
            specialties: vec![
                "pediatrics".into(),
                "family_medicine".into(),
                "pediatrics".into(),
            ],
            languages: vec!["es".into()],
            plans: vec![],
            locations: vec![2, 1],
            bios: [
                ("en".to_string(), " Hello ".to_string()),
                ("es".into(), "".into()),
            ]
            .into(),
        }
    }

    #[test]
    fn a_good_provider_is_normalized() {
        let provider = doctor().check().unwrap();
        assert_eq!(provider.specialties, ["family_medicine", "pediatrics"]);
        assert_eq!(provider.locations, [1, 2]);
        assert_eq!(provider.gender, None);
        assert_eq!(provider.bios, [("en".to_string(), "Hello".to_string())]);
    }

    #[test]
    fn provider_problems_name_their_fields() {
        let mut draft = doctor();
        draft.family_name = "x".repeat(101);
        draft.role = "wizard".into();
        draft.gender = "other".into();
        draft.in_person = false;
        draft.bios.insert("vi".into(), "y".repeat(BIO_MAX + 1));
        use ProviderProblem as P;
        assert_eq!(
            draft.check().unwrap_err(),
            vec![
                P::FamilyNameTooLong,
                P::RoleMissing,
                P::GenderUnknown,
                P::VisitModeMissing,
                P::BioTooLong {
                    locale: "vi".into()
                },
            ]
        );
    }

    #[test]
    fn credentials_need_a_jurisdiction_when_a_licence_and_dates_in_order() {
        let draft = CredentialDraft {
            kind: "licence".into(),
            issuer: "NYSED".into(),
            number: "123".into(),
            jurisdiction: "".into(),
            valid_from: "2026-05-01".into(),
            valid_to: "2026-04-30".into(),
        };
        use CredentialProblem as P;
        assert_eq!(
            draft.check().unwrap_err(),
            vec![P::JurisdictionMissing, P::EndsBeforeStart]
        );
        let board = CredentialDraft {
            kind: "board_certification".into(),
            jurisdiction: "".into(),
            valid_to: "2026-05-01".into(),
            ..draft.clone()
        };
        let checked = board.check().unwrap();
        assert_eq!(checked.jurisdiction, None);
        assert_eq!(checked.kind, CredentialKind::BoardCertification);
        let nonsense = CredentialDraft {
            kind: "diploma".into(),
            issuer: " ".into(),
            valid_from: "2026-02-30".into(),
            ..draft
        };
        assert_eq!(
            nonsense.check().unwrap_err(),
            vec![P::KindMissing, P::IssuerMissing, P::ValidFromInvalid]
        );
    }
}
