use crate::{
    api::password_reset::RequestPasswordReset,
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/forgot-password`: asks for the sign-in email and sends a reset link. The answer is the same
/// whether or not the address has an account. Works without JavaScript.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let request = ServerAction::<RequestPasswordReset>::new();
    let query = use_query_map();
    let sent = move || {
        let answered = request.value().get().is_some_and(|r| r.is_ok());
        (answered || query.read().get("sent").is_some()).then(|| t!(i18n, "forgot-sent"))
    };
    let error = Signal::derive(move || {
        request
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.message(i18n))
    });
    view! {
        <PageHeading text=t!(i18n, "forgot-title") />
        <p>{t!(i18n, "forgot-intro")}</p>
        <p class="notice" role="status">{sent}</p>
        <ErrorSummary message=error field="email" />
        <ActionForm action=request attr:class="stacked-form">
            <div class="field">
                <label for="email">{t!(i18n, "email-label")}</label>
                <input id="email" name="email" type="email" autocomplete="username" spellcheck="false" />
            </div>
            <button type="submit" class="primary">{t!(i18n, "forgot-submit")}</button>
        </ActionForm>
    }
}
