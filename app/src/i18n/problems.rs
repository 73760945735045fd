//! The directory forms' field problems in the reader's language, each with the id of the field it
//! is about, so the error summary links to the field and the field names its message in
//! `aria-describedby`. The ids are the ones the admin pages give their fields.

use super::{format, names, I18n};
use crate::t;
use domain::{
    directory::{CredentialProblem, LocationProblem, ProviderProblem},
    locale::Locale,
    time::Weekday,
};

/// ISO weekday numbers (1 Monday … 7 Sunday) to weekdays.
pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// The id of a weekday's opening (`"opens"`) or closing (`"closes"`) time field.
pub fn hours_field(weekday: u8, end: &str) -> String {
    format!("location-hours-{weekday}-{end}")
}

/// The id of the bio field for a locale tag.
pub fn bio_field(tag: &str) -> String {
    format!("provider-bio-{tag}")
}

/// The spoken-language name of a portal locale ("zh-CN" is written Chinese).
pub fn locale_language(i18n: I18n, tag: &str) -> String {
    names::language(i18n, tag.split('-').next().unwrap_or(tag))
}

fn weekday_name(i18n: I18n, weekday: u8) -> String {
    WEEKDAYS
        .get(usize::from(weekday.saturating_sub(1)))
        .map(|day| format::weekday_name(i18n, *day))
        .unwrap_or_default()
}

fn pair(field: &str, message: String) -> (String, String) {
    (field.to_string(), message)
}

pub fn location(i18n: I18n, problem: &LocationProblem) -> (String, String) {
    use LocationProblem as P;
    match *problem {
        P::NameMissing => pair("location-name", t!(i18n, "error-location-name-missing")),
        P::NameTooLong => pair("location-name", t!(i18n, "error-location-name-too-long")),
        P::StreetMissing => pair("location-street", t!(i18n, "error-location-street-missing")),
        P::StreetTooLong => pair(
            "location-street",
            t!(i18n, "error-location-street-too-long"),
        ),
        P::CityMissing => pair("location-city", t!(i18n, "error-location-city-missing")),
        P::CityTooLong => pair("location-city", t!(i18n, "error-location-city-too-long")),
        P::PostcodeInvalid => pair("location-postcode", t!(i18n, "error-location-postcode")),
        P::JurisdictionInvalid => pair("location-jurisdiction", t!(i18n, "error-jurisdiction")),
        P::LatitudeInvalid => pair("location-latitude", t!(i18n, "error-location-latitude")),
        P::LongitudeInvalid => pair("location-longitude", t!(i18n, "error-location-longitude")),
        P::PhoneInvalid => pair("location-phone", t!(i18n, "error-location-phone")),
        P::TimeZoneMissing => pair(
            "location-time-zone",
            t!(i18n, "error-location-time-zone-missing"),
        ),
        P::TimeZoneUnknown => pair(
            "location-time-zone",
            t!(i18n, "error-location-time-zone-unknown"),
        ),
        P::HoursIncomplete { weekday } => (
            hours_field(weekday, "opens"),
            t!(
                i18n,
                "error-hours-incomplete",
                weekday = weekday_name(i18n, weekday)
            ),
        ),
        P::OpensInvalid { weekday } => (
            hours_field(weekday, "opens"),
            t!(
                i18n,
                "error-hours-opens",
                weekday = weekday_name(i18n, weekday)
            ),
        ),
        P::ClosesInvalid { weekday } => (
            hours_field(weekday, "closes"),
            t!(
                i18n,
                "error-hours-closes",
                weekday = weekday_name(i18n, weekday)
            ),
        ),
        P::ClosesBeforeOpens { weekday } => (
            hours_field(weekday, "closes"),
            t!(
                i18n,
                "error-hours-order",
                weekday = weekday_name(i18n, weekday)
            ),
        ),
    }
}

pub fn provider(i18n: I18n, problem: &ProviderProblem) -> (String, String) {
    use ProviderProblem as P;
    match problem {
        P::GivenNameMissing => pair(
            "provider-given-name",
            t!(i18n, "error-provider-given-name-missing"),
        ),
        P::GivenNameTooLong => pair(
            "provider-given-name",
            t!(i18n, "error-provider-given-name-too-long"),
        ),
        P::FamilyNameMissing => pair(
            "provider-family-name",
            t!(i18n, "error-provider-family-name-missing"),
        ),
        P::FamilyNameTooLong => pair(
            "provider-family-name",
            t!(i18n, "error-provider-family-name-too-long"),
        ),
        P::SuffixTooLong => pair(
            "provider-suffix",
            t!(i18n, "error-provider-suffix-too-long"),
        ),
        P::RoleMissing => pair("provider-role", t!(i18n, "error-provider-role")),
        P::GenderUnknown => pair("provider-gender", t!(i18n, "error-provider-gender")),
        P::VisitModeMissing => pair(
            "provider-visit-modes",
            t!(i18n, "error-provider-visit-mode"),
        ),
        P::SpecialtyUnknown => pair("provider-specialties", t!(i18n, "error-provider-specialty")),
        P::LanguageUnknown => pair("provider-languages", t!(i18n, "error-provider-language")),
        P::PlanUnknown => pair("provider-plans", t!(i18n, "error-provider-plan")),
        P::LocationUnavailable => pair("provider-locations", t!(i18n, "error-provider-location")),
        P::BioTooLong { locale } => (
            bio_field(locale),
            t!(
                i18n,
                "error-provider-bio-too-long",
                language = locale_language(i18n, locale)
            ),
        ),
        P::BioLocaleUnknown => (
            bio_field(Locale::En.tag()),
            t!(i18n, "error-provider-bio-locale"),
        ),
    }
}

pub fn credential(i18n: I18n, problem: &CredentialProblem) -> (String, String) {
    use CredentialProblem as P;
    match problem {
        P::KindMissing => pair("credential-kind", t!(i18n, "error-credential-kind")),
        P::IssuerMissing => pair(
            "credential-issuer",
            t!(i18n, "error-credential-issuer-missing"),
        ),
        P::IssuerTooLong => pair(
            "credential-issuer",
            t!(i18n, "error-credential-issuer-too-long"),
        ),
        P::NumberMissing => pair(
            "credential-number",
            t!(i18n, "error-credential-number-missing"),
        ),
        P::NumberTooLong => pair(
            "credential-number",
            t!(i18n, "error-credential-number-too-long"),
        ),
        P::JurisdictionMissing => pair(
            "credential-jurisdiction",
            t!(i18n, "error-credential-jurisdiction-missing"),
        ),
        P::JurisdictionInvalid => pair("credential-jurisdiction", t!(i18n, "error-jurisdiction")),
        P::ValidFromInvalid => pair(
            "credential-valid-from",
            t!(i18n, "error-credential-valid-from"),
        ),
        P::ValidToInvalid => pair("credential-valid-to", t!(i18n, "error-credential-valid-to")),
        P::EndsBeforeStart => pair("credential-valid-to", t!(i18n, "error-credential-order")),
    }
}
