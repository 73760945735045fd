use super::sign_up::{EmailField, InvitationCodeField};
use crate::{
    api::{
        accounts::typed_fields,
        invitations::sign_up_field,
        staff_invitations::{StaffSignUp, STAFF_SIGN_UP_PAGE},
    },
    components::{
        error_summary::ErrorSummary, new_password_field::NewPasswordField,
        page_heading::PageHeading,
    },
    i18n::use_i18n,
    t,
};
use leptos::prelude::*;

/// `/sign-up/staff`: a new staff member joins with the code a system administrator gave them,
/// choosing an email and a password; two-step verification comes next. Works without JavaScript;
/// what was typed is kept (never the password).
#[component]
pub fn StaffSignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let sign_up = ServerAction::<StaffSignUp>::new();
    let failure = move || sign_up.value().get().and_then(Result::err);
    let error = Signal::derive(move || failure().map(|e| e.message(i18n)));
    let field = Signal::derive(move || failure().as_ref().map_or("code", sign_up_field));
    let invalid = move |name: &'static str| {
        Signal::derive(move || (error.get().is_some() && field.get() == name).then_some("true"))
    };
    let typed = Resource::new_blocking(|| (), |_| typed_fields(STAFF_SIGN_UP_PAGE.into()));
    view! {
        <PageHeading text=t!(i18n, "staff-sign-up-title") />
        <p>{t!(i18n, "staff-sign-up-intro")}</p>
        <ErrorSummary message=error field=field />
        <Suspense>
            {move || Suspend::new(async move {
                let typed = typed.await.unwrap_or_default();
                let value = move |name: &str| typed.get(name).cloned().unwrap_or_default();
                view! {
                    <ActionForm action=sign_up attr:class="stacked-form">
                        <InvitationCodeField value=value("code") invalid=invalid("code") />
                        <EmailField value=value("email") invalid=invalid("email") />
                        <NewPasswordField name="password" invalid=invalid("password") />
                        <button type="submit" class="primary">{t!(i18n, "sign-up-submit")}</button>
                    </ActionForm>
                }
            })}
        </Suspense>
    }
}
