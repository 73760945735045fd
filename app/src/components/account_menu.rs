use super::session_actions::{for_signed_in, use_session_actions};
use crate::{i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// Inside the menu, for whoever is signed in: who that is, and "Account and security".
#[component]
pub fn AccountLinks() -> impl IntoView {
    let i18n = use_i18n();
    for_signed_in(move |user| {
        view! {
            <div class="account-links">
                <span class="signed-in-as">{t!(i18n, "signed-in-as", name = user.name)}</span>
                <A href="/account/security">{t!(i18n, "nav-account")}</A>
            </div>
        }
    })
}

/// Always in view: "Sign in", or a "Sign out" button (a POST form, so it works without
/// JavaScript).
#[component]
pub fn SessionButton() -> impl IntoView {
    let i18n = use_i18n();
    let actions = use_session_actions();
    let user = actions.user;
    view! {
        <Transition>
            {move || Suspend::new(async move {
                if matches!(user.await, Ok(Some(_))) {
                    view! {
                        <ActionForm action=actions.sign_out attr:class="session-button">
                            <button type="submit">{t!(i18n, "sign-out")}</button>
                        </ActionForm>
                    }
                        .into_any()
                } else {
                    view! { <A href="/sign-in" attr:class="session-button">{t!(i18n, "nav-sign-in")}</A> }.into_any()
                }
            })}
        </Transition>
    }
}
