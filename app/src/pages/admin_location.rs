use crate::{
    api::{
        accounts::typed_fields,
        admin_locations::{
            location_page, location_record, LocationForm, SetLocationActive, UpdateLocation,
            LOCATIONS_PAGE, SAVED_NAME, TYPED_DRAFT,
        },
        error::AppError,
    },
    components::{
        office::{
            flashed_draft, form_problems, status_word, ActivityStatus, ActivityTexts, RecordForm,
        },
        page_heading::PageHeading,
    },
    i18n::{use_i18n, I18n},
    pages::{admin_locations::LocationFields, not_found::NotFoundPage},
    t,
};
use domain::directory::LocationDraft;
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_params_map};

/// What a record's page shows when the record cannot be read: sign in, "not found", or what
/// went wrong.
pub(crate) fn unreadable_record(i18n: I18n, error: AppError) -> AnyView {
    match error {
        AppError::SignInRequired => view! { <Redirect path="/sign-in" /> }.into_any(),
        AppError::NotFound => view! { <NotFoundPage /> }.into_any(),
        error => view! {
            <PageHeading text=t!(i18n, "error-title") />
            <p class="error">{error.message(i18n)}</p>
        }
        .into_any(),
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
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let flashed = flashed.await.unwrap_or_default();
                let location: LocationForm = match record.await {
                    Ok(location) => location,
                    Err(error) => return unreadable_record(i18n, error),
                };
                let typed: LocationDraft =
                    flashed_draft(&flashed, TYPED_DRAFT).unwrap_or_else(|| location.draft.clone());
                let saved_before = flashed.contains_key(SAVED_NAME);
                let stored_active = location.active;
                let active = Signal::derive(move || {
                    set_active.value().get().and_then(Result::ok).unwrap_or(stored_active)
                });
                let texts = ActivityTexts {
                    active: t!(i18n, "location-active-explanation"),
                    inactive: t!(i18n, "location-inactive-explanation"),
                    deactivate: t!(i18n, "location-deactivate"),
                    reactivate: t!(i18n, "location-reactivate"),
                };
                view! {
                    <PageHeading text=location.draft.name.clone() />
                    <p class="lead">
                        {move || t!(i18n, "location-page-lead", status = status_word(i18n, active.get()))}
                    </p>
                    <p>
                        <a href=LOCATIONS_PAGE>{t!(i18n, "locations-back")}</a>
                    </p>
                    <ActivityStatus
                        action=set_active
                        id=location.id
                        active=active
                        heading_id="location-status-heading"
                        summary_id="location-status-errors"
                        texts=texts
                    />
                    <RecordForm action=update record=(location.id, saved_before) problems=problems message=message
                        heading=t!(i18n, "location-edit-heading") heading_id="location-edit-heading"
                        summary_id="location-errors" fallback_field="location-name" submit=t!(i18n, "directory-admin-save")>
                        <LocationFields draft=typed problems=problems />
                    </RecordForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
