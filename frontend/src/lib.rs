//! The browser entry point: the bundle holds the app's islands (`app::islands`) and nothing else.
//! The loader script in the page calls `hydrate()` and then each island's export.

// Links the app crate, whose `#[island]` components export their hydration functions.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
