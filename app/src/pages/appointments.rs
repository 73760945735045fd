//! `/appointments`: the signed-in patient's coming appointments (soonest first) and past ones.

use crate::{
    api::{
        appointments::{appointment_path, list_my_appointments, AppointmentSummary},
        error::AppError,
    },
    components::page_heading::PageHeading,
    i18n::{format, names, use_i18n, I18n},
    t,
};
use leptos::prelude::*;

/// One appointment as a list item: when (in the location's zone), with whom, where.
pub fn appointment_item(i18n: I18n, appointment: AppointmentSummary) -> impl IntoView {
    let when = format::date_time_in_zone(i18n, &appointment.starts);
    let status = names::appointment_status(i18n, appointment.status);
    view! {
        <li class="appointment">
            <a href=appointment_path(appointment.id)>{when}</a>
            <p>
                {t!(
                    i18n,
                    "appointments-with",
                    provider = appointment.provider_name.as_str(),
                    place = appointment.location_name.as_str()
                )}
            </p>
            <p class="status">{status}</p>
        </li>
    }
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let mine = Resource::new_blocking(|| (), |_| list_my_appointments());
    view! {
        <PageHeading text=t!(i18n, "appointments-title") />
        <Suspense>
            {move || Suspend::new(async move {
                match mine.await {
                    Ok(mine) => {
                        let upcoming_empty = mine.upcoming.is_empty();
                        let past_empty = mine.past.is_empty();
                        view! {
                            <p>
                                <a href="/find-a-doctor">{t!(i18n, "appointments-book-new")}</a>
                            </p>
                            <h2>{t!(i18n, "appointments-upcoming")}</h2>
                            {upcoming_empty.then(|| view! { <p>{t!(i18n, "appointments-none-upcoming")}</p> })}
                            <ul class="appointments">
                                {mine.upcoming.into_iter().map(|a| appointment_item(i18n, a)).collect_view()}
                            </ul>
                            <h2>{t!(i18n, "appointments-past")}</h2>
                            {past_empty.then(|| view! { <p>{t!(i18n, "appointments-none-past")}</p> })}
                            <ul class="appointments">
                                {mine.past.into_iter().map(|a| appointment_item(i18n, a)).collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(AppError::SignInRequired | AppError::NotFound) => view! {
                        <p>
                            <a href="/sign-in">{t!(i18n, "appointments-sign-in")}</a>
                        </p>
                    }
                        .into_any(),
                    Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}
