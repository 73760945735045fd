//! The public directory: what the search form offers, a search, and a provider's profile.

use super::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const FIND_PAGE: &str = "/find-a-doctor";

/// A location as a result card names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceCard {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub distance_miles: Option<f64>,
}

/// One provider in the results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderCard {
    pub id: i64,
    /// "Given Family, MD".
    pub name: String,
    pub role: String,
    pub specialties: Vec<String>,
    pub places: Vec<PlaceCard>,
    pub languages: Vec<String>,
    pub accepting_new_patients: bool,
    pub in_person: bool,
    pub telehealth: bool,
    /// The soonest free time, at a location where the provider can be booked.
    pub next_available: Option<NextTime>,
}

/// A provider's soonest free time and where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NextTime {
    pub location_id: i64,
    pub location_name: String,
    pub time: crate::api::appointments::TimeChoice,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub results: Vec<ProviderCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub unknown_postcode: bool,
    /// Sorted by the soonest free time among the best `n` matches only (someone not signed in).
    pub soonest_among: Option<usize>,
}

/// What the form's lists offer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchChoices {
    /// `(code, is a subspecialty)`, each specialty followed by its subspecialties.
    pub specialties: Vec<(String, bool)>,
    /// `(id, "Name, City")`.
    pub locations: Vec<(i64, String)>,
    pub languages: Vec<String>,
    /// `(code, name)`.
    pub plans: Vec<(String, String)>,
}

/// The `sort` value that orders results by the soonest free time (else by relevance).
pub const SORT_SOONEST: &str = "soonest";

/// Miles a distance filter offers.
pub const DISTANCES_MILES: [u32; 5] = [5, 10, 25, 50, 100];
#[cfg(feature = "ssr")]
const KM_PER_MILE: f64 = 1.609_344;

/// `(code, is a subspecialty)` of `(code, parent code)`s: each specialty followed by its
/// subspecialties.
#[cfg(feature = "ssr")]
pub(crate) fn specialties_in_order(all: &[(String, Option<String>)]) -> Vec<(String, bool)> {
    let mut ordered = Vec::new();
    for (code, parent) in all {
        if parent.is_none() {
            ordered.push((code.clone(), false));
            for (sub, sub_parent) in all {
                if sub_parent.as_deref() == Some(code.as_str()) {
                    ordered.push((sub.clone(), true));
                }
            }
        }
    }
    ordered
}

#[server(prefix = "/api", endpoint = "search_choices")]
#[middleware(crate::api::known_fields::KnownFields::<SearchChoicesFn>::new())]
pub async fn search_choices_fn() -> Result<SearchChoices, AppError> {
    let choices = backend::directory::choices(&super::context::server()?.db)
        .await
        .map_err(AppError::internal)?;
    let specialties = specialties_in_order(&choices.specialties);
    Ok(SearchChoices {
        specialties,
        locations: choices
            .locations
            .into_iter()
            .map(|(id, name, city)| (id, format!("{name}, {city}")))
            .collect(),
        languages: choices.languages,
        plans: choices.plans,
    })
}

/// A search as the `/find-a-doctor` address gives it: each filter is the text of a query
/// parameter, absent when not given. The search function's fields arrive as `search[name]`, …;
/// a field it does not name is refused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SearchQuery {
    pub name: Option<String>,
    pub specialty: Option<String>,
    pub location: Option<String>,
    pub postcode: Option<String>,
    pub within: Option<String>,
    pub language: Option<String>,
    pub plan: Option<String>,
    pub visit: Option<String>,
    pub new_patients: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
}

/// The backend's filters for a search as the page's address gives it (also read by `portal
/// explain-search`): unknown choices are dropped, numbers clamped, text shortened.
#[cfg(feature = "ssr")]
pub fn search_filters(
    search: &SearchQuery,
    now: domain::time::UtcMillis,
) -> backend::directory::Filters {
    use backend::directory::{Filters, VisitMode};
    let miles: f64 = search
        .within
        .as_deref()
        .and_then(|w| w.parse::<u32>().ok())
        .filter(|m| DISTANCES_MILES.contains(m))
        .unwrap_or(25)
        .into();
    Filters {
        name: search.name.as_ref().map(|n| n.chars().take(100).collect()),
        specialty: search.specialty.clone(),
        location_id: search.location.as_ref().and_then(|l| l.parse().ok()),
        near: search
            .postcode
            .as_ref()
            .map(|p| (p.chars().take(10).collect(), miles * KM_PER_MILE)),
        language: search.language.clone(),
        plan: search.plan.clone(),
        visit_mode: match search.visit.as_deref() {
            Some("in_person") => Some(VisitMode::InPerson),
            Some("telehealth") => Some(VisitMode::Telehealth),
            _ => None,
        },
        accepting_new_patients: search.new_patients.as_ref().is_some_and(|v| !v.is_empty()),
        soonest_from: (search.sort.as_deref() == Some(SORT_SOONEST)).then_some(now),
        soonest_among: None,
        free_times_from: Some(now),
        page: search
            .page
            .as_ref()
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
            .clamp(1, 10_000),
    }
}

