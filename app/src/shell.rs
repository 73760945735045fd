//! The HTML document around the app, rendered on the server only.

use crate::{i18n::use_i18n, App};
use leptos::prelude::*;
use leptos_meta::MetaTags;

/// `<html lang dir>` comes from the locale the server negotiated for this request.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = use_i18n().locale();
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=stylesheet />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}
