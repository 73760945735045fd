use crate::components::page_data::PageData;
use crate::{
    api::audit::search_audit,
    components::page_heading::PageHeading,
    i18n::{format, names, use_i18n},
    t,
};
use domain::audit::AuditAction;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const FILTERS: [&str; 6] = ["person", "patient", "action", "from", "until", "refused"];

/// `/admin/audit`: administrators filter the audit log by person, patient, action (chosen from
/// [`AuditAction::ALL`] by name), dates and "refusals only" (a GET form: every search is a
/// link). A refusal of someone's object shows how many refusals of that minute its row stands
/// for. Searching is itself audited.
#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let value = move |name: &'static str| move || query.read().get(name).unwrap_or_default();
    let rows = Resource::new_blocking(
        move || FILTERS.map(|name| query.read().get(name).unwrap_or_default()),
        |[person, patient, action, from, until, refused]| {
            search_audit(person, patient, action, from, until, refused)
        },
    );
    view! {
        <PageHeading text=t!(i18n, "audit-title") />
        <p>{t!(i18n, "audit-intro")}</p>
        <form method="get" action="/admin/audit" class="filters">
            <div class="field">
                <label for="person">{t!(i18n, "audit-person-label")}</label>
                <input id="person" name="person" type="email" value=value("person") />
            </div>
            <div class="field">
                <label for="patient">{t!(i18n, "audit-patient-label")}</label>
                <input id="patient" name="patient" inputmode="numeric" value=value("patient") />
            </div>
            <div class="field">
                <label for="action">{t!(i18n, "audit-action-label")}</label>
                <select id="action" name="action">
                    <option value="">{t!(i18n, "find-any")}</option>
                    {AuditAction::ALL
                        .iter()
                        .map(|&action| {
                            let chosen = value("action");
                            view! {
                                <option value=action.as_str() selected=move || chosen() == action.as_str()>
                                    {names::audit_action(i18n, action)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="from">{t!(i18n, "audit-from-label")}</label>
                <input id="from" name="from" type="date" value=value("from") />
            </div>
            <div class="field">
                <label for="until">{t!(i18n, "audit-until-label")}</label>
                <input id="until" name="until" type="date" value=value("until") />
            </div>
            <div class="choice">
                <input
                    id="refused"
                    name="refused"
                    type="checkbox"
                    value="on"
                    checked=move || !value("refused")().is_empty()
                />
                <label for="refused">{t!(i18n, "audit-refusals-only")}</label>
            </div>
            <button type="submit" class="primary">{t!(i18n, "audit-search")}</button>
        </form>
        <PageData data=rows let:rows>
                {if rows.is_empty() {
                    view! { <p>{t!(i18n, "audit-none")}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
                            <table>
                                <caption id="audit-caption">{t!(i18n, "audit-results")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t!(i18n, "audit-col-number")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-when")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-who")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-action")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-object")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-patient")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-outcome")}</th>
                                        <th scope="col">{t!(i18n, "audit-col-address")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|row| view! {
                                            <tr>
                                                <td>{row.seq}</td>
                                                <td>{format::date_time_in_zone(i18n, &row.at)}</td>
                                                <td>{row.who.unwrap_or_default()}</td>
                                                <td>
                                                    {match row.action {
                                                        Ok(action) => names::audit_action(i18n, action),
                                                        // Text another version stored, as it is.
                                                        Err(text) => text,
                                                    }}
                                                </td>
                                                <td>{row.object}</td>
                                                <td>{row.patient_id}</td>
                                                <td>
                                                    {row.outcome}
                                                    {row.refusals.filter(|&n| n > 1).map(|count| view! {
                                                        <br />
                                                        {t!(i18n, "audit-refusals-count", count = count)}
                                                    })}
                                                </td>
                                                <td>{row.address}</td>
                                            </tr>
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                        .into_any()
                }}
        </PageData>
    }
}
