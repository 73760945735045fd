//! Where front desk works (`/admin/staff/locations`): a system administrator assigns front-desk
//! accounts to locations and removes them. Thin: the actor from the session, one
//! `backend::staff_locations` function (which authorizes and audits).

use super::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The assignments page; a no-JavaScript post returns there.
pub const STAFF_LOCATIONS_PAGE: &str = "/admin/staff/locations";
/// The query key saying what a plain post just did (`assigned`, `removed`).
pub const DONE: &str = "done";

/// A location, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceChoice {
    pub id: i64,
    pub name: String,
}

/// A front-desk account and where it works.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskMember {
    pub user_id: i64,
    pub name: String,
    pub locations: Vec<PlaceChoice>,
}

/// Every front-desk account with its locations, and the active locations to choose from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffLocationsPage {
    pub staff: Vec<DeskMember>,
    pub locations: Vec<PlaceChoice>,
}

/// One assignment as its forms post it: `assignment[user_id]`, `assignment[location_id]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignmentDraft {
    pub user_id: i64,
    pub location_id: i64,
}

#[cfg(feature = "ssr")]
fn refusal(error: backend::staff_locations::StaffLocationError) -> AppError {
    use backend::staff_locations::StaffLocationError;
    match error {
        StaffLocationError::NotFound => super::context::refuse(AppError::NotFound),
        StaffLocationError::Database(e) => AppError::internal(e),
    }
}

#[server(prefix = "/api", endpoint = "staff_locations_page")]
#[middleware(crate::api::known_fields::KnownFields::<StaffLocationsPageData>::new())]
pub async fn staff_locations_page_data() -> Result<StaffLocationsPage, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let found = backend::staff_locations::assignments(&server()?.db, &actor)
        .await
        .map_err(refusal)?;
    let place = |p: backend::staff_locations::PlaceName| PlaceChoice {
        id: p.id,
        name: p.name,
    };
    Ok(StaffLocationsPage {
        staff: found
            .staff
            .into_iter()
            .map(|m| DeskMember {
                user_id: m.user_id,
                name: m.name,
                locations: m.locations.into_iter().map(place).collect(),
            })
            .collect(),
        locations: found.locations.into_iter().map(place).collect(),
    })
}

/// Assigns a front-desk account to a location.
#[server(prefix = "/api", endpoint = "assign_staff_location")]
#[middleware(crate::api::known_fields::KnownFields::<AssignStaffLocation>::new())]
pub async fn assign_staff_location(assignment: AssignmentDraft) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    backend::staff_locations::assign(
        &server()?.db,
        &actor,
        assignment.user_id,
        assignment.location_id,
        backend::clock::now(),
    )
    .await
    .map_err(refusal)?;
    redirect_plain_form(&format!("{STAFF_LOCATIONS_PAGE}?{DONE}=assigned"));
    Ok(())
}

/// Removes a front-desk account from a location.
#[server(prefix = "/api", endpoint = "remove_staff_location")]
#[middleware(crate::api::known_fields::KnownFields::<RemoveStaffLocation>::new())]
pub async fn remove_staff_location(assignment: AssignmentDraft) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    backend::staff_locations::remove(
        &server()?.db,
        &actor,
        assignment.user_id,
        assignment.location_id,
        backend::clock::now(),
    )
    .await
    .map_err(refusal)?;
    redirect_plain_form(&format!("{STAFF_LOCATIONS_PAGE}?{DONE}=removed"));
    Ok(())
}
