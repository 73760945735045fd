//! The one scaffold for a page's server data, so that every page answers a visitor who must sign
//! in, an id that is not found (or not theirs) and a failure the same way.

use crate::{
    api::error::AppError, components::page_heading::PageHeading, i18n::use_i18n,
    pages::not_found::NotFoundPage, t,
};
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// Renders `children` with a page's data once its read has answered (the server sends the page
/// whole, `SsrMode::Async`, so nothing shows "loading"). A read that needs an account sends a
/// visitor to `/sign-in`. On a `record` page (one record named in its address: an appointment,
/// a provider, a location) not found (an unknown id, or one that is not the reader's) is the
/// not-found page with status 404, and any other failure is its message under an "error"
/// heading, since the page's heading came from the record; elsewhere a failure, not found
/// included ("nothing here for you"), is its translated message under the page's own heading.
#[component]
pub fn PageData<T, F, V>(
    data: Resource<Result<T, AppError>>,
    children: F,
    /// The page shows one record named in its address, and its heading comes from it.
    #[prop(optional)]
    record: bool,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    view! {
        <Suspense>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(found) => children(found).into_any(),
                        Err(AppError::SignInRequired) => view! { <Redirect path="/sign-in" /> }.into_any(),
                        Err(AppError::NotFound) if record => view! { <NotFoundPage /> }.into_any(),
                        Err(error) => view! {
                            {record.then(|| view! { <PageHeading text=t!(i18n, "error-title") /> })}
                            <p class="error">{error.message(i18n)}</p>
                        }
                            .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
