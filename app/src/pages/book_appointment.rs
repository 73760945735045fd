//! `/providers/{id}/book?location=…`: a week of a provider's free times at one location, in the
//! location's own time (the zone named), each a link; `&start=…` shows the chosen time with the
//! form that books it (kind of visit, how, the reason, what to bring). Works without
//! JavaScript. When someone else books the time first, the answer is said in the live region
//! with the three nearest free times to choose from, and what was typed stays.

use crate::components::page_data::PageData;
use crate::{
    api::{
        accounts::typed_fields,
        appointments::{
            booking_page_data, booking_path, BookAppointment, BookingPage, DayChoices, TimeChoice,
        },
        error::AppError,
    },
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::{format, names, use_i18n, I18n},
    t,
};
use domain::appointments::{VisitMode, VisitType};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The booking page's address for a time (or a week) at a location.
fn link(page: &BookingPage, week: Option<&str>, start: Option<i64>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("location", &page.location_id.to_string());
    if let Some(week) = week {
        query.append_pair("week", week);
    }
    if let Some(start) = start {
        query.append_pair("start", &start.to_string());
    }
    format!("{}?{}", booking_path(page.provider_id), query.finish())
}

fn day_view(i18n: I18n, page: &BookingPage, day: DayChoices) -> impl IntoView {
    let heading = day
        .times
        .first()
        .map(|t| format::date_long(i18n, &t.at))
        .unwrap_or_default();
    let heading_id = format!("day-{}", day.date);
    let labelled_by = heading_id.clone();
    let times = day
        .times
        .iter()
        .map(|time| {
            let label = format::time_short(i18n, &time.at);
            let href = link(page, Some(&page.week), Some(time.start));
            view! {
                <li>
                    <a class="time" href=href>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="day" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            <ul class="times">{times}</ul>
        </section>
    }
}

fn week_view(i18n: I18n, page: BookingPage) -> impl IntoView {
    let empty = page.days.is_empty();
    let previous = page
        .previous_week
        .as_deref()
        .map(|w| link(&page, Some(w), None));
    let next = page
        .next_week
        .as_deref()
        .map(|w| link(&page, Some(w), None));
    let days = page
        .days
        .clone()
        .into_iter()
        .map(|day| day_view(i18n, &page, day))
        .collect_view();
    view! {
        <h2>{t!(i18n, "book-choose-time")}</h2>
        <p>{t!(i18n, "book-times-local", zone = names::time_zone(i18n, &page.time_zone))}</p>
        {empty.then(|| view! { <p>{t!(i18n, "book-no-times")}</p> })}
        {days}
        <nav class="pages" aria-label=t!(i18n, "book-weeks")>
            {previous.map(|href| view! { <a href=href>{t!(i18n, "book-earlier")}</a> })}
            {next.map(|href| view! { <a href=href>{t!(i18n, "book-later")}</a> })}
        </nav>
    }
}

/// What to bring and do, for the kind of visit.
fn instructions(i18n: I18n, mode: VisitMode) -> String {
    match mode {
        VisitMode::InPerson => t!(i18n, "book-instructions-in-person"),
        VisitMode::Telehealth => t!(i18n, "book-instructions-telehealth"),
    }
}

/// The name a booking form field posts under (the fields of
/// [`crate::api::appointments::BookingDraft`]).
fn posted(name: &str) -> String {
    format!("booking[{name}]")
}

/// A radio choice for the draft's field `name` inside a fieldset.
fn radio(name: &'static str, value: &'static str, label: String, checked: bool) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="choice">
            <input type="radio" id=id.clone() name=posted(name) value=value checked=checked />
            <label for=id>{label}</label>
        </div>
    }
}

