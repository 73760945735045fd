use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

/// The form's problems at the top, announced as an alert, each linking to the field to fix.
/// Rendered by the server too, so a form posted without JavaScript shows it after the redirect.
#[component]
pub fn ErrorSummary(
    /// The message to show, when there is a problem.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// The id of the field the message is about.
    #[prop(into)]
    field: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = NodeRef::<leptos::html::Div>::new();
    let link = move || format!("#{}", field.get());
    let title_id = move || format!("error-summary-{}", field.get());
    // With JavaScript, move focus to the summary when a new problem appears.
    Effect::new(move |_| {
        if message.get().is_some() {
            if let Some(element) = summary.get() {
                let _ = element.focus();
            }
        }
    });
    move || {
        message.get().map(|message| {
            view! {
                <div
                    class="error-summary"
                    role="alert"
                    tabindex="-1"
                    aria-labelledby=title_id
                    node_ref=summary
                >
                    <h2 id=title_id>{t!(i18n, "error-summary-title")}</h2>
                    <ul>
                        <li>
                            <a href=link>{message}</a>
                        </li>
                    </ul>
                </div>
            }
        })
    }
}

/// A form's problems at the top of the form, announced as an alert: one link per field problem
/// (`(field id, message)`), or, for a problem that is not about a field, `message` linking to
/// `fallback_field`. `id` tells several summaries on one page apart.
#[component]
pub fn FieldErrorSummary(
    id: &'static str,
    problems: crate::components::form_fields::Problems,
    #[prop(into)] message: Signal<Option<String>>,
    fallback_field: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = NodeRef::<leptos::html::Div>::new();
    let title_id = format!("{id}-title");
    let items = move || {
        let mut items = problems.get();
        if items.is_empty() {
            if let Some(message) = message.get() {
                items.push((fallback_field.to_string(), message));
            }
        }
        items
    };
    // With JavaScript, move focus to the summary when new problems appear.
    Effect::new(move |_| {
        if !items().is_empty() {
            if let Some(element) = summary.get() {
                let _ = element.focus();
            }
        }
    });
    move || {
        let items = items();
        let title_id = title_id.clone();
        (!items.is_empty()).then(|| {
            view! {
                <div
                    class="error-summary"
                    id=id
                    role="alert"
                    tabindex="-1"
                    aria-labelledby=title_id.clone()
                    node_ref=summary
                >
                    <h2 id=title_id.clone()>{t!(i18n, "error-summary-title")}</h2>
                    <ul>
                        {items
                            .into_iter()
                            .map(|(field, message)| {
                                let href = format!("#{field}");
                                view! {
                                    <li>
                                        <a href=href on:click=move |event| focus_field(&event, &field)>{message}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// With JavaScript, a summary link moves focus into the field it names (a group's first
/// control), with the field's label in view; a fragment link alone only scrolls.
fn focus_field(event: &leptos::ev::MouseEvent, field: &str) {
    use wasm_bindgen::JsCast;
    let Some(target) = document().get_element_by_id(field) else {
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
