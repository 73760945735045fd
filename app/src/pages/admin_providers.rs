use crate::{
    api::{
        accounts::typed_fields,
        admin_locations::TYPED_DRAFT,
        admin_providers::{
            list_providers, provider_choices, provider_page, CreateProvider, ProviderChoicesView,
            ProviderListView, PROVIDERS_PAGE,
        },
    },
    components::{
        form_fields::{Checkbox, CheckboxGroup, Problems, SelectField, TextAreaField, TextField},
        office::{
            flashed_draft, form_problems, listed_table, ListedRow, OfficeListPage, RecordForm,
        },
    },
    i18n::{
        format, names,
        problems::{bio_field, locale_language},
        use_i18n, I18n,
    },
    t,
};
use domain::{
    directory::{ProviderDraft, GENDERS, PROVIDER_ROLES},
    locale::Locale,
};
use leptos::prelude::*;
use leptos_router::{components::Form, hooks::use_query_map};

fn gender_name(i18n: I18n, gender: &str) -> String {
    match gender {
        "female" => t!(i18n, "provider-gender-female"),
        "male" => t!(i18n, "provider-gender-male"),
        "nonbinary" => t!(i18n, "provider-gender-nonbinary"),
        other => other.to_string(),
    }
}

/// A provider's fields, filled with `draft`: the same on the add form and the edit form.
/// Locations offered are the active ones and any inactive one the provider already has (kept, and
/// marked).
#[component]
pub fn ProviderFields(
    draft: ProviderDraft,
    choices: ProviderChoicesView,
    problems: Problems,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut roles = vec![(String::new(), t!(i18n, "provider-role-choose"))];
    roles.extend(
        PROVIDER_ROLES
            .iter()
            .map(|role| (role.to_string(), names::provider_role(i18n, role))),
    );
    let mut genders = vec![(String::new(), t!(i18n, "provider-gender-not-stated"))];
    genders.extend(
        GENDERS
            .iter()
            .map(|g| (g.to_string(), gender_name(i18n, g))),
    );
    let specialties = choices
        .specialties
        .iter()
        .map(|(code, _)| (code.clone(), names::specialty(i18n, code)))
        .collect();
    let languages = choices
        .languages
        .iter()
        .map(|tag| (tag.clone(), names::language(i18n, tag)))
        .collect();
    // The lists of codes: `(id, field, legend, options, ticked)`.
    let code_lists = [
        ("provider-specialties", "specialties", t!(i18n, "provider-specialties-legend"), specialties, draft.specialties),
        ("provider-languages", "languages", t!(i18n, "provider-languages-legend"), languages, draft.languages),
        ("provider-plans", "plans", t!(i18n, "provider-plans-legend"), choices.plans.clone(), draft.plans),
    ]
    .map(|(id, field, legend, options, checked)| {
        view! {
            <CheckboxGroup id=id name=format!("draft[{field}]") legend=legend options=options checked=checked problems=problems />
        }
    });
    let location_ids: Vec<String> = draft.locations.iter().map(i64::to_string).collect();
    let locations = choices
        .locations
        .iter()
        .filter(|(id, _, active)| *active || draft.locations.contains(id))
        .map(|(id, name, active)| {
            let label = if *active {
                name.clone()
            } else {
                t!(i18n, "provider-location-inactive", name = name.clone())
            };
            (id.to_string(), label)
        })
        .collect();
    let bios = Locale::ALL
        .into_iter()
        .map(|locale| {
            let tag = locale.tag();
            view! {
                <TextAreaField
                    id=bio_field(tag)
                    name=format!("draft[bios][{tag}]")
                    label=t!(i18n, "provider-bio-label", language = locale_language(i18n, tag))
                    value=draft.bios.get(tag).cloned().unwrap_or_default()
                    lang=tag
                    problems=problems
                />
            }
        })
        .collect_view();
    view! {
        <TextField id="provider-given-name" name="draft[given_name]" label=t!(i18n, "provider-given-name-label") value=draft.given_name problems=problems />
        <TextField id="provider-family-name" name="draft[family_name]" label=t!(i18n, "provider-family-name-label") value=draft.family_name problems=problems />
        <TextField
            id="provider-suffix"
            name="draft[suffix]"
            label=t!(i18n, "provider-suffix-label")
            hint=t!(i18n, "provider-suffix-hint")
            value=draft.suffix
            problems=problems
            spellcheck="false"
        />
        <SelectField id="provider-role" name="draft[role]" label=t!(i18n, "provider-role-label") selected=draft.role options=roles problems=problems />
        <SelectField id="provider-gender" name="draft[gender]" label=t!(i18n, "provider-gender-label") selected=draft.gender options=genders problems=problems />
        <Checkbox
            id="provider-accepting"
            name="draft[accepting_new_patients]"
            label=t!(i18n, "find-new-patients-label")
            checked=draft.accepting_new_patients
            value="true"
        />
        <fieldset class="field choices" id="provider-visit-modes" aria-describedby=move || {
            problems.with(|p| p.iter().any(|(f, _)| f == "provider-visit-modes")).then_some("provider-visit-modes-error")
        }>
            <legend>{t!(i18n, "provider-visit-modes-legend")}</legend>
            {move || {
                problems.with(|p| p.iter().find(|(f, _)| f == "provider-visit-modes").map(|(_, m)| m.clone()))
                    .map(|message| view! { <p class="field-error" id="provider-visit-modes-error">{message}</p> })
            }}
            <Checkbox id="provider-in-person" name="draft[in_person]" label=t!(i18n, "find-visit-in-person") checked=draft.in_person value="true" />
            <Checkbox id="provider-telehealth" name="draft[telehealth]" label=t!(i18n, "find-visit-telehealth") checked=draft.telehealth value="true" />
        </fieldset>
        {code_lists}
        <CheckboxGroup
            id="provider-locations"
            name="draft[locations]"
            legend=t!(i18n, "provider-locations-legend")
            hint=t!(i18n, "provider-locations-hint")
            options=locations
            checked=location_ids
            problems=problems
        />
        <fieldset class="field">
            <legend>{t!(i18n, "provider-bios-legend")}</legend>
            <p class="hint">{t!(i18n, "provider-bios-hint")}</p>
            {bios}
        </fieldset>
    }
}

