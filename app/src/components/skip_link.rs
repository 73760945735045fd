use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

/// The first stop in the tab order: the browser follows `#main` and focuses `<main>` (it has
/// `tabindex="-1"`).
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">
            {t!(i18n, "skip-to-main")}
        </a>
    }
}
