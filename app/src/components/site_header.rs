use super::{account_menu::AccountMenu, language_chooser::LanguageChooser};
use crate::{i18n::use_i18n, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// Product name, the "Main" navigation, who is signed in, and the language chooser.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">{t!(i18n, "product-name")}</A>
            <nav aria-label=t!(i18n, "nav-main-label")>
                <ul>
                    <li><A href="/">{t!(i18n, "nav-home")}</A></li>
                    <li><A href="/accessibility">{t!(i18n, "nav-accessibility")}</A></li>
                </ul>
            </nav>
            <AccountMenu />
            <LanguageChooser />
        </header>
    }
}
