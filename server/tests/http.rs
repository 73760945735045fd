//! The router as a browser meets it: languages, security headers, status codes, CSRF, health, and
//! the failure page. Requests go through the same layers the binary serves.

mod common;

use axum::{
    body::Body,
    extract::ConnectInfo,
    http::{header, Method, Request, StatusCode},
    response::Response,
    routing::get,
    Router,
};
use common::{Kind, Setup, TestState};
use http_body_util::BodyExt;
use server::router::AppState;
use std::{net::SocketAddr, sync::Arc};
use tower::ServiceExt;

struct TestApp {
    router: Router,
    _state: TestState,
}

async fn app_with(public_origin: Option<&str>, extra: Option<Router<AppState>>) -> TestApp {
    let setup = Setup {
        public_origin,
        site: true,
        ..Setup::default()
    };
    let state = TestState::new(Kind::Sqlite, setup).await;
    TestApp {
        router: state.router(extra),
        _state: state,
    }
}

async fn app() -> TestApp {
    app_with(None, None).await
}

impl TestApp {
    async fn send(&self, request: Request<Body>) -> (Response, String) {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        (
            Response::from_parts(parts, Body::empty()),
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    async fn get(&self, uri: &str) -> (Response, String) {
        self.send(
            Request::get(uri)
                .header(header::HOST, "portal.test")
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }
}

fn header_of<'a>(response: &'a Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn home_page_is_english_by_default_with_the_shell() {
    let app = app().await;
    let (response, html) = app.get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(html.contains(r#"<html lang="en" dir="ltr""#), "{html}");
    assert!(html.contains("Skip to main content"));
    assert!(html.contains(r#"aria-label="Main""#));
    assert!(html.contains("<label for=\"language-select\">Language</label>"));
    assert_eq!(html.matches("<h1").count(), 1, "one h1");
}

#[tokio::test]
async fn security_headers_and_a_nonce_that_matches_the_hydration_script() {
    let app = app().await;
    let (response, html) = app.get("/").await;
    let csp = header_of(&response, "content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the hydration script carries the nonce"
    );
    assert_eq!(header_of(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header_of(&response, "referrer-policy"), "same-origin");
    assert!(header_of(&response, "permissions-policy").contains("camera=()"));
    assert_eq!(header_of(&response, "cache-control"), "no-store");
    assert!(!header_of(&response, "x-request-id").is_empty());
    assert!(
        response
            .headers()
            .get("strict-transport-security")
            .is_none(),
        "no HSTS over plain HTTP"
    );

    let (second, _) = app.get("/").await;
    assert_ne!(
        csp,
        header_of(&second, "content-security-policy"),
        "a fresh nonce per response"
    );
}

#[tokio::test]
async fn hsts_when_served_over_https() {
    let app = app_with(Some("https://portal.example.org"), None).await;
    let (response, _) = app.get("/").await;
    assert!(header_of(&response, "strict-transport-security").contains("max-age="));
}

#[tokio::test]
async fn lang_query_renders_arabic_right_to_left_and_sets_the_cookie() {
    let app = app().await;
    let (response, html) = app.get("/?lang=ar").await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#));
    let cookie = header_of(&response, "set-cookie");
    assert!(cookie.starts_with("lang=ar;"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        html.contains(r#"<option value="ar" lang="ar" selected"#),
        "the chooser shows the choice"
    );
}

#[tokio::test]
async fn cookie_then_accept_language_then_english() {
    let app = app().await;
    let request = |cookie: Option<&str>, accept: Option<&str>| {
        let mut builder = Request::get("/").header(header::HOST, "portal.test");
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        if let Some(accept) = accept {
            builder = builder.header(header::ACCEPT_LANGUAGE, accept);
        }
        builder.body(Body::empty()).unwrap()
    };
    let (_, html) = app.send(request(Some("a=b; lang=es"), Some("vi"))).await;
    assert!(html.contains(r#"lang="es""#));
    let (_, html) = app.send(request(None, Some("fr;q=0.9, vi;q=0.8"))).await;
    assert!(html.contains(r#"lang="vi""#));
    let (_, html) = app.send(request(Some("lang=xx"), Some("de"))).await;
    assert!(html.contains(r#"lang="en""#));
}

#[tokio::test]
async fn unknown_addresses_get_a_translated_404() {
    let app = app().await;
    let (response, html) = app.get("/no/such/page?lang=es").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(html.contains("Página no encontrada"), "{html}");
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = app().await;
    let post = |headers: &[(&str, &str)]| {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri("/api/any_server_function")
            .header(header::HOST, "portal.test");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
    };
    for headers in [
        vec![("origin", "https://evil.example")],
        vec![("origin", "null")],
        vec![
            ("sec-fetch-site", "cross-site"),
            ("origin", "http://portal.test"),
        ],
        vec![("referer", "https://evil.example/form")],
    ] {
        let (response, html) = app.send(post(&headers)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
        assert!(html.contains("another website"), "{html}");
    }
    for headers in [
        vec![
            ("origin", "http://portal.test"),
            ("sec-fetch-site", "same-origin"),
        ],
        vec![("referer", "http://portal.test/sign-in")],
    ] {
        let (response, _) = app.send(post(&headers)).await;
        assert_ne!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
    }
}

#[tokio::test]
async fn healthz_reports_json_without_a_session() {
    let app = app().await;
    let (response, body) = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header_of(&response, "content-type").starts_with("application/json"));
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["database"], "reachable");
    assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn a_failure_shows_a_reference_code_and_no_internals() {
    let broken = Router::new().route(
        "/broken",
        get(|| async {
            if true {
                panic!("secret internal detail");
            }
            "unreachable"
        }),
    );
    let app = app_with(None, Some(broken)).await;
    let (response, html) = app.get("/broken?lang=vi").await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!html.contains("secret internal detail"));
    assert!(html.contains(r#"lang="vi""#));
    // The reference is a run of eight capitals and digits (no 0/O/1/I to misread).
    let runs: Vec<String> = html
        .split(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
        .filter(|run| run.len() == 8)
        .map(str::to_string)
        .collect();
    assert_eq!(runs.len(), 1, "one reference code in {html}");
    assert!(header_of(&response, "content-security-policy").contains("default-src 'self'"));
}

/// Pages rendered in parallel on a multi-threaded runtime, as in production: a view that kept
/// thread-bound state once made a share of these fail when the render moved between threads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_in_parallel_across_threads() {
    let app = Arc::new(app().await);
    let renders = (0..64).map(|n| {
        let app = app.clone();
        tokio::spawn(async move {
            let path = ["/", "/sign-in", "/accessibility", "/sign-up"][n % 4];
            let (response, html) = app.get(path).await;
            (response.status(), html.contains("</html>"))
        })
    });
    for render in futures::future::join_all(renders).await {
        assert_eq!(render.unwrap(), (StatusCode::OK, true));
    }
}

#[tokio::test]
async fn static_files_have_hashed_names_and_are_kept_for_good() {
    let app = app().await;
    let (_, html) = app.get("/").await;
    assert!(
        html.contains(r#"<link rel="stylesheet" href="/pkg/portal.0123456789abcdef.css">"#),
        "{html}"
    );
    assert!(
        html.contains(r#""/pkg/portal.fedcba9876543210.js""#),
        "{html}"
    );
    assert!(
        html.contains(r#""/pkg/portal_bg.00112233aabbccdd.wasm""#),
        "{html}"
    );
    let (response, css) = app.get("/pkg/portal.0123456789abcdef.css").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(css, "body{}");
    assert_eq!(
        header_of(&response, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    let (response, _) = app.get("/favicon.svg").await;
    assert_ne!(
        header_of(&response, "cache-control"),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn pages_parse_without_bogus_comments_and_a_visitor_gets_no_idle_warning() {
    let app = app().await;
    for path in [
        "/",
        "/sign-in",
        "/find-a-doctor",
        "/accessibility",
        "/no-such-page",
    ] {
        let (_, html) = app.get(path).await;
        assert!(!html.contains("<!>"), "{path}: {html}");
        assert!(
            !html.contains("<dialog"),
            "{path}: an idle warning for nobody"
        );
        assert!(
            !html.contains("crossorigin"),
            "{path}: no nonce in crossorigin"
        );
        assert!(
            html.trim_end().ends_with("</html>"),
            "{path}: nothing after </html>"
        );
    }
}

#[tokio::test]
async fn display_preferences_from_the_cookie_reach_html() {
    let app = app().await;
    let (_, html) = app
        .send(
            Request::get("/")
                .header(header::HOST, "portal.test")
                .header(header::COOKIE, "display=text-150.contrast")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(html.contains(r#"class="text-150 high-contrast""#), "{html}");
    assert!(html.contains(r#"<option value="150" selected"#), "{html}");
    let (_, plain) = app.get("/").await;
    let html_tag = plain
        .split('>')
        .find(|tag| tag.contains("<html"))
        .unwrap_or_default();
    assert!(
        !html_tag.contains("text-"),
        "{html_tag}: no class without the cookie"
    );
    assert!(
        !html_tag.contains("high-contrast"),
        "{html_tag}: no class without the cookie"
    );
}

/// Finding 5: a mail scanner that opens the emailed link (a GET) confirms nothing; the page's
/// button (a POST, no session needed) changes the address and comes back saying so.
#[tokio::test]
async fn an_email_change_link_confirms_only_with_its_button() {
    use backend::accounts::{self, email_change, NewUser, SignInStep};
    use domain::{accounts::Role, locale::Locale};
    use sqlx::Row;

    let app = app().await;
    let db = &app._state.state.db;
    let now = backend::clock::now();
    let user = NewUser {
        email: "before@example.org",
        display_name: "Link Opener",
        password: "a long and unusual passphrase",
        preferred_locale: None,
        roles: &[Role::Patient],
    };
    accounts::create_user(db, &user, now).await.unwrap();
    let client = backend::actor::Client::new("192.0.2.9", "test");
    let SignInStep::SignedIn(signed_in) =
        accounts::sign_in(db, user.email, user.password, client, now)
            .await
            .unwrap()
    else {
        panic!("one step");
    };
    let links = email_change::Links {
        origin: "http://portal.test",
        confirm_path: "/account/email/confirm",
        account_path: "/account/security#email",
    };
    email_change::request(
        db,
        &signed_in.actor,
        user.password,
        "after@example.org",
        &links,
        Locale::En,
        now,
    )
    .await
    .unwrap();
    let mut tx = db.begin_read().await.unwrap();
    let payload: String =
        sqlx::query("SELECT payload FROM notifications WHERE kind = 'email_change_confirm'")
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .try_get("payload")
            .unwrap();
    tx.commit().await.unwrap();
    let payload: serde_json::Value = serde_json::from_str(&payload).unwrap();
    let link = payload["link"].as_str().unwrap();
    let path = link.strip_prefix("http://portal.test").unwrap();
    let token = link.split_once("token=").unwrap().1;

    let address = || async {
        email_change::status(db, &signed_in.actor, backend::clock::now())
            .await
            .unwrap()
            .current
    };
    for _ in 0..2 {
        let (response, html) = app.get(path).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(html.contains("Confirm new email address"), "{html}");
        assert!(html.contains(token), "the button's form carries the token");
    }
    assert_eq!(
        address().await,
        "before@example.org",
        "opening it changes nothing"
    );

    let (response, _) = app
        .send(
            Request::post("/api/confirm_email_change")
                .header(header::HOST, "portal.test")
                .header(header::ORIGIN, "http://portal.test")
                .header(header::ACCEPT, "text/html")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("token={token}")))
                .unwrap(),
        )
        .await;
    assert!(
        response.status().is_redirection(),
        "{:?}",
        response.status()
    );
    assert_eq!(
        header_of(&response, "location"),
        "/account/email/confirm?done"
    );
    assert_eq!(address().await, "after@example.org");
    let (_, html) = app.get("/account/email/confirm?done").await;
    assert!(html.contains("Your email address was changed"), "{html}");
}

/// A link from another website to a page that records reads gets "Continue to this page?" and
/// reads nothing; the same-origin request it links to is the page, and records the read.
#[tokio::test]
async fn another_sites_link_to_a_page_that_records_reads_asks_first() {
    use backend::{accounts, actor::Client, clock::now, demo};
    use sqlx::Row;

    let state = TestState::new(
        Kind::Sqlite,
        Setup {
            demo: true,
            site: true,
            ..Setup::default()
        },
    )
    .await;
    let app = TestApp {
        router: state.router(None),
        _state: state,
    };
    let db = &app._state.state.db;
    let token = match accounts::sign_in(
        db,
        "desk@demo.test",
        demo::STAFF_PASSWORD,
        Client::new("192.0.2.60", "http test"),
        now(),
    )
    .await
    .unwrap()
    {
        accounts::SignInStep::SignedIn(signed_in) => signed_in.token,
        accounts::SignInStep::SecondFactor { .. } => panic!("demo accounts sign in in one step"),
    };
    let first = |sql: &'static str| async move {
        let mut tx = db.begin_read().await.unwrap();
        let n: i64 = sqlx::query(sql).fetch_one(&mut *tx).await.unwrap().get("n");
        tx.commit().await.unwrap();
        n
    };
    let id = first("SELECT MIN(id) AS n FROM appointments").await;
    let reads = || first("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'appointment.read'");
    let open = |site: Option<&'static str>| {
        let mut request = Request::get(format!("/appointments/{id}?lang=en"))
            .header(header::HOST, "portal.test")
            .header(header::COOKIE, format!("portal_session={token}"));
        if let Some(site) = site {
            request = request
                .header("sec-fetch-site", site)
                .header("sec-fetch-mode", "navigate");
        }
        request.body(Body::empty()).unwrap()
    };

    let (response, html) = app.send(open(Some("cross-site"))).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(html.contains("Continue to this page?"), "{html}");
    assert!(
        html.contains(&format!("href=\"/appointments/{id}?lang=en\"")),
        "{html}"
    );
    assert_eq!(
        reads().await,
        0,
        "nothing is read before the person continues"
    );

    for site in [Some("same-origin"), Some("none"), None] {
        let (response, html) = app.send(open(site)).await;
        assert_eq!(response.status(), StatusCode::OK, "{site:?}");
        assert!(!html.contains("Continue to this page?"), "{site:?}: {html}");
    }
    assert_eq!(reads().await, 3);

    // A public page is served to another site's link as it is.
    let (_, html) = app
        .send(
            Request::get("/find-a-doctor?lang=en")
                .header(header::HOST, "portal.test")
                .header(header::COOKIE, format!("portal_session={token}"))
                .header("sec-fetch-site", "cross-site")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(!html.contains("Continue to this page?"), "{html}");
}

/// Posts a wrong password from the TCP `peer` with `forwarded_for`, and answers the client
/// addresses the sign-in throttle has counted attempts for so far.
async fn throttled_addresses_after(
    state: &TestState,
    peer: &str,
    forwarded_for: &str,
) -> Vec<String> {
    let mut request = Request::post("/api/sign_in")
        .header(header::HOST, "portal.test")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header("x-forwarded-for", forwarded_for)
        .body(Body::from(
            "email=pat%40demo.test&password=not-the-password",
        ))
        .unwrap();
    let peer: SocketAddr = peer.parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = state.router(None).oneshot(request).await.unwrap();
    assert!(!response.status().is_success(), "a wrong password");
    let mut tx = state.state.db.begin_read().await.unwrap();
    let keys: Vec<String> = sqlx::query_scalar(
        "SELECT key FROM sign_in_failures WHERE key LIKE 'address:%' ORDER BY key",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    keys
}

#[tokio::test]
async fn a_forwarded_for_header_counts_only_from_a_trusted_proxy() {
    let setup = Setup {
        demo: true,
        trusted_proxies: &["10.0.0.0/8"],
        ..Setup::default()
    };
    let state = TestState::new(Kind::Sqlite, setup).await;
    assert_eq!(
        throttled_addresses_after(&state, "203.0.113.5:50000", "198.51.100.66").await,
        ["address:203.0.113.5"],
        "a header from an untrusted peer changes nothing"
    );
    assert_eq!(
        throttled_addresses_after(&state, "10.0.0.2:50000", "192.0.2.66, 198.51.100.7").await,
        ["address:198.51.100.7", "address:203.0.113.5"],
        "behind the trusted proxy, the hop it added"
    );
}
