use crate::{components::page_heading::PageHeading, i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// Any address no route matches: a real 404 status, and a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <PageHeading text=t!(i18n, "not-found-title") />
        <p>{t!(i18n, "not-found-body")}</p>
        <p><A href="/">{t!(i18n, "not-found-home")}</A></p>
    }
}
