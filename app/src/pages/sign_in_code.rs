use crate::{
    api::two_factor::VerifySignInCode,
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/sign-in/code`: the second step of signing in, for accounts with two-step verification — a
/// code from the authenticator app or a recovery code. Works without JavaScript.
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let verify = ServerAction::<VerifySignInCode>::new();
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
        <p class="aside">
            <A href="/sign-in">{t!(i18n, "sign-in-code-start-over")}</A>
        </p>
    }
}
