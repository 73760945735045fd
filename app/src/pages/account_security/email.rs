//! The "Email address" part of `/account/security`: the address you sign in with, and changing
//! it (the current password is asked again).

use crate::{
    api::{
        accounts::{account_email, typed_fields, ChangeEmail, SecurityDone},
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
    let change = ServerAction::<ChangeEmail>::new();
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
    let changed = move || {
        (use_security_done() == Some(SecurityDone::EmailChanged)).then(|| t!(i18n, "email-changed"))
    };
    view! {
        <section aria-labelledby="email-heading" id="email">
            <h2 id="email-heading">{t!(i18n, "email-heading")}</h2>
            <p class="notice" role="status">{changed}</p>
            <ErrorSummary message field />
            <Suspense>
                {move || Suspend::new(async move {
                    let current = current.await.unwrap_or_default();
                    let typed = typed.await.ok().and_then(|mut f| f.remove("email")).unwrap_or_default();
                    view! {
                        <p>
                            {t!(i18n, "email-current")} " " <strong>{current}</strong>
                        </p>
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
