use super::session_actions::use_session_actions;
use crate::{i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Sign in", or who is signed in with "Account and security" and a "Sign out" button (a POST
/// form, so it works without JavaScript).
#[component]
pub fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let actions = use_session_actions();
    let user = actions.user;
    view! {
        <Transition>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => {
                        view! {
                            <div class="account-menu">
                                <span class="signed-in-as">
                                    {t!(i18n, "signed-in-as", name = user.name)}
                                </span>
                                <A href="/account/security">{t!(i18n, "nav-account")}</A>
                                <ActionForm action=actions.sign_out>
                                    <button type="submit">{t!(i18n, "sign-out")}</button>
                                </ActionForm>
                            </div>
                        }
                            .into_any()
                    }
                    _ => {
                        view! {
                            <div class="account-menu">
                                <A href="/sign-in">{t!(i18n, "nav-sign-in")}</A>
                            </div>
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}