fn nearest_view(i18n: I18n, nearest: Vec<TimeChoice>) -> impl IntoView {
    (!nearest.is_empty()).then(|| {
        let choices = nearest
            .into_iter()
            .enumerate()
            .map(|(n, time)| {
                let id = format!("nearest-{n}");
                let label = format::date_time_in_zone(i18n, &time.at);
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name=posted("starts_at") value=time.start.to_string() required=true />
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="field" id="starts_at">
                <legend>{t!(i18n, "book-nearest")}</legend>
                {choices}
            </fieldset>
        }
    })
}

fn confirm_view(
    i18n: I18n,
    page: BookingPage,
    chosen: Option<TimeChoice>,
    book: ServerAction<BookAppointment>,
    typed: std::collections::BTreeMap<String, String>,
) -> impl IntoView {
    let failure = move || book.value().get().and_then(Result::err);
    let error = Signal::derive(move || failure().map(|e| e.message(i18n)));
    let field = Signal::derive(move || match failure() {
        Some(AppError::ReasonRequired | AppError::ReasonTooLong) => "reason",
        Some(AppError::SlotTaken { .. }) => "starts_at",
        _ => "confirm-booking",
    });
    let nearest = move || match failure() {
        Some(AppError::SlotTaken { nearest }) => Some(nearest),
        _ => None,
    };
    let typed_type = typed.get("visit_type").cloned();
    let typed_mode = typed.get("visit_mode").cloned();
    let reason = typed.get("reason").cloned().unwrap_or_default();
    let (in_person, telehealth, new_patients) = chosen
        .as_ref()
        .map(|c| (c.in_person, c.telehealth, c.new_patients))
        .unwrap_or((true, true, true));
    let new_checked = typed_type.as_deref() != Some("follow_up") && new_patients;
    let telehealth_checked = typed_mode.as_deref() == Some("telehealth") || !in_person;
    let when = chosen
        .as_ref()
        .map(|c| format::date_time_in_zone(i18n, &c.at));
    let starts_at = chosen.as_ref().map(|c| c.start.to_string());
    let back = link(&page, Some(&page.week), None);
    view! {
        <h2>{t!(i18n, "book-confirm-title")}</h2>
        <ErrorSummary message=error field=field />
        {when.map(|when| view! {
            <p class="lead">{t!(i18n, "book-chosen", when = when, place = page.location_name.as_str())}</p>
        })}
        <p>{page.address.clone()}</p>
        {page.booking_for.clone().map(|(_, name)| view! {
            <p class="notice">{t!(i18n, "book-for-patient", name = name)}</p>
        })}
        <ActionForm action=book attr:class="stacked-form">
            <input type="hidden" name=posted("provider_id") value=page.provider_id.to_string() />
            <input type="hidden" name=posted("location_id") value=page.location_id.to_string() />
            <input type="hidden" name=posted("idempotency_key") value=page.idempotency_key.clone() />
            {page.booking_for.clone().map(|(id, _)| view! { <input type="hidden" name=posted("patient_id") value=id.to_string() /> })}
            {move || match (nearest(), starts_at.clone()) {
                (Some(nearest), _) => nearest_view(i18n, nearest).into_any(),
                (None, Some(start)) => view! { <input type="hidden" name=posted("starts_at") value=start /> }.into_any(),
                (None, None) => ().into_any(),
            }}
            <fieldset class="field">
                <legend>{t!(i18n, "book-visit-type")}</legend>
                {new_patients.then(|| radio("visit_type", VisitType::NewPatient.as_str(), t!(i18n, "book-new-patient"), new_checked))}
                {radio("visit_type", VisitType::FollowUp.as_str(), t!(i18n, "book-follow-up"), !new_checked)}
            </fieldset>
            <fieldset class="field">
                <legend>{t!(i18n, "book-visit-mode")}</legend>
                {in_person.then(|| radio("visit_mode", VisitMode::InPerson.as_str(), t!(i18n, "find-visit-in-person"), !telehealth_checked))}
                {telehealth.then(|| radio("visit_mode", VisitMode::Telehealth.as_str(), t!(i18n, "find-visit-telehealth"), telehealth_checked))}
            </fieldset>
            <div class="field">
                <label for="reason">{t!(i18n, "book-reason")}</label>
                <p class="hint" id="reason-hint">{t!(i18n, "book-reason-hint")}</p>
                <textarea
                    id="reason"
                    name=posted("reason")
                    rows="3"
                    maxlength="500"
                    aria-describedby="reason-hint"
                    aria-invalid=move || (field.get() == "reason" && error.get().is_some()).then_some("true")
                >
                    {reason}
                </textarea>
            </div>
            <section class="instructions" aria-labelledby="instructions-heading">
                <h3 id="instructions-heading">{t!(i18n, "book-instructions-title")}</h3>
                <p>{instructions(i18n, VisitMode::InPerson)}</p>
                {telehealth.then(|| view! { <p>{instructions(i18n, VisitMode::Telehealth)}</p> })}
            </section>
            <button type="submit" class="primary" id="confirm-booking">{t!(i18n, "book-confirm")}</button>
        </ActionForm>
        <p>
            <a href=back>{t!(i18n, "book-other-time")}</a>
        </p>
    }
}

/// `/providers/{id}/book`.
#[component]
pub fn BookAppointmentPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let book = ServerAction::<BookAppointment>::new();
    let key = move || {
        let id = params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
        query.with(|q| {
            (
                id,
                q.get("location").and_then(|l| l.parse::<i64>().ok()),
                q.get("week"),
                q.get("start").and_then(|s| s.parse::<i64>().ok()),
            )
        })
    };
    // The page's data with what was typed before a refused post (a flash cookie).
    let page = Resource::new_blocking(key, |(id, location, week, start)| async move {
        let (Some(id), Some(location)) = (id, location) else {
            return Err(AppError::NotFound);
        };
        let page = booking_page_data(id, location, week, start).await?;
        let typed = typed_fields(booking_path(id)).await.unwrap_or_default();
        Ok((page, typed))
    });
    view! {
        <PageData data=page record=true let:found>
            {
                let (page, typed) = found;
                // A refused post (without JavaScript, it comes back with its error in the
                // address, which the action reads).
                let refused = book.value().get_untracked().is_some_and(|r| r.is_err());
                let title = t!(i18n, "book-title", name = page.provider_name.as_str());
                let wanted = query.with_untracked(|q| q.get("start").is_some());
                let blocked = page
                    .not_bookable
                    .as_ref()
                    .map(|problem| view! { <p class="warning">{names::not_bookable(i18n, problem)}</p> });
                let body = match (page.chosen.clone(), wanted) {
                    (Some(chosen), _) => confirm_view(i18n, page.clone(), Some(chosen), book, typed).into_any(),
                    (None, true) if refused => confirm_view(i18n, page.clone(), None, book, typed).into_any(),
                    (None, true) => view! {
                        <p class="error" role="alert">{t!(i18n, "error-slot-taken")}</p>
                        {week_view(i18n, page.clone())}
                    }
                        .into_any(),
                    (None, false) => week_view(i18n, page.clone()).into_any(),
                };
                view! {
                    <PageHeading text=title />
                    <p class="lead">{page.location_name.clone()}</p>
                    {blocked}
                    {body}
                }
            }
        </PageData>
    }
}
