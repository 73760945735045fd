//! The authorization matrix: every server function, called over HTTP as nobody, as each demo
//! role, and with another person's ids. Another person's id gets the same answer as an id that
//! does not exist. Each capability adds its functions here.

mod common;

use axum::{
    body::Body,
    http::{header, Request, StatusCode},
    Router,
};
use backend::{
    accounts::{self, sessions, SignInStep},
    actor::Client,
    clock::now,
    db::Db,
    demo,
};
use common::{Kind, Setup, TestState};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The server on a fresh database of one kind with the demo data; the database goes with it.
struct Harness {
    router: Router,
    db: Db,
    _state: TestState,
}

async fn harness(kind: Kind) -> Harness {
    let setup = Setup {
        demo: true,
        ..Setup::default()
    };
    let state = TestState::new(kind, setup).await;
    Harness {
        router: state.router(None),
        db: state.state.db.clone(),
        _state: state,
    }
}

impl Harness {
    /// A session token for a demo account, signed in the way the sign-in page does it.
    async fn token(&self, email: &str) -> String {
        let password = if email.starts_with("dr.")
            || email.starts_with("desk")
            || email.starts_with("admin")
        {
            demo::STAFF_PASSWORD
        } else {
            demo::PATIENT_PASSWORD
        };
        let step = accounts::sign_in(
            &self.db,
            email,
            password,
            Client::new("192.0.2.50", "matrix"),
            now(),
        )
        .await
        .unwrap();
        match step {
            SignInStep::SignedIn(signed_in) => signed_in.token,
            SignInStep::SecondFactor { .. } => panic!("demo accounts sign in in one step"),
        }
    }

    /// Calls a server function as a script would (JSON answers, no redirects).
    async fn call(&self, endpoint: &str, body: &str, token: Option<&str>) -> (StatusCode, String) {
        self.send(endpoint, "application/x-www-form-urlencoded", body, token)
            .await
    }

    /// The same with a JSON body.
    async fn call_json(
        &self,
        endpoint: &str,
        body: &str,
        token: Option<&str>,
    ) -> (StatusCode, String) {
        self.send(endpoint, "application/json", body, token).await
    }

    async fn send(
        &self,
        endpoint: &str,
        content_type: &str,
        body: &str,
        token: Option<&str>,
    ) -> (StatusCode, String) {
        let mut request = Request::post(format!("/api/{endpoint}"))
            .header(header::HOST, "portal.test")
            .header(header::CONTENT_TYPE, content_type)
            .header(header::ACCEPT, "application/json");
        if let Some(token) = token {
            request = request.header(header::COOKIE, format!("portal_session={token}"));
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }
}

fn refused_with(answer: &(StatusCode, String), error: &str) -> bool {
    !answer.0.is_success() && answer.1.contains(error)
}

/// Who may call a server function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    /// Anyone, signed in or not: signing in and up, the directory, display preferences.
    Anyone,
    /// A signed-in person; which one, and with whose ids, is each function's own rule, checked
    /// by the tests below.
    SignedIn,
    /// The credentialing office and system administrators: directory administration.
    DirectoryOffice,
}

/// The matrix: every server function with a valid body (the ids are the demo's), by who may call
/// it. The sweeps over every function (`calls`) read it; a new server function is added here,
/// and `every_server_function_is_in_the_matrix` fails until it is.
const SERVER_FUNCTIONS: [(Who, &[(&str, &str)]); 3] = [
    (Who::Anyone, &PUBLIC_CALLS),
    (Who::SignedIn, &SIGNED_IN_CALLS),
    (Who::DirectoryOffice, &DIRECTORY_ADMIN_CALLS),
];

/// The server functions whose callers `keep` takes, with their bodies.
fn calls(keep: impl Fn(Who) -> bool) -> impl Iterator<Item = (&'static str, &'static str)> {
    SERVER_FUNCTIONS
        .into_iter()
        .filter(move |(who, _)| keep(*who))
        .flat_map(|(_, rows)| rows.iter().copied())
}

/// The demo patient's sign-in, with the right password.
const PATIENT_SIGN_IN: &str = "email=pat%40demo.test&password=demo-patient-pass";

/// Every server function anyone may call, signed in or not.
const PUBLIC_CALLS: [(&str, &str); 16] = [
    ("sign_in", PATIENT_SIGN_IN),
    ("sign_out", ""),
    ("current_user", ""),
    ("typed_fields", "path=%2Fsign-in"),
    ("save_display", "text_size=150"),
    ("sign_up", "code=a&date_of_birth=b&email=c&password=d"),
    ("verify_sign_in_code", "code=1"),
    ("staff_sign_up", "code=a&email=b&password=c"),
    ("request_password_reset", "email=pat%40demo.test"),
    ("reset_password", "token=x&password=y"),
    ("confirm_email_change", "token=x"),
    ("search_choices", ""),
    ("search_providers", "search[language]=es"),
    ("provider_profile", "id=1"),
    ("booking_page", "provider_id=1&location_id=1"),
    ("booking_for_name", ""),
];

/// Every server function that needs a signed-in person (directory administration aside).
const SIGNED_IN_CALLS: [(&str, &str); 39] = [
    ("list_sessions", ""),
    ("end_session", "id=x"),
    ("end_other_sessions", ""),
    ("set_language", "lang=es"),
    ("keep_alive", ""),
    ("change_password", "current_password=a&new_password=b"),
    (
        "find_patients",
        "family_name=Rivera&date_of_birth=1941-02-20",
    ),
    ("issue_invitation", "patient_id=1"),
    ("my_record_activity", ""),
    (
        "search_audit",
        "person=&patient=&action=&from=&until=&refused=on",
    ),
    ("two_factor_status", ""),
    ("start_two_factor", "current_password=x"),
    ("confirm_two_factor", "code=123456"),
    ("new_recovery_codes", "current_password=x"),
    ("turn_off_two_factor", "current_password=x"),
    ("issue_staff_invitation", "name=Casey&front_desk=on"),
    ("account_email", ""),
    (
        "request_email_change",
        "current_password=x&email=a%40b.test",
    ),
    ("cancel_email_change", ""),
    ("credential_dashboard", ""),
    ("change_credential_status", "credential_id=1&status=revoked"),
    (
        "book_appointment",
        "booking[provider_id]=1&booking[location_id]=1&booking[starts_at]=0\
         &booking[visit_type]=follow_up&booking[visit_mode]=in_person&booking[reason]=x\
         &booking[idempotency_key]=0123456789abcdef",
    ),
    ("my_appointments", ""),
    ("appointment_detail", "id=1"),
    ("reschedule_appointment", "id=1&starts_at=0"),
    ("cancel_appointment", "id=1"),
    ("join_waitlist", "id=1"),
    ("accept_offer", "offer_id=1"),
    ("decline_offer", "offer_id=1"),
    ("book_for_patient", "patient_id=1"),
    ("stop_booking_for", ""),
    ("staff_schedule", "span=week"),
    ("mark_arrived", "appointment_id=1"),
    ("mark_no_show", "appointment_id=1"),
    ("add_schedule_block", BLOCK),
    ("lift_schedule_block", "block_id=1"),
    ("staff_locations_page", ""),
    ("assign_staff_location", ASSIGNMENT),
    ("remove_staff_location", ASSIGNMENT),
];

