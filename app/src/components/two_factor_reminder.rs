use super::session_actions::for_signed_in;
use crate::{i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// On every page, for a staff account whose role waits for two-step verification: why the staff
/// pages are closed, and where to open them.
#[component]
pub fn TwoFactorReminder() -> impl IntoView {
    let i18n = use_i18n();
    for_signed_in(move |user| {
        user.two_factor_needed.then(|| {
            view! {
                <p class="banner warning">
                    <span>{t!(i18n, "two-factor-needed")}</span>
                    <A href="/account/security#two-factor">{t!(i18n, "two-factor-start")}</A>
                </p>
            }
        })
    })
}
