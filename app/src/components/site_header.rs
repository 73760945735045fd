use super::{
    account_menu::{AccountLinks, SessionButton},
    language_chooser::LanguageChooser,
    session_actions::for_signed_in,
};
use crate::{i18n::use_i18n, t};
use domain::accounts::Role;
use leptos::prelude::*;
use leptos_router::components::A;

/// Product name, the sections ("Main" navigation) and the account's links behind a "Menu"
/// disclosure on narrow screens (a `<details>`, so it opens without JavaScript; always open on
/// wide screens), "Sign in" or "Sign out", and the language chooser.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">{t!(i18n, "product-name")}</A>
            <details class="site-menu">
                <summary>{t!(i18n, "menu")}</summary>
                <nav aria-label=t!(i18n, "nav-main-label")>
                    <ul>
                        <li><A href="/">{t!(i18n, "nav-home")}</A></li>
                        <li><A href="/find-a-doctor">{t!(i18n, "nav-find")}</A></li>
                        <li><A href="/accessibility">{t!(i18n, "nav-accessibility")}</A></li>
                        <RoleLinks />
                    </ul>
                </nav>
                <AccountLinks />
            </details>
            <SessionButton />
            <LanguageChooser />
        </header>
    }
}

/// The navigation entries that depend on who is signed in.
#[component]
fn RoleLinks() -> impl IntoView {
    let i18n = use_i18n();
    for_signed_in(move |user| {
        let has = |role| user.roles.contains(&role);
        view! {
            {user.is_patient.then(|| view! {
                <li><A href="/appointments">{t!(i18n, "nav-appointments")}</A></li>
                <li><A href="/account/activity">{t!(i18n, "nav-activity")}</A></li>
            })}
            {(has(Role::FrontDesk) || has(Role::Provider)).then(|| view! {
                <li><A href="/staff/schedule">{t!(i18n, "nav-schedule")}</A></li>
            })}
            {(has(Role::FrontDesk) || has(Role::SystemAdmin)).then(|| view! {
                <li><A href="/staff/patients">{t!(i18n, "nav-patients")}</A></li>
            })}
            {(has(Role::SystemAdmin) || has(Role::CredentialingAdmin)).then(|| view! {
                <li><A href="/admin/providers">{t!(i18n, "nav-providers")}</A></li>
                <li><A href="/admin/locations">{t!(i18n, "nav-locations")}</A></li>
                <li><A href="/admin/credentials">{t!(i18n, "nav-credentials")}</A></li>
                <li><A href="/admin/audit">{t!(i18n, "nav-audit")}</A></li>
            })}
            {has(Role::SystemAdmin).then(|| view! {
                <li><A href="/admin/staff">{t!(i18n, "nav-staff")}</A></li>
            })}
        }
    })
}
