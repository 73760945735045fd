use crate::{i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// After a client-side navigation, moves focus to the new page's `h1` and announces the page in a
/// polite live region, as a full page load would for a screen-reader user.
#[component]
pub fn RouteAnnouncer() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let announcement = RwSignal::new(String::new());

    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(move || {
                let Some(heading) = document()
                    .query_selector("main h1")
                    .ok()
                    .flatten()
                    .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
                else {
                    return;
                };
                let _ = heading.focus();
                let title = heading.text_content().unwrap_or_default();
                announcement.set(t!(i18n, "route-announcement", title = title));
            });
        }
        path
    });

    view! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || announcement.get()}
        </div>
    }
}
