//! `/staff/schedule`: a provider's own day or week, or front desk's view of a location's
//! clinicians — working hours, appointments (patient, kind of visit, status), blocked time with
//! the appointments it falls on, who is on call, and a flag in words on anyone the licence rule
//! keeps from being booked there. Times are the location's, with the zone named. A GET form
//! chooses the view, so every view is a link. Front desk marks arrivals and no-shows and adds and
//! lifts blocked time with buttons in small forms (nothing needs dragging). Works without
//! JavaScript: each form posts and comes back to the same view.

use crate::{
    api::{
        accounts::typed_fields,
        error::AppError,
        staff_schedule::{
            staff_schedule_data, AddScheduleBlock, AffectedView, BlockView, DayView,
            LiftScheduleBlock, MarkArrived, MarkNoShow, ProviderView, ScheduleAddress,
            ScheduleItem, SchedulePage, TimeRange, AFFECTED, DONE, EVERYONE, SCHEDULE_PAGE,
        },
    },
    components::{error_summary::FieldErrorSummary, page_heading::PageHeading},
    i18n::{format, names, use_i18n, I18n},
    t,
};
use domain::{
    appointments::{AppointmentStatus, VisitMode, VisitType},
    credentials::NotBookable,
    staff_schedule::{BlockField, BlockProblem, BlockReason, ScheduleSpan},
};
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_query_map};
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

fn status_name(i18n: I18n, status: AppointmentStatus) -> String {
    use AppointmentStatus as S;
    match status {
        S::Held => t!(i18n, "staff-status-held"),
        S::Booked => t!(i18n, "staff-status-booked"),
        S::Arrived => t!(i18n, "staff-status-arrived"),
        S::Completed => t!(i18n, "staff-status-completed"),
        S::NoShow => t!(i18n, "staff-status-no_show"),
        S::Cancelled => t!(i18n, "staff-status-cancelled"),
        S::Lapsed => t!(i18n, "staff-status-lapsed"),
    }
}

fn visit_text(i18n: I18n, item: &ScheduleItem) -> String {
    let kind = match item.visit_type {
        VisitType::NewPatient => t!(i18n, "staff-visit-new-patient"),
        VisitType::FollowUp => t!(i18n, "staff-visit-follow-up"),
    };
    let mode = match item.visit_mode {
        VisitMode::InPerson => t!(i18n, "find-visit-in-person"),
        VisitMode::Telehealth => t!(i18n, "find-visit-telehealth"),
    };
    format!("{kind} · {mode}")
}

/// The licence flag, in words.
fn licence_text(i18n: I18n, problem: &NotBookable) -> Option<String> {
    use crate::i18n::names::jurisdiction;
    match problem {
        NotBookable::NoCurrentLicence { jurisdiction: code } => Some(t!(
            i18n,
            "staff-schedule-licence-none",
            jurisdiction = jurisdiction(i18n, code)
        )),
        NotBookable::LicencePending { jurisdiction: code } => Some(t!(
            i18n,
            "staff-schedule-licence-pending",
            jurisdiction = jurisdiction(i18n, code)
        )),
        _ => None,
    }
}

/// A stretch of time: times only within one day, dates and times across days; the zone named.
fn range_text(i18n: I18n, range: &TimeRange) -> String {
    let (start, end) = (&range.start, &range.end);
    if (start.year, start.month, start.day) == (end.year, end.month, end.day) {
        t!(
            i18n,
            "staff-schedule-time-range",
            start = format::time_short(i18n, start),
            end = format::time_short(i18n, end),
            zone = names::time_zone(i18n, &end.zone)
        )
    } else {
        t!(
            i18n,
            "staff-schedule-date-range",
            start = format::date_time_in_zone(i18n, start),
            end = format::date_time_in_zone(i18n, end)
        )
    }
}

fn field_id(field: BlockField) -> &'static str {
    match field {
        BlockField::StartDate => "block-start-date",
        BlockField::StartTime => "block-start-time",
        BlockField::EndDate => "block-end-date",
        BlockField::EndTime => "block-end-time",
    }
}

fn field_label(i18n: I18n, field: BlockField) -> String {
    match field {
        BlockField::StartDate => t!(i18n, "staff-schedule-block-start-date"),
        BlockField::StartTime => t!(i18n, "staff-schedule-block-start-time"),
        BlockField::EndDate => t!(i18n, "staff-schedule-block-end-date"),
        BlockField::EndTime => t!(i18n, "staff-schedule-block-end-time"),
    }
}

