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
    /// Refetched whenever someone signs in or out on this page.
    pub user: Resource<Result<Option<SignedInUser>, AppError>>,
}

impl SessionActions {
    pub fn provide() -> SessionActions {
        let sign_in = ServerAction::<SignIn>::new();
        let sign_out = ServerAction::<SignOut>::new();
        let user = Resource::new_blocking(
            move || sign_in.version().get() + sign_out.version().get(),
            |_| current_user(),
        );
        let actions = SessionActions {
            sign_in,
            sign_out,
            set_language: ServerAction::new(),
            user,
        };
        provide_context(actions);
        actions
    }
}

pub fn use_session_actions() -> SessionActions {
    expect_context::<SessionActions>()
}
