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

/// What `render` makes of whoever is signed in; nothing for a visitor. Rendered on the server
/// once the person is known (the page waits for it).
pub fn for_signed_in<V>(
    render: impl Fn(SignedInUser) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    let user = use_session_actions().user;
    view! {
        <Transition>
            {move || {
                let render = render.clone();
                Suspend::new(async move { user.await.ok().flatten().map(render) })
            }}
        </Transition>
    }
}

pub fn use_session_actions() -> SessionActions {
    expect_context::<SessionActions>()
}
