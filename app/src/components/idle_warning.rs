use super::session_actions::for_signed_in;
use crate::{i18n::use_i18n, islands::idle_warning::IdleWarning, t};
use domain::{accounts::session_policy::WARNING_MS, time::MINUTE_MS};
use leptos::prelude::*;

/// The idle warning for whoever is signed in (nothing for a visitor): the island, with its texts
/// translated here and the session's own idle limit.
#[component]
pub fn SignedInIdleWarning() -> impl IntoView {
    let i18n = use_i18n();
    let minutes: i64 = WARNING_MS / MINUTE_MS;
    for_signed_in(move |user| {
        view! {
            <IdleWarning
                idle_limit_ms=user.idle_limit_ms
                warning_ms=WARNING_MS
                title=t!(i18n, "idle-title")
                body=t!(i18n, "idle-body", minutes = minutes)
                stay=t!(i18n, "idle-stay")
                sign_out=t!(i18n, "sign-out")
            />
        }
    })
}
