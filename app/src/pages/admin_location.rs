use crate::components::page_data::PageData;
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
    i18n::use_i18n,
    pages::admin_locations::LocationFields,
    t,
};
use domain::directory::LocationDraft;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

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
    // The location, with what was typed before a refused post (a flash cookie).
    let record = Resource::new_blocking(id, |id| async move {
        let id = id.ok_or(AppError::NotFound)?;
        let location = location_record(id).await?;
        let flashed = typed_fields(location_page(id)).await.unwrap_or_default();
        Ok((location, flashed))
    });
    let (problems, message) = form_problems(i18n, update.value());
    view! {
        <PageData data=record record=true let:found>
            {
                let (location, flashed): (LocationForm, _) = found;
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
            }
        </PageData>
    }
}
