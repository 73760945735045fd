use crate::{
    api::{
        audit::{my_record_activity, ActivityLine},
        error::AppError,
    },
    components::page_heading::PageHeading,
    i18n::{format, role_name, use_i18n, I18n},
    t,
};
use leptos::prelude::*;
use leptos_router::components::Redirect;

fn action_text(i18n: I18n, action: &str) -> String {
    match action {
        "view_patient_summary" => t!(i18n, "action-view_patient_summary"),
        "issue_invitation" => t!(i18n, "action-issue_invitation"),
        "sign_up" => t!(i18n, "action-sign_up"),
        "appointment.book" => t!(i18n, "action-appointment-book"),
        "appointment.reschedule" => t!(i18n, "action-appointment-reschedule"),
        "appointment.cancel" => t!(i18n, "action-appointment-cancel"),
        "appointment.read" => t!(i18n, "action-appointment-read"),
        "appointment.arrive" => t!(i18n, "action-appointment-arrive"),
        "appointment.no_show" => t!(i18n, "action-appointment-no_show"),
        "schedule.read" => t!(i18n, "action-schedule-read"),
        "patient.book_for" => t!(i18n, "action-patient-book_for"),
        "waitlist.join" => t!(i18n, "action-waitlist-join"),
        "waitlist.accept" => t!(i18n, "action-waitlist-accept"),
        "waitlist.decline" => t!(i18n, "action-waitlist-decline"),
        _ => t!(i18n, "action-other"),
    }
}

fn line_view(i18n: I18n, line: ActivityLine) -> impl IntoView {
    let who = match &line.who {
        Some(name) => t!(
            i18n,
            "activity-by",
            name = name.as_str(),
            role = line
                .role
                .map_or_else(|| t!(i18n, "role-proxy"), |r| role_name(i18n, r))
        ),
        None => t!(i18n, "activity-by-unknown"),
    };
    view! {
        <li>
            <h3>{action_text(i18n, &line.action)}</h3>
            <p>{who}</p>
            <p>{format::date_time_in_zone(i18n, &line.at)}</p>
            {line.refused.then(|| view! { <p>{t!(i18n, "activity-refused")}</p> })}
        </li>
    }
}

/// `/account/activity` — "who viewed my record": every read and change of the patient's data by
/// staff and proxies, newest first, in the patient's language.
#[component]
pub fn AccountActivityPage() -> impl IntoView {
    let i18n = use_i18n();
    let activity = Resource::new_blocking(|| (), |_| my_record_activity());
    view! {
        <PageHeading text=t!(i18n, "activity-title") />
        <p>{t!(i18n, "activity-intro")}</p>
        <Suspense>
            {move || Suspend::new(async move {
                match activity.await {
                    Err(AppError::SignInRequired) => view! { <Redirect path="/sign-in" /> }.into_any(),
                    Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                    Ok(lines) if lines.is_empty() => view! { <p>{t!(i18n, "activity-none")}</p> }.into_any(),
                    Ok(lines) => view! {
                        <ul class="activity" aria-label=t!(i18n, "activity-list")>
                            {lines.into_iter().map(|line| line_view(i18n, line)).collect_view()}
                        </ul>
                    }
                        .into_any(),
                }
            })}
        </Suspense>
    }
}
