//! `/appointments/{id}`: one appointment — when (in the location's zone, named), with whom,
//! where, what to bring — with "Add to calendar", and while the rules allow, a form to move it
//! to another free time and one to cancel it. After booking, moving or cancelling, a notice says
//! so. Works without JavaScript.

use crate::components::page_data::PageData;
use crate::{
    api::{
        appointments::{
            appointment_detail_data, AppointmentDetail, CancelAppointment, DayChoices,
            JoinWaitlist, RescheduleAppointment,
        },
        error::AppError,
    },
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::{format, names, use_i18n, I18n},
    t,
};
use domain::appointments::{AppointmentStatus, ChangeRefused, VisitMode, VisitType};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn reschedule_form(
    i18n: I18n,
    id: i64,
    alternatives: Vec<DayChoices>,
    action: ServerAction<RescheduleAppointment>,
) -> impl IntoView {
    let groups = alternatives
        .into_iter()
        .map(|day| {
            let label = day
                .times
                .first()
                .map(|t| format::date_long(i18n, &t.at))
                .unwrap_or_default();
            let options = day
                .times
                .into_iter()
                .map(|time| {
                    let text = format::time_short(i18n, &time.at);
                    view! { <option value=time.start.to_string()>{text}</option> }
                })
                .collect_view();
            view! { <optgroup label=label>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="reschedule-heading">
            <h2 id="reschedule-heading">{t!(i18n, "appointment-reschedule")}</h2>
            <ActionForm action=action attr:class="stacked-form">
                <input type="hidden" name="id" value=id.to_string() />
                <div class="field">
                    <label for="new-time">{t!(i18n, "appointment-new-time")}</label>
                    <select id="new-time" name="starts_at" required=true>
                        {groups}
                    </select>
                </div>
                <button type="submit">{t!(i18n, "appointment-reschedule-submit")}</button>
            </ActionForm>
        </section>
    }
}

fn detail_view(
    i18n: I18n,
    detail: AppointmentDetail,
    reschedule: ServerAction<RescheduleAppointment>,
    cancel: ServerAction<CancelAppointment>,
    waitlist: ServerAction<JoinWaitlist>,
) -> impl IntoView {
    let a = detail.appointment;
    let when = format::date_time_in_zone(i18n, &a.starts);
    let until = format::time_short(i18n, &a.ends);
    let mode = match a.visit_mode {
        VisitMode::InPerson => t!(i18n, "find-visit-in-person"),
        VisitMode::Telehealth => t!(i18n, "find-visit-telehealth"),
    };
    let kind = match a.visit_type {
        VisitType::NewPatient => t!(i18n, "book-new-patient"),
        VisitType::FollowUp => t!(i18n, "book-follow-up"),
    };
    let instructions = match a.visit_mode {
        VisitMode::InPerson => t!(i18n, "book-instructions-in-person"),
        VisitMode::Telehealth => t!(i18n, "book-instructions-telehealth"),
    };
    let live = matches!(
        a.status,
        AppointmentStatus::Booked | AppointmentStatus::Arrived
    );
    let why_fixed = match a.changeable {
        Err(ChangeRefused::TooLate { hours }) => {
            Some(t!(i18n, "error-change-too-late", hours = hours))
        }
        _ => None,
    };
    let changeable = a.changeable.is_ok();
    let id = a.id;
    view! {
        <dl class="facts">
            <dt>{t!(i18n, "appointment-when")}</dt>
            <dd>{t!(i18n, "appointment-when-range", start = when, end = until)}</dd>
            <dt>{t!(i18n, "appointment-with")}</dt>
            <dd>
                <a href=format!("/providers/{}", a.provider_id)>{a.provider_name.clone()}</a>
            </dd>
            <dt>{t!(i18n, "appointment-where")}</dt>
            <dd>{format!("{}, {}", a.location_name, a.address)}</dd>
            <dt>{t!(i18n, "appointment-phone")}</dt>
            <dd>
                <a href=format!("tel:{}", a.phone.replace(' ', ""))>{a.phone.clone()}</a>
            </dd>
            <dt>{t!(i18n, "appointment-patient")}</dt>
            <dd>{a.patient_name.clone()}</dd>
            <dt>{t!(i18n, "book-visit-type")}</dt>
            <dd>{format!("{kind} · {mode}")}</dd>
            <dt>{t!(i18n, "book-reason")}</dt>
            <dd>{a.reason.clone()}</dd>
            <dt>{t!(i18n, "appointment-status")}</dt>
            <dd>{names::appointment_status(i18n, a.status)}</dd>
        </dl>
        {live.then(|| view! {
            <section class="instructions" aria-labelledby="instructions-heading">
                <h2 id="instructions-heading">{t!(i18n, "book-instructions-title")}</h2>
                <p>{instructions}</p>
            </section>
        })}
        <ul class="aside-links">
            <li>
                <a href=format!("/appointments/{id}/calendar.ics") download="appointment.ics">
                    {t!(i18n, "appointment-add-to-calendar")}
                </a>
            </li>
            <li>
                <a
                    href=format!("/appointments/{id}/calendar.ics?reason=include")
                    download="appointment.ics"
                >
                    {t!(i18n, "appointment-add-to-calendar-with-reason")}
                </a>
            </li>
        </ul>
        <p class="hint">{t!(i18n, "appointment-calendar-reason-note")}</p>
        {why_fixed.map(|why| view! { <p class="warning">{why}</p> })}
        {changeable.then(|| view! {
            {reschedule_form(i18n, id, detail.alternatives, reschedule)}
            <section aria-labelledby="waitlist-heading">
                <h2 id="waitlist-heading">{t!(i18n, "waitlist-title")}</h2>
                <p>{t!(i18n, "waitlist-intro")}</p>
                <ActionForm action=waitlist attr:class="stacked-form">
                    <input type="hidden" name="id" value=id.to_string() />
                    <button type="submit">{t!(i18n, "waitlist-join")}</button>
                </ActionForm>
            </section>
            <section aria-labelledby="cancel-heading">
                <h2 id="cancel-heading">{t!(i18n, "appointment-cancel")}</h2>
                <ActionForm action=cancel attr:class="stacked-form">
                    <input type="hidden" name="id" value=id.to_string() />
                    <button type="submit" class="danger">{t!(i18n, "appointment-cancel-submit")}</button>
                </ActionForm>
            </section>
        })}
        <p>
            <a href="/appointments">{t!(i18n, "appointment-all")}</a>
        </p>
    }
}

/// `/appointments/{id}`.
#[component]
pub fn AppointmentDetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let reschedule = ServerAction::<RescheduleAppointment>::new();
    let cancel = ServerAction::<CancelAppointment>::new();
    let waitlist = ServerAction::<JoinWaitlist>::new();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let detail = Resource::new_blocking(id, |id| async move {
        match id {
            Some(id) => appointment_detail_data(id).await,
            None => Err(AppError::NotFound),
        }
    });
    // What just happened, from the address a post came back to.
    let notice = move || {
        let said = |key: &str| query.with(|q| q.get(key).is_some());
        if said("cancelled") {
            Some(t!(i18n, "appointment-cancelled-notice"))
        } else if said("rescheduled") {
            Some(t!(i18n, "appointment-rescheduled-notice"))
        } else if said("waitlisted") {
            Some(t!(i18n, "waitlist-joined-notice"))
        } else if said("booked") {
            Some(t!(i18n, "appointment-booked-notice"))
        } else {
            None
        }
    };
    let failure = move || {
        reschedule
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| cancel.value().get().and_then(Result::err))
            .or_else(|| waitlist.value().get().and_then(Result::err))
    };
    let error = Signal::derive(move || failure().map(|e| e.message(i18n)));
    view! {
        <PageHeading text=t!(i18n, "appointment-title") />
        <p class="notice" role="status">{notice}</p>
        <ErrorSummary message=error field=Signal::derive(|| "new-time") />
        <PageData data=detail record=true let:detail>
            {detail_view(i18n, detail, reschedule, cancel, waitlist)}
        </PageData>
    }
}
