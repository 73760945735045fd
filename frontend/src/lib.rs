//! The browser entry point: hydrate the server-rendered page, nothing else.

// The staff schedule's view type is deeper than the default limit allows for hydration.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // Tells styles and browser tests that the page is now interactive.
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute("data-hydrated", "true");
    }
}
