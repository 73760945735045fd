//! The router: which page answers which address.

use crate::{
    components::{
        route_announcer::RouteAnnouncer, site_footer::SiteFooter, site_header::SiteHeader,
        skip_link::SkipLink,
    },
    i18n::use_i18n,
    pages::{accessibility::AccessibilityPage, home::HomePage, not_found::NotFoundPage},
    t,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole application below `<body>`; the server renders it and the browser hydrates it.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let formatter = move |page: String| t!(i18n, "document-title", page = page);
    view! {
        <Title formatter />
        <Router>
            <SkipLink />
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/accessibility") view=AccessibilityPage />
                </Routes>
            </main>
            <SiteFooter />
            <RouteAnnouncer />
        </Router>
    }
}
