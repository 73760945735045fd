//! The "Two-step verification" part of `/account/security`: set it up (QR code and the key as
//! text), confirm with a first code, make new recovery codes, turn it off.

use crate::{
    api::{
        accounts::{typed_fields, SecurityDone},
        error::AppError,
        two_factor::{
            two_factor_status, ConfirmTwoFactor, NewRecoveryCodes, StartTwoFactor,
            TurnOffTwoFactor, TwoFactorView, RECOVERY_CODES_FIELD, SECURITY_PAGE,
        },
    },
    components::{current_password_field::CurrentPasswordField, error_summary::ErrorSummary},
    i18n::use_i18n,
    pages::account_security::use_security_done,
    t,
};
use leptos::prelude::*;

/// The section's forms, so the error summary links to the field of the one refused.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Start,
    Confirm,
    NewCodes,
    TurnOff,
}

impl Form {
    /// The field a refusal of this form is about.
    fn field(self) -> &'static str {
        match self {
            Form::Start => "two_factor_start_password",
            Form::Confirm => "two_factor_code",
            Form::NewCodes => "recovery_codes_password",
            Form::TurnOff => "two_factor_off_password",
        }
    }
}

#[component]
pub fn TwoFactorSection() -> impl IntoView {
    let i18n = use_i18n();
    let start = ServerAction::<StartTwoFactor>::new();
    let confirm = ServerAction::<ConfirmTwoFactor>::new();
    let new_codes = ServerAction::<NewRecoveryCodes>::new();
    let turn_off = ServerAction::<TurnOffTwoFactor>::new();
    let status = Resource::new_blocking(|| (), |_| two_factor_status());
    // Recovery codes after a no-JavaScript post arrive in the one-time cookie.
    let flashed = Resource::new_blocking(|| (), |_| typed_fields(SECURITY_PAGE.into()));

    let refusal = move |form: Form| -> Option<AppError> {
        match form {
            Form::Start => start.value().get().and_then(Result::err),
            Form::Confirm => confirm.value().get().and_then(Result::err),
            Form::NewCodes => new_codes.value().get().and_then(Result::err),
            Form::TurnOff => turn_off.value().get().and_then(Result::err),
        }
    };
    // A failed post comes back with its refusal (one form at a time).
    let failed = Memo::new(move |_| {
        [Form::Start, Form::Confirm, Form::NewCodes, Form::TurnOff]
            .into_iter()
            .find_map(|form| refusal(form).map(|e| (form, e)))
    });
    let message = Signal::derive(move || failed.get().map(|(_, e)| e.message(i18n)));
    let field = Signal::derive(move || failed.get().map_or("two_factor_code", |(f, _)| f.field()));
    let invalid = move |form: Form| {
        Signal::derive(move || (failed.get().map(|(f, _)| f) == Some(form)).then_some("true"))
    };
    let shown_codes = move || {
        flashed
            .get()
            .and_then(Result::ok)
            .and_then(|mut fields| fields.remove(RECOVERY_CODES_FIELD))
            .map(|codes| codes.split(' ').map(str::to_string).collect::<Vec<_>>())
    };
    let turned_off = move || use_security_done() == Some(SecurityDone::TwoFactorOff);

    let on_view = move |view: &TwoFactorView| {
        view! {
            <p>
                <strong>{t!(i18n, "two-factor-on")}</strong>
            </p>
            <p>{t!(i18n, "recovery-codes-left", count = view.recovery_codes_left)}</p>
            <ActionForm action=new_codes attr:class="stacked-form">
                <CurrentPasswordField id=Form::NewCodes.field() invalid=invalid(Form::NewCodes) />
                <button type="submit">{t!(i18n, "recovery-codes-new")}</button>
            </ActionForm>
            <ActionForm action=turn_off attr:class="stacked-form">
                <CurrentPasswordField id=Form::TurnOff.field() invalid=invalid(Form::TurnOff) />
                <button type="submit">{t!(i18n, "two-factor-turn-off")}</button>
            </ActionForm>
        }
    };
    let pending_view = move |secret: String, qr_code: String| {
        view! {
            <ol class="steps">
                <li>
                    <p>{t!(i18n, "two-factor-scan")}</p>
                    <img class="qr-code" src=qr_code alt=t!(i18n, "two-factor-qr-alt") width="200" height="200" />
                    <dl class="key">
                        <dt>{t!(i18n, "two-factor-key")}</dt>
                        <dd><code class="secret">{secret}</code></dd>
                    </dl>
                </li>
                <li>
                    <ActionForm action=confirm attr:class="stacked-form">
                        <div class="field">
                            <label for=Form::Confirm.field()>{t!(i18n, "two-factor-code-label")}</label>
                            <input
                                id=Form::Confirm.field()
                                name="code"
                                type="text"
                                inputmode="numeric"
                                autocomplete="one-time-code"
                                aria-invalid=invalid(Form::Confirm)
                            />
                        </div>
                        <button type="submit" class="primary">{t!(i18n, "two-factor-confirm")}</button>
                    </ActionForm>
                </li>
            </ol>
        }
    };
    let off_view = move |needed: bool| {
        view! {
            <p>{t!(i18n, "two-factor-intro")}</p>
            {needed.then(|| view! { <p class="warning">{t!(i18n, "two-factor-needed")}</p> })}
            <ActionForm action=start attr:class="stacked-form">
                <CurrentPasswordField id=Form::Start.field() invalid=invalid(Form::Start) />
                <button type="submit" class="primary">{t!(i18n, "two-factor-start")}</button>
            </ActionForm>
        }
    };

    view! {
        <section aria-labelledby="two-factor-heading" id="two-factor">
            <h2 id="two-factor-heading">{t!(i18n, "two-factor-heading")}</h2>
            <p class="notice" role="status">
                {move || turned_off().then(|| t!(i18n, "two-factor-turned-off"))}
            </p>
            <ErrorSummary message field />
            {move || {
                shown_codes()
                    .map(|codes| {
                        view! {
                            <div class="recovery-codes">
                                <h3>{t!(i18n, "recovery-codes-heading")}</h3>
                                <p>{t!(i18n, "recovery-codes-intro")}</p>
                                <ul>
                                    {codes
                                        .into_iter()
                                        .map(|code| view! { <li><code>{code}</code></li> })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
            }}
            <Suspense>
                {move || Suspend::new(async move {
                    match status.await {
                        Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                        Ok(view) if view.on => on_view(&view).into_any(),
                        Ok(TwoFactorView { pending: Some(pending), .. }) => {
                            pending_view(pending.secret, pending.qr_code).into_any()
                        }
                        Ok(view) => off_view(view.needed).into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
