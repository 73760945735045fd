//! `/admin/staff/locations`: a system administrator sees where each front-desk account works
//! and assigns or removes locations, each with a button in a small form (no JavaScript needed:
//! each form posts and comes back here, saying what it did). Front desk acts only at these
//! locations.

use crate::components::page_data::PageData;
use crate::{
    api::staff_locations::{
        staff_locations_page_data, AssignStaffLocation, DeskMember, PlaceChoice,
        RemoveStaffLocation, StaffLocationsPage, DONE,
    },
    components::page_heading::PageHeading,
    i18n::{use_i18n, I18n},
    t,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The two forms of the page, shared by every member's section.
#[derive(Clone, Copy)]
struct Actions {
    assign: ServerAction<AssignStaffLocation>,
    remove: ServerAction<RemoveStaffLocation>,
}

/// The hidden fields naming one assignment.
fn assignment_fields(user_id: i64, location_id: Option<i64>) -> impl IntoView {
    view! {
        <input type="hidden" name="assignment[user_id]" value=user_id.to_string() />
        {location_id.map(|id| view! {
            <input type="hidden" name="assignment[location_id]" value=id.to_string() />
        })}
    }
}

/// One member: their locations, each with "Remove", and a form to add one they lack.
fn member_view(
    i18n: I18n,
    member: DeskMember,
    all: &[PlaceChoice],
    actions: Actions,
) -> impl IntoView {
    let user_id = member.user_id;
    let heading_id = format!("desk-{user_id}");
    let labelled_by = heading_id.clone();
    let name = member.name.clone();
    let assigned = if member.locations.is_empty() {
        view! { <p>{t!(i18n, "staff-locations-nowhere")}</p> }.into_any()
    } else {
        let lines = member
            .locations
            .clone()
            .into_iter()
            .map(|place| {
                let label = t!(
                    i18n,
                    "staff-locations-remove-label",
                    location = place.name.clone(),
                    name = name.clone()
                );
                view! {
                    <li>
                        <span>{place.name.clone()}</span>
                        <ActionForm action=actions.remove attr:class="inline-form">
                            {assignment_fields(user_id, Some(place.id))}
                            <button type="submit" aria-label=label>{t!(i18n, "staff-locations-remove")}</button>
                        </ActionForm>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plain-list">{lines}</ul> }.into_any()
    };
    let missing: Vec<&PlaceChoice> = all
        .iter()
        .filter(|p| !member.locations.iter().any(|m| m.id == p.id))
        .collect();
    let add = if missing.is_empty() {
        view! { <p>{t!(i18n, "staff-locations-everywhere")}</p> }.into_any()
    } else {
        let select_id = format!("desk-{user_id}-location");
        let options = missing
            .into_iter()
            .map(|p| view! { <option value=p.id.to_string()>{p.name.clone()}</option> })
            .collect_view();
        let label = t!(
            i18n,
            "staff-locations-assign-label",
            name = member.name.clone()
        );
        view! {
            <ActionForm action=actions.assign attr:class="inline-form">
                {assignment_fields(user_id, None)}
                <div class="field">
                    <label for=select_id.clone()>{t!(i18n, "staff-locations-location-label")}</label>
                    <select id=select_id name="assignment[location_id]">{options}</select>
                </div>
                <button type="submit" class="primary" aria-label=label>{t!(i18n, "staff-locations-assign")}</button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading_id>{name}</h2>
            {assigned}
            {add}
        </section>
    }
}

fn page_view(i18n: I18n, page: StaffLocationsPage, actions: Actions) -> impl IntoView {
    if page.staff.is_empty() {
        return view! { <p>{t!(i18n, "staff-locations-none")}</p> }.into_any();
    }
    page.staff
        .into_iter()
        .map(|member| member_view(i18n, member, &page.locations, actions))
        .collect_view()
        .into_any()
}

#[component]
pub fn AdminStaffLocationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let actions = Actions {
        assign: ServerAction::<AssignStaffLocation>::new(),
        remove: ServerAction::<RemoveStaffLocation>::new(),
    };
    let data = Resource::new_blocking(|| (), |_| staff_locations_page_data());
    let failure = move || {
        [
            actions.assign.value().get().and_then(Result::err),
            actions.remove.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    };
    // What a plain post just did, from the address it came back to.
    let notice = move || {
        Some(match query.with(|q| q.get(DONE))?.as_str() {
            "assigned" => t!(i18n, "staff-locations-done-assigned"),
            "removed" => t!(i18n, "staff-locations-done-removed"),
            _ => return None,
        })
    };
    view! {
        <PageHeading text=t!(i18n, "staff-locations-title") />
        <p>{t!(i18n, "staff-locations-intro")}</p>
        <p class="notice" role="status">{notice}</p>
        {move || failure().map(|error| view! { <p class="error" role="alert">{error.message(i18n)}</p> })}
        <PageData data=data let:found>
            {page_view(i18n, found, actions)}
        </PageData>
    }
}
