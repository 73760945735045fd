use crate::{
    api::{
        accounts::typed_fields,
        admin_locations::{
            list_locations, location_page, CreateLocation, LocationListLine, Saved, LOCATIONS_PAGE,
            SAVED_ID, SAVED_NAME, TYPED_DRAFT,
        },
        error::AppError,
    },
    components::{
        error_summary::FieldErrorSummary,
        form_fields::{Problems, TextField},
        page_heading::PageHeading,
        session_actions::use_session_actions,
    },
    i18n::{
        format, names,
        problems::{hours_field, WEEKDAYS},
        use_i18n, I18n,
    },
    t,
};
use domain::{accounts::Role, directory::LocationDraft};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use std::collections::BTreeMap;

/// Zones the time zone field suggests (any IANA zone is accepted); each has a name in words
/// (`i18n::names::time_zone`).
pub(crate) const SUGGESTED_ZONES: [&str; 9] = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
    "UTC",
];

/// A form's problems and its other failure, from a server action's latest answer.
pub fn form_problems<T, V>(i18n: I18n, value: V) -> (Problems, Signal<Option<String>>)
where
    T: Clone + Send + Sync + 'static,
    V: Get<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static,
{
    let problems = Signal::derive(move || match value.get() {
        Some(Err(error)) => error.field_problems(i18n),
        _ => Vec::new(),
    });
    let message = Signal::derive(move || match value.get() {
        Some(Err(error)) if error.field_problems(i18n).is_empty() => Some(error.message(i18n)),
        _ => None,
    });
    (problems, message)
}

/// The typed form a failed no-JavaScript post left in the flash cookie, if any.
pub fn flashed_draft<D: serde::de::DeserializeOwned>(
    flashed: &BTreeMap<String, String>,
    key: &str,
) -> Option<D> {
    flashed
        .get(key)
        .and_then(|json| serde_json::from_str(json).ok())
}