fn problem_text(i18n: I18n, field: BlockField, problem: BlockProblem) -> String {
    let is_date = matches!(field, BlockField::StartDate | BlockField::EndDate);
    match problem {
        BlockProblem::Missing if is_date => t!(i18n, "staff-block-error-missing-date"),
        BlockProblem::Missing => t!(i18n, "staff-block-error-missing-time"),
        BlockProblem::NotADate => t!(i18n, "staff-block-error-not-a-date"),
        BlockProblem::NotATime => t!(i18n, "staff-block-error-not-a-time"),
        BlockProblem::EndNotAfterStart => t!(i18n, "staff-block-error-end-not-after-start"),
        BlockProblem::TooLong => t!(i18n, "staff-block-error-too-long"),
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

fn item_view(i18n: I18n, item: ScheduleItem, front_desk: bool, actions: Actions) -> impl IntoView {
    let time = range_text(i18n, &item.time);
    let who = format!("{}, {}", item.patient_name, time);
    let arrive = (front_desk && item.may_arrive).then(|| {
        let label = t!(i18n, "staff-schedule-mark-arrived-label", who = who.clone());
        view! {
            <ActionForm action=actions.arrive attr:class="inline-form">
                <input type="hidden" name="appointment_id" value=item.id.to_string() />
                <button type="submit" aria-label=label>{t!(i18n, "staff-schedule-mark-arrived")}</button>
            </ActionForm>
        }
    });
    let no_show = (front_desk && item.may_no_show).then(|| {
        let label = t!(i18n, "staff-schedule-mark-no-show-label", who = who.clone());
        view! {
            <ActionForm action=actions.no_show attr:class="inline-form">
                <input type="hidden" name="appointment_id" value=item.id.to_string() />
                <button type="submit" aria-label=label>{t!(i18n, "staff-schedule-mark-no-show")}</button>
            </ActionForm>
        }
    });
    let status = t!(
        i18n,
        "staff-schedule-status",
        status = status_name(i18n, item.status)
    );
    view! {
        <li class="schedule-item">
            <p class="slot-time">{time}</p>
            <p>
                <a href=format!("/appointments/{}", item.id)>{item.patient_name.clone()}</a>
            </p>
            <p>{visit_text(i18n, &item)}</p>
            <p>{status}</p>
            {item.during_block.then(|| view! { <p class="warning">{t!(i18n, "staff-schedule-during-block")}</p> })}
            {arrive}
            {no_show}
        </li>
    }
}

fn affected_view(i18n: I18n, affected: Vec<AffectedView>, whole_location: bool) -> impl IntoView {
    (!affected.is_empty()).then(|| {
        let items = affected
            .into_iter()
            .map(|a| {
                let when = format::date_time_in_zone(i18n, &a.starts);
                let text = if whole_location {
                    format!("{}, {} ({})", a.patient_name, when, a.provider_name)
                } else {
                    format!("{}, {}", a.patient_name, when)
                };
                view! {
                    <li>
                        <a href=format!("/appointments/{}", a.id)>{text}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{t!(i18n, "staff-schedule-affected")}</p>
            <ul>{items}</ul>
        }
    })
}

fn block_view(i18n: I18n, block: BlockView, front_desk: bool, actions: Actions) -> impl IntoView {
    let reason = reason_name(i18n, block.reason);
    let time = range_text(i18n, &block.time);
    let lift = front_desk.then(|| {
        let label = t!(
            i18n,
            "staff-schedule-lift-label",
            what = format!("{reason}, {time}")
        );
        view! {
            <ActionForm action=actions.lift attr:class="inline-form">
                <input type="hidden" name="block_id" value=block.id.to_string() />
                <button type="submit" aria-label=label>{t!(i18n, "staff-schedule-lift")}</button>
            </ActionForm>
        }
    });
    view! {
        <li class="schedule-block">
            <p>
                <strong>{reason.clone()}</strong>
            </p>
            <p>{time.clone()}</p>
            {block.whole_location.then(|| view! { <p>{t!(i18n, "staff-schedule-whole-location")}</p> })}
            {affected_view(i18n, block.affected, block.whole_location)}
            {lift}
        </li>
    }
}

fn day_view(
    i18n: I18n,
    section: &str,
    day: DayView,
    front_desk: bool,
    actions: Actions,
) -> impl IntoView {
    let heading_id = format!("{section}-{}", day.date);
    let hours = if day.hours.is_empty() {
        view! { <dd>{t!(i18n, "staff-schedule-not-working")}</dd> }.into_any()
    } else {
        let lines = day
            .hours
            .iter()
            .map(|h| {
                let text = t!(
                    i18n,
                    "staff-schedule-hours-range",
                    start = format::time_of_day(i18n, h.starts.0, h.starts.1),
                    end = format::time_of_day(i18n, h.ends.0, h.ends.1)
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <dd>
                <ul class="plain-list">{lines}</ul>
            </dd>
        }
        .into_any()
    };
    let on_call = (!day.on_call.is_empty()).then(|| {
        let lines = day
            .on_call
            .iter()
            .map(|range| view! { <li>{range_text(i18n, range)}</li> })
            .collect_view();
        view! {
            <dt>{t!(i18n, "staff-schedule-on-call")}</dt>
            <dd>
                <ul class="plain-list">{lines}</ul>
            </dd>
        }
    });
    let blocks = (!day.blocks.is_empty()).then(|| {
        let lines = day
            .blocks
            .into_iter()
            .map(|block| block_view(i18n, block, front_desk, actions))
            .collect_view();
        view! {
            <dt>{t!(i18n, "staff-schedule-blocks")}</dt>
            <dd>
                <ul class="plain-list">{lines}</ul>
            </dd>
        }
    });
    let appointments = if day.appointments.is_empty() {
        view! { <dd>{t!(i18n, "staff-schedule-no-appointments")}</dd> }.into_any()
    } else {
        let items = day
            .appointments
            .into_iter()
            .map(|item| item_view(i18n, item, front_desk, actions))
            .collect_view();
        view! {
            <dd>
                <ul class="schedule-items">{items}</ul>
            </dd>
        }
        .into_any()
    };
    view! {
        <div class="schedule-day">
            <h3 id=heading_id>{format::date_long(i18n, &day.heading)}</h3>
            <dl class="day-facts">
                <dt>{t!(i18n, "staff-schedule-hours")}</dt>
                {hours}
                {on_call}
                {blocks}
                <dt>{t!(i18n, "staff-schedule-appointments")}</dt>
                {appointments}
            </dl>
        </div>
    }
}

fn provider_view(
    i18n: I18n,
    schedule: ProviderView,
    front_desk: bool,
    actions: Actions,
) -> impl IntoView {
    let section = format!("schedule-{}-{}", schedule.provider_id, schedule.location_id);
    let heading_id = format!("{section}-heading");
    let labelled_by = heading_id.clone();
    // Front desk sees a location's clinicians; a provider sees their own locations.
    let heading = if front_desk {
        schedule.provider_name.clone()
    } else {
        schedule.location_name.clone()
    };
    let licence = schedule
        .licence
        .as_ref()
        .and_then(|problem| licence_text(i18n, problem))
        .map(|text| view! { <p class="warning licence-flag">{text}</p> });
    let zone = t!(
        i18n,
        "staff-schedule-zone",
        place = schedule.location_name.clone(),
        zone = names::time_zone(i18n, &schedule.time_zone)
    );
    let days = schedule
        .days
        .into_iter()
        .map(|day| day_view(i18n, &section, day, front_desk, actions))
        .collect_view();
    view! {
        <section class="provider-schedule" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            {licence}
            <p class="hint">{zone}</p>
            {days}
        </section>
    }
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

/// The blocked-time form's problems, from the action (with or without JavaScript).
fn block_problems(add: ServerAction<AddScheduleBlock>) -> Option<Vec<(BlockField, BlockProblem)>> {
    match add.value().get() {
        Some(Err(AppError::BlockInvalid { problems })) => Some(problems),
        _ => None,
    }
}

fn add_block_form(
    i18n: I18n,
    page: &SchedulePage,
    add: ServerAction<AddScheduleBlock>,
    typed: BTreeMap<String, String>,
) -> impl IntoView {
    let location = page.location_id.unwrap_or_default();
    let typed_provider = typed
        .get("provider_id")
        .cloned()
        .or_else(|| page.provider_id.map(|id| id.to_string()))
        .or_else(|| page.providers.first().map(|p| p.id.to_string()))
        .unwrap_or_default();
    let typed_reason = typed.get("reason").cloned().unwrap_or_default();
    let providers = page
        .providers
        .iter()
        .map(|p| {
            let value = p.id.to_string();
            let selected = value == typed_provider;
            view! { <option value=value selected=selected>{p.name.clone()}</option> }
        })
        .collect_view();
    let reasons = BlockReason::ALL
        .into_iter()
        .map(|reason| {
            let selected = reason.as_str() == typed_reason;
            view! { <option value=reason.as_str() selected=selected>{reason_name(i18n, reason)}</option> }
        })
        .collect_view();
    let summary_problems = Signal::derive(move || {
        block_problems(add)
            .unwrap_or_default()
            .into_iter()
            .map(|(field, problem)| {
                let text = t!(
                    i18n,
                    "staff-block-error-in-field",
                    field = field_label(i18n, field),
                    problem = problem_text(i18n, field, problem)
                );
                (field_id(field).to_string(), text)
            })
            .collect::<Vec<_>>()
    });
    let first_day = page.first_day.clone();
    let field = move |field: BlockField, kind: &'static str| {
        let id = field_id(field);
        let error_id = format!("{id}-error");
        let value = typed.get(field.as_str()).cloned().unwrap_or_else(|| {
            if kind == "date" {
                first_day.clone()
            } else {
                String::new()
            }
        });
        let problem = move || {
            block_problems(add).and_then(|problems| {
                problems
                    .into_iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, p)| problem_text(i18n, field, p))
            })
        };
        let described = error_id.clone();
        view! {
            <div class="field">
                <label for=id>{field_label(i18n, field)}</label>
                <p class="error field-error" id=error_id>{problem}</p>
                <input
                    id=id
                    name=field.as_str()
                    type=kind
                    value=value
                    aria-describedby=move || problem().map(|_| described.clone())
                    aria-invalid=move || problem().map(|_| "true")
                />
            </div>
        }
    };
    let zone = page.time_zone.as_deref().map(|zone| {
        let zone = names::time_zone(i18n, zone);
        view! { <p class="hint">{t!(i18n, "staff-schedule-block-zone", zone = zone)}</p> }
    });
    view! {
        <section id="add-block" aria-labelledby="add-block-heading">
            <h2 id="add-block-heading">{t!(i18n, "staff-schedule-add-block")}</h2>
            <p>{t!(i18n, "staff-schedule-block-intro")}</p>
            {zone}
            <FieldErrorSummary id="block-errors" problems=summary_problems message=Signal::derive(|| None::<String>) fallback_field="block-start-date" />
            <ActionForm action=add attr:class="stacked-form">
                <input type="hidden" name="location_id" value=location.to_string() />
                <div class="field">
                    <label for="block-provider">{t!(i18n, "staff-schedule-block-who")}</label>
                    <select id="block-provider" name="provider_id">
                        {providers}
                        <option value=EVERYONE selected=typed_provider == EVERYONE>{t!(i18n, "staff-schedule-whole-location")}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="block-reason">{t!(i18n, "staff-schedule-block-reason")}</label>
                    <select id="block-reason" name="reason">{reasons}</select>
                </div>
                {field(BlockField::StartDate, "date")}
                {field(BlockField::StartTime, "time")}
                {field(BlockField::EndDate, "date")}
                {field(BlockField::EndTime, "time")}
                <button type="submit" class="primary">{t!(i18n, "staff-schedule-block-submit")}</button>
            </ActionForm>
        </section>
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
                q.get("span"),
                number("location"),
                number("provider"),
            )
        })
    };
    let data = Resource::new_blocking(address, |(day, span, location, provider)| {
        staff_schedule_data(day, span, location, provider)
    });
    let flashed = Resource::new_blocking(|| (), |_| typed_fields(SCHEDULE_PAGE.into()));
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
        <Suspense>
            {move || Suspend::new(async move {
                let typed = flashed.await.unwrap_or_default();
                match data.await {
                    Err(AppError::SignInRequired) => view! { <Redirect path="/sign-in" /> }.into_any(),
                    Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                    Ok(page) => page_view(i18n, page, actions, typed).into_any(),
                }
            })}
        </Suspense>
    }
}
