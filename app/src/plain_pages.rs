//! Script-free pages the server sends when a request fails before or outside the app's views: a
//! panic (with a reference code for the help desk, no internals), a refused cross-site request,
//! and the question a link from another website to a page that records reads gets.

use crate::{i18n::I18n, t};
use domain::locale::Locale;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A page of `paragraphs` under `title`, then `link` (address, words) when there is one, then a
/// link home.
fn page(
    i18n: I18n,
    stylesheet: &str,
    title: &str,
    paragraphs: &[String],
    link: Option<(&str, &str)>,
) -> String {
    let locale = i18n.locale();
    let mut body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    if let Some((href, words)) = link {
        body.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>",
            escape(href),
            escape(words)
        ));
    }
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{doc_title}</title><link rel=\"stylesheet\" href=\"{stylesheet}\"></head>\
         <body><main id=\"main\"><h1>{title}</h1>{body}<p><a href=\"/\">{home}</a></p></main>\
         </body></html>",
        lang = locale.tag(),
        dir = locale.direction().as_str(),
        doc_title = escape(&t!(i18n, "document-title", page = title)),
        title = escape(title),
        stylesheet = escape(stylesheet),
        home = escape(&t!(i18n, "not-found-home")),
    )
}

/// "Something went wrong", with the reference code that is also in the log line.
pub fn failure_page(locale: Locale, stylesheet: &str, reference: &str) -> String {
    let i18n = I18n::new(locale);
    page(
        i18n,
        stylesheet,
        &t!(i18n, "error-title"),
        &[
            t!(i18n, "error-body"),
            t!(i18n, "error-reference", code = reference),
            t!(i18n, "error-reference-help"),
        ],
        None,
    )
}

/// Why a request from another website was refused.
pub fn cross_site_page(locale: Locale, stylesheet: &str) -> String {
    let i18n = I18n::new(locale);
    page(
        i18n,
        stylesheet,
        &t!(i18n, "error-title"),
        &[t!(i18n, "error-forbidden-origin")],
        None,
    )
}

/// "Continue to this page?": a link from another website led to a page that records who reads
/// it; `target` (the request's path and query, on this site) is opened only by following the
/// same-origin link here, so another website cannot make a signed-in person's browser record a
/// read. The page names only the path, never the query.
pub fn continue_page(locale: Locale, stylesheet: &str, target: &str) -> String {
    let i18n = I18n::new(locale);
    // Exactly one leading slash: `//host` or `/\host` would leave the site.
    let href = format!("/{}", target.trim_start_matches(['/', '\\']));
    let path = href.split('?').next().unwrap_or("/");
    page(
        i18n,
        stylesheet,
        &t!(i18n, "continue-title"),
        &[t!(i18n, "continue-body")],
        Some((&href, &t!(i18n, "continue-link", page = path))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_page_is_translated_and_carries_the_reference() {
        let html = failure_page(Locale::Ar, "/pkg/portal.css", "ABCD2345");
        assert!(html.contains("lang=\"ar\" dir=\"rtl\""));
        assert!(html.contains("ABCD2345"));
        assert!(!html.contains("Something went wrong"));
    }

    #[test]
    fn the_continue_link_stays_on_this_site() {
        for (target, href) in [
            ("/appointments/5?booked", "href=\"/appointments/5?booked\""),
            ("//evil.example/x", "href=\"/evil.example/x\""),
            ("/\\evil.example", "href=\"/evil.example\""),
        ] {
            let html = continue_page(Locale::En, "/pkg/portal.css", target);
            assert!(html.contains(href), "{html}");
        }
        let html = continue_page(Locale::En, "/pkg/portal.css", "/staff/patients?q=Smith");
        assert!(!html.contains(">Continue to /staff/patients?q"), "{html}");
    }
}
