use leptos::prelude::*;
use leptos_meta::Title;

/// A page's one `h1`, which also names the document. It takes focus after client-side
/// navigation (hence `tabindex="-1"`: focusable by script, not in the tab order).
#[component]
pub fn PageHeading(text: String) -> impl IntoView {
    view! {
        <Title text=text.clone() />
        <h1 tabindex="-1">{text}</h1>
    }
}
