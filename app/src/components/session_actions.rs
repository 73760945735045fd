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
        provide_context(actions);
        actions
    }
}

pub fn use_session_actions() -> SessionActions {
    expect_context::<SessionActions>()
}
