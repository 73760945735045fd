use crate::api::{
    accounts::{current_user, SetLanguage, SignOut, SignedInUser},
    error::AppError,
};
use leptos::prelude::*;

/// Who is signed in, and the header's actions that change it, shared by the header and the
/// language chooser. (Signing in is the sign-in page's own action: a failed no-JavaScript
/// submission's error reaches only actions created inside the routes.)
#[derive(Clone, Copy)]
pub struct SessionActions {
    pub sign_out: ServerAction<SignOut>,
    pub set_language: ServerAction<SetLanguage>,
    pub user: Resource<Result<Option<SignedInUser>, AppError>>,
}

impl SessionActions {
    pub fn provide() -> SessionActions {
        let actions = SessionActions {
            sign_out: ServerAction::new(),
            set_language: ServerAction::new(),
            user: Resource::new_blocking(|| (), |_| current_user()),
        };
        // After either succeeds, the whole page changes (who is signed in, the language): load
        // it afresh, as the server's redirect does without JavaScript.
        Effect::new(move |_| {
            if succeeded(actions.sign_out.value().get()) {
                let _ = window().location().assign("/");
            } else if succeeded(actions.set_language.value().get()) {
                let _ = window().location().reload();
            }
        });
        provide_context(actions);
        actions
    }
}

/// Whether an action has finished without error.
pub fn succeeded(outcome: Option<Result<(), AppError>>) -> bool {
    matches!(outcome, Some(Ok(())))
}

pub fn use_session_actions() -> SessionActions {
    expect_context::<SessionActions>()
}
