//! The "Email address" part of `/account/security`: the address you sign in with, changing it
//! (the current password is asked again; the change waits for a link sent to the new address),
//! and the change waiting for its link, with a way to cancel it.

use crate::{
    api::{
        accounts::{typed_fields, SecurityDone},
        email_change::{account_email, CancelEmailChange, RequestEmailChange},
        error::AppError,
    },
    components::{current_password_field::CurrentPasswordField, error_summary::ErrorSummary},
    i18n::use_i18n,
    pages::account_security::use_security_done,
    t,
};
use leptos::prelude::*;

#[component]
pub fn EmailSection() -> impl IntoView {
    let i18n = use_i18n();
    let change = ServerAction::<RequestEmailChange>::new();
    let cancel = ServerAction::<CancelEmailChange>::new();
    let current = Resource::new_blocking(|| (), |_| account_email());
    let typed = Resource::new_blocking(|| (), |_| typed_fields("/account/security".into()));
    let failure = move || change.value().get().and_then(Result::err);
    let message = Signal::derive(move || failure().map(|e| e.message(i18n)));
    let field = Signal::derive(move || match failure() {
        Some(AppError::WrongCurrentPassword) => "email_current_password",
        _ => "new_email",
    });
    let invalid = move |name: &'static str| {
        Signal::derive(move || (message.get().is_some() && field.get() == name).then_some("true"))
    };
    let done = move || match use_security_done()? {
        SecurityDone::EmailChangeRequested => Some(t!(i18n, "email-change-sent")),
        SecurityDone::EmailChangeCancelled => Some(t!(i18n, "email-change-cancelled")),
        _ => None,
    };
    view! {
        <section aria-labelledby="email-heading" id="email">
            <h2 id="email-heading">{t!(i18n, "email-heading")}</h2>
            <p class="notice" role="status">{done}</p>
            <ErrorSummary message field />
            <Suspense>
                {move || Suspend::new(async move {
                    let status = current.await.ok();
                    let (current, pending) = status.map(|s| (s.current, s.pending)).unwrap_or_default();
                    let typed = typed.await.ok().and_then(|mut f| f.remove("email")).unwrap_or_default();
                    view! {
                        <p>
                            {t!(i18n, "email-current")} " " <strong>{current}</strong>
                        </p>
                        {pending
                            .map(|address| {
                                view! {
                                    <p>{t!(i18n, "email-pending", address = address)}</p>
                                    <ActionForm action=cancel>
                                        <button type="submit">{t!(i18n, "email-cancel-submit")}</button>
                                    </ActionForm>
                                }
                            })}
                        <ActionForm action=change attr:class="stacked-form">
                            <div class="field">
                                <label for="new_email">{t!(i18n, "email-new-label")}</label>
                                <input
                                    id="new_email"
                                    name="email"
                                    type="email"
                                    autocomplete="email"
                                    spellcheck="false"
                                    value=typed
                                    aria-invalid=invalid("new_email")
                                />
                            </div>
                            <CurrentPasswordField id="email_current_password" invalid=invalid("email_current_password") />
                            <button type="submit">{t!(i18n, "email-change-submit")}</button>
                        </ActionForm>
                    }
                })}
            </Suspense>
        </section>
    }
}
