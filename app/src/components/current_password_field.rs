use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

/// "Current password", asked again before changing the password, the email or two-step
/// verification. Each form on a page gives it its own id; the form field is always
/// `current_password`.
#[component]
pub fn CurrentPasswordField(
    /// The input's id, unique on the page.
    id: &'static str,
    /// `Some("true")` while the last answer was about this field.
    #[prop(into)]
    invalid: Signal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=id>{t!(i18n, "current-password-label")}</label>
            <input
                id=id
                name="current_password"
                type="password"
                autocomplete="current-password"
                aria-invalid=invalid
            />
        </div>
    }
}
