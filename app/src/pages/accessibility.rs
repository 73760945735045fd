use crate::{components::page_heading::PageHeading, i18n::use_i18n, t};
use leptos::prelude::*;

/// `/accessibility`: the accessibility statement clinics publish, and how to ask for help.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=t!(i18n, "accessibility-title") />
        <p class="lead">{t!(i18n, "accessibility-intro")}</p>
        <h2>{t!(i18n, "accessibility-standard-heading")}</h2>
        <p>{t!(i18n, "accessibility-standard-body")}</p>
        <h2>{t!(i18n, "accessibility-features-heading")}</h2>
        <ul>
            <li>{t!(i18n, "accessibility-feature-keyboard")}</li>
            <li>{t!(i18n, "accessibility-feature-languages")}</li>
            <li>{t!(i18n, "accessibility-feature-zoom")}</li>
            <li>{t!(i18n, "accessibility-feature-no-script")}</li>
        </ul>
        <h2>{t!(i18n, "accessibility-help-heading")}</h2>
        <p>{t!(i18n, "accessibility-help-body")}</p>
    }
}
