use crate::{
    api::email_change::ConfirmEmailChange,
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/account/email/confirm?token=…`: the page the link sent to a new email address opens. Only
/// its button (a POST) confirms, so a mail scanner that opens the link changes nothing. Works
/// without JavaScript and without being signed in; `?done` says the address changed.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let confirm = ServerAction::<ConfirmEmailChange>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let done = move || query.read().get("done").is_some();
    let error = Signal::derive(move || {
        confirm
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.message(i18n))
    });
    view! {
        <PageHeading text=t!(i18n, "confirm-email-title") />
        <p class="notice" role="status">{move || done().then(|| t!(i18n, "email-changed"))}</p>
        <Show when=move || !done()>
            <p>{t!(i18n, "confirm-email-intro")}</p>
            <ErrorSummary message=error field="confirm-email" />
            <ActionForm action=confirm attr:class="stacked-form">
                <input type="hidden" name="token" value=token />
                <button id="confirm-email" type="submit" class="primary">
                    {t!(i18n, "confirm-email-submit")}
                </button>
            </ActionForm>
        </Show>
    }
}