/// A search from the page's address, with each result's soonest free time. Sorting by the
/// soonest time looks at the best [`backend::directory::ANONYMOUS_SOONEST_MATCHES`] matches only
/// for someone not signed in, which bounds the work an anonymous request can cause.
#[server(prefix = "/api", endpoint = "search_providers")]
#[middleware(crate::api::known_fields::KnownFields::<SearchProviders>::new())]
pub async fn search_providers(
    #[server(default)] search: SearchQuery,
) -> Result<SearchResults, AppError> {
    use backend::directory::{self, ANONYMOUS_SOONEST_MATCHES, PAGE_SIZE};
    let filters = directory::Filters {
        soonest_among: super::context::actor()
            .is_none()
            .then_some(ANONYMOUS_SOONEST_MATCHES),
        ..search_filters(&search, backend::clock::now())
    };
    let mut found = directory::search(&super::context::server()?.db, &filters)
        .await
        .map_err(AppError::internal)?;
    Ok(SearchResults {
        pages: (found.total + PAGE_SIZE - 1) / PAGE_SIZE,
        total: found.total,
        page: found.page,
        unknown_postcode: found.unknown_postcode,
        soonest_among: found.soonest_limited.then_some(ANONYMOUS_SOONEST_MATCHES),
        results: found
            .results
            .into_iter()
            .map(|p| {
                let soonest = found
                    .next_available
                    .remove(&p.id)
                    .map(|n| {
                        Ok::<_, AppError>(NextTime {
                            time: backend::scheduling::time_choice(&n.slot, &n.time_zone)
                                .map_err(AppError::internal)?,
                            location_id: n.location_id,
                            location_name: n.location_name,
                        })
                    })
                    .transpose()?;
                Ok(ProviderCard {
                    next_available: soonest,
                    ..card(p)
                })
            })
            .collect::<Result<_, AppError>>()?,
    })
}

#[cfg(feature = "ssr")]
fn card(p: backend::directory::ProviderSummary) -> ProviderCard {
    ProviderCard {
        id: p.id,
        name: backend::directory::display_name(
            &p.given_name,
            &p.family_name,
            p.credentials_suffix.as_deref(),
        ),
        role: p.role,
        specialties: p.specialties,
        places: p
            .locations
            .into_iter()
            .map(|l| PlaceCard {
                id: l.id,
                name: l.name,
                city: l.city,
                distance_miles: l.distance_km.map(|km| km / KM_PER_MILE),
            })
            .collect(),
        languages: p.languages,
        accepting_new_patients: p.accepting_new_patients,
        in_person: p.in_person,
        telehealth: p.telehealth,
        next_available: None,
    }
}

/// A day's opening hours at a location, wall-clock `(hour, minute)` there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// ISO weekday: 1 is Monday.
    pub weekday: i64,
    pub opens: (u8, u8),
    pub closes: (u8, u8),
}

/// A location on a profile: address, phone, hours in its own time zone, and whether the provider
/// can be booked there (and if not, why).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceView {
    pub id: i64,
    pub name: String,
    pub street: String,
    pub city: String,
    pub postcode: String,
    pub phone: String,
    pub time_zone: String,
    pub jurisdiction: String,
    pub hours: Vec<OpeningHours>,
    /// Why a new patient cannot book here, when they cannot.
    pub not_bookable: Option<domain::credentials::NotBookable>,
    /// The soonest free times here (two weeks ahead), when the provider can be booked here.
    pub times: Vec<crate::api::appointments::TimeChoice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CredentialRow {
    pub kind: String,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_to: String,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileView {
    pub card: ProviderCard,
    pub bio: Option<String>,
    /// `(path, alt text)`.
    pub photo: Option<(String, String)>,
    pub places: Vec<PlaceView>,
    pub plans: Vec<String>,
    pub credentials: Vec<CredentialRow>,
}

/// An active provider's profile in the reader's language; unknown or inactive is "not found".
#[server(prefix = "/api", endpoint = "provider_profile")]
#[middleware(crate::api::known_fields::KnownFields::<ProviderProfile>::new())]
pub async fn provider_profile(id: i64) -> Result<ProfileView, AppError> {
    use domain::time::hour_minute;
    let locale = crate::i18n::use_i18n().locale();
    let db = &super::context::server()?.db;
    let found = backend::directory::provider_profile(db, id, locale.tag(), backend::clock::now())
        .await
        .map_err(AppError::internal)?
        .ok_or_else(|| super::context::refuse(AppError::NotFound))?;
    let profile = found.profile;
    let places = profile
        .places
        .iter()
        .zip(found.booking)
        .map(|(place, booking)| PlaceView {
            id: place.id,
            name: place.name.clone(),
            street: place.street.clone(),
            city: place.city.clone(),
            postcode: place.postcode.clone(),
            phone: place.phone.clone(),
            time_zone: place.time_zone.clone(),
            jurisdiction: place.jurisdiction.clone(),
            hours: place
                .hours
                .iter()
                .map(|&(weekday, opens, closes)| OpeningHours {
                    weekday,
                    opens: hour_minute(opens),
                    closes: hour_minute(closes),
                })
                .collect(),
            not_bookable: booking.not_bookable,
            times: booking.times,
        })
        .collect();
    Ok(ProfileView {
        bio: profile.bio,
        photo: profile.photo,
        places,
        plans: profile.plans.into_iter().map(|(_, name)| name).collect(),
        credentials: profile
            .credentials
            .into_iter()
            .map(|c| CredentialRow {
                kind: c.kind,
                issuer: c.issuer,
                number: c.number,
                jurisdiction: c.jurisdiction,
                valid_to: c.valid_to,
                status: c.status,
            })
            .collect(),
        card: card(profile.summary),
    })
}
