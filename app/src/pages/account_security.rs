mod email;
mod two_factor;

use crate::components::page_data::PageData;
use crate::{
    api::{
        accounts::{
            list_sessions, ChangePassword, EndOtherSessions, EndSession, SecurityDone, SessionRow,
        },
        error::AppError,
    },
    components::{
        current_password_field::CurrentPasswordField, error_summary::ErrorSummary,
        new_password_field::NewPasswordField, page_heading::PageHeading,
    },
    i18n::{format, use_i18n, I18n},
    t,
};
use domain::accounts::Network;
use email::EmailSection;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use two_factor::TwoFactorSection;

fn device_name(i18n: I18n, row: &SessionRow) -> String {
    match (&row.browser, &row.system) {
        (Some(browser), Some(system)) => t!(
            i18n,
            "session-device",
            browser = browser.as_str(),
            system = system.as_str()
        ),
        (Some(name), None) | (None, Some(name)) => name.clone(),
        (None, None) => t!(i18n, "session-device-unknown"),
    }
}

/// The network a session came from, in words, with its masked address when that helps.
fn network_name(i18n: I18n, row: &SessionRow) -> String {
    let address = row.address.as_str();
    match row.network {
        Network::ThisComputer => t!(i18n, "network-this-computer"),
        Network::Local => t!(i18n, "network-local", address = address),
        Network::Internet => t!(i18n, "network-internet", address = address),
        Network::Unknown => t!(i18n, "network-unknown"),
    }
}

/// What the last post on this page did, from the address it came back to.
pub(crate) fn use_security_done() -> Option<SecurityDone> {
    let query = use_query_map();
    query.with(|q| SecurityDone::from_query(q.get("done").as_deref(), q.get("count").as_deref()))
}

/// `/account/security`: where the person is signed in, with "sign out" for each other session and
/// "Sign out everywhere else".
#[component]
pub fn AccountSecurityPage() -> impl IntoView {
    let i18n = use_i18n();
    let end_one = ServerAction::<EndSession>::new();
    let end_others = ServerAction::<EndOtherSessions>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let password_failure = move || change_password.value().get().and_then(Result::err);
    let password_error = Signal::derive(move || password_failure().map(|e| e.message(i18n)));
    let password_field = Signal::derive(move || match password_failure() {
        Some(AppError::WrongCurrentPassword) => "current_password",
        _ => "new_password",
    });
    let invalid = move |name: &'static str| {
        move || (password_error.get().is_some() && password_field.get() == name).then_some("true")
    };
    let sessions = Resource::new_blocking(|| (), |_| list_sessions());
    let notice = move || match use_security_done()? {
        SecurityDone::SessionsEnded(count) => Some(t!(i18n, "sessions-ended", count = count)),
        SecurityDone::SessionEnded => Some(t!(i18n, "session-ended")),
        SecurityDone::PasswordChanged => Some(t!(i18n, "password-changed")),
        // Said in their own sections.
        SecurityDone::EmailChangeRequested
        | SecurityDone::EmailChangeCancelled
        | SecurityDone::TwoFactorOff => None,
    };
    view! {
        <PageHeading text=t!(i18n, "security-title") />
        <p class="notice" role="status">{notice}</p>
        <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t!(i18n, "password-heading")}</h2>
        <ErrorSummary message=password_error field=password_field />
        <ActionForm action=change_password attr:class="stacked-form">
            <CurrentPasswordField id="current_password" invalid=Signal::derive(invalid("current_password")) />
            <NewPasswordField name="new_password" invalid=Signal::derive(invalid("new_password")) />
            <button type="submit" class="primary">{t!(i18n, "password-change-submit")}</button>
        </ActionForm>
        </section>
        <EmailSection />
        <TwoFactorSection />
        <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t!(i18n, "sessions-heading")}</h2>
        <p>{t!(i18n, "sessions-intro")}</p>
        <PageData data=sessions let:rows>
                    {
                        let has_others = rows.iter().any(|row| !row.current);
                        view! {
                            <ul class="sessions" aria-label=t!(i18n, "sessions-caption")>
                                {rows
                                    .into_iter()
                                    .map(|row| {
                                        let device = device_name(i18n, &row);
                                        view! {
                                            <li class="session">
                                                <h3>{device.clone()}</h3>
                                                <dl>
                                                    <dt>{t!(i18n, "sessions-network")}</dt>
                                                    <dd>{network_name(i18n, &row)}</dd>
                                                    <dt>{t!(i18n, "sessions-started")}</dt>
                                                    <dd>{format::date_time_in_zone(i18n, &row.started)}</dd>
                                                    <dt>{t!(i18n, "sessions-last-active")}</dt>
                                                    <dd>{format::date_time_in_zone(i18n, &row.last_active)}</dd>
                                                </dl>
                                                {if row.current {
                                                    view! {
                                                        <p class="current-session">
                                                            <strong>{t!(i18n, "session-this-device")}</strong>
                                                        </p>
                                                    }
                                                        .into_any()
                                                } else {
                                                    view! {
                                                        <ActionForm action=end_one>
                                                            <input type="hidden" name="id" value=row.id.clone() />
                                                            <button
                                                                type="submit"
                                                                aria-label=t!(i18n, "session-end-label", device = device)
                                                            >
                                                                {t!(i18n, "session-end")}
                                                            </button>
                                                        </ActionForm>
                                                    }
                                                        .into_any()
                                                }}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            {has_others
                                .then(|| {
                                    view! {
                                        <ActionForm action=end_others>
                                            <button type="submit" class="primary">
                                                {t!(i18n, "sessions-end-others")}
                                            </button>
                                        </ActionForm>
                                    }
                                })}
                        }
                    }
        </PageData>
        </section>
    }
}
