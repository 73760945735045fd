use crate::{
    api::{
        accounts::typed_fields,
        invitations::{sign_up_field, SignUp},
    },
    components::{
        error_summary::ErrorSummary, new_password_field::NewPasswordField,
        page_heading::PageHeading,
    },
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;

/// `/sign-up`: a patient joins with the invitation code from the front desk and their date of
/// birth, choosing an email and a password. Works without JavaScript; what was typed is kept
/// (never the password).
#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let sign_up = ServerAction::<SignUp>::new();
    let failure = move || sign_up.value().get().and_then(Result::err);
    let error = Signal::derive(move || failure().map(|e| e.message(i18n)));
    let field = Signal::derive(move || failure().as_ref().map_or("code", sign_up_field));
    let invalid = move |name: &'static str| {
        Signal::derive(move || (error.get().is_some() && field.get() == name).then_some("true"))
    };
    let typed = Resource::new_blocking(|| (), |_| typed_fields("/sign-up".into()));
    view! {
        <PageHeading text=t!(i18n, "sign-up-title") />
        <p>{t!(i18n, "sign-up-intro")}</p>
        <ErrorSummary message=error field=field />
        <Suspense>
            {move || Suspend::new(async move {
                let typed = typed.await.unwrap_or_default();
                let value = move |name: &str| typed.get(name).cloned().unwrap_or_default();
                view! {
                    <ActionForm action=sign_up attr:class="stacked-form">
                        <InvitationCodeField value=value("code") invalid=invalid("code") />
                        <div class="field">
                            <label for="date_of_birth">{t!(i18n, "date-of-birth-label")}</label>
                            <input
                                id="date_of_birth"
                                name="date_of_birth"
                                type="date"
                                autocomplete="bday"
                                value=value("date_of_birth")
                            />
                        </div>
                        <EmailField value=value("email") invalid=invalid("email") />
                        <NewPasswordField name="password" invalid=invalid("password") />
                        <button type="submit" class="primary">{t!(i18n, "sign-up-submit")}</button>
                    </ActionForm>
                }
            })}
        </Suspense>
    }
}

/// The invitation code, typed as printed (case, spaces and dashes do not matter).
#[component]
pub fn InvitationCodeField(
    value: String,
    #[prop(into)] invalid: Signal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="code">{t!(i18n, "invitation-code-label")}</label>
            <p class="hint" id="code-hint">{t!(i18n, "invitation-code-hint")}</p>
            <input
                id="code"
                name="code"
                autocomplete="one-time-code"
                autocapitalize="characters"
                spellcheck="false"
                aria-describedby="code-hint"
                value=value
                aria-invalid=invalid
            />
        </div>
    }
}

/// The email address a new account signs in with.
#[component]
pub fn EmailField(
    value: String,
    #[prop(into)] invalid: Signal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="email">{t!(i18n, "email-label")}</label>
            <input
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                spellcheck="false"
                value=value
                aria-invalid=invalid
            />
        </div>
    }
}