/// An assignment form (the demo front desk, Sam Okafor, at the first Chicago location): one
/// draft, its fields named `assignment[…]`.
const ASSIGNMENT: &str = "assignment[user_id]=5&assignment[location_id]=4";

/// The matrix knows every server function in `app/src/api` (`endpoint = "…"`), once, and no
/// other: a function it lacks would go unchecked by the sweeps.
#[test]
fn every_server_function_is_in_the_matrix() {
    let api = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/api");
    let sources = std::fs::read_dir(&api)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| std::fs::read_to_string(path).unwrap());
    let mut declared: Vec<String> = sources
        .flat_map(|text| {
            let names = text.split("endpoint = \"").skip(1);
            names
                .map(|rest| rest.split('"').next().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    declared.sort();
    assert!(
        declared.len() > 50,
        "the server functions in {api:?}: {declared:?}"
    );
    let mut listed: Vec<String> = calls(|_| true).map(|(e, _)| e.to_string()).collect();
    listed.sort();
    let mut once = listed.clone();
    once.dedup();
    assert_eq!(listed, once, "a server function listed twice in the matrix");
    let missing: Vec<&String> = declared.iter().filter(|e| !listed.contains(e)).collect();
    let gone: Vec<&String> = listed.iter().filter(|e| !declared.contains(e)).collect();
    assert!(
        missing.is_empty(),
        "server functions missing from SERVER_FUNCTIONS (add each with a valid body and who may \
         call it): {missing:?}"
    );
    assert!(gone.is_empty(), "no such server functions: {gone:?}");
}

/// Every function that needs a signed-in person refuses nobody.
async fn signed_out_callers_are_asked_to_sign_in(kind: Kind) {
    let h = harness(kind).await;
    for (endpoint, body) in calls(|who| who != Who::Anyone) {
        let answer = h.call(endpoint, body, None).await;
        assert!(
            refused_with(&answer, "SignInRequired"),
            "{endpoint}: {answer:?}"
        );
    }
    // …and nobody is asked to sign in for the rest.
    for (endpoint, body) in calls(|who| who == Who::Anyone) {
        let answer = h.call(endpoint, body, None).await;
        assert!(
            !refused_with(&answer, "SignInRequired"),
            "{endpoint}: {answer:?}"
        );
    }
    let (status, body) = h.call("current_user", "", None).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "null"));
}

/// Patient look-up and invitations: front desk and system administrators only; everyone else
/// gets "not found", whether the patient exists or not.
async fn only_front_desk_and_administrators_look_up_and_invite(kind: Kind) {
    let h = harness(kind).await;
    let search = "family_name=Rivera&date_of_birth=1941-02-20";
    for email in ["desk@demo.test", "admin@demo.test"] {
        let token = h.token(email).await;
        let (status, body) = h.call("find_patients", search, Some(&token)).await;
        assert_eq!(status, StatusCode::OK, "{email}");
        assert!(body.contains("Ruth Rivera"), "{email}: {body}");
    }
    for email in [
        "pat@demo.test",
        "maria@demo.test",
        "carer@demo.test",
        "dr.lee@demo.test",
    ] {
        let token = h.token(email).await;
        let found = h.call("find_patients", search, Some(&token)).await;
        assert!(refused_with(&found, "NotFound"), "{email}: {found:?}");
        let real = h
            .call("issue_invitation", "patient_id=5", Some(&token))
            .await;
        let missing = h
            .call("issue_invitation", "patient_id=999999", Some(&token))
            .await;
        assert!(refused_with(&real, "NotFound"), "{email}: {real:?}");
        assert_eq!(
            real, missing,
            "{email}: a real id answers like a missing one"
        );
    }
}

