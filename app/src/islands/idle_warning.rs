use crate::api::accounts::{KeepAlive, SignOut};
use leptos::{html::Dialog, prelude::*, server_fn::ServerFn};
use std::time::Duration;

/// Two minutes before an idle sign-out, a modal dialog asks whether the person is still there:
/// "Stay signed in" restarts the clock, "Sign out" signs out now (a plain form post). Keyboard
/// operable (focus starts on "Stay signed in"; Escape keeps the default of staying until the time
/// runs out) and announced as an alert dialog. When the time runs out the browser goes to the
/// sign-in page; without JavaScript the server still ends idle sessions.
///
/// Rendered only for a signed-in person: `idle_limit_ms` is their session's quiet time, and
/// `warning_ms` how long before it ends the dialog opens. The texts come translated.
#[island]
pub fn IdleWarning(
    idle_limit_ms: i64,
    warning_ms: i64,
    title: String,
    body: String,
    stay: String,
    sign_out: String,
) -> impl IntoView {
    let keep_alive = ServerAction::<KeepAlive>::new();
    let dialog = NodeRef::<Dialog>::new();
    let stay_button = NodeRef::<leptos::html::Button>::new();
    let timers = StoredValue::new(Vec::<TimeoutHandle>::new());

    let restart = move || {
        timers.update_value(|handles| handles.drain(..).for_each(|handle| handle.clear()));
        let warn_after = Duration::from_millis((idle_limit_ms - warning_ms).max(0) as u64);
        let end_after = Duration::from_millis(idle_limit_ms.max(0) as u64);
        let warn = set_timeout_with_handle(
            move || {
                if let Some(dialog) = dialog.get() {
                    let _ = dialog.show_modal();
                }
                if let Some(button) = stay_button.get() {
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

    // The clock starts when the page loads, and again after "Stay signed in" was heard.
    Effect::new(move |_| {
        let answered = keep_alive.value().get();
        if answered.is_none() || matches!(answered, Some(Ok(()))) {
            if let Some(dialog) = dialog.get_untracked() {
                dialog.close();
            }
            restart();
        }
    });

    view! {
        <dialog
            node_ref=dialog
            class="idle-warning"
            role="alertdialog"
            aria-labelledby="idle-warning-title"
            aria-describedby="idle-warning-body"
        >
            <h2 id="idle-warning-title">{title}</h2>
            <p id="idle-warning-body">{body}</p>
            <div class="dialog-actions">
                <button
                    type="button"
                    class="primary"
                    node_ref=stay_button
                    on:click=move |_| {
                        keep_alive.dispatch(KeepAlive {});
                    }
                >
                    {stay}
                </button>
                <form method="post" action=SignOut::PATH>
                    <button type="submit">{sign_out}</button>
                </form>
            </div>
        </dialog>
    }
}
