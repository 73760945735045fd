//! Server functions refuse fields they do not take: a patient cannot set a status or an owner
//! id by adding a field to a form. Serde ignores unknown fields, and the `#[server]` macro gives
//! no way to change that, so each server function carries this middleware
//! (`#[middleware(KnownFields::<Args>::new())]`), which reads the body's top-level field names
//! (URL-encoded form or JSON) and the query string, and answers 400 for any name that is not one
//! of the function's arguments or that comes twice; arguments that do not parse get 400 too. A
//! list or a map argument arrives as several keys of one name (`specialties[0]`, `specialties[1]`,
//! `bios[es]`): each full key may come once. A struct argument (a form's draft, `draft[name]`)
//! refuses the nested fields it does not have itself, with `#[serde(deny_unknown_fields)]`.

use super::error::AppError;
use axum::body::{to_bytes, Body};
use http::{header, Request, Response, StatusCode};
use serde::de::DeserializeOwned;
use std::{
    future::Future,
    marker::PhantomData,
    pin::Pin,
    task::{Context, Poll},
};

/// Larger bodies are refused: no server function takes anything near this.
const BODY_LIMIT: usize = 256 * 1024;

/// The layer for the server function whose generated argument struct is `Args`.
pub struct KnownFields<Args>(PhantomData<fn() -> Args>);

impl<Args> KnownFields<Args> {
    pub fn new() -> Self {
        KnownFields(PhantomData)
    }
}

impl<Args> Default for KnownFields<Args> {
    fn default() -> Self {
        Self::new()
    }
}

impl<Args, S> tower::Layer<S> for KnownFields<Args> {
    type Service = KnownFieldsService<Args, S>;

    fn layer(&self, inner: S) -> Self::Service {
        KnownFieldsService {
            inner: Some(inner),
            args: PhantomData,
        }
    }
}

/// Built per call by the server-function router, so it hands its inner service to the call.
pub struct KnownFieldsService<Args, S> {
    inner: Option<S>,
    args: PhantomData<fn() -> Args>,
}

/// `(top-level name, full key)` of a request's fields: `a[b]=1` is named `a`, keyed `a[b]`.
fn field_names(
    query: Option<&str>,
    content_type: &str,
    body: &[u8],
) -> Option<Vec<(String, String)>> {
    let named = |key: &str| {
        (
            key.split('[').next().unwrap_or_default().to_string(),
            key.to_string(),
        )
    };
    let mut names: Vec<(String, String)> = query
        .map(|q| {
            form_urlencoded::parse(q.as_bytes())
                .map(|(k, _)| named(&k))
                .collect()
        })
        .unwrap_or_default();
    if content_type.starts_with("application/json") {
        match serde_json::from_slice::<serde_json::Value>(body).ok()? {
            serde_json::Value::Object(map) => {
                names.extend(map.keys().map(|k| (k.clone(), k.clone())))
            }
            serde_json::Value::Null => {}
            _ => return None,
        }
    } else {
        names.extend(form_urlencoded::parse(body).map(|(k, _)| named(&k)));
    }
    Some(names)
}

fn bad_request() -> Response<Body> {
    let body = serde_json::to_string(&AppError::Request).unwrap_or_default();
    Response::builder()
        .status(StatusCode::BAD_REQUEST)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("a static response")
}

/// Arguments that do not parse (a number that is not one) are the caller's mistake: the server
/// function answers `AppError::Request` with 500, which becomes 400 here.
async fn arguments_are_the_callers_fault(response: Response<Body>) -> Response<Body> {
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, BODY_LIMIT).await.unwrap_or_default();
    let request_error = serde_json::to_vec(&AppError::Request).unwrap_or_default();
    if bytes.as_ref() == request_error.as_slice() {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

impl<Args, S> tower::Service<Request<Body>> for KnownFieldsService<Args, S>
where
    Args: DeserializeOwned,
    S: tower::Service<Request<Body>, Response = Response<Body>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let inner = self.inner.take();
        let known = serde_aux::serde_introspection::serde_introspect::<Args>();
        Box::pin(async move {
            let Some(mut inner) = inner else {
                return Ok(bad_request());
            };
            let (parts, body) = request.into_parts();
            let Ok(bytes) = to_bytes(body, BODY_LIMIT).await else {
                return Ok(bad_request());
            };
            let content_type = parts
                .headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            let names = field_names(parts.uri.query(), content_type, &bytes);
            let acceptable = names.is_some_and(|names| {
                let mut seen = std::collections::HashSet::new();
                names
                    .iter()
                    .all(|(name, key)| known.contains(&name.as_str()) && seen.insert(key.clone()))
            });
            if !acceptable {
                return Ok(bad_request());
            }
            let response = inner
                .call(Request::from_parts(parts, Body::from(bytes)))
                .await?;
            Ok(arguments_are_the_callers_fault(response).await)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::field_names;

    #[test]
    fn names_come_from_the_form_the_json_and_the_query() {
        let pair = |name: &str, key: &str| (name.to_string(), key.to_string());
        assert_eq!(
            field_names(
                None,
                "application/x-www-form-urlencoded",
                b"a=1&b%5Bx%5D=2&b[0]=3"
            ),
            Some(vec![pair("a", "a"), pair("b", "b[x]"), pair("b", "b[0]")])
        );
        assert_eq!(
            field_names(Some("c=3"), "application/json", br#"{"d":1}"#),
            Some(vec![pair("c", "c"), pair("d", "d")])
        );
        assert_eq!(field_names(None, "application/json", b"[1]"), None);
    }
}
