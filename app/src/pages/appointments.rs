//! `/appointments`: the signed-in patient's coming appointments (soonest first) and past ones.

use crate::components::page_data::PageData;
use crate::{
    api::appointments::{
        appointment_path, list_my_appointments, AcceptOffer, AppointmentSummary, DeclineOffer,
        OfferView,
    },
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::{format, names, use_i18n, I18n},
    t,
};
use leptos::prelude::*;

/// One appointment as a list item: when (in the location's zone), with whom, where.
pub fn appointment_item(i18n: I18n, appointment: AppointmentSummary) -> impl IntoView {
    let when = format::date_time_in_zone(i18n, &appointment.starts);
    let status = names::appointment_status(i18n, appointment.status);
    view! {
        <li class="appointment">
            <a href=appointment_path(appointment.id)>{when}</a>
            <p>
                {t!(
                    i18n,
                    "appointments-with",
                    provider = appointment.provider_name.as_str(),
                    place = appointment.location_name.as_str()
                )}
            </p>
            <p class="status">{status}</p>
        </li>
    }
}

/// An earlier time held for the patient, with "Book it" and "No, thanks".
fn offer_view(
    i18n: I18n,
    offer: OfferView,
    accept: ServerAction<AcceptOffer>,
    decline: ServerAction<DeclineOffer>,
) -> impl IntoView {
    let text = t!(
        i18n,
        "offer-text",
        when = format::date_time_in_zone(i18n, &offer.at),
        provider = offer.provider_name.as_str(),
        place = offer.location_name.as_str(),
        until = format::time_short(i18n, &offer.until)
    );
    view! {
        <li class="offer">
            <p>{text}</p>
            <ActionForm action=accept attr:class="inline-form">
                <input type="hidden" name="offer_id" value=offer.id.to_string() />
                <button type="submit" class="primary">{t!(i18n, "offer-accept")}</button>
            </ActionForm>
            <ActionForm action=decline attr:class="inline-form">
                <input type="hidden" name="offer_id" value=offer.id.to_string() />
                <button type="submit">{t!(i18n, "offer-decline")}</button>
            </ActionForm>
        </li>
    }
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let accept = ServerAction::<AcceptOffer>::new();
    let decline = ServerAction::<DeclineOffer>::new();
    let mine = Resource::new_blocking(|| (), |_| list_my_appointments());
    let failure = Signal::derive(move || {
        accept
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| decline.value().get().and_then(Result::err))
            .map(|e| e.message(i18n))
    });
    view! {
        <PageHeading text=t!(i18n, "appointments-title") />
        <ErrorSummary message=failure field=Signal::derive(|| "offers-heading") />
        <PageData data=mine let:mine>
                    {
                        let upcoming_empty = mine.upcoming.is_empty();
                        let past_empty = mine.past.is_empty();
                        let offers = (!mine.offers.is_empty()).then(|| view! {
                            <section class="banner" aria-labelledby="offers-heading">
                                <h2 id="offers-heading">{t!(i18n, "offer-title")}</h2>
                                <ul>
                                    {mine.offers.into_iter().map(|o| offer_view(i18n, o, accept, decline)).collect_view()}
                                </ul>
                            </section>
                        });
                        view! {
                            {offers}
                            <p>
                                <a href="/find-a-doctor">{t!(i18n, "appointments-book-new")}</a>
                            </p>
                            <h2>{t!(i18n, "appointments-upcoming")}</h2>
                            {upcoming_empty.then(|| view! { <p>{t!(i18n, "appointments-none-upcoming")}</p> })}
                            <ul class="appointments">
                                {mine.upcoming.into_iter().map(|a| appointment_item(i18n, a)).collect_view()}
                            </ul>
                            <h2>{t!(i18n, "appointments-past")}</h2>
                            {past_empty.then(|| view! { <p>{t!(i18n, "appointments-none-past")}</p> })}
                            <ul class="appointments">
                                {mine.past.into_iter().map(|a| appointment_item(i18n, a)).collect_view()}
                            </ul>
                        }
                    }
        </PageData>
    }
}
