//! The credentialing office's locations: list, read, create, edit, deactivate and reactivate.

use super::{error::AppError, office_forms::record_page};
use domain::directory::LocationDraft;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The list and its "Add a location" form; a no-JavaScript post returns there.
pub const LOCATIONS_PAGE: &str = "/admin/locations";

/// A location's own page in the office.
pub fn location_page(id: i64) -> String {
    record_page(LOCATIONS_PAGE, id)
}

/// The flash cookie's key for the typed form (JSON of a [`LocationDraft`]).
pub const TYPED_DRAFT: &str = "draft";
/// The flash cookie's key for what was just saved (its name).
pub const SAVED_NAME: &str = "saved";
/// The flash cookie's key for the id of what was just added.
pub const SAVED_ID: &str = "saved_id";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocationListLine {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub jurisdiction: String,
    pub time_zone: String,
    pub active: bool,
    pub providers: i64,
}

/// A location as its edit form shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocationForm {
    pub id: i64,
    pub draft: LocationDraft,
    pub active: bool,
}

/// What was just saved: its id and name, for the confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub id: i64,
    pub name: String,
}

#[server(prefix = "/api", endpoint = "list_locations")]
#[middleware(crate::api::known_fields::KnownFields::<ListLocations>::new())]
pub async fn list_locations() -> Result<Vec<LocationListLine>, AppError> {
    use super::{
        context::{require_actor, server},
        office_forms::not_found_unless_broken,
    };
    let actor = require_actor()?;
    let lines = backend::locations::list(&server()?.db, &actor)
        .await
        .map_err(not_found_unless_broken)?;
    Ok(lines
        .into_iter()
        .map(|l| LocationListLine {
            id: l.id,
            name: l.name,
            city: l.city,
            jurisdiction: l.jurisdiction,
            time_zone: l.time_zone,
            active: l.active,
            providers: l.providers,
        })
        .collect())
}

#[server(prefix = "/api", endpoint = "location_record")]
#[middleware(crate::api::known_fields::KnownFields::<LocationRecord>::new())]
pub async fn location_record(id: i64) -> Result<LocationForm, AppError> {
    use super::{
        context::{require_actor, server},
        office_forms::not_found_unless_broken,
    };
    let actor = require_actor()?;
    let record = backend::locations::get(&server()?.db, &actor, id)
        .await
        .map_err(not_found_unless_broken)?;
    Ok(LocationForm {
        id: record.id,
        draft: record.draft,
        active: record.active,
    })
}

/// Adds a location from its form: `draft[name]`, `draft[hours][0][opens]`… (a
/// [`LocationDraft`]; `hours[i]` is ISO weekday `i + 1`'s, both empty when it is closed).
#[server(prefix = "/api", endpoint = "create_location")]
#[middleware(crate::api::known_fields::KnownFields::<CreateLocation>::new())]
pub async fn create_location(#[server(default)] draft: LocationDraft) -> Result<Saved, AppError> {
    super::office_forms::save(None, draft).await
}

/// Changes a location's details and hours, from the same form as adding one.
#[server(prefix = "/api", endpoint = "update_location")]
#[middleware(crate::api::known_fields::KnownFields::<UpdateLocation>::new())]
pub async fn update_location(
    id: i64,
    #[server(default)] draft: LocationDraft,
) -> Result<Saved, AppError> {
    super::office_forms::save(Some(id), draft).await
}

/// Deactivates (`active=false`) or reactivates (`active=true`) a location; answers whether it
/// is active now.
#[server(prefix = "/api", endpoint = "set_location_active")]
#[middleware(crate::api::known_fields::KnownFields::<SetLocationActive>::new())]
pub async fn set_location_active(id: i64, active: bool) -> Result<bool, AppError> {
    use super::{
        context::{redirect_plain_form, require_actor, server},
        office_forms::not_found_unless_broken,
    };
    let actor = require_actor()?;
    backend::locations::set_active(&server()?.db, &actor, id, active, backend::clock::now())
        .await
        .map_err(not_found_unless_broken)?;
    redirect_plain_form(&location_page(id));
    Ok(active)
}
