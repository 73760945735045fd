use crate::{
    api::{
        appointments::{booking_for_name, booking_path, StopBookingFor},
        directory::{
            search_choices_fn, search_providers, ProviderCard, SearchChoices, SearchQuery,
            SearchResults, DISTANCES_MILES, FIND_PAGE, SORT_SOONEST,
        },
    },
    components::page_heading::PageHeading,
    i18n::{format, names, use_i18n, I18n},
    islands::auto_submit::AutoSubmit,
    t,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

/// The ids of the filters form and of the live region with the number of results.
const FILTERS_FORM: &str = "find-filters";
const COUNT_REGION: &str = "find-count";

/// The query parameters the form sends, in order.
const FIELDS: [&str; 11] = [
    "name",
    "specialty",
    "location",
    "postcode",
    "within",
    "language",
    "plan",
    "visit",
    "new_patients",
    "sort",
    "page",
];

/// The address of this search at another page of results.
fn page_link(query: &[(String, String)], page: i64) -> String {
    let mut pairs: Vec<(String, String)> = query
        .iter()
        .filter(|(key, value)| key != "page" && !value.is_empty())
        .cloned()
        .collect();
    pairs.push(("page".into(), page.to_string()));
    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("{FIND_PAGE}?{encoded}")
}

/// A provider's specialties, languages and visit modes in the reader's words, each list joined
/// with commas: what a result card and a profile both show.
pub struct CardWords {
    pub specialties: String,
    pub languages: String,
    pub modes: String,
}

impl CardWords {
    pub fn of(i18n: I18n, card: &ProviderCard) -> CardWords {
        let join = |words: Vec<String>| words.join(", ");
        CardWords {
            specialties: join(
                card.specialties
                    .iter()
                    .map(|c| names::specialty(i18n, c))
                    .collect(),
            ),
            languages: join(
                card.languages
                    .iter()
                    .map(|t| names::language(i18n, t))
                    .collect(),
            ),
            modes: join(
                [
                    card.in_person.then(|| t!(i18n, "find-visit-in-person")),
                    card.telehealth.then(|| t!(i18n, "find-visit-telehealth")),
                ]
                .into_iter()
                .flatten()
                .collect(),
            ),
        }
    }
}

fn card_view(i18n: I18n, card: ProviderCard) -> impl IntoView {
    let CardWords {
        specialties,
        languages,
        modes,
    } = CardWords::of(i18n, &card);
    let accepting_class = if card.accepting_new_patients {
        "accepting"
    } else {
        "not-accepting"
    };
    view! {
        <li class="provider-card">
            <h3>
                <A href=format!("/providers/{}", card.id)>{card.name.clone()}</A>
            </h3>
            <p>{format!("{} · {}", names::provider_role(i18n, &card.role), specialties)}</p>
            <ul class="places">
                {card
                    .places
                    .into_iter()
                    .map(|place| {
                        let distance = place.distance_miles.map(|miles| {
                            let miles = format::integer(i18n, miles.round() as i64);
                            t!(i18n, "find-distance", miles = miles)
                        });
                        view! {
                            <li>
                                {format!("{}, {}", place.name, place.city)}
                                {distance.map(|d| view! { <span class="distance">{d}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <dl class="facts">
                <dt>{t!(i18n, "find-speaks")}</dt>
                <dd>{languages}</dd>
                <dt>{t!(i18n, "find-visit-modes")}</dt>
                <dd>{modes}</dd>
            </dl>
            {match card.next_available {
                Some(next) => {
                    let href = format!(
                        "{}?location={}&start={}",
                        booking_path(card.id),
                        next.location_id,
                        next.time.start
                    );
                    let when = format::date_time_in_zone(i18n, &next.time.at);
                    view! {
                        <p class="next-available">
                            <A href=href>{t!(i18n, "find-next-available-at", when = when, place = next.location_name)}</A>
                        </p>
                    }
                        .into_any()
                }
                None => view! { <p class="next-available">{t!(i18n, "find-no-times")}</p> }.into_any(),
            }}
            <p class=accepting_class>
                {if card.accepting_new_patients {
                    t!(i18n, "find-accepting")
                } else {
                    t!(i18n, "find-not-accepting")
                }}
            </p>
        </li>
    }
}

/// A `<select>` whose first option is "Any".
fn select_view(
    i18n: I18n,
    id: &'static str,
    label: String,
    selected: String,
    options: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=id>
                <option value="">{t!(i18n, "find-any")}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let chosen = value == selected;
                        view! { <option value=value selected=chosen>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

fn filters_view(i18n: I18n, choices: SearchChoices, query: Vec<(String, String)>) -> impl IntoView {
    let value = |key: &str| {
        query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let [name, specialty, location, postcode, within, language, plan, visit, new_patients, sort, _page] =
        FIELDS.map(value);
    let soonest = sort == SORT_SOONEST;
    let within = if within.is_empty() {
        "25".to_string()
    } else {
        within
    };
    view! {
        <form id=FILTERS_FORM method="get" action=FIND_PAGE class="filters" aria-label=t!(i18n, "find-filters")>
            <div class="field">
                <label for="name">{t!(i18n, "find-name-label")}</label>
                <input id="name" name="name" type="search" autocomplete="off" value=name />
            </div>
            {select_view(
                i18n,
                "specialty",
                t!(i18n, "find-specialty-label"),
                specialty,
                choices
                    .specialties
                    .iter()
                    .map(|(code, sub)| {
                        let name = names::specialty(i18n, code);
                        (code.clone(), if *sub { format!("— {name}") } else { name })
                    })
                    .collect(),
            )}
            {select_view(
                i18n,
                "location",
                t!(i18n, "find-location-label"),
                location,
                choices.locations.iter().map(|(id, name)| (id.to_string(), name.clone())).collect(),
            )}
            <div class="field">
                <label for="postcode">{t!(i18n, "find-postcode-label")}</label>
                <input id="postcode" name="postcode" inputmode="numeric" autocomplete="postal-code" value=postcode />
            </div>
            <div class="field">
                <label for="within">{t!(i18n, "find-within-label")}</label>
                <select id="within" name="within">
                    {DISTANCES_MILES
                        .iter()
                        .map(|miles| {
                            let chosen = miles.to_string() == within;
                            let text = t!(i18n, "find-within-option", miles = format::integer(i18n, i64::from(*miles)));
                            view! { <option value=miles.to_string() selected=chosen>{text}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            {select_view(
                i18n,
                "language",
                t!(i18n, "find-language-label"),
                language,
                choices.languages.iter().map(|tag| (tag.clone(), names::language(i18n, tag))).collect(),
            )}
            {select_view(i18n, "plan", t!(i18n, "find-plan-label"), plan, choices.plans.clone())}
            {select_view(
                i18n,
                "visit",
                t!(i18n, "find-visit-label"),
                visit,
                vec![
                    ("in_person".into(), t!(i18n, "find-visit-in-person")),
                    ("telehealth".into(), t!(i18n, "find-visit-telehealth")),
                ],
            )}
            <div class="field choice">
                <input id="new_patients" name="new_patients" type="checkbox" value="yes" checked=!new_patients.is_empty() />
                <label for="new_patients">{t!(i18n, "find-new-patients-label")}</label>
            </div>
            <div class="field">
                <label for="sort">{t!(i18n, "find-sort-label")}</label>
                <select id="sort" name="sort">
                    <option value="" selected=!soonest>{t!(i18n, "find-sort-relevance")}</option>
                    <option value=SORT_SOONEST selected=soonest>{t!(i18n, "find-sort-soonest")}</option>
                </select>
            </div>
            <button type="submit" class="primary">{t!(i18n, "find-submit")}</button>
        </form>
        // With JavaScript, a changed filter searches at once.
        <AutoSubmit form=FILTERS_FORM.to_string() status=COUNT_REGION.to_string() />
    }
}

fn results_view(i18n: I18n, found: SearchResults, query: Vec<(String, String)>) -> impl IntoView {
    let pages = found.pages;
    let page = found.page;
    view! {
        {found.unknown_postcode.then(|| view! { <p class="warning">{t!(i18n, "find-unknown-postcode")}</p> })}
        {found.soonest_among.map(|among| view! {
            <p class="hint">{t!(i18n, "find-soonest-among", count = format::integer(i18n, among as i64))}</p>
        })}
        {found.results.is_empty().then(|| view! { <p>{t!(i18n, "find-none")}</p> })}
        <ul class="results" aria-label=t!(i18n, "find-results")>
            {found.results.into_iter().map(|card| card_view(i18n, card)).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t!(i18n, "find-pages")>
                {(page > 1).then(|| view! { <A href=page_link(&query, page - 1)>{t!(i18n, "find-previous")}</A> })}
                <span>{t!(i18n, "find-page-of", page = format::integer(i18n, page), pages = format::integer(i18n, pages))}</span>
                {(page < pages).then(|| view! { <A href=page_link(&query, page + 1)>{t!(i18n, "find-next")}</A> })}
            </nav>
        })}
    }
}

/// `/find-a-doctor`: a GET form (every search is a link, and works without JavaScript); with
/// JavaScript each changed filter searches at once, and a polite live region says how many.
#[component]
pub fn FindADoctorPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let pairs = move || {
        query.with(|q| {
            FIELDS
                .iter()
                .filter_map(|key| q.get(key).map(|v| (key.to_string(), v)))
                .collect::<Vec<_>>()
        })
    };
    let param = move |key: &'static str| query.with(|q| q.get(key).filter(|v| !v.is_empty()));
    let search = move || SearchQuery {
        name: param("name"),
        specialty: param("specialty"),
        location: param("location"),
        postcode: param("postcode"),
        within: param("within"),
        language: param("language"),
        plan: param("plan"),
        visit: param("visit"),
        new_patients: param("new_patients"),
        sort: param("sort"),
        page: param("page"),
    };
    let results = Resource::new_blocking(search, search_providers);
    let choices = Resource::new_blocking(|| (), |_| search_choices_fn());
    let stop = ServerAction::<StopBookingFor>::new();
    let booking_for = Resource::new_blocking(|| (), |_| booking_for_name());
    view! {
        <PageHeading text=t!(i18n, "find-title") />
        <Suspense>
            {move || Suspend::new(async move {
                booking_for.await.ok().flatten().map(|name| view! {
                    <div class="banner">
                        <p>{t!(i18n, "book-for-patient", name = name)}</p>
                        <ActionForm action=stop attr:class="inline-form">
                            <button type="submit">{t!(i18n, "book-for-patient-stop")}</button>
                        </ActionForm>
                    </div>
                })
            })}
        </Suspense>
        <p>{t!(i18n, "find-intro")}</p>
        <Suspense>
            {move || Suspend::new(async move {
                match choices.await {
                    Ok(choices) => filters_view(i18n, choices, pairs()).into_any(),
                    Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                }
            })}
        </Suspense>
        <h2 class="visually-hidden">{t!(i18n, "find-results")}</h2>
        // A polite live region; after a filter changed with JavaScript the count is announced
        // again on the new page.
        <p class="result-count" role="status" id=COUNT_REGION>
            <Transition>
                {move || Suspend::new(async move {
                    results.await.ok().map(|found| t!(i18n, "find-count", count = found.total))
                })}
            </Transition>
        </p>
        <Transition>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(found) => results_view(i18n, found, pairs()).into_any(),
                    Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}
