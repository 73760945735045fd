use crate::{
    api::two_factor::VerifySignInCode,
    components::{
        error_summary::ErrorSummary, page_heading::PageHeading,
        session_actions::use_session_actions,
    },
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;

/// `/sign-in/code`: the second step of signing in, for accounts with two-step verification — a
/// code from the authenticator app or a recovery code. Works without JavaScript. Starting over
/// signs out, which ends the session waiting for the code.
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let verify = ServerAction::<VerifySignInCode>::new();
    let sign_out = use_session_actions().sign_out;
    let error = Signal::derive(move || {
        verify
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| error.message(i18n))
    });
    let invalid = move || error.get().is_some().then_some("true");
    view! {
        <PageHeading text=t!(i18n, "sign-in-code-title") />
        <p>{t!(i18n, "sign-in-code-intro")}</p>
        <ErrorSummary message=error field="code" />
        <ActionForm action=verify attr:class="stacked-form">
            <div class="field">
                <label for="code">{t!(i18n, "sign-in-code-label")}</label>
                <input
                    id="code"
                    name="code"
                    type="text"
                    autocomplete="one-time-code"
                    spellcheck="false"
                    autocapitalize="characters"
                    aria-invalid=invalid
                />
            </div>
            <button type="submit" class="primary">{t!(i18n, "sign-in-code-submit")}</button>
        </ActionForm>
        <ActionForm action=sign_out attr:class="aside">
            <button type="submit">{t!(i18n, "sign-in-code-start-over")}</button>
        </ActionForm>
    }
}
