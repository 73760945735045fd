use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

/// "Choose a password" with the rules as a hint, for sign-up and for changing a password.
#[component]
pub fn NewPasswordField(
    /// The field's id and form name.
    name: &'static str,
    /// `Some("true")` while the last answer was about this field.
    #[prop(into)]
    invalid: Signal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint = format!("{name}-hint");
    view! {
        <div class="field">
            <label for=name>{t!(i18n, "new-password-label")}</label>
            <p class="hint" id=hint.clone()>{t!(i18n, "password-hint")}</p>
            <input
                id=name
                name=name
                type="password"
                autocomplete="new-password"
                aria-describedby=hint
                aria-invalid=invalid
            />
        </div>
    }
}
