//! One clinician's days at one location: their working hours, on-call time, blocked time (with
//! the appointments it falls on and, for front desk, a button to lift it) and appointments (with,
//! for front desk, buttons to mark an arrival or a no-show), under a heading that names the
//! region.

use super::{reason_name, Actions};
use crate::{
    api::staff_schedule::{
        AffectedView, BlockView, DayView, ProviderView, ScheduleItem, TimeRange,
    },
    i18n::{format, names, I18n},
    t,
};
use domain::{
    appointments::{AppointmentStatus, VisitMode, VisitType},
    credentials::NotBookable,
};
use leptos::prelude::*;

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

pub(super) fn provider_view(
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
