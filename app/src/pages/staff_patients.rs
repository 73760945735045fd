use crate::components::page_data::PageData;
use crate::{
    api::{
        accounts::typed_fields,
        appointments::BookForPatient,
        invitations::{find_patients, IssueInvitation, IssuedCode, PATIENTS_PAGE},
    },
    components::{issued_code::IssuedCode as IssuedCodeView, page_heading::PageHeading},
    i18n::{format, use_i18n, I18n},
    t,
};
use domain::time::{UtcMillis, ZonedDateTime};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The code just created: from the action with JavaScript, from the one-time cookie without.
fn issued_view(i18n: I18n, issued: IssuedCode) -> impl IntoView {
    view! {
        <IssuedCodeView
            title=t!(i18n, "invitation-issued-title", name = issued.patient_name.clone())
            code=issued.code
            expires=issued.expires
        />
    }
}

/// `/staff/patients`: front desk looks a patient up by family name and date of birth (a GET
/// form, so every search is a link) and creates an invitation code, shown once and printable.
#[component]
pub fn StaffPatientsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let family_name = move || query.read().get("family_name").unwrap_or_default();
    let date_of_birth = move || query.read().get("date_of_birth").unwrap_or_default();
    let issue = ServerAction::<IssueInvitation>::new();
    let book_for = ServerAction::<BookForPatient>::new();
    // The patients found, with the code issued by a post without JavaScript (a flash cookie).
    let results = Resource::new_blocking(
        move || (family_name(), date_of_birth()),
        |(family_name, date_of_birth)| async move {
            let found = find_patients(family_name, date_of_birth).await?;
            let flashed = typed_fields(PATIENTS_PAGE.into()).await.unwrap_or_default();
            Ok((found, flashed))
        },
    );
    let issued = move || {
        issue
            .value()
            .get()
            .and_then(Result::ok)
            .map(|issued| issued_view(i18n, issued).into_any())
    };
    let issue_error = move || {
        issue
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| view! { <p class="error" role="alert">{error.message(i18n)}</p> })
    };
    view! {
        <PageHeading text=t!(i18n, "patients-title") />
        <p>{t!(i18n, "patients-intro")}</p>
        <form method="get" action=PATIENTS_PAGE class="stacked-form search-form">
            <div class="field">
                <label for="family_name">{t!(i18n, "family-name-label")}</label>
                <input id="family_name" name="family_name" autocomplete="off" value=family_name />
            </div>
            <div class="field">
                <label for="date_of_birth">{t!(i18n, "date-of-birth-label")}</label>
                <input id="date_of_birth" name="date_of_birth" type="date" value=date_of_birth />
            </div>
            <button type="submit" class="primary">{t!(i18n, "patients-search")}</button>
        </form>
        {issued}
        {issue_error}
        <PageData data=results let:results>
            {
                let (found, flashed) = results;
                let from_cookie = match (flashed.get("code"), flashed.get("name"), flashed.get("expires")) {
                    (Some(code), Some(name), Some(expires)) => expires.parse().ok().map(|ms| IssuedCode {
                        code: code.clone(),
                        patient_name: name.clone(),
                        expires: ZonedDateTime::utc(UtcMillis(ms)),
                    }),
                    _ => None,
                };
                let searched = !family_name().trim().is_empty() && !date_of_birth().is_empty();
                view! {
                    {from_cookie.map(|issued| issued_view(i18n, issued))}
                    {(searched && found.is_empty()).then(|| view! { <p>{t!(i18n, "patients-none")}</p> })}
                    {(!found.is_empty()).then(|| view! {
                        <h2>{t!(i18n, "patients-results")}</h2>
                        <ul class="results">
                            {found
                                .into_iter()
                                .map(|patient| {
                                    let born = format::iso_date(i18n, &patient.date_of_birth);
                                    let book_label = t!(i18n, "book-for-patient-start-label", name = patient.name.clone());
                                    view! {
                                        <li>
                                            <h3>{patient.name.clone()}</h3>
                                            <p>{t!(i18n, "patient-born", date = born)}</p>
                                            <ActionForm action=book_for attr:class="inline-form">
                                                <input type="hidden" name="patient_id" value=patient.patient_id />
                                                <button
                                                    type="submit"
                                                    aria-label=book_label
                                                >
                                                    {t!(i18n, "book-for-patient-start")}
                                                </button>
                                            </ActionForm>
                                            {if patient.has_account {
                                                view! { <p>{t!(i18n, "patient-has-account")}</p> }.into_any()
                                            } else {
                                                view! {
                                                    <ActionForm action=issue>
                                                        <input type="hidden" name="patient_id" value=patient.patient_id />
                                                        <button
                                                            type="submit"
                                                            aria-label=t!(i18n, "invitation-create-label", name = patient.name.clone())
                                                        >
                                                            {t!(i18n, "invitation-create")}
                                                        </button>
                                                    </ActionForm>
                                                }
                                                    .into_any()
                                            }}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    })}
                }
            }
        </PageData>
    }
}
