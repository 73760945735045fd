use super::session_actions::use_session_actions;
use crate::{api::accounts::KeepAlive, i18n::use_i18n, t};
use domain::accounts::session_policy::{MINUTE_MS, WARNING_MS};
use leptos::{html::Dialog, prelude::*};
use std::time::Duration;

/// Two minutes before an idle sign-out, a modal dialog asks whether the person is still there:
/// "Stay signed in" restarts the clock, "Sign out" signs out now. Keyboard-operable (focus starts
/// on "Stay signed in", Escape keeps the default of staying until the time runs out) and announced
/// as an alert dialog. Without JavaScript the server still ends idle sessions.
#[component]
pub fn IdleWarning() -> impl IntoView {
    let i18n = use_i18n();
    let actions = use_session_actions();
    let keep_alive = ServerAction::<KeepAlive>::new();
    let dialog = NodeRef::<Dialog>::new();
    let stay = NodeRef::<leptos::html::Button>::new();
    let timers = StoredValue::new(Vec::<TimeoutHandle>::new());
    let warning_minutes: i64 = WARNING_MS / MINUTE_MS;

    let restart = move |idle_limit_ms: i64| {
        timers.update_value(|handles| handles.drain(..).for_each(|handle| handle.clear()));
        let warn_after = Duration::from_millis((idle_limit_ms - WARNING_MS).max(0) as u64);
        let end_after = Duration::from_millis(idle_limit_ms.max(0) as u64);
        let warn = set_timeout_with_handle(
            move || {
                if let Some(dialog) = dialog.get() {
                    let _ = dialog.show_modal();
                }
                if let Some(button) = stay.get() {
                    let _ = button.focus();
                }
            },
            warn_after,
        );
        let end = set_timeout_with_handle(
            move || {
                let _ = window().location().assign("/sign-in");
            },
            end_after,
        );
        timers.update_value(|handles| handles.extend(warn.into_iter().chain(end)));
    };

    // Start the clock once the page knows who is signed in; again after "Stay signed in".
    Effect::new(move |_| {
        keep_alive.version().get();
        if let Some(Ok(Some(user))) = actions.user.get() {
            restart(user.idle_limit_ms);
        }
    });
    Effect::new(move |_| {
        if matches!(keep_alive.value().get(), Some(Ok(()))) {
            if let Some(dialog) = dialog.get() {
                dialog.close();
            }
        }
    });

    view! {
        <dialog
            node_ref=dialog
            class="idle-warning"
            role="alertdialog"
            aria-labelledby="idle-title"
            aria-describedby="idle-body"
        >
            <h2 id="idle-title">{t!(i18n, "idle-title")}</h2>
            <p id="idle-body">{t!(i18n, "idle-body", minutes = warning_minutes)}</p>
            <div class="dialog-actions">
                <button
                    type="button"
                    class="primary"
                    node_ref=stay
                    on:click=move |_| {
                        keep_alive.dispatch(KeepAlive {});
                    }
                >
                    {t!(i18n, "idle-stay")}
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        actions.sign_out.dispatch(crate::api::accounts::SignOut {});
                    }
                >
                    {t!(i18n, "sign-out")}
                </button>
            </div>
        </dialog>
    }
}
