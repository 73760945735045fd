//! The router: which page answers which address.

use crate::{
    components::{
        idle_warning::SignedInIdleWarning, session_actions::SessionActions,
        site_footer::SiteFooter, site_header::SiteHeader, skip_link::SkipLink,
        two_factor_reminder::TwoFactorReminder,
    },
    i18n::use_i18n,
    pages::{
        accessibility::AccessibilityPage, account_activity::AccountActivityPage,
        account_security::AccountSecurityPage, admin_audit::AdminAuditPage,
        admin_credentials::AdminCredentialsPage, admin_location::AdminLocationPage,
        admin_locations::AdminLocationsPage, admin_provider::AdminProviderPage,
        admin_providers::AdminProvidersPage, admin_staff::AdminStaffPage,
        admin_staff_locations::AdminStaffLocationsPage, appointment_detail::AppointmentDetailPage,
        appointments::AppointmentsPage, book_appointment::BookAppointmentPage,
        confirm_email::ConfirmEmailPage, find_a_doctor::FindADoctorPage,
        forgot_password::ForgotPasswordPage, home::HomePage, not_found::NotFoundPage,
        provider_profile::ProviderProfilePage, reset_password::ResetPasswordPage,
        sign_in::SignInPage, sign_in_code::SignInCodePage, sign_up::SignUpPage,
        sign_up_staff::StaffSignUpPage, staff_patients::StaffPatientsPage,
        staff_schedule::StaffSchedulePage,
    },
    t,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The whole application below `<body>`, rendered on the server; only its islands run in the
/// browser.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let formatter = move |page: String| t!(i18n, "document-title", page = page);
    view! {
        <Title formatter />
        <Router>
            <Layout />
        </Router>
    }
}

/// Everything inside the router: the shared actions, the page frame and the routes. Every route
/// renders after its data has loaded (`SsrMode::Async`), so the HTML is whole without JavaScript.
#[component]
fn Layout() -> impl IntoView {
    SessionActions::provide();
    view! {
        <SkipLink />
        <SiteHeader />
        <main id="main" tabindex="-1">
            <TwoFactorReminder />
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/find-a-doctor") view=FindADoctorPage ssr=SsrMode::Async />
                <Route path=path!("/providers/:id") view=ProviderProfilePage ssr=SsrMode::Async />
                <Route path=path!("/providers/:id/book") view=BookAppointmentPage ssr=SsrMode::Async />
                <Route path=path!("/appointments") view=AppointmentsPage ssr=SsrMode::Async />
                <Route path=path!("/appointments/:id") view=AppointmentDetailPage ssr=SsrMode::Async />
                <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                <Route path=path!("/sign-in/code") view=SignInCodePage ssr=SsrMode::Async />
                <Route path=path!("/sign-up") view=SignUpPage ssr=SsrMode::Async />
                <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/sign-up/staff") view=StaffSignUpPage ssr=SsrMode::Async />
                <Route path=path!("/account/security") view=AccountSecurityPage ssr=SsrMode::Async />
                <Route path=path!("/account/activity") view=AccountActivityPage ssr=SsrMode::Async />
                <Route path=path!("/account/email/confirm") view=ConfirmEmailPage ssr=SsrMode::Async />
                <Route path=path!("/staff/patients") view=StaffPatientsPage ssr=SsrMode::Async />
                <Route path=path!("/staff/schedule") view=StaffSchedulePage ssr=SsrMode::Async />
                <Route path=path!("/admin/audit") view=AdminAuditPage ssr=SsrMode::Async />
                <Route path=path!("/admin/credentials") view=AdminCredentialsPage ssr=SsrMode::Async />
                <Route path=path!("/admin/staff") view=AdminStaffPage ssr=SsrMode::Async />
                <Route path=path!("/admin/staff/locations") view=AdminStaffLocationsPage ssr=SsrMode::Async />
                <Route path=path!("/admin/locations") view=AdminLocationsPage ssr=SsrMode::Async />
                <Route path=path!("/admin/locations/:id") view=AdminLocationPage ssr=SsrMode::Async />
                <Route path=path!("/admin/providers") view=AdminProvidersPage ssr=SsrMode::Async />
                <Route path=path!("/admin/providers/:id") view=AdminProviderPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <SiteFooter />
        <SignedInIdleWarning />
    }
}
