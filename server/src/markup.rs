//! Served HTML that parses without errors. Leptos separates adjacent text nodes with `<!>`, which
//! HTML parses as a bogus comment (a parse error a conformance checker reports on every page);
//! `<!---->` is the same empty comment written conformingly, so the document, and the DOM islands
//! hydrate against, are unchanged.

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::header,
    middleware::Next,
    response::Response,
};

/// Rewrites the text-node separators of HTML responses (pages are rendered whole before they are
/// sent, so nothing streams here).
pub async fn conforming_comments(request: Request, next: Next) -> Response {
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

/// The markup with every `<!>` written `<!---->`, or `None` when there is none.
fn rewrite(html: &[u8]) -> Option<String> {
    const BOGUS: &[u8] = b"<!>";
    if !html.windows(BOGUS.len()).any(|w| w == BOGUS) {
        return None;
    }
    Some(String::from_utf8_lossy(html).replace("<!>", "<!---->"))
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
        assert_eq!(rewrite(b"<!DOCTYPE html><p>x</p>"), None);
    }
}
