//! The axum router: pages, static files, `/healthz`, and the layers every request passes.

use crate::{
    config::Config, cross_site_reads, csrf, failure, health, locale, markup, security_headers,
    session,
};
use app::{
    api::{
        context::{cookie_in, ServerContext},
        display::DISPLAY_COOKIE,
    },
    i18n::provide_i18n,
    shell, App, Assets,
};
use axum::{
    extract::FromRef,
    http::{header, HeaderValue, Request},
    middleware,
    routing::get,
    Router,
};
use backend::db::Db;
use domain::{display::DisplayPreferences, locale::Locale};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::{path::Path, sync::Arc};
use tokio::sync::Notify;
use tower::ServiceBuilder;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    services::{ServeDir, ServeFile},
    set_header::SetResponseHeaderLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos: LeptosOptions,
    pub config: Arc<Config>,
    /// Wakes this process's notification worker after a commit that queued a message.
    pub outbox_wake: Arc<Notify>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// Runs for every rendered page and server function: hands the renderer this request's locale
/// and CSP nonce, which the middleware layers put into the request's extensions, and the reader's
/// display preferences from their cookie; and server functions the database.
fn request_context(server: &ServerContext) {
    provide_context(server.clone());
    let Some(parts) = use_context::<http::request::Parts>() else {
        return;
    };
    provide_i18n(
        parts
            .extensions
            .get::<Locale>()
            .copied()
            .unwrap_or_default(),
    );
    if let Some(nonce) = parts.extensions.get::<security_headers::CspNonce>() {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
    }
    provide_context(
        cookie_in(&parts.headers, DISPLAY_COOKIE)
            .map(|value| DisplayPreferences::from_cookie(&value))
            .unwrap_or_default(),
    );
}

/// The portal's router with every layer.
pub fn router(state: AppState) -> Router {
    with_layers(routes(&state), state)
}

/// Pages, server functions, static files and `/healthz`, before the layers.
pub fn routes(state: &AppState) -> Router<AppState> {
    let options = state.leptos.clone();
    let site_root = Path::new(options.site_root.as_ref()).to_path_buf();
    let assets = Assets::read(&options);
    let render = {
        let options = options.clone();
        move || shell(options.clone(), assets.clone())
    };
    let server = ServerContext {
        db: state.db.clone(),
        https: state.config.serves_https(),
        public_origin: state
            .config
            .public_origin
            .clone()
            .unwrap_or_else(|| format!("http://{}", options.site_addr)),
        outbox_wake: state.outbox_wake.clone(),
    };
    let context = move || request_context(&server);
    // `/pkg/` files carry a hash of their content in their names: a browser keeps them for good,
    // so a second page costs only its HTML. Other static files keep their names and revalidate.
    let forever = SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    let revalidate = SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache"),
    );
    let hashed = Router::new()
        .nest_service(
            &format!("/{}", options.site_pkg_dir),
            ServeDir::new(site_root.join(options.site_pkg_dir.as_ref()))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(forever);
    let named = Router::new()
        .route_service(
            "/favicon.svg",
            ServeFile::new(site_root.join("favicon.svg")),
        )
        .layer(revalidate);
    let static_files = hashed.merge(named);

    Router::new()
        .route("/healthz", get(health::healthz))
        .route(
            "/appointments/{id}/calendar.ics",
            get(crate::calendar::calendar_file),
        )
        .leptos_routes_with_context(
            state,
            generate_route_list(App),
            context.clone(),
            render.clone(),
        )
        .merge(static_files)
        .fallback(leptos_axum::render_app_async_with_context(context, render))
}

/// The layers every request passes, outermost first: request id, access log (no personal data),
/// security headers, who is signed in, language, the panic page, the cross-site check, the
/// question before another site's link opens a page that records reads, compression,
/// conforming HTML.
pub fn with_layers(routes: Router<AppState>, state: AppState) -> Router {
    routes
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(
                    // Method, path and status only: query strings and bodies may hold personal data.
                    TraceLayer::new_for_http()
                        .make_span_with(|request: &Request<_>| {
                            let id = request
                                .headers()
                                .get("x-request-id")
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or_default();
                            tracing::info_span!(
                                "request",
                                request_id = %id,
                                method = %request.method(),
                                path = request.uri().path(),
                            )
                        })
                        .on_request(())
                        .on_response(DefaultOnResponse::new().level(Level::INFO)),
                )
                .layer(PropagateRequestIdLayer::x_request_id())
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    security_headers::apply,
                ))
                .layer(middleware::from_fn_with_state(state.clone(), session::load))
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    locale::negotiate,
                ))
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    failure::catch_panic,
                ))
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    csrf::refuse_cross_site,
                ))
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    cross_site_reads::ask_before_reading,
                ))
                .layer(CompressionLayer::new())
                .layer(middleware::from_fn(markup::conforming_html)),
        )
        .with_state(state)
}
