//! `/staff/schedule`: a provider's own day or week, or front desk's view of a location's
//! clinicians — working hours, appointments (patient, kind of visit, status), blocked time with
//! the appointments it falls on, who is on call, and a flag in words on anyone the licence rule
//! keeps from being booked there. Times are the location's, with the zone named. A GET form
//! chooses the view, so every view is a link. Front desk marks arrivals and no-shows and adds and
//! lifts blocked time with buttons in small forms (nothing needs dragging). Works without
//! JavaScript: each form posts and comes back to the same view.
//!
//! `day` renders each clinician's days, `block_form` the "add blocked time" form.

mod block_form;
mod day;

use crate::components::page_data::PageData;
use crate::{
    api::{
        accounts::typed_fields,
        error::AppError,
        staff_schedule::{
            staff_schedule_data, AddScheduleBlock, LiftScheduleBlock, MarkArrived, MarkNoShow,
            ScheduleAddress, SchedulePage, AFFECTED, DONE, SCHEDULE_PAGE,
        },
    },
    components::page_heading::PageHeading,
    i18n::{use_i18n, I18n},
    t,
};
use block_form::add_block_form;
use day::provider_view;
use domain::staff_schedule::{BlockReason, ScheduleSpan};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::collections::BTreeMap;

fn reason_name(i18n: I18n, reason: BlockReason) -> String {
    match reason {
        BlockReason::Procedure => t!(i18n, "staff-block-reason-procedure"),
        BlockReason::Leave => t!(i18n, "staff-block-reason-leave"),
        BlockReason::Holiday => t!(i18n, "staff-block-reason-holiday"),
        BlockReason::Training => t!(i18n, "staff-block-reason-training"),
        BlockReason::Other => t!(i18n, "staff-block-reason-other"),
    }
}

/// The forms and their actions, shared by every part of the page.
#[derive(Clone, Copy)]
struct Actions {
    arrive: ServerAction<MarkArrived>,
    no_show: ServerAction<MarkNoShow>,
    add: ServerAction<AddScheduleBlock>,
    lift: ServerAction<LiftScheduleBlock>,
}

