//! `GET /healthz`: whether the server can do its work, for load balancers and monitors. No
//! session needed, nothing about any person.

use crate::router::AppState;
use axum::{extract::State, http::StatusCode, Json};
use serde_json::{json, Value};

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let health = backend::health::check(&state.db).await;
    let status = if health.database_reachable {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(json!({
            "status": if health.database_reachable { "ok" } else { "unavailable" },
            "database": if health.database_reachable { "reachable" } else { "unreachable" },
            "version": env!("CARGO_PKG_VERSION"),
        })),
    )
}
