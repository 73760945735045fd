//! `GET /appointments/{id}/calendar.ics`: "Add to calendar" for an appointment the signed-in
//! person may see (its patient, front desk, its provider); anyone else gets 404, as for an id
//! that does not exist. The visit's reason is written only with `?reason=include`.

use crate::router::AppState;
use app::calendar_file::Reason;
use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Extension,
};
use backend::{actor::Actor, clock::now, scheduling};
use domain::locale::Locale;
use serde::Deserialize;

/// `?reason=include` asks for the visit's reason in the file; anything else leaves it out.
#[derive(Deserialize)]
pub struct CalendarQuery {
    reason: Option<String>,
}

pub async fn calendar_file(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<CalendarQuery>,
    actor: Option<Extension<Actor>>,
    Extension(locale): Extension<Locale>,
) -> Response {
    let Some(Extension(actor)) = actor else {
        return Redirect::to("/sign-in").into_response();
    };
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let view = match scheduling::appointment(&state.db, &actor, id, now()).await {
        Ok(view) => view,
        Err(scheduling::SchedulingError::NotFound) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "could not read an appointment for its calendar file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let origin = state
        .config
        .public_origin
        .clone()
        .unwrap_or_else(|| format!("http://{}", state.leptos.site_addr));
    let reason = if query.reason.as_deref() == Some("include") {
        Reason::Included
    } else {
        Reason::Left
    };
    match app::calendar_file::calendar_file(&view, locale, &origin, reason) {
        Ok(text) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"appointment.ics\"",
                ),
            ],
            text,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "could not write an appointment's calendar file");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