/// The GET form that chooses the view.
fn choose_view(i18n: I18n, page: &SchedulePage) -> impl IntoView {
    let locations = (page.front_desk || page.locations.len() > 1).then(|| {
        let all = (!page.front_desk).then(|| {
            view! { <option value="" selected=page.location_id.is_none()>{t!(i18n, "staff-schedule-all-locations")}</option> }
        });
        let options = page
            .locations
            .iter()
            .map(|l| {
                let selected = page.location_id == Some(l.id);
                view! { <option value=l.id.to_string() selected=selected>{l.name.clone()}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for="schedule-location">{t!(i18n, "staff-schedule-location")}</label>
                <select id="schedule-location" name="location">
                    {all}
                    {options}
                </select>
            </div>
        }
    });
    let providers = page.front_desk.then(|| {
        let options = page
            .providers
            .iter()
            .map(|p| {
                let selected = page.provider_id == Some(p.id);
                view! { <option value=p.id.to_string() selected=selected>{p.name.clone()}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for="schedule-provider">{t!(i18n, "staff-schedule-provider")}</label>
                <select id="schedule-provider" name="provider">
                    <option value="" selected=page.provider_id.is_none()>{t!(i18n, "staff-schedule-all-providers")}</option>
                    {options}
                </select>
            </div>
        }
    });
    let week = page.span == ScheduleSpan::Week;
    view! {
        <form method="get" action=SCHEDULE_PAGE class="filters schedule-form">
            {locations}
            {providers}
            <div class="field">
                <label for="schedule-day">{t!(i18n, "staff-schedule-day")}</label>
                <input id="schedule-day" name="day" type="date" value=page.first_day.clone() />
            </div>
            <fieldset class="field">
                <legend>{t!(i18n, "staff-schedule-span")}</legend>
                <div class="choice">
                    <input type="radio" id="span-day" name="span" value="day" checked=!week />
                    <label for="span-day">{t!(i18n, "staff-schedule-span-day")}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="span-week" name="span" value="week" checked=week />
                    <label for="span-week">{t!(i18n, "staff-schedule-span-week")}</label>
                </div>
            </fieldset>
            <button type="submit" class="primary">{t!(i18n, "staff-schedule-show")}</button>
        </form>
    }
}

/// Earlier, today, later: links that keep the rest of the view.
fn date_links(i18n: I18n, page: &SchedulePage) -> impl IntoView {
    let at = |day: &str| {
        ScheduleAddress {
            day: Some(day.to_string()),
            span: page.span,
            location: page.location_id,
            provider: page.provider_id,
        }
        .href()
    };
    let (previous, next) = match page.span {
        ScheduleSpan::Day => (
            t!(i18n, "staff-schedule-previous-day"),
            t!(i18n, "staff-schedule-next-day"),
        ),
        ScheduleSpan::Week => (
            t!(i18n, "staff-schedule-previous-week"),
            t!(i18n, "staff-schedule-next-week"),
        ),
    };
    view! {
        <nav class="pagination" aria-label=t!(i18n, "staff-schedule-dates")>
            <a href=at(&page.previous)>{previous}</a>
            <a href=at(&page.today)>{t!(i18n, "staff-schedule-today")}</a>
            <a href=at(&page.next)>{next}</a>
        </nav>
    }
}

fn page_view(
    i18n: I18n,
    page: SchedulePage,
    actions: Actions,
    typed: BTreeMap<String, String>,
) -> impl IntoView {
    let intro = if page.front_desk {
        t!(i18n, "staff-schedule-intro-desk")
    } else {
        t!(i18n, "staff-schedule-intro-provider")
    };
    let front_desk = page.front_desk;
    let block_form = front_desk.then(|| add_block_form(i18n, &page, actions.add, typed));
    let to_form = front_desk.then(|| {
        view! {
            <p class="standalone-link">
                <a href="#add-block">{t!(i18n, "staff-schedule-add-block")}</a>
            </p>
        }
    });
    let empty = page.schedules.is_empty();
    let schedules = page
        .schedules
        .clone()
        .into_iter()
        .map(|schedule| provider_view(i18n, schedule, front_desk, actions))
        .collect_view();
    view! {
        <p>{intro}</p>
        {choose_view(i18n, &page)}
        {date_links(i18n, &page)}
        {to_form}
        {empty.then(|| view! { <p>{t!(i18n, "staff-schedule-none")}</p> })}
        {schedules}
        {block_form}
    }
}

/// `/staff/schedule`.
#[component]
pub fn StaffSchedulePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let actions = Actions {
        arrive: ServerAction::<MarkArrived>::new(),
        no_show: ServerAction::<MarkNoShow>::new(),
        add: ServerAction::<AddScheduleBlock>::new(),
        lift: ServerAction::<LiftScheduleBlock>::new(),
    };
    let address = move || {
        query.with(|q| {
            let number = |key: &str| q.get(key).and_then(|v| v.parse::<i64>().ok());
            (
                q.get("day").filter(|d| !d.is_empty()),
                // Not a span: a day, as when absent.
                q.get("span").and_then(|s| ScheduleSpan::parse(&s)),
                number("location"),
                number("provider"),
            )
        })
    };
    // The schedule, with what was typed in the block form before a refused post (a flash
    // cookie).
    let data = Resource::new_blocking(address, |(day, span, location, provider)| async move {
        let page = staff_schedule_data(day, span, location, provider).await?;
        let typed = typed_fields(SCHEDULE_PAGE.into()).await.unwrap_or_default();
        Ok((page, typed))
    });
    let failure = move || {
        [
            actions.arrive.value().get().and_then(Result::err),
            actions.no_show.value().get().and_then(Result::err),
            actions.lift.value().get().and_then(Result::err),
            actions
                .add
                .value()
                .get()
                .and_then(Result::err)
                .filter(|e| !matches!(e, AppError::BlockInvalid { .. })),
        ]
        .into_iter()
        .flatten()
        .next()
    };
    // What a plain post just did, from the address it came back to.
    let notice = move || {
        let (done, affected) = query.with(|q| (q.get(DONE), q.get(AFFECTED)));
        Some(match done?.as_str() {
            "arrived" => t!(i18n, "staff-schedule-done-arrived"),
            "no_show" => t!(i18n, "staff-schedule-done-no_show"),
            "lifted" => t!(i18n, "staff-schedule-done-lifted"),
            "blocked" => {
                let added = t!(i18n, "staff-schedule-done-blocked");
                match affected
                    .and_then(|n| n.parse::<i64>().ok())
                    .filter(|n| *n > 0)
                {
                    Some(count) => {
                        let falls = t!(i18n, "staff-schedule-done-blocked-affected", count = count);
                        format!("{added} {falls}")
                    }
                    None => added,
                }
            }
            _ => return None,
        })
    };
    view! {
        <PageHeading text=t!(i18n, "staff-schedule-title") />
        <p class="notice" role="status">{notice}</p>
        {move || failure().map(|error| view! { <p class="error" role="alert">{error.message(i18n)}</p> })}
        <PageData data=data let:found>
            {page_view(i18n, found.0, actions, found.1)}
        </PageData>
    }
}
