use crate::components::page_data::PageData;
use crate::{
    api::{
        appointments::booking_path,
        directory::{provider_profile, CredentialRow, PlaceView, ProfileView},
        error::AppError,
    },
    components::page_heading::PageHeading,
    i18n::{format, names, use_i18n, I18n},
    pages::find_a_doctor::CardWords,
    t,
};
use domain::time::Weekday;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// The soonest free times at a location, each a link to book it, and the link to all times.
fn times_view(i18n: I18n, provider_id: i64, place: &PlaceView) -> impl IntoView {
    let all = format!("{}?location={}", booking_path(provider_id), place.id);
    let heading_id = format!("times-{}", place.id);
    let links = place
        .times
        .iter()
        .map(|time| {
            let href = format!("{all}&start={}", time.start);
            view! {
                <li>
                    <a class="time" href=href>{format::date_time_in_zone(i18n, &time.at)}</a>
                </li>
            }
        })
        .collect_view();
    let empty = place.times.is_empty();
    view! {
        <h4 id=heading_id.clone()>{t!(i18n, "book-next-available")}</h4>
        {empty.then(|| view! { <p>{t!(i18n, "profile-no-times")}</p> })}
        <ul class="times" aria-labelledby=heading_id>{links}</ul>
        <p>
            <a href=all>{t!(i18n, "book-see-all-times")}</a>
        </p>
    }
}

fn place_view(i18n: I18n, provider_id: i64, place: PlaceView) -> impl IntoView {
    let heading_id = format!("place-{}", place.id);
    let labelled_by = heading_id.clone();
    let hours = WEEKDAYS
        .iter()
        .enumerate()
        .map(|(index, weekday)| {
            let open = place
                .hours
                .iter()
                .find(|hours| hours.weekday == index as i64 + 1)
                .map(|hours| {
                    t!(
                        i18n,
                        "profile-hours-range",
                        opens = format::time_of_day(i18n, hours.opens.0, hours.opens.1),
                        closes = format::time_of_day(i18n, hours.closes.0, hours.closes.1)
                    )
                })
                .unwrap_or_else(|| t!(i18n, "profile-closed"));
            view! {
                <tr>
                    <th scope="row">{format::weekday_name(i18n, *weekday)}</th>
                    <td>{open}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="place" aria-labelledby=labelled_by>
            <h3 id=heading_id>{place.name.clone()}</h3>
            {place
                .not_bookable
                .as_ref()
                .map(|problem| view! { <p class="warning">{names::not_bookable(i18n, problem)}</p> })}
            {place.not_bookable.is_none().then(|| times_view(i18n, provider_id, &place))}
            <p>{format!("{}, {} {}", place.street, place.city, place.postcode)}</p>
            <p>
                <a href=format!("tel:{}", place.phone.replace(' ', ""))>{place.phone.clone()}</a>
            </p>
            <table class="hours">
                <caption>{t!(i18n, "profile-hours-caption", zone = names::time_zone(i18n, &place.time_zone))}</caption>
                <tbody>{hours}</tbody>
            </table>
        </section>
    }
}

fn credential_view(i18n: I18n, credential: CredentialRow) -> impl IntoView {
    let status_class = if credential.status == "verified" {
        "verified"
    } else {
        "unverified"
    };
    view! {
        <tr>
            <th scope="row">{names::credential_kind(i18n, &credential.kind)}</th>
            <td>{credential.issuer.clone()}</td>
            <td>{credential.jurisdiction.as_deref().map(|j| names::jurisdiction(i18n, j)).unwrap_or_default()}</td>
            <td>{format::iso_date(i18n, &credential.valid_to)}</td>
            <td class=status_class>
                {names::credential_status(i18n, &credential.status)}
            </td>
        </tr>
    }
}

fn profile_view(i18n: I18n, profile: ProfileView) -> impl IntoView {
    let card = profile.card;
    let CardWords {
        specialties,
        languages,
        modes,
    } = CardWords::of(i18n, &card);
    view! {
        <PageHeading text=card.name.clone() />
        <p class="lead">{format!("{} · {}", names::provider_role(i18n, &card.role), specialties)}</p>
        {profile.photo.map(|(path, alt)| view! { <img class="portrait" src=path alt=alt /> })}
        {profile.bio.map(|bio| view! { <p>{bio}</p> })}
        <dl class="facts">
            <dt>{t!(i18n, "find-speaks")}</dt>
            <dd>{languages}</dd>
            <dt>{t!(i18n, "find-visit-modes")}</dt>
            <dd>{modes}</dd>
            <dt>{t!(i18n, "profile-new-patients")}</dt>
            <dd>
                {if card.accepting_new_patients {
                    t!(i18n, "find-accepting")
                } else {
                    t!(i18n, "find-not-accepting")
                }}
            </dd>
            <dt>{t!(i18n, "profile-plans")}</dt>
            <dd>{profile.plans.join(", ")}</dd>
        </dl>
        <h2>{t!(i18n, "profile-locations")}</h2>
        {profile.places.into_iter().map(|place| place_view(i18n, card.id, place)).collect_view()}
        <h2 id="credentials-heading">{t!(i18n, "profile-credentials")}</h2>
        <p>{t!(i18n, "profile-credentials-intro")}</p>
        <div class="table-scroll" role="region" aria-labelledby="credentials-heading" tabindex="0">
            <table class="credentials">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, "profile-credential-kind")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-issuer")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-jurisdiction")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-valid-to")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-status")}</th>
                    </tr>
                </thead>
                <tbody>
                    {profile.credentials.into_iter().map(|c| credential_view(i18n, c)).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `/providers/{id}`: everything the directory knows about a clinician — role, specialties,
/// languages, visits, insurance, each location with its hours in its own time zone and whether
/// a new patient can book there (and why not), and credentials with their verification status.
#[component]
pub fn ProviderProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let profile = Resource::new_blocking(id, |id| async move {
        match id {
            Some(id) => provider_profile(id).await,
            None => Err(AppError::NotFound),
        }
    });
    view! {
        <PageData data=profile record=true let:profile>
            {profile_view(i18n, profile)}
        </PageData>
    }
}