fn list_view(i18n: I18n, list: ProviderListView, searched: bool) -> impl IntoView {
    let count = if searched {
        t!(i18n, "providers-count-found", count = list.total)
    } else {
        t!(i18n, "providers-count", count = list.total)
    };
    let more = (list.total > list.limit).then(|| {
        view! { <p>{t!(i18n, "providers-more", limit = format::integer(i18n, list.limit))}</p> }
    });
    let table = (!list.lines.is_empty()).then(|| {
        let columns = vec![
            t!(i18n, "credentials-col-provider"),
            t!(i18n, "provider-role-label"),
            t!(i18n, "providers-col-pending"),
        ];
        let rows = list
            .lines
            .into_iter()
            .map(|line| ListedRow {
                id: line.id,
                name: line.name,
                cells: vec![
                    names::provider_role(i18n, &line.role),
                    format::integer(i18n, line.pending_credentials),
                ],
                active: line.active,
            })
            .collect();
        listed_table(i18n, "providers-list-heading", columns, provider_page, rows)
    });
    view! {
        <p class="result-count">{count}</p>
        {more}
        {table}
    }
}

/// `/admin/providers`: the provider directory as the credentialing office keeps it — every
/// provider, inactive ones too (marked), searchable by name (a GET form, so a search is a link),
/// and a form to add one. Works without JavaScript; a failed add keeps what was typed.
#[component]
pub fn AdminProvidersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let name = move || query.with(|q| q.get("name").unwrap_or_default());
    let create = ServerAction::<CreateProvider>::new();
    let list = Resource::new_blocking(name, |name| {
        list_providers((!name.is_empty()).then_some(name))
    });
    let choices = Resource::new_blocking(|| (), |_| provider_choices());
    let flashed = Resource::new_blocking(|| (), |_| typed_fields(PROVIDERS_PAGE.into()));
    let (problems, message) = form_problems(i18n, create.value());
    let results = move || {
        view! {
            <Form method="GET" action=PROVIDERS_PAGE attr:class="filters" attr:role="search" attr:aria-label=t!(i18n, "providers-search-label")>
                <div class="field">
                    <label for="providers-name">{t!(i18n, "find-name-label")}</label>
                    <input id="providers-name" name="name" type="search" autocomplete="off" value=name />
                </div>
                <button type="submit">{t!(i18n, "find-submit")}</button>
            </Form>
            <Transition>
                {move || Suspend::new(async move {
                    let searched = !name().is_empty();
                    match list.await {
                        Ok(list) => list_view(i18n, list, searched).into_any(),
                        Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                    }
                })}
            </Transition>
        }
    };
    view! {
        <OfficeListPage title=t!(i18n, "providers-title") intro=t!(i18n, "providers-intro") flashed=flashed page=provider_page
            list_heading=t!(i18n, "providers-list-heading") list_heading_id="providers-list-heading" list=results>
            <Suspense>
                {move || Suspend::new(async move {
                    let typed: ProviderDraft = flashed_draft(&flashed.await.unwrap_or_default(), TYPED_DRAFT)
                        .unwrap_or_else(|| ProviderDraft { accepting_new_patients: true, in_person: true, ..Default::default() });
                    let choices = match choices.await {
                        Ok(choices) => choices,
                        Err(error) => return view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                    };
                    view! {
                        <RecordForm action=create form_id="provider-add-form" problems=problems message=message
                            heading=t!(i18n, "provider-add-heading") heading_id="provider-add-heading"
                            summary_id="provider-errors" fallback_field="provider-given-name" submit=t!(i18n, "provider-add-submit")>
                            <ProviderFields draft=typed choices=choices problems=problems />
                        </RecordForm>
                    }
                        .into_any()
                })}
            </Suspense>
        </OfficeListPage>
    }
}
