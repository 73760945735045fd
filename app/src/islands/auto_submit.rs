use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast};

/// The key under which the control that changed waits for the next page.
const REFOCUS_KEY: &str = "portal-auto-submit";

/// How long the live region stays empty before its text returns, so screen readers hear it as new.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(150);

/// Makes the GET form `form` search as soon as one of its controls changes (the form's own
/// submit, so the address and the results stay one thing). The new page is a full load: there the
/// control that was changed gets focus back, so a keyboard or screen-reader user carries on where
/// they were, and the live region `status` (the number of results) is announced. Without
/// JavaScript the form's "Search" button does the same.
#[island]
pub fn AutoSubmit(form: String, status: String) -> impl IntoView {
    Effect::new(move |_| {
        let Some(element) = document()
            .get_element_by_id(&form)
            .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let storage = window().session_storage().ok().flatten();
        if let Some(storage) = &storage {
            let changed = storage.get_item(REFOCUS_KEY).ok().flatten();
            let _ = storage.remove_item(REFOCUS_KEY);
            if let Some(control) = changed
                .and_then(|id| document().get_element_by_id(&id))
                .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = control.focus();
                announce_again(&status);
            }
        }
        let submit = element.clone();
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let changed = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|t| t.id())
                .filter(|id| !id.is_empty());
            if let (Some(storage), Some(id)) = (&storage, changed) {
                let _ = storage.set_item(REFOCUS_KEY, &id);
            }
            let _ = submit.request_submit();
        });
        let _ =
            element.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_change.forget();
    });
}

/// A live region's text that was there when the page loaded is not announced: empty it, then put
/// the text back.
fn announce_again(region: &str) {
    let Some(region) = document().get_element_by_id(region) else {
        return;
    };
    let text = region.text_content();
    region.set_text_content(None);
    set_timeout(
        move || region.set_text_content(text.as_deref()),
        ANNOUNCE_AFTER,
    );
}
