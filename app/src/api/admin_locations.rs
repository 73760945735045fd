//! The credentialing office's locations: list, read, create, edit, deactivate and reactivate.
// A location form sends each field as its own argument (so `KnownFields` checks them), more than
// clippy's limit of arguments; the `#[server]` macro does not carry a per-function allow to the
// code it generates for the browser.
#![allow(clippy::too_many_arguments)]

use super::error::AppError;
use domain::directory::LocationDraft;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The list and its "Add a location" form; a no-JavaScript post returns there.
pub const LOCATIONS_PAGE: &str = "/admin/locations";

/// A location's own page in the office.
pub fn location_page(id: i64) -> String {
    format!("{LOCATIONS_PAGE}/{id}")
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

#[cfg(feature = "ssr")]
fn draft(
    name: String,
    street: String,
    city: String,
    postcode: String,
    jurisdiction: String,
    latitude: String,
    longitude: String,
    phone: String,
    time_zone: String,
    opens: Vec<String>,
    closes: Vec<String>,
) -> LocationDraft {
    let cut = |text: String| text.chars().take(400).collect::<String>();
    let day = |list: &[String], i: usize| list.get(i).cloned().map(cut).unwrap_or_default();
    LocationDraft {
        name: cut(name),
        street: cut(street),
        city: cut(city),
        postcode: cut(postcode),
        jurisdiction: cut(jurisdiction),
        latitude: cut(latitude),
        longitude: cut(longitude),
        phone: cut(phone),
        time_zone: cut(time_zone),
        hours: (0..7).map(|i| (day(&opens, i), day(&closes, i))).collect(),
    }
}

/// Turns a backend refusal into the message id; for a plain form post, keeps what was typed for
/// the page at `path`.
#[cfg(feature = "ssr")]
fn refusal(
    error: backend::locations::LocationError,
    path: &str,
    typed: &LocationDraft,
) -> AppError {
    use super::context::{flash, refuse};
    use backend::locations::LocationError;
    match error {
        LocationError::NotFound => refuse(AppError::NotFound),
        LocationError::Invalid(problems) => {
            let json = serde_json::to_string(typed).unwrap_or_default();
            flash(path, &[(TYPED_DRAFT, json)].into());
            refuse(AppError::LocationInvalid(problems))
        }
        LocationError::Database(e) => AppError::internal(e),
    }
}

#[server(prefix = "/api", endpoint = "list_locations")]
#[middleware(crate::api::known_fields::KnownFields::<ListLocations>::new())]
pub async fn list_locations() -> Result<Vec<LocationListLine>, AppError> {
    use super::context::{refuse, require_actor, server};
    use backend::locations::{self, LocationError};
    let actor = require_actor()?;
    let lines = locations::list(&server()?.db, &actor)
        .await
        .map_err(|error| match error {
            LocationError::Database(e) => AppError::internal(e),
            _ => refuse(AppError::NotFound),
        })?;
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
    use super::context::{refuse, require_actor, server};
    use backend::locations::{self, LocationError};
    let actor = require_actor()?;
    let record = locations::get(&server()?.db, &actor, id)
        .await
        .map_err(|error| match error {
            LocationError::Database(e) => AppError::internal(e),
            _ => refuse(AppError::NotFound),
        })?;
    Ok(LocationForm {
        id: record.id,
        draft: record.draft,
        active: record.active,
    })
}

/// Adds a location. `opens[i]`/`closes[i]` are the hours of ISO weekday `i + 1`, both empty
/// when it is closed.
#[server(prefix = "/api", endpoint = "create_location")]
#[middleware(crate::api::known_fields::KnownFields::<CreateLocation>::new())]
pub async fn create_location(
    #[server(default)] name: String,
    #[server(default)] street: String,
    #[server(default)] city: String,
    #[server(default)] postcode: String,
    #[server(default)] jurisdiction: String,
    #[server(default)] latitude: String,
    #[server(default)] longitude: String,
    #[server(default)] phone: String,
    #[server(default)] time_zone: String,
    #[server(default)] opens: Vec<String>,
    #[server(default)] closes: Vec<String>,
) -> Result<Saved, AppError> {
    use super::context::{flash, redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    let typed = draft(
        name,
        street,
        city,
        postcode,
        jurisdiction,
        latitude,
        longitude,
        phone,
        time_zone,
        opens,
        closes,
    );
    let id = backend::locations::create(&server()?.db, &actor, &typed, backend::clock::now())
        .await
        .map_err(|error| refusal(error, LOCATIONS_PAGE, &typed))?;
    let name = typed.name.trim().to_string();
    flash(
        LOCATIONS_PAGE,
        &[(SAVED_NAME, name.clone()), (SAVED_ID, id.to_string())].into(),
    );
    redirect_plain_form(LOCATIONS_PAGE);
    Ok(Saved { id, name })
}

/// Changes a location's details and hours.
#[server(prefix = "/api", endpoint = "update_location")]
#[middleware(crate::api::known_fields::KnownFields::<UpdateLocation>::new())]
pub async fn update_location(
    id: i64,
    #[server(default)] name: String,
    #[server(default)] street: String,
    #[server(default)] city: String,
    #[server(default)] postcode: String,
    #[server(default)] jurisdiction: String,
    #[server(default)] latitude: String,
    #[server(default)] longitude: String,
    #[server(default)] phone: String,
    #[server(default)] time_zone: String,
    #[server(default)] opens: Vec<String>,
    #[server(default)] closes: Vec<String>,
) -> Result<Saved, AppError> {
    use super::context::{flash, redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    let typed = draft(
        name,
        street,
        city,
        postcode,
        jurisdiction,
        latitude,
        longitude,
        phone,
        time_zone,
        opens,
        closes,
    );
    let page = location_page(id);
    backend::locations::update(&server()?.db, &actor, id, &typed, backend::clock::now())
        .await
        .map_err(|error| refusal(error, &page, &typed))?;
    let name = typed.name.trim().to_string();
    flash(&page, &[(SAVED_NAME, name.clone())].into());
    redirect_plain_form(&page);
    Ok(Saved { id, name })
}

/// Deactivates (`active=false`) or reactivates (`active=true`) a location; answers whether it
/// is active now.
#[server(prefix = "/api", endpoint = "set_location_active")]
#[middleware(crate::api::known_fields::KnownFields::<SetLocationActive>::new())]
pub async fn set_location_active(id: i64, active: bool) -> Result<bool, AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    let page = location_page(id);
    backend::locations::set_active(&server()?.db, &actor, id, active, backend::clock::now())
        .await
        .map_err(|error| refusal(error, &page, &LocationDraft::default()))?;
    redirect_plain_form(&page);
    Ok(active)
}
