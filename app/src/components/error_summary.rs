use crate::{i18n::use_i18n, islands::error_summary_focus::ErrorSummaryFocus, t};
use leptos::prelude::*;

/// The form's problem at the top, announced as an alert, linking to the field to fix. Rendered by
/// the server after a failed submit; the page then opens with focus on it.
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
    move || {
        message.get().map(|message| {
            let field = field.get();
            summary_view(
                i18n,
                format!("error-summary-{field}"),
                vec![(field.to_string(), message)],
            )
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
    move || {
        let mut items = problems.get();
        if items.is_empty() {
            if let Some(message) = message.get() {
                items.push((fallback_field.to_string(), message));
            }
        }
        (!items.is_empty()).then(|| summary_view(i18n, id.to_string(), items))
    }
}

/// The summary `id` of `(field id, message)` problems: a focusable alert titled "There is a
/// problem", each message a link to its field.
fn summary_view(
    i18n: crate::i18n::I18n,
    id: String,
    items: Vec<(String, String)>,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let focus = id.clone();
    view! {
        <div class="error-summary" id=id role="alert" tabindex="-1" aria-labelledby=labelled_by>
            <h2 id=title_id>{t!(i18n, "error-summary-title")}</h2>
            <ul>
                {items
                    .into_iter()
                    .map(|(field, message)| view! { <li><a href=format!("#{field}")>{message}</a></li> })
                    .collect_view()}
            </ul>
            <ErrorSummaryFocus summary=focus />
        </div>
    }
}
