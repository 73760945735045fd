use crate::api::{
    accounts::{current_user, SetLanguage, SignIn, SignOut, SignedInUser},
    error::AppError,
};
use leptos::prelude::*;

/// Who is signed in, and the actions that change it, shared by the header, the language chooser
/// and the pages. Created inside the router, which hands a failed no-JavaScript submission's
/// error to the action.
#[derive(Clone, Copy)]
pub struct SessionActions {
    pub sign_in: ServerAction<SignIn>,
    pub sign_out: ServerAction<SignOut>,
    pub set_language: ServerAction<SetLanguage>,
    pub user: Resource<Result<Option<SignedInUser>, AppError>>,
}

impl SessionActions {
    pub fn provide() -> SessionActions {
        let actions = SessionActions {
            sign_in: ServerAction::new(),
            sign_out: ServerAction::new(),
            set_language: ServerAction::new(),
            user: Resource::new_blocking(|| (), |_| current_user()),
        };
        // After any of them succeeds, the whole page changes (who is signed in, perhaps the
        // language): load it afresh, as the server redirect does without JavaScript.
        Effect::new(move |_| {
            let done = |finished: Option<Result<(), AppError>>| matches!(finished, Some(Ok(())));
            if done(actions.sign_in.value().get()) || done(actions.sign_out.value().get()) {
                let _ = window().location().assign("/");
            } else if done(actions.set_language.value().get()) {
                let _ = window().location().reload();
            }
        });
        provide_context(actions);
        actions
    }
}

pub fn use_session_actions() -> SessionActions {
    expect_context::<SessionActions>()
}
