use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Placed inside an error summary (the one with id `summary`): when the page loads with problems
/// to fix (after a failed submit), focus moves to the summary, so a screen reader reads it first.
/// A click on one of its links moves focus into the field it names (a group's first control), with
/// the field's label in view; a fragment link alone scrolls the control to the top edge and skips
/// a group's first control.
#[island]
pub fn ErrorSummaryFocus(summary: String) -> impl IntoView {
    Effect::new(move |_| {
        let Some(element) = document()
            .get_element_by_id(&summary)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let _ = element.focus();
        let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(focus_field);
        let _ =
            element.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_click.forget();
    });
}

/// Moves focus to the control a summary link (`href="#field"`) names.
fn focus_field(event: web_sys::MouseEvent) {
    let Some(link) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    let field = link.get_attribute("href").unwrap_or_default();
    let Some(target) = document().get_element_by_id(field.trim_start_matches('#')) else {
        return;
    };
    let control = if matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
        Some(target.clone())
    } else {
        target
            .query_selector("input, select, textarea")
            .ok()
            .flatten()
    };
    let Some(control) = control.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    event.prevent_default();
    let _ = control.focus();
    if let Ok(Some(field)) = target.closest(".field") {
        field.scroll_into_view();
    }
}
