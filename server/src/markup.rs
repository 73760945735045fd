//! Served HTML that parses without errors. Leptos separates adjacent text nodes with `<!>`, which
//! HTML parses as a bogus comment (a parse error a conformance checker reports on every page);
//! `<!---->` is the same empty comment written conformingly, so the document, and the DOM islands
//! hydrate against, are unchanged. And leptos_axum appends the state of resources for hydration as
//! scripts after `</html>` (another parse error); with islands nothing outside an island hydrates
//! and no island loads data, so they are dropped.

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::header,
    middleware::Next,
    response::Response,
};

/// Rewrites HTML responses (pages are rendered whole before they are sent, so nothing streams
/// here).
pub async fn conforming_html(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Some(rewritten) = rewrite(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(rewritten))
}

/// The markup with every `<!>` written `<!---->` and nothing after `</html>`, or `None` when it
/// has neither.
fn rewrite(html: &[u8]) -> Option<String> {
    const BOGUS: &str = "<!>";
    const END: &str = "</html>";
    let text = String::from_utf8_lossy(html);
    let end = text.rfind(END).map(|at| at + END.len());
    let trailing = end.is_some_and(|end| end < text.trim_end().len());
    if !text.contains(BOGUS) && !trailing {
        return None;
    }
    let document = match end {
        Some(end) => &text[..end],
        None => &text,
    };
    Some(document.replace(BOGUS, "<!---->"))
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn separators_become_empty_comments() {
        assert_eq!(
            rewrite(b"<p>Hello, <!>Pat<!>!</p>").as_deref(),
            Some("<p>Hello, <!---->Pat<!---->!</p>")
        );
        assert_eq!(rewrite(b"<p>No separators <!-- a comment --></p>"), None);
        assert_eq!(rewrite(b"<!DOCTYPE html><html><p>x</p></html>\n"), None);
    }

    #[test]
    fn nothing_follows_the_document() {
        assert_eq!(
            rewrite(
                b"<html><body><p>a<!>b</p></body></html><script>__RESOLVED_RESOURCES=[];</script>"
            )
            .as_deref(),
            Some("<html><body><p>a<!---->b</p></body></html>")
        );
    }
}