/// A location's fields, filled with `draft`: the same on the add form and the edit form.
#[component]
pub fn LocationFields(draft: LocationDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    let hours = WEEKDAYS
        .iter()
        .enumerate()
        .map(|(index, weekday)| {
            let weekday_number = index as u8 + 1;
            let (opens, closes) = draft.hours.get(index).cloned().unwrap_or_default();
            view! {
                <fieldset class="weekday-hours">
                    <legend>{format::weekday_name(i18n, *weekday)}</legend>
                    <TextField
                        id=hours_field(weekday_number, "opens")
                        name=format!("opens[{index}]")
                        label=t!(i18n, "location-opens-label")
                        value=opens
                        input_type="time"
                        problems=problems
                    />
                    <TextField
                        id=hours_field(weekday_number, "closes")
                        name=format!("closes[{index}]")
                        label=t!(i18n, "location-closes-label")
                        value=closes
                        input_type="time"
                        problems=problems
                    />
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <TextField id="location-name" name="name" label=t!(i18n, "location-name-label") value=draft.name problems=problems />
        <TextField id="location-street" name="street" label=t!(i18n, "location-street-label") value=draft.street problems=problems />
        <TextField id="location-city" name="city" label=t!(i18n, "location-city-label") value=draft.city problems=problems />
        <TextField id="location-postcode" name="postcode" label=t!(i18n, "location-postcode-label") value=draft.postcode problems=problems spellcheck="false" />
        <TextField
            id="location-jurisdiction"
            name="jurisdiction"
            label=t!(i18n, "location-jurisdiction-label")
            hint=t!(i18n, "location-jurisdiction-hint")
            value=draft.jurisdiction
            problems=problems
            spellcheck="false"
        />
        <TextField
            id="location-phone"
            name="phone"
            label=t!(i18n, "location-phone-label")
            value=draft.phone
            input_type="tel"
            problems=problems
        />
        <TextField
            id="location-time-zone"
            name="time_zone"
            label=t!(i18n, "location-time-zone-label")
            hint=t!(i18n, "location-time-zone-hint")
            value=draft.time_zone
            list="time-zones"
            problems=problems
            spellcheck="false"
        />
        <datalist id="time-zones">
            {SUGGESTED_ZONES.map(|zone| view! { <option value=zone></option> }).collect_view()}
        </datalist>
        <fieldset class="field">
            <legend>{t!(i18n, "location-position-legend")}</legend>
            <p class="hint">{t!(i18n, "location-position-hint")}</p>
            <TextField
                id="location-latitude"
                name="latitude"
                label=t!(i18n, "location-latitude-label")
                value=draft.latitude
                inputmode="decimal"
                problems=problems
            />
            <TextField
                id="location-longitude"
                name="longitude"
                label=t!(i18n, "location-longitude-label")
                value=draft.longitude
                inputmode="decimal"
                problems=problems
            />
        </fieldset>
        <fieldset class="field hours-fields">
            <legend>{t!(i18n, "location-hours-legend")}</legend>
            <p class="hint">{t!(i18n, "location-hours-hint")}</p>
            {hours}
        </fieldset>
    }
}

/// "Active" or "Inactive", for lists.
pub fn status_word(i18n: I18n, active: bool) -> String {
    if active {
        t!(i18n, "directory-admin-active")
    } else {
        t!(i18n, "directory-admin-inactive")
    }
}

/// A location's zone in the list: its name in words, with the IANA id staff type in the form.
fn zone_cell(i18n: I18n, iana: &str) -> String {
    t!(
        i18n,
        "location-time-zone-named",
        name = names::time_zone(i18n, iana),
        zone = iana
    )
}

fn list_view(i18n: I18n, lines: Vec<LocationListLine>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p>{t!(i18n, "locations-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" role="region" aria-labelledby="locations-list-heading" tabindex="0">
            <table class="directory-admin">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, "location-name-label")}</th>
                        <th scope="col">{t!(i18n, "location-city-label")}</th>
                        <th scope="col">{t!(i18n, "location-jurisdiction-label")}</th>
                        <th scope="col">{t!(i18n, "location-time-zone-label")}</th>
                        <th scope="col">{t!(i18n, "locations-col-providers")}</th>
                        <th scope="col">{t!(i18n, "directory-admin-col-status")}</th>
                    </tr>
                </thead>
                <tbody>
                    {lines
                        .into_iter()
                        .map(|line| {
                            let class = if line.active { "" } else { "inactive" };
                            view! {
                                <tr class=class>
                                    <th scope="row">
                                        <a href=location_page(line.id)>{line.name.clone()}</a>
                                    </th>
                                    <td>{line.city.clone()}</td>
                                    <td>{names::jurisdiction(i18n, &line.jurisdiction)}</td>
                                    <td>{zone_cell(i18n, &line.time_zone)}</td>
                                    <td>{format::integer(i18n, line.providers)}</td>
                                    <td>{status_word(i18n, line.active)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// "Harbor Clinic was added.", linking to it.
fn added_view(i18n: I18n, saved: Saved, page: fn(i64) -> String) -> impl IntoView {
    view! {
        <p class="aside">
            <span>{t!(i18n, "directory-admin-added", name = saved.name.clone())}</span>
            <a href=page(saved.id)>{t!(i18n, "directory-admin-open", name = saved.name)}</a>
        </p>
    }
}

/// What a no-JavaScript post just added, from the flash cookie.
pub fn flashed_saved(flashed: &BTreeMap<String, String>) -> Option<Saved> {
    Some(Saved {
        id: flashed.get(SAVED_ID)?.parse().ok()?,
        name: flashed.get(SAVED_NAME)?.clone(),
    })
}

/// Shows `children` to the credentialing office and system administrators; sends everyone else
/// to sign in, or tells them there is nothing here (the server functions refuse them anyway).
#[component]
pub fn OfficeOnly(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let user = use_session_actions().user;
    let children = StoredValue::new(children);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user))
                        if user.roles.contains(&Role::CredentialingAdmin)
                            || user.roles.contains(&Role::SystemAdmin) =>
                    {
                        children.read_value()().into_any()
                    }
                    Ok(Some(_)) => view! { <p class="error">{t!(i18n, "error-not-found")}</p> }.into_any(),
                    _ => view! { <Redirect path="/sign-in" /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/admin/locations`: the clinic's locations, inactive ones too (marked), and a form to add
/// one. Works without JavaScript; a failed add keeps what was typed.
#[component]
pub fn AdminLocationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateLocation>::new();
    let lines = Resource::new_blocking(|| (), |_| list_locations());
    let flashed = Resource::new_blocking(|| (), |_| typed_fields(LOCATIONS_PAGE.into()));
    let (problems, message) = form_problems(i18n, create.value());
    view! {
        <PageHeading text=t!(i18n, "locations-title") />
        <p>{t!(i18n, "locations-intro")}</p>
        <OfficeOnly>
            // What the last post added, announced as the page loads.
            <div role="status" class="notice">
                <Suspense>
                    {move || Suspend::new(async move {
                        flashed_saved(&flashed.await.unwrap_or_default())
                            .map(|saved| added_view(i18n, saved, location_page))
                    })}
                </Suspense>
            </div>
            <h2 id="locations-list-heading">{t!(i18n, "locations-list-heading")}</h2>
            <Transition>
                {move || Suspend::new(async move {
                    match lines.await {
                        Ok(lines) => list_view(i18n, lines).into_any(),
                        Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                    }
                })}
            </Transition>
            <h2 id="location-add-heading">{t!(i18n, "location-add-heading")}</h2>
            <FieldErrorSummary id="location-errors" problems=problems message=message fallback_field="location-name" />
            <Suspense>
                {move || Suspend::new(async move {
                    let typed: LocationDraft =
                        flashed_draft(&flashed.await.unwrap_or_default(), TYPED_DRAFT).unwrap_or_default();
                    view! {
                        <ActionForm action=create attr:id="location-add-form" attr:class="stacked-form" attr:aria-labelledby="location-add-heading">
                            <LocationFields draft=typed problems=problems />
                            <button type="submit" class="primary">{t!(i18n, "location-add-submit")}</button>
                        </ActionForm>
                    }
                })}
            </Suspense>
        </OfficeOnly>
    }
}
