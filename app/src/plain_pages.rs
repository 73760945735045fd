//! Script-free pages the server sends when a request fails before or outside the app's views: a
//! panic (with a reference code for the help desk, no internals) and a refused cross-site request.

use crate::{i18n::I18n, t};
use domain::locale::Locale;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(i18n: I18n, stylesheet: &str, title: &str, paragraphs: &[String]) -> String {
    let locale = i18n.locale();
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
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
}
