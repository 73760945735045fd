//! What the server's test binaries share (`mod common;` in each): a fresh database of either kind
//! (from `test-support`, as the backend's tests have theirs), the `AppState` the binary would
//! build on it, with the demo data when asked for, and its router behind the same layers.

use axum::Router;
use backend::{
    clock::now,
    db::Db,
    demo,
    keys::{self, Keys},
};
use server::{
    config::{Config, LogFormat, OutboxConfig},
    router::{routes, with_layers, AppState},
};
use std::{path::Path, sync::Arc};
pub use test_support::Kind;
use test_support::TestDatabase;
use tokio::sync::Notify;

/// What a test's server stands on.
#[derive(Default)]
pub struct Setup<'a> {
    /// Load the demo data set (its people, clinics and appointments).
    pub demo: bool,
    /// The address users reach the portal at, when it differs from the one the server binds.
    pub public_origin: Option<&'a str>,
    /// Serve a built site's files (hashed names, listed in `pkg/assets.json`) from a temporary
    /// folder, rather than the configured site root.
    pub site: bool,
    /// Proxies whose `X-Forwarded-For` is believed (CIDRs), as `PORTAL_TRUSTED_PROXIES`.
    pub trusted_proxies: &'a [&'a str],
}

/// A migrated database and the state over it; the database goes away with this.
pub struct TestState {
    pub state: AppState,
    /// Kept for as long as the state: dropping it removes the database.
    _database: TestDatabase,
}

impl TestState {
    /// A fresh database of `kind` (ask [`Kind::available`] first) and the state over it.
    pub async fn new(kind: Kind, setup: Setup<'_>) -> TestState {
        keys::install(Keys::demo()).expect("the tests' keys");
        let database = TestDatabase::create(kind).await;
        let db = Db::connect(database.url())
            .await
            .expect("open the test database");
        db.migrate().await.expect("migrate the test database");
        if setup.demo {
            demo::load(&db, now()).await.expect("load the demo data");
        }
        let mut leptos = leptos::config::get_config_from_str(include_str!("../../../Leptos.toml"))
            .expect("Leptos.toml");
        if setup.site {
            let site = database.dir().join("site");
            write_site(&site);
            leptos.site_root = site.to_string_lossy().into_owned().into();
        }
        let state = AppState {
            db,
            leptos,
            config: Arc::new(Config {
                database_url: database.url().to_string(),
                demo: true,
                public_origin: setup.public_origin.map(str::to_string),
                log_format: LogFormat::Text,
                outbox: OutboxConfig::default(),
                insecure_http: false,
                keys: Keys::demo(),
                old_totp_key: None,
                trusted_proxies: setup
                    .trusted_proxies
                    .iter()
                    .map(|cidr| cidr.parse().expect("a CIDR"))
                    .collect(),
            }),
            outbox_wake: Arc::new(Notify::new()),
        };
        TestState {
            state,
            _database: database,
        }
    }

    /// Every route with `extra` ones merged in, behind the layers the binary serves them with.
    pub fn router(&self, extra: Option<Router<AppState>>) -> Router {
        let mut pages = routes(&self.state);
        if let Some(extra) = extra {
            pages = pages.merge(extra);
        }
        with_layers(pages, self.state.clone())
    }
}

/// A site as the build lays it out: hashed names, listed in pkg/assets.json.
fn write_site(site: &Path) {
    let pkg = site.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for (name, text) in [
        ("portal.0123456789abcdef.css", "body{}"),
        ("portal.fedcba9876543210.js", "export function hydrate(){}"),
        ("portal_bg.00112233aabbccdd.wasm", "\0asm"),
        (
            "assets.json",
            r#"{"css":"portal.0123456789abcdef.css","js":"portal.fedcba9876543210.js","wasm":"portal_bg.00112233aabbccdd.wasm"}"#,
        ),
    ] {
        std::fs::write(pkg.join(name), text).unwrap();
    }
}
