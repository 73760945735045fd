//! The HTML document around the app, rendered on the server only.

use crate::{i18n::use_i18n, islands, App};
use domain::display::DisplayPreferences;
use leptos::prelude::*;
use leptos_meta::MetaTags;
use serde::Deserialize;

/// The site's static files under `/pkg/`, by the content-hashed names the build gave them (so they
/// can be cached for good): the stylesheet, the islands' JS glue and their wasm.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub wasm: String,
}

impl Assets {
    /// The file the build writes beside the assets, naming them.
    pub const MANIFEST: &'static str = "assets.json";

    /// The names in `<pkg>/assets.json`; the plain names when there is none (a server run
    /// without a built site, as in the server's own tests).
    #[cfg(feature = "ssr")]
    pub fn read(options: &LeptosOptions) -> Assets {
        let pkg =
            std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
        std::fs::read_to_string(pkg.join(Self::MANIFEST))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_else(|| Assets {
                css: format!("{}.css", options.output_name),
                js: format!("{}.js", options.output_name),
                wasm: format!("{}_bg.wasm", options.output_name),
            })
    }
}

/// `<html lang dir>` comes from the locale the server negotiated for this request, its `class`
/// from the reader's display preferences (so they apply on the first paint, without JavaScript).
pub fn shell(options: LeptosOptions, assets: Assets) -> impl IntoView {
    let locale = use_i18n().locale();
    let display = use_context::<DisplayPreferences>().unwrap_or_default();
    let pkg = format!("/{}", options.site_pkg_dir);
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.direction().as_str() class=display.html_class()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=format!("{pkg}/{}", assets.css) />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <IslandsLoader glue=format!("{pkg}/{}", assets.js) wasm=format!("{pkg}/{}", assets.wasm) />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The module script (with this response's CSP nonce) that hydrates the page's islands, if it has
/// any. Leptos's own `HydrationScripts` writes the nonce into `crossorigin` and loads the bundle
/// on every page; this loads it only where an island needs it.
#[component]
fn IslandsLoader(glue: String, wasm: String) -> impl IntoView {
    // Only islands hydrate: nothing outside them is serialised into the page for the browser.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let nonce = use_nonce();
    let script = format!("{}({glue:?}, {wasm:?});", islands::LOADER.trim_end());
    view! { <script type="module" nonce=nonce>{script}</script> }
}
