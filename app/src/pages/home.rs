use crate::{components::page_heading::PageHeading, i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/`: what the portal is for and where to get help.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=t!(i18n, "home-title") />
        <p class="lead">{t!(i18n, "home-intro")}</p>
        <section aria-labelledby="home-features">
            <h2 id="home-features">{t!(i18n, "home-features-heading")}</h2>
            <ul>
                <li>{t!(i18n, "home-feature-find")}</li>
                <li>{t!(i18n, "home-feature-book")}</li>
                <li>{t!(i18n, "home-feature-message")}</li>
                <li>{t!(i18n, "home-feature-records")}</li>
            </ul>
        </section>
        <section aria-labelledby="home-help">
            <h2 id="home-help">{t!(i18n, "home-help-heading")}</h2>
            <p>{t!(i18n, "home-help-body")}</p>
            <p><A href="/accessibility">{t!(i18n, "home-help-link")}</A></p>
        </section>
    }
}
