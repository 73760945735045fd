use crate::{
    api::{
        accounts::typed_fields,
        admin_locations::{
            location_page, location_record, LocationForm, SetLocationActive, UpdateLocation,
            LOCATIONS_PAGE, SAVED_NAME, TYPED_DRAFT,
        },
        error::AppError,
    },
    components::{error_summary::FieldErrorSummary, page_heading::PageHeading},
    i18n::{use_i18n, I18n},
    pages::{
        admin_locations::{flashed_draft, form_problems, status_word, LocationFields},
        not_found::NotFoundPage,
    },
    t,
};
use domain::directory::LocationDraft;
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_params_map};

/// Deactivate or reactivate, with what that means; follows the latest change made here.
fn activity_view(
    i18n: I18n,
    id: i64,
    active: Signal<bool>,
    set_active: ServerAction<SetLocationActive>,
) -> impl IntoView {
    view! {
        <section class="activity-status" aria-labelledby="location-status-heading">
            <h2 id="location-status-heading">{t!(i18n, "directory-admin-status-heading")}</h2>
            <p role="status">
                {move || {
                    if active.get() {
                        t!(i18n, "location-active-explanation")
                    } else {
                        t!(i18n, "location-inactive-explanation")
                    }
                }}
            </p>
            <ActionForm action=set_active>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="active" value=move || (!active.get()).to_string() />
                <button type="submit">
                    {move || {
                        if active.get() {
                            t!(i18n, "location-deactivate")
                        } else {
                            t!(i18n, "location-reactivate")
                        }
                    }}
                </button>
            </ActionForm>
        </section>
    }
}

/// `/admin/locations/{id}`: a location's details and opening hours to edit, and deactivate or
/// reactivate (nothing is ever deleted). Works without JavaScript; a failed save keeps what was
/// typed.
#[component]
pub fn AdminLocationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let update = ServerAction::<UpdateLocation>::new();
    let set_active = ServerAction::<SetLocationActive>::new();
    let record = Resource::new_blocking(id, |id| async move {
        match id {
            Some(id) => location_record(id).await,
            None => Err(AppError::NotFound),
        }
    });
    let flashed = Resource::new_blocking(id, |id| {
        typed_fields(id.map(location_page).unwrap_or_default())
    });
    let (problems, message) = form_problems(i18n, update.value());
    let (_, status_message) = form_problems(i18n, set_active.value());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let flashed = flashed.await.unwrap_or_default();
                let location: LocationForm = match record.await {
                    Ok(location) => location,
                    Err(AppError::SignInRequired) => {
                        return view! { <Redirect path="/sign-in" /> }.into_any();
                    }
                    Err(AppError::NotFound) => return view! { <NotFoundPage /> }.into_any(),
                    Err(error) => {
                        return view! {
                            <PageHeading text=t!(i18n, "error-title") />
                            <p class="error">{error.message(i18n)}</p>
                        }
                            .into_any();
                    }
                };
                let typed: LocationDraft =
                    flashed_draft(&flashed, TYPED_DRAFT).unwrap_or_else(|| location.draft.clone());
                let saved_before = flashed.contains_key(SAVED_NAME);
                let stored_active = location.active;
                let active = Signal::derive(move || {
                    set_active.value().get().and_then(Result::ok).unwrap_or(stored_active)
                });
                view! {
                    <PageHeading text=location.draft.name.clone() />
                    <p class="lead">
                        {move || t!(i18n, "location-page-lead", status = status_word(i18n, active.get()))}
                    </p>
                    <p>
                        <a href=LOCATIONS_PAGE>{t!(i18n, "locations-back")}</a>
                    </p>
                    <FieldErrorSummary id="location-status-errors" problems=Signal::derive(Vec::new) message=status_message fallback_field="location-status-heading" />
                    {activity_view(i18n, location.id, active, set_active)}
                    <h2 id="location-edit-heading">{t!(i18n, "location-edit-heading")}</h2>
                    <div role="status" class="notice">
                        {move || update.value().with(|v| v.as_ref().map_or(saved_before, Result::is_ok)).then(|| t!(i18n, "directory-admin-saved"))}
                    </div>
                    <FieldErrorSummary id="location-errors" problems=problems message=message fallback_field="location-name" />
                    <ActionForm action=update attr:class="stacked-form" attr:aria-labelledby="location-edit-heading">
                        <input type="hidden" name="id" value=location.id />
                        <LocationFields draft=typed problems=problems />
                        <button type="submit" class="primary">{t!(i18n, "directory-admin-save")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
