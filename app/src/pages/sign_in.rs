use crate::{
    api::{
        accounts::{typed_fields, SignIn},
        password_reset::FORGOT_PAGE,
    },
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

/// `/sign-in`: email and password. A failure shows one message for a wrong password and an unknown
/// email alike, keeps what was typed into "Email", and works without JavaScript.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let sign_in = ServerAction::<SignIn>::new();
    let error = Signal::derive(move || {
        sign_in
            .value()
            .get()
            .and_then(|result| result.err())
            .map(|error| error.message(i18n))
    });
    let invalid = move || error.get().is_some().then_some("true");
    let typed = Resource::new_blocking(|| (), |_| typed_fields("/sign-in".into()));
    let query = use_query_map();
    let reset_done = move || {
        (query.read().get("reset").as_deref() == Some("done")).then(|| t!(i18n, "reset-done"))
    };
    view! {
        <PageHeading text=t!(i18n, "sign-in-title") />
        <p>{t!(i18n, "sign-in-intro")}</p>
        <p class="notice" role="status">{reset_done}</p>
        <ErrorSummary message=error field="email" />
        <ActionForm action=sign_in attr:class="stacked-form">
            <div class="field">
                <label for="email">{t!(i18n, "email-label")}</label>
                <Suspense>
                    {move || Suspend::new(async move {
                        let typed = typed
                            .await
                            .ok()
                            .and_then(|mut fields| fields.remove("email"))
                            .unwrap_or_default();
                        view! {
                            <input
                                id="email"
                                name="email"
                                type="email"
                                autocomplete="username"
                                spellcheck="false"
                                value=typed
                                aria-invalid=invalid
                            />
                        }
                    })}
                </Suspense>
            </div>
            <div class="field">
                <label for="password">{t!(i18n, "password-label")}</label>
                <input
                    id="password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    aria-invalid=invalid
                />
            </div>
            <button type="submit" class="primary">{t!(i18n, "sign-in-submit")}</button>
        </ActionForm>
        <p class="aside">
            <A href=FORGOT_PAGE>{t!(i18n, "forgot-link")}</A>
        </p>
        <p class="aside">
            <span>{t!(i18n, "sign-in-new-here")}</span>
            <A href="/sign-up">{t!(i18n, "sign-in-sign-up-link")}</A>
        </p>
    }
}
