use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

/// The first stop in the tab order: jumps to and focuses `<main>`. Without JavaScript the browser
/// follows `#main` itself; with it, the click is handled here so the router does not swallow it.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |event: leptos::ev::MouseEvent| {
        let main = document()
            .get_element_by_id("main")
            .and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok());
        if let Some(main) = main {
            event.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {t!(i18n, "skip-to-main")}
        </a>
    }
}
