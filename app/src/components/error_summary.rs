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
