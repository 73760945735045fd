use crate::{
    api::{
        accounts::typed_fields,
        admin_locations::{
            list_locations, location_page, CreateLocation, LocationListLine, LOCATIONS_PAGE,
            TYPED_DRAFT,
        },
    },
    components::{
        form_fields::{Problems, TextField},
        office::{
            flashed_draft, form_problems, listed_table, ListedRow, OfficeListPage, RecordForm,
        },
    },
    i18n::{
        format, names,
        problems::{hours_field, WEEKDAYS},
        use_i18n, I18n,
    },
    t,
};
use domain::directory::{DayHours, LocationDraft};
use leptos::prelude::*;

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

/// A location's fields, filled with `draft`: the same on the add form and the edit form.
#[component]
pub fn LocationFields(draft: LocationDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    let hours = WEEKDAYS
        .iter()
        .enumerate()
        .map(|(index, weekday)| {
            let weekday_number = index as u8 + 1;
            let DayHours { opens, closes } = draft.hours.get(index).cloned().unwrap_or_default();
            view! {
                <fieldset class="weekday-hours">
                    <legend>{format::weekday_name(i18n, *weekday)}</legend>
                    <TextField
                        id=hours_field(weekday_number, "opens")
                        name=format!("draft[hours][{index}][opens]")
                        label=t!(i18n, "location-opens-label")
                        value=opens
                        input_type="time"
                        problems=problems
                    />
                    <TextField
                        id=hours_field(weekday_number, "closes")
                        name=format!("draft[hours][{index}][closes]")
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
        <TextField id="location-name" name="draft[name]" label=t!(i18n, "location-name-label") value=draft.name problems=problems />
        <TextField id="location-street" name="draft[street]" label=t!(i18n, "location-street-label") value=draft.street problems=problems />
        <TextField id="location-city" name="draft[city]" label=t!(i18n, "location-city-label") value=draft.city problems=problems />
        <TextField id="location-postcode" name="draft[postcode]" label=t!(i18n, "location-postcode-label") value=draft.postcode problems=problems spellcheck="false" />
        <TextField
            id="location-jurisdiction"
            name="draft[jurisdiction]"
            label=t!(i18n, "location-jurisdiction-label")
            hint=t!(i18n, "location-jurisdiction-hint")
            value=draft.jurisdiction
            problems=problems
            spellcheck="false"
        />
        <TextField
            id="location-phone"
            name="draft[phone]"
            label=t!(i18n, "location-phone-label")
            value=draft.phone
            input_type="tel"
            problems=problems
        />
        <TextField
            id="location-time-zone"
            name="draft[time_zone]"
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
                name="draft[latitude]"
                label=t!(i18n, "location-latitude-label")
                value=draft.latitude
                inputmode="decimal"
                problems=problems
            />
            <TextField
                id="location-longitude"
                name="draft[longitude]"
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
    let columns = vec![
        t!(i18n, "location-name-label"),
        t!(i18n, "location-city-label"),
        t!(i18n, "location-jurisdiction-label"),
        t!(i18n, "location-time-zone-label"),
        t!(i18n, "locations-col-providers"),
    ];
    let rows = lines
        .into_iter()
        .map(|line| ListedRow {
            id: line.id,
            cells: vec![
                line.city,
                names::jurisdiction(i18n, &line.jurisdiction),
                zone_cell(i18n, &line.time_zone),
                format::integer(i18n, line.providers),
            ],
            name: line.name,
            active: line.active,
        })
        .collect();
    listed_table(i18n, "locations-list-heading", columns, location_page, rows).into_any()
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
    let results = move || {
        view! {
            <Transition>
                {move || Suspend::new(async move {
                    match lines.await {
                        Ok(lines) => list_view(i18n, lines).into_any(),
                        Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                    }
                })}
            </Transition>
        }
    };
    view! {
        <OfficeListPage title=t!(i18n, "locations-title") intro=t!(i18n, "locations-intro") flashed=flashed page=location_page
            list_heading=t!(i18n, "locations-list-heading") list_heading_id="locations-list-heading" list=results>
            <Suspense>
                {move || Suspend::new(async move {
                    let typed: LocationDraft =
                        flashed_draft(&flashed.await.unwrap_or_default(), TYPED_DRAFT).unwrap_or_default();
                    view! {
                        <RecordForm action=create form_id="location-add-form" problems=problems message=message
                            heading=t!(i18n, "location-add-heading") heading_id="location-add-heading"
                            summary_id="location-errors" fallback_field="location-name" submit=t!(i18n, "location-add-submit")>
                            <LocationFields draft=typed problems=problems />
                        </RecordForm>
                    }
                })}
            </Suspense>
        </OfficeListPage>
    }
}