/// The audit log: system and credentialing administrators only.
async fn only_administrators_search_the_audit_log(kind: Kind) {
    let h = harness(kind).await;
    let body = "person=&patient=&action=&from=&until=";
    let admin = h.token("admin@demo.test").await;
    let (status, rows) = h.call("search_audit", body, Some(&admin)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(rows.contains("sign_in"), "{rows}");
    for email in ["pat@demo.test", "desk@demo.test", "dr.lee@demo.test"] {
        let token = h.token(email).await;
        let answer = h.call("search_audit", body, Some(&token)).await;
        assert!(refused_with(&answer, "NotFound"), "{email}: {answer:?}");
    }
}

/// Sessions: nobody lists or ends another person's sessions, and another person's session id
/// answers like one that does not exist.
async fn sessions_are_only_ever_your_own(kind: Kind) {
    let h = harness(kind).await;
    let pat = h.token("pat@demo.test").await;
    let maria = h.token("maria@demo.test").await;
    let marias_session = sessions::session_id_of(&maria);

    let (_, listed) = h.call("list_sessions", "", Some(&pat)).await;
    assert!(!listed.contains(&marias_session), "{listed}");
    let theirs = h
        .call("end_session", &format!("id={marias_session}"), Some(&pat))
        .await;
    let missing = h
        .call("end_session", &format!("id={}", "0".repeat(64)), Some(&pat))
        .await;
    assert!(refused_with(&theirs, "NotFound"), "{theirs:?}");
    assert_eq!(theirs, missing);
    let (status, _) = h.call("list_sessions", "", Some(&maria)).await;
    assert_eq!(status, StatusCode::OK, "María is still signed in");

    let (status, _) = h.call("end_other_sessions", "", Some(&pat)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = h.call("list_sessions", "", Some(&maria)).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "ending your other sessions leaves others' alone"
    );
}

/// "Who viewed my record" takes no id at all: each patient sees their own record's activity.
async fn record_activity_is_the_callers_own(kind: Kind) {
    let h = harness(kind).await;
    let desk = h.token("desk@demo.test").await;
    h.call(
        "find_patients",
        "family_name=Morgan&date_of_birth=1980-04-12",
        Some(&desk),
    )
    .await;
    let pat = h.token("pat@demo.test").await;
    let maria = h.token("maria@demo.test").await;
    let (_, pats) = h.call("my_record_activity", "", Some(&pat)).await;
    let (_, marias) = h.call("my_record_activity", "", Some(&maria)).await;
    assert!(pats.contains("view_patient_summary"), "{pats}");
    assert_eq!(marias, "[]");
    // An added field cannot choose the patient: it is refused.
    let tampered = h
        .call("my_record_activity", "patient_id=1", Some(&maria))
        .await;
    assert_eq!(tampered.0, StatusCode::BAD_REQUEST, "{tampered:?}");
}

/// Every server function refuses a field it does not take, before doing anything: a status, an
/// owner or a patient id cannot be slipped in.
async fn unknown_fields_are_refused(kind: Kind) {
    let h = harness(kind).await;
    let pat = h.token("pat@demo.test").await;
    let right = format!("email=pat%40demo.test&password={}", demo::PATIENT_PASSWORD);
    assert_eq!(
        PATIENT_SIGN_IN, right,
        "the table signs in with the demo's password"
    );
    for (endpoint, body) in calls(|_| true) {
        let sep = if body.is_empty() { "" } else { "&" };
        for extra in ["status=active", "owner_id=1", "roles%5B%5D=system_admin"] {
            // (`status` is a real argument of one function: given twice, it is refused too.)
            let answer = h
                .call(endpoint, &format!("{body}{sep}{extra}"), Some(&pat))
                .await;
            assert_eq!(
                answer.0,
                StatusCode::BAD_REQUEST,
                "{endpoint} + {extra}: {answer:?}"
            );
        }
        let json = h
            .call_json(endpoint, r#"{"status":"active"}"#, Some(&pat))
            .await;
        assert_eq!(
            json.0,
            StatusCode::BAD_REQUEST,
            "{endpoint} (JSON): {json:?}"
        );
    }
    let (status, _) = h.call("list_sessions", "", Some(&pat)).await;
    assert_eq!(status, StatusCode::OK, "the refusals signed nobody out");
}

/// Arguments that do not parse are the caller's mistake (400), never a server failure.
async fn malformed_arguments_are_bad_requests(kind: Kind) {
    let h = harness(kind).await;
    let admin = h.token("admin@demo.test").await;
    let answer = h
        .call(
            "change_credential_status",
            "credential_id=abc&status=revoked",
            Some(&admin),
        )
        .await;
    assert_eq!(answer.0, StatusCode::BAD_REQUEST, "{answer:?}");
    let answer = h.call("provider_profile", "id=", None).await;
    assert_eq!(answer.0, StatusCode::BAD_REQUEST, "{answer:?}");
}

/// The directory is public: anyone, signed in or not, searches it and reads profiles; an unknown
/// provider is "not found".
async fn the_directory_is_public(kind: Kind) {
    let h = harness(kind).await;
    let pat = h.token("pat@demo.test").await;
    for token in [None, Some(pat.as_str())] {
        let (status, found) = h
            .call("search_providers", "search[language]=es", token)
            .await;
        assert_eq!(status, StatusCode::OK, "{found}");
        assert!(found.contains(r#""total":"#), "{found}");
        let (status, profile) = h.call("provider_profile", "id=1", token).await;
        assert_eq!(status, StatusCode::OK, "{profile}");
        let missing = h.call("provider_profile", "id=999999", token).await;
        assert!(refused_with(&missing, "NotFound"), "{missing:?}");
    }
}

/// Sorting by the soonest free time costs each sorted provider's free times: someone not signed
/// in gets the best 100 matches sorted, and the page is told so; a signed-in person gets every
/// match sorted.
async fn an_anonymous_soonest_sort_is_bounded(kind: Kind) {
    let h = harness(kind).await;
    backend::demo::bulk::add_providers(&h.db, 100, now())
        .await
        .unwrap();
    let pat = h.token("pat@demo.test").await;
    let (status, anonymous) = h
        .call("search_providers", "search[sort]=soonest", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{anonymous}");
    assert!(anonymous.contains(r#""soonest_among":100"#), "{anonymous}");
    let (status, signed_in) = h
        .call("search_providers", "search[sort]=soonest", Some(&pat))
        .await;
    assert_eq!(status, StatusCode::OK, "{signed_in}");
    assert!(signed_in.contains(r#""soonest_among":null"#), "{signed_in}");
}

/// Display preferences are the reader's own, kept in their browser: anyone may set them, signed
/// in or not, and only to a size the portal offers.
async fn display_preferences_are_anyones(kind: Kind) {
    let h = harness(kind).await;
    let pat = h.token("pat@demo.test").await;
    for token in [None, Some(pat.as_str())] {
        let (status, body) = h
            .call("save_display", "text_size=150&high_contrast=on", token)
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let odd = h.call("save_display", "text_size=130", token).await;
        assert!(refused_with(&odd, "Request"), "{odd:?}");
    }
}

/// Credentialing: the credentialing office and system administrators only; for anyone else a
/// real credential answers like a missing one, and nothing changes.
async fn only_the_credentialing_office_changes_credentials(kind: Kind) {
    let h = harness(kind).await;
    let admin = h.token("admin@demo.test").await;
    let (status, lines) = h.call("credential_dashboard", "", Some(&admin)).await;
    assert_eq!(status, StatusCode::OK, "{lines}");
    assert!(lines.contains("Pending"), "{lines}");
    for email in ["pat@demo.test", "desk@demo.test", "dr.lee@demo.test"] {
        let token = h.token(email).await;
        let dashboard = h.call("credential_dashboard", "", Some(&token)).await;
        assert!(
            refused_with(&dashboard, "NotFound"),
            "{email}: {dashboard:?}"
        );
        let real = h
            .call(
                "change_credential_status",
                "credential_id=1&status=revoked",
                Some(&token),
            )
            .await;
        let missing = h
            .call(
                "change_credential_status",
                "credential_id=999999&status=revoked",
                Some(&token),
            )
            .await;
        assert!(refused_with(&real, "NotFound"), "{email}: {real:?}");
        assert_eq!(real, missing, "{email}");
    }
    let (_, profile) = h.call("provider_profile", "id=1", None).await;
    assert!(
        !profile.contains("revoked"),
        "nothing was revoked: {profile}"
    );
    // The rules hold for the office too: a revoked credential cannot be verified.
    let (status, _) = h
        .call(
            "change_credential_status",
            "credential_id=1&status=revoked",
            Some(&admin),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let again = h
        .call(
            "change_credential_status",
            "credential_id=1&status=verified",
            Some(&admin),
        )
        .await;
    assert!(refused_with(&again, "TransitionNotAllowed"), "{again:?}");
}

/// A valid location form (New York hours on Mondays), as the add form sends it: one draft,
/// its fields nested (`draft[name]`, `draft[hours][0][opens]`).
const LOCATION_FORM: &str = "draft%5Bname%5D=Harbor+Clinic&draft%5Bstreet%5D=1+Water+St\
    &draft%5Bcity%5D=New+York&draft%5Bpostcode%5D=10004&draft%5Bjurisdiction%5D=US-NY\
    &draft%5Blatitude%5D=40.70&draft%5Blongitude%5D=-74.01&draft%5Bphone%5D=212-555-0199\
    &draft%5Btime_zone%5D=America%2FNew_York\
    &draft%5Bhours%5D%5B0%5D%5Bopens%5D=08%3A00&draft%5Bhours%5D%5B0%5D%5Bcloses%5D=17%3A00\
    &draft%5Bhours%5D%5B1%5D%5Bopens%5D=&draft%5Bhours%5D%5B1%5D%5Bcloses%5D=";

/// A valid provider form: ticked checkboxes send `true`, lists as indexed keys, bios by locale.
const PROVIDER_FORM: &str = "draft%5Bgiven_name%5D=Imani&draft%5Bfamily_name%5D=Okafor\
    &draft%5Bsuffix%5D=MD&draft%5Brole%5D=physician&draft%5Bgender%5D=\
    &draft%5Baccepting_new_patients%5D=true&draft%5Bin_person%5D=true\
    &draft%5Bspecialties%5D%5B3%5D=cardiology&draft%5Bspecialties%5D%5B0%5D=family_medicine\
    &draft%5Blanguages%5D%5B2%5D=fr&draft%5Blocations%5D%5B0%5D=1\
    &draft%5Bbios%5D%5Ben%5D=Heart+health.&draft%5Bbios%5D%5Bzh-CN%5D=";

/// A valid credential form.
const CREDENTIAL_FORM: &str = "kind=licence&issuer=NYSED&number=312456&jurisdiction=US-NY\
    &valid_from=2026-01-01&valid_to=2028-12-31";

/// Every server function of directory administration with a plausible body (the ids are the
/// demo's first location, provider and credential): the matrix's `Who::DirectoryOffice` rows.
const DIRECTORY_ADMIN_CALLS: [(&str, &str); 13] = [
    ("list_locations", ""),
    ("location_record", "id=1"),
    ("create_location", LOCATION_FORM),
    ("update_location", "id=1"),
    ("set_location_active", "id=1&active=false"),
    ("list_providers", "name=a"),
    ("provider_record", "id=1"),
    ("provider_choices", ""),
    ("create_provider", PROVIDER_FORM),
    ("update_provider", "id=1"),
    ("set_provider_active", "id=1&active=false"),
    ("add_credential", "provider_id=1"),
    ("edit_credential", "credential_id=1"),
];

/// Locations, providers and their credentials: the credentialing office and system
/// administrators only; for anyone else a real id answers like a missing one, and nothing
/// changes.
async fn only_the_credentialing_office_keeps_the_directory(kind: Kind) {
    let h = harness(kind).await;
    let admin = h.token("admin@demo.test").await;
    let (_, before) = h.call("search_providers", "", None).await;
    let add_real = format!("provider_id=1&{CREDENTIAL_FORM}");
    let add_missing = format!("provider_id=999999&{CREDENTIAL_FORM}");
    let edit_real = format!("credential_id=1&{CREDENTIAL_FORM}");
    let edit_missing = format!("credential_id=999999&{CREDENTIAL_FORM}");
    for email in ["pat@demo.test", "desk@demo.test", "dr.lee@demo.test"] {
        let token = h.token(email).await;
        for (endpoint, body) in calls(|who| who == Who::DirectoryOffice) {
            let answer = h.call(endpoint, body, Some(&token)).await;
            assert!(
                refused_with(&answer, "NotFound"),
                "{email} {endpoint}: {answer:?}"
            );
        }
        for (endpoint, real, missing) in [
            ("location_record", "id=1", "id=999999"),
            (
                "set_location_active",
                "id=1&active=false",
                "id=999999&active=false",
            ),
            ("provider_record", "id=1", "id=999999"),
            (
                "set_provider_active",
                "id=1&active=false",
                "id=999999&active=false",
            ),
            ("add_credential", &add_real, &add_missing),
            ("edit_credential", &edit_real, &edit_missing),
        ] {
            let real = h.call(endpoint, real, Some(&token)).await;
            let missing = h.call(endpoint, missing, Some(&token)).await;
            assert_eq!(real, missing, "{email} {endpoint}");
        }
    }
    let (_, after) = h.call("search_providers", "", None).await;
    assert_eq!(before, after, "the refusals changed nothing");

    // The office: lists, reads, adds and changes.
    for endpoint in ["list_locations", "provider_choices"] {
        let (status, body) = h.call(endpoint, "", Some(&admin)).await;
        assert_eq!(status, StatusCode::OK, "{endpoint}: {body}");
    }
    let (status, found) = h.call("list_providers", "name=lee", Some(&admin)).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    let (status, added) = h.call("create_location", LOCATION_FORM, Some(&admin)).await;
    assert_eq!(status, StatusCode::OK, "{added}");
    assert!(added.contains("Harbor Clinic"), "{added}");
    let (status, provider) = h.call("create_provider", PROVIDER_FORM, Some(&admin)).await;
    assert_eq!(status, StatusCode::OK, "{provider}");
    let id: serde_json::Value = serde_json::from_str(&provider).unwrap();
    let id = id["id"].as_i64().unwrap();
    let (status, record) = h
        .call("provider_record", &format!("id={id}"), Some(&admin))
        .await;
    assert_eq!(status, StatusCode::OK, "{record}");
    for expected in ["family_medicine", "cardiology", "\"fr\"", "Heart health."] {
        assert!(record.contains(expected), "{expected}: {record}");
    }
    let (status, credential) = h
        .call(
            "add_credential",
            &format!("provider_id={id}&{CREDENTIAL_FORM}"),
            Some(&admin),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{credential}");
    let (_, dashboard) = h.call("credential_dashboard", "", Some(&admin)).await;
    assert!(dashboard.contains("Imani Okafor"), "{dashboard}");

    // Each field's problem comes back by name, with 422.
    let (status, problems) = h
        .call(
            "create_location",
            &LOCATION_FORM
                .replace("%5Bname%5D=Harbor+Clinic", "%5Bname%5D=")
                .replace("America%2FNew_York", "Mars%2FOlympus"),
            Some(&admin),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problems}");
    assert!(
        problems.contains("NameMissing") && problems.contains("TimeZoneUnknown"),
        "{problems}"
    );
    let (status, problems) = h
        .call(
            "add_credential",
            &format!("provider_id={id}&kind=licence&valid_from=2026-02-01&valid_to=2026-01-01"),
            Some(&admin),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problems}");
    for expected in [
        "IssuerMissing",
        "NumberMissing",
        "JurisdictionMissing",
        "EndsBeforeStart",
    ] {
        assert!(problems.contains(expected), "{expected}: {problems}");
    }
    // A list key given twice is refused like any repeated field.
    let twice = h
        .call(
            "create_provider",
            &format!("{PROVIDER_FORM}&draft%5Bspecialties%5D%5B3%5D=pediatrics"),
            Some(&admin),
        )
        .await;
    assert_eq!(twice.0, StatusCode::BAD_REQUEST, "{twice:?}");
    // A field the draft does not have is refused, however deep; one left out is empty.
    for (endpoint, body) in [
        (
            "create_location",
            format!("{LOCATION_FORM}&draft%5Bactive%5D=0"),
        ),
        (
            "create_location",
            format!("{LOCATION_FORM}&draft%5Bhours%5D%5B0%5D%5Bweekday%5D=7"),
        ),
        (
            "update_location",
            format!("id=1&{LOCATION_FORM}&draft%5Bid%5D=2"),
        ),
        (
            "create_provider",
            format!("{PROVIDER_FORM}&draft%5Bactive%5D=1"),
        ),
        (
            "update_provider",
            format!("id=1&{PROVIDER_FORM}&draft%5Bowner_id%5D=1"),
        ),
        // A checkbox is ticked with `true`, nothing else.
        (
            "create_provider",
            PROVIDER_FORM.replace("%5Bin_person%5D=true", "%5Bin_person%5D=maybe"),
        ),
    ] {
        let answer = h.call(endpoint, &body, Some(&admin)).await;
        assert_eq!(
            answer.0,
            StatusCode::BAD_REQUEST,
            "{endpoint} {body}: {answer:?}"
        );
    }
    let (status, problems) = h
        .call("create_provider", "draft%5Bgiven_name%5D=Ana", Some(&admin))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problems}");
    for expected in ["FamilyNameMissing", "RoleMissing", "VisitModeMissing"] {
        assert!(problems.contains(expected), "{expected}: {problems}");
    }
    let (status, problems) = h
        .call(
            "create_location",
            &LOCATION_FORM.replace("%5Bcloses%5D=17%3A00", "%5Bcloses%5D="),
            Some(&admin),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problems}");
    assert!(
        problems.contains(r#"{"HoursIncomplete":{"weekday":1}}"#),
        "{problems}"
    );

    // Deactivating a location takes it out of the public search's choices.
    let (status, _) = h
        .call("set_location_active", "id=1&active=false", Some(&admin))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, choices) = h.call("search_choices", "", None).await;
    let (_, locations) = h.call("list_locations", "", Some(&admin)).await;
    let listed: serde_json::Value = serde_json::from_str(&locations).unwrap();
    let first = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == 1)
        .unwrap();
    assert_eq!(
        first["active"], false,
        "still listed for the office: {first}"
    );
    let name = first["name"].as_str().unwrap();
    assert!(!choices.contains(name), "{name} in {choices}");
}

/// Staff invitations: system administrators only.
async fn only_system_administrators_invite_staff(kind: Kind) {
    let h = harness(kind).await;
    let body = "name=Casey+Nguyen&front_desk=on";
    let admin = h.token("admin@demo.test").await;
    let (status, issued) = h.call("issue_staff_invitation", body, Some(&admin)).await;
    assert_eq!(status, StatusCode::OK, "{issued}");
    assert!(issued.contains("Casey Nguyen"), "{issued}");
    for email in ["pat@demo.test", "desk@demo.test", "dr.lee@demo.test"] {
        let token = h.token(email).await;
        let answer = h.call("issue_staff_invitation", body, Some(&token)).await;
        assert!(refused_with(&answer, "NotFound"), "{email}: {answer:?}");
    }
}

/// Two-step verification takes no id: each person manages their own, and the code step works
/// only for the browser that gave the right password.
async fn two_step_verification_is_the_callers_own(kind: Kind) {
    let h = harness(kind).await;
    let pat = h.token("pat@demo.test").await;
    let (status, view) = h.call("two_factor_status", "", Some(&pat)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(view.contains(r#""on":false"#), "{view}");
    let wrong = h
        .call("start_two_factor", "current_password=guess", Some(&pat))
        .await;
    assert!(refused_with(&wrong, "WrongCurrentPassword"), "{wrong:?}");
    let stranger = h
        .call("verify_sign_in_code", "code=123456", Some(&pat))
        .await;
    assert!(refused_with(&stranger, "WrongCode"), "{stranger:?}");
    let nobody = h.call("verify_sign_in_code", "code=123456", None).await;
    assert_eq!(stranger, nobody);
}

/// Signing out at the code step ends the session waiting for the code: the code cannot be given
/// with that cookie afterwards.
async fn signing_out_at_the_code_step_ends_the_waiting_session(kind: Kind) {
    use backend::accounts::two_factor;
    let h = harness(kind).await;
    let client = Client::new("192.0.2.51", "matrix");
    let step = |password: &'static str| {
        accounts::sign_in(&h.db, "pat@demo.test", password, client.clone(), now())
    };
    let SignInStep::SignedIn(pat) = step(demo::PATIENT_PASSWORD).await.unwrap() else {
        panic!("no second step yet");
    };
    let shown = two_factor::begin(&h.db, &pat.actor, demo::PATIENT_PASSWORD, now())
        .await
        .unwrap();
    let secret = totp_rs::Secret::try_from_base32(shown.secret.replace(' ', "")).unwrap();
    let code = totp_rs::Builder::new()
        .with_secret(secret)
        .build()
        .unwrap()
        .generate((now().0 / 1000) as u64)
        .to_string();
    let (_, recovery_codes) = two_factor::confirm(&h.db, &pat.actor, &code, now())
        .await
        .unwrap();
    let SignInStep::SecondFactor { token } = step(demo::PATIENT_PASSWORD).await.unwrap() else {
        panic!("the code step is asked for");
    };
    let (status, _) = h.call("sign_out", "", Some(&token)).await;
    assert!(status.is_success() || status.is_redirection(), "{status}");
    let after = h
        .call(
            "verify_sign_in_code",
            &format!("code={}", recovery_codes[0]),
            Some(&token),
        )
        .await;
    assert!(refused_with(&after, "WrongCode"), "{after:?}");
}

/// A wrong password is 401 for a script; repeated failures are throttled with 429 and a message
/// that says when to try again, even for the right password.
async fn repeated_failures_are_throttled_with_429(kind: Kind) {
    let h = harness(kind).await;
    for _ in 0..5 {
        let (status, body) = h
            .call("sign_in", "email=pat%40demo.test&password=guess", None)
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
        assert!(body.contains("InvalidCredentials"), "{body}");
    }
    let right = format!("email=pat%40demo.test&password={}", demo::PATIENT_PASSWORD);
    let (status, body) = h.call("sign_in", &right, None).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(body.contains("TooManyAttempts"), "{body}");
}

/// The demo patient's coming appointment.
async fn pats_appointment(h: &Harness) -> i64 {
    use sqlx::Row;
    let mut tx = h.db.begin_read().await.unwrap();
    let id = sqlx::query(
        "SELECT a.id FROM appointments a JOIN patients p ON p.id = a.patient_id \
         JOIN users u ON u.id = p.user_id WHERE u.email_key = 'pat@demo.test' \
         AND a.status = 'booked'",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get("id");
    tx.commit().await.unwrap();
    id
}

/// Appointments: the patient's own, front desk's, and their provider's to see; for anyone else
/// a real appointment answers like a missing one, and nothing changes. Nobody books for
/// another patient but front desk.
async fn appointments_are_their_patients(kind: Kind) {
    let h = harness(kind).await;
    let id = pats_appointment(&h).await;
    let detail = format!("id={id}");
    for email in ["pat@demo.test", "desk@demo.test", "dr.lee@demo.test"] {
        let token = h.token(email).await;
        let (status, body) = h.call("appointment_detail", &detail, Some(&token)).await;
        assert_eq!(status, StatusCode::OK, "{email}: {body}");
        assert!(body.contains("Annual check-up"), "{email}: {body}");
    }
    for email in ["maria@demo.test", "carer@demo.test", "admin@demo.test"] {
        let token = h.token(email).await;
        for (endpoint, real, missing) in [
            (
                "appointment_detail",
                detail.clone(),
                "id=999999".to_string(),
            ),
            (
                "cancel_appointment",
                detail.clone(),
                "id=999999".to_string(),
            ),
            (
                "reschedule_appointment",
                format!("{detail}&starts_at=0"),
                "id=999999&starts_at=0".to_string(),
            ),
        ] {
            let real = h.call(endpoint, &real, Some(&token)).await;
            let missing = h.call(endpoint, &missing, Some(&token)).await;
            assert!(
                refused_with(&real, "NotFound"),
                "{email} {endpoint}: {real:?}"
            );
            assert_eq!(real, missing, "{email} {endpoint}");
        }
    }
    let pat = h.token("pat@demo.test").await;
    let (_, body) = h.call("appointment_detail", &detail, Some(&pat)).await;
    assert!(
        body.contains(r#""status":"Booked""#),
        "nothing was cancelled: {body}"
    );
    // A patient cannot book for someone else, whoever that is.
    let for_maria = h
        .call(
            "book_appointment",
            "booking[provider_id]=1&booking[location_id]=1&booking[starts_at]=0\
             &booking[visit_type]=follow_up&booking[visit_mode]=in_person&booking[reason]=x\
             &booking[idempotency_key]=0123456789abcdef&booking[patient_id]=2",
            Some(&pat),
        )
        .await;
    assert!(refused_with(&for_maria, "NotFound"), "{for_maria:?}");
    // Only front desk books for a patient.
    for email in ["pat@demo.test", "dr.lee@demo.test", "admin@demo.test"] {
        let token = h.token(email).await;
        let answer = h
            .call("book_for_patient", "patient_id=2", Some(&token))
            .await;
        assert!(refused_with(&answer, "NotFound"), "{email}: {answer:?}");
    }
    let desk = h.token("desk@demo.test").await;
    let (status, _) = h
        .call("book_for_patient", "patient_id=2", Some(&desk))
        .await;
    assert_eq!(status, StatusCode::OK);
}

/// A valid "add blocked time" form for location 1 (its first clinician is Dr Lee): one draft,
/// its fields named `block[…]`.
const BLOCK: &str = "block[location_id]=1&block[provider_id]=all&block[reason]=training\
    &block[start_date]=2030-01-07&block[start_time]=09:00&block[end_date]=2030-01-07\
    &block[end_time]=10:00";

/// The id of one row `sql` finds.
async fn id_of(db: &Db, sql: &str) -> i64 {
    use sqlx::Row;
    let mut tx = db.begin_read().await.unwrap();
    let id = sqlx::query(sql)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("id");
    tx.commit().await.unwrap();
    id
}

/// The staff schedule: front desk sees the New York locations it works at and changes them
/// (front desk elsewhere: `front_desk_elsewhere_acts_only_where_it_works`); a provider sees only
/// their own and changes nothing; anyone else is refused. Another clinician's, appointment's or
/// block's id answers like one that does not exist.
async fn only_front_desk_and_the_provider_see_the_schedule(kind: Kind) {
    let h = harness(kind).await;
    let appointment = id_of(
        &h.db,
        "SELECT id FROM appointments WHERE status = 'booked' ORDER BY id LIMIT 1",
    )
    .await;
    let block = id_of(&h.db, "SELECT id FROM schedule_blocks ORDER BY id LIMIT 1").await;
    let bennett = id_of(
        &h.db,
        "SELECT id FROM providers WHERE family_name = 'Bennett'",
    )
    .await;

    let desk = h.token("desk@demo.test").await;
    let (status, schedule) = h.call("staff_schedule", "span=week", Some(&desk)).await;
    assert_eq!(status, StatusCode::OK, "{schedule}");
    assert!(schedule.contains(r#""front_desk":true"#), "{schedule}");
    assert!(schedule.contains("Jordan Lee"), "{schedule}");
    assert!(
        schedule.contains("NoCurrentLicence"),
        "Bennett is flagged: {schedule}"
    );

    let lee = h.token("dr.lee@demo.test").await;
    let (status, own) = h.call("staff_schedule", "span=week", Some(&lee)).await;
    assert_eq!(status, StatusCode::OK, "{own}");
    assert!(own.contains(r#""front_desk":false"#), "{own}");
    assert!(!own.contains("Bennett"), "{own}");
    let theirs = h
        .call("staff_schedule", &format!("provider={bennett}"), Some(&lee))
        .await;
    let missing = h
        .call("staff_schedule", "provider=999999", Some(&lee))
        .await;
    assert!(refused_with(&theirs, "NotFound"), "{theirs:?}");
    assert_eq!(theirs, missing);

    for email in ["pat@demo.test", "admin@demo.test", "dr.lee@demo.test"] {
        let token = h.token(email).await;
        if email != "dr.lee@demo.test" {
            let answer = h.call("staff_schedule", "", Some(&token)).await;
            assert!(refused_with(&answer, "NotFound"), "{email}: {answer:?}");
        }
        for (endpoint, field, real) in [
            ("mark_arrived", "appointment_id", appointment),
            ("mark_no_show", "appointment_id", appointment),
            ("lift_schedule_block", "block_id", block),
        ] {
            let real = h
                .call(endpoint, &format!("{field}={real}"), Some(&token))
                .await;
            let missing = h
                .call(endpoint, &format!("{field}=999999"), Some(&token))
                .await;
            assert!(
                refused_with(&real, "NotFound"),
                "{email} {endpoint}: {real:?}"
            );
            assert_eq!(real, missing, "{email} {endpoint}");
        }
        let answer = h.call("add_schedule_block", BLOCK, Some(&token)).await;
        assert!(refused_with(&answer, "NotFound"), "{email}: {answer:?}");
    }

    // Front desk: a block is added and lifted; a clinician from elsewhere or a wrong form is
    // refused, each with its own answer.
    let (status, added) = h.call("add_schedule_block", BLOCK, Some(&desk)).await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let elsewhere = BLOCK.replace(
        "block[provider_id]=all",
        &format!("block[provider_id]={bennett}"),
    );
    let elsewhere = elsewhere.replace("block[location_id]=1", "block[location_id]=4");
    let answer = h.call("add_schedule_block", &elsewhere, Some(&desk)).await;
    assert!(refused_with(&answer, "NotFound"), "{answer:?}");
    let wrong = BLOCK.replace("block[end_time]=10:00", "block[end_time]=08:00");
    let answer = h.call("add_schedule_block", &wrong, Some(&desk)).await;
    assert_eq!(answer.0, StatusCode::UNPROCESSABLE_ENTITY, "{answer:?}");
    assert!(answer.1.contains("EndNotAfterStart"), "{answer:?}");
    // A time left out is missing, as an empty one is.
    let missing = BLOCK.replace("&block[end_time]=10:00", "");
    let answer = h.call("add_schedule_block", &missing, Some(&desk)).await;
    assert_eq!(answer.0, StatusCode::UNPROCESSABLE_ENTITY, "{answer:?}");
    assert!(answer.1.contains("Missing"), "{answer:?}");
    // Brackets encoded, as a browser posts them: the same block, kept once.
    let encoded = BLOCK.replace('[', "%5B").replace(']', "%5D");
    let again = h.call("add_schedule_block", &encoded, Some(&desk)).await;
    assert_eq!(again, (StatusCode::OK, added.clone()));
    // A field the draft does not take, or a value none of its choices names, is refused.
    for bad in [
        format!("{BLOCK}&block[status]=active"),
        BLOCK.replace("block[reason]=training", "block[reason]=vacation"),
        BLOCK.replace("block[reason]=training", "block[reason]=Training"),
        BLOCK.replace("block[provider_id]=all", "block[provider_id]=everyone"),
    ] {
        let answer = h.call("add_schedule_block", &bad, Some(&desk)).await;
        assert_eq!(answer.0, StatusCode::BAD_REQUEST, "{bad}: {answer:?}");
    }
    let (status, _) = h
        .call(
            "lift_schedule_block",
            &format!("block_id={block}"),
            Some(&desk),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Pat's appointment is days ahead: not arrived yet, and not missed.
    let early = h
        .call(
            "mark_arrived",
            &format!("appointment_id={appointment}"),
            Some(&desk),
        )
        .await;
    assert!(refused_with(&early, "NotItsDay"), "{early:?}");
    let early = h
        .call(
            "mark_no_show",
            &format!("appointment_id={appointment}"),
            Some(&desk),
        )
        .await;
    assert!(refused_with(&early, "NotStarted"), "{early:?}");
}

/// What front desk working elsewhere gets from a server function (the matrix's "front desk
/// elsewhere" actor: front desk assigned to a Chicago location only, while the demo's front desk
/// works in New York).
#[derive(Clone, Copy, Debug)]
enum Elsewhere {
    /// Served (2xx) with the matrix's body: not tied to a location (their own account, the
    /// directory, patient look-up, which any front desk working somewhere may do).
    Served,
    /// Refused with this error with the matrix's body, as the demo's front desk is too (a wrong
    /// password or code, an offer that is no front desk's, …).
    Refused(&'static str),
    /// With this body, naming something in New York (`{appointment}`: Pat's appointment,
    /// `{block}`: a New York block, `{patient}`: Pat), refused as not found, as an outsider is;
    /// New York's front desk is not refused so.
    NotHere(&'static str),
}

/// The "front desk elsewhere" row of every server function; a test keeps it equal to
/// `SERVER_FUNCTIONS`.
const DESK_ELSEWHERE: [(&str, Elsewhere); 68] = [
    ("sign_in", Elsewhere::Served),
    ("sign_out", Elsewhere::Served),
    ("current_user", Elsewhere::Served),
    ("typed_fields", Elsewhere::Served),
    ("save_display", Elsewhere::Served),
    ("sign_up", Elsewhere::Refused("InvalidInvitation")),
    ("verify_sign_in_code", Elsewhere::Refused("WrongCode")),
    ("staff_sign_up", Elsewhere::Refused("InvalidInvitation")),
    ("request_password_reset", Elsewhere::Served),
    ("reset_password", Elsewhere::Refused("InvalidResetLink")),
    ("search_choices", Elsewhere::Served),
    ("search_providers", Elsewhere::Served),
    ("provider_profile", Elsewhere::Served),
    ("booking_page", Elsewhere::Served),
    ("booking_for_name", Elsewhere::Served),
    ("list_sessions", Elsewhere::Served),
    ("end_session", Elsewhere::Refused("NotFound")),
    ("end_other_sessions", Elsewhere::Served),
    ("set_language", Elsewhere::Served),
    ("keep_alive", Elsewhere::Served),
    (
        "change_password",
        Elsewhere::Refused("WrongCurrentPassword"),
    ),
    ("find_patients", Elsewhere::Served),
    ("issue_invitation", Elsewhere::Refused("AlreadyHasAccount")),
    ("my_record_activity", Elsewhere::Served),
    ("search_audit", Elsewhere::Refused("NotFound")),
    ("two_factor_status", Elsewhere::Served),
    (
        "start_two_factor",
        Elsewhere::Refused("WrongCurrentPassword"),
    ),
    ("confirm_two_factor", Elsewhere::Refused("StaleForm")),
    (
        "new_recovery_codes",
        Elsewhere::Refused("WrongCurrentPassword"),
    ),
    (
        "turn_off_two_factor",
        Elsewhere::Refused("WrongCurrentPassword"),
    ),
    ("issue_staff_invitation", Elsewhere::Refused("NotFound")),
    ("account_email", Elsewhere::Served),
    (
        "request_email_change",
        Elsewhere::Refused("WrongCurrentPassword"),
    ),
    ("cancel_email_change", Elsewhere::Served),
    (
        "confirm_email_change",
        Elsewhere::Refused("InvalidEmailChangeLink"),
    ),
    ("credential_dashboard", Elsewhere::Refused("NotFound")),
    ("change_credential_status", Elsewhere::Refused("NotFound")),
    (
        "book_appointment",
        Elsewhere::NotHere(
            "booking[provider_id]=1&booking[location_id]=1&booking[starts_at]=0\
             &booking[visit_type]=follow_up&booking[visit_mode]=in_person&booking[reason]=x\
             &booking[idempotency_key]=0123456789abcdef&booking[patient_id]={patient}",
        ),
    ),
    ("my_appointments", Elsewhere::Refused("NotFound")),
    ("appointment_detail", Elsewhere::NotHere("id={appointment}")),
    (
        "reschedule_appointment",
        Elsewhere::NotHere("id={appointment}&starts_at=0"),
    ),
    ("join_waitlist", Elsewhere::NotHere("id={appointment}")),
    ("accept_offer", Elsewhere::Refused("NotFound")),
    ("decline_offer", Elsewhere::Refused("NotFound")),
    ("book_for_patient", Elsewhere::Served),
    ("stop_booking_for", Elsewhere::Served),
    ("staff_schedule", Elsewhere::NotHere("location=1&span=week")),
    (
        "mark_arrived",
        Elsewhere::NotHere("appointment_id={appointment}"),
    ),
    (
        "mark_no_show",
        Elsewhere::NotHere("appointment_id={appointment}"),
    ),
    ("add_schedule_block", Elsewhere::NotHere(BLOCK)),
    (
        "lift_schedule_block",
        Elsewhere::NotHere("block_id={block}"),
    ),
    // After the others that name Pat's appointment: New York's front desk cancels it.
    ("cancel_appointment", Elsewhere::NotHere("id={appointment}")),
    ("staff_locations_page", Elsewhere::Refused("NotFound")),
    ("assign_staff_location", Elsewhere::Refused("NotFound")),
    ("remove_staff_location", Elsewhere::Refused("NotFound")),
    ("list_locations", Elsewhere::Refused("NotFound")),
    ("location_record", Elsewhere::Refused("NotFound")),
    ("create_location", Elsewhere::Refused("NotFound")),
    ("update_location", Elsewhere::Refused("NotFound")),
    ("set_location_active", Elsewhere::Refused("NotFound")),
    ("list_providers", Elsewhere::Refused("NotFound")),
    ("provider_record", Elsewhere::Refused("NotFound")),
    ("provider_choices", Elsewhere::Refused("NotFound")),
    ("create_provider", Elsewhere::Refused("NotFound")),
    ("update_provider", Elsewhere::Refused("NotFound")),
    ("set_provider_active", Elsewhere::Refused("NotFound")),
    ("add_credential", Elsewhere::Refused("NotFound")),
    ("edit_credential", Elsewhere::Refused("NotFound")),
];

/// The "front desk elsewhere" rows name every server function of the matrix, once.
#[test]
fn every_server_function_has_a_front_desk_elsewhere_row() {
    let mut rows: Vec<&str> = DESK_ELSEWHERE.iter().map(|(e, _)| *e).collect();
    rows.sort();
    let mut listed: Vec<&str> = calls(|_| true).map(|(e, _)| e).collect();
    listed.sort();
    assert_eq!(rows, listed);
}

/// Front desk assigned (by a system administrator, through the assignments page's form) to a
/// Chicago location only: signed in, with a session token. Its two-step verification is
/// waived as the demo accounts' is, so the role is usable at once.
async fn front_desk_elsewhere(h: &Harness) -> String {
    use backend::accounts::{create_user, NewUser};
    use domain::accounts::Role;
    let user_id = create_user(
        &h.db,
        &NewUser {
            email: "desk.chicago@example.org",
            display_name: "Lena Novak",
            password: demo::STAFF_PASSWORD,
            preferred_locale: None,
            roles: &[Role::FrontDesk],
        },
        now(),
    )
    .await
    .unwrap();
    let mut tx = h.db.begin_write().await.unwrap();
    sqlx::query("UPDATE users SET two_factor_exempt = 1 WHERE id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let chicago = id_of(
        &h.db,
        "SELECT id FROM locations WHERE jurisdiction = 'US-IL' ORDER BY id LIMIT 1",
    )
    .await;
    let admin = h.token("admin@demo.test").await;
    let (status, body) = h
        .call(
            "assign_staff_location",
            &format!("assignment[user_id]={user_id}&assignment[location_id]={chicago}"),
            Some(&admin),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    h.token("desk.chicago@example.org").await
}

/// Front desk acts only where it works: elsewhere, whatever names a New York appointment,
/// block or location answers as for an outsider, while New York's front desk is served; what
/// is tied to no location answers as it does any front desk.
async fn front_desk_elsewhere_acts_only_where_it_works(kind: Kind) {
    let h = harness(kind).await;
    let elsewhere = front_desk_elsewhere(&h).await;
    let appointment = pats_appointment(&h).await.to_string();
    let block = id_of(
        &h.db,
        "SELECT b.id FROM schedule_blocks b JOIN locations l ON l.id = b.location_id \
         WHERE l.jurisdiction = 'US-NY' ORDER BY b.id LIMIT 1",
    )
    .await
    .to_string();
    let patient = id_of(
        &h.db,
        "SELECT id FROM patients WHERE family_name = 'Morgan'",
    )
    .await
    .to_string();
    let named = |body: &str| {
        body.replace("{appointment}", &appointment)
            .replace("{block}", &block)
            .replace("{patient}", &patient)
    };
    let bodies: std::collections::HashMap<&str, &str> = calls(|_| true).collect();
    let mut unexpected = Vec::new();
    for (endpoint, row) in DESK_ELSEWHERE {
        // Signing out ends the session it is called with: that call gets its own.
        let token = if endpoint == "sign_out" {
            h.token("desk.chicago@example.org").await
        } else {
            elsewhere.clone()
        };
        let body = match row {
            Elsewhere::NotHere(body) => named(body),
            _ => bodies[endpoint].to_string(),
        };
        let answer = h.call(endpoint, &body, Some(&token)).await;
        let refusal = match row {
            Elsewhere::Served => None,
            Elsewhere::Refused(error) => Some(error),
            Elsewhere::NotHere(_) => Some("NotFound"),
        };
        let as_expected = match refusal {
            None => answer.0.is_success(),
            Some(error) => refused_with(&answer, error),
        };
        if !as_expected {
            unexpected.push(format!(
                "{endpoint} ({row:?}): {} {:.200}",
                answer.0, answer.1
            ));
        }
    }
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    // Still booked, still blocked: nothing changed. New York's front desk is served where front
    // desk elsewhere was refused (refused, if at all, for another reason).
    let here = h.token("desk@demo.test").await;
    for (endpoint, row) in DESK_ELSEWHERE {
        if let Elsewhere::NotHere(body) = row {
            let answer = h.call(endpoint, &named(body), Some(&here)).await;
            assert!(!refused_with(&answer, "NotFound"), "{endpoint}: {answer:?}");
        }
    }
}

/// Where front desk works: system administrators only read and change it; anyone else gets
/// "not found", for a real account and location as for missing ones, and nothing changes.
async fn only_system_administrators_assign_front_desk_locations(kind: Kind) {
    let h = harness(kind).await;
    let missing = "assignment[user_id]=999999&assignment[location_id]=999999";
    for email in [
        "pat@demo.test",
        "desk@demo.test",
        "dr.lee@demo.test",
        "maria@demo.test",
    ] {
        let token = h.token(email).await;
        let page = h.call("staff_locations_page", "", Some(&token)).await;
        assert!(refused_with(&page, "NotFound"), "{email}: {page:?}");
        for endpoint in ["assign_staff_location", "remove_staff_location"] {
            let real = h.call(endpoint, ASSIGNMENT, Some(&token)).await;
            let gone = h.call(endpoint, missing, Some(&token)).await;
            assert!(
                refused_with(&real, "NotFound"),
                "{email} {endpoint}: {real:?}"
            );
            assert_eq!(real, gone, "{email} {endpoint}");
        }
    }
    let admin = h.token("admin@demo.test").await;
    let (status, before) = h.call("staff_locations_page", "", Some(&admin)).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    assert!(before.contains("Sam Okafor"), "{before}");
    let (status, _) = h
        .call("assign_staff_location", ASSIGNMENT, Some(&admin))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, assigned) = h.call("staff_locations_page", "", Some(&admin)).await;
    assert_ne!(before, assigned);
    // The page shows it, rendered on the server (as without JavaScript).
    let request = Request::get("/admin/staff/locations?lang=en&done=assigned")
        .header(header::HOST, "portal.test")
        .header(header::COOKIE, format!("portal_session={admin}"))
        .body(Body::empty())
        .unwrap();
    let response = h.router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.into_body().collect().await.unwrap().to_bytes();
    let html = String::from_utf8_lossy(&html);
    assert!(html.contains("The location was assigned."), "{html}");
    assert!(
        html.contains("Remove Wellspring Lakeshore Clinic for Sam Okafor"),
        "{html}"
    );
    let (status, _) = h
        .call("remove_staff_location", ASSIGNMENT, Some(&admin))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, removed) = h.call("staff_locations_page", "", Some(&admin)).await;
    assert_eq!(before, removed);
    // An unknown account or location, or a field the form does not have, is refused.
    let gone = h.call("assign_staff_location", missing, Some(&admin)).await;
    assert!(refused_with(&gone, "NotFound"), "{gone:?}");
    let extra = format!("{ASSIGNMENT}&assignment[assigned_by]=1");
    let answer = h.call("assign_staff_location", &extra, Some(&admin)).await;
    assert_eq!(answer.0, StatusCode::BAD_REQUEST, "{answer:?}");
}

/// Each row of the matrix, on both databases.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(super::Kind::Sqlite).await })*
        }
        // Plain `cargo test` has no PostgreSQL: this half is skipped, and says so. `cargo xtask
        // test` always sets the variable (starting PostgreSQL when none answers).
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                if !super::Kind::Postgres.available() {
                    return;
                }
                super::$name(super::Kind::Postgres).await
            })*
        }
    };
}

on_both_databases!(
    display_preferences_are_anyones,
    signed_out_callers_are_asked_to_sign_in,
    only_front_desk_and_administrators_look_up_and_invite,
    only_administrators_search_the_audit_log,
    sessions_are_only_ever_your_own,
    repeated_failures_are_throttled_with_429,
    record_activity_is_the_callers_own,
    unknown_fields_are_refused,
    only_system_administrators_invite_staff,
    two_step_verification_is_the_callers_own,
    signing_out_at_the_code_step_ends_the_waiting_session,
    the_directory_is_public,
    an_anonymous_soonest_sort_is_bounded,
    malformed_arguments_are_bad_requests,
    only_the_credentialing_office_changes_credentials,
    appointments_are_their_patients,
    only_the_credentialing_office_keeps_the_directory,
    only_front_desk_and_the_provider_see_the_schedule,
    front_desk_elsewhere_acts_only_where_it_works,
    only_system_administrators_assign_front_desk_locations,
);
