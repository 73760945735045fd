use crate::{
    api::password_reset::{ResetPassword, FORGOT_PAGE},
    components::{
        error_summary::ErrorSummary, new_password_field::NewPasswordField,
        page_heading::PageHeading,
    },
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

/// `/reset-password?token=…`: the page the emailed link opens. Choosing a new password ends
/// every session; the person then signs in with it. Works without JavaScript.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let reset = ServerAction::<ResetPassword>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let failure = move || reset.value().get().and_then(Result::err);
    let error = Signal::derive(move || failure().map(|e| e.message(i18n)));
    let invalid = Signal::derive(move || error.get().is_some().then_some("true"));
    view! {
        <PageHeading text=t!(i18n, "reset-title") />
        <p>{t!(i18n, "reset-intro")}</p>
        <ErrorSummary message=error field="password" />
        <ActionForm action=reset attr:class="stacked-form">
            <input type="hidden" name="token" value=token />
            <NewPasswordField name="password" invalid />
            <button type="submit" class="primary">{t!(i18n, "reset-submit")}</button>
        </ActionForm>
        <p class="aside">
            <A href=FORGOT_PAGE>{t!(i18n, "forgot-submit")}</A>
        </p>
    }
}
