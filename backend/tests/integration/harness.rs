//! Runs a test body against both databases: a fresh SQLite file in a temporary folder, and a fresh
//! database created on the PostgreSQL server named by `TEST_POSTGRES_URL` (which `cargo xtask
//! test` provides, starting a throwaway cluster when none answers).

use backend::{
    accounts::{self, two_factor, NewUser, SignInError, SignInStep, SignedIn},
    actor::{Actor, Client},
    db::Db,
};
use domain::{accounts::Role, time::UtcMillis};
use sqlx::{AnyConnection, Connection, Executor};
use std::future::Future;

/// A fresh, migrated database for one test.
#[derive(Clone)]
pub struct TestDb {
    pub db: Db,
    url: String,
}

impl TestDb {
    /// Opens another pool on the same database, as a second server process would.
    pub async fn second_pool(&self) -> Db {
        Db::connect(&self.url).await.expect("open a second pool")
    }
}

/// Runs `body` on a fresh database of the given kind and removes it afterwards.
pub async fn with_db<F, Fut>(kind: &str, body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    sqlx::any::install_default_drivers();
    match kind {
        "sqlite" => {
            let dir = tempfile::tempdir().expect("temporary folder");
            let url = format!("sqlite://{}/test.sqlite", dir.path().display());
            run(url, body).await;
        }
        _ => {
            // Plain `cargo test` has no PostgreSQL: this half is skipped, and says so.
            // `cargo xtask test` always sets the variable (starting PostgreSQL when none answers).
            let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
                eprintln!("skipped on PostgreSQL: TEST_POSTGRES_URL is not set (cargo xtask test sets it)");
                return;
            };
            let name = format!("portal_test_{}", uuid::Uuid::new_v4().simple());
            admin(&admin_url, &format!("CREATE DATABASE {name}")).await;
            run(database_url(&admin_url, &name), body).await;
            admin(&admin_url, &format!("DROP DATABASE {name} WITH (FORCE)")).await;
        }
    }
}

async fn run<F, Fut>(url: String, body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    let db = Db::connect(&url).await.expect("open the test database");
    db.migrate().await.expect("migrate the test database");
    body(TestDb {
        db: db.clone(),
        url,
    })
    .await;
    db.close().await;
}

async fn admin(admin_url: &str, statement: &str) {
    let mut conn = AnyConnection::connect(admin_url)
        .await
        .expect("reach PostgreSQL");
    conn.execute(statement).await.expect("admin statement");
    conn.close().await.expect("close admin connection");
}

/// The same server and credentials, another database name.
fn database_url(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (admin_url, String::new()),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let server = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    format!("{server}/{name}{query}")
}

/// The code an authenticator app shows at `when` for a secret as the set-up page shows it.
pub fn app_code(secret: &str, when: UtcMillis) -> String {
    let secret = totp_rs::Secret::try_from_base32(secret.replace(' ', "")).unwrap();
    totp_rs::Builder::new()
        .with_secret(secret)
        .build()
        .unwrap()
        .generate((when.0 / 1000) as u64)
        .to_string()
}

/// A staff member signed in with two-step verification on, so their role is theirs to use.
pub async fn staff_member(
    db: &Db,
    email: &str,
    role: Role,
    password: &str,
    now: UtcMillis,
) -> Actor {
    let user = NewUser {
        email,
        display_name: "Staff Member",
        password,
        preferred_locale: None,
        roles: &[role],
    };
    accounts::create_user(db, &user, now).await.unwrap();
    let client = Client::new("10.0.0.1", "t");
    let first = one_step(accounts::sign_in(db, email, password, client, now))
        .await
        .unwrap();
    let shown = two_factor::begin(db, &first.actor, password, now)
        .await
        .unwrap();
    let code = app_code(&shown.secret, now);
    let (signed_in, _) = two_factor::confirm(db, &first.actor, &code, now)
        .await
        .unwrap();
    signed_in.actor
}

/// A sign-in that is expected to need no second step.
pub async fn one_step(
    sign_in: impl Future<Output = Result<SignInStep, SignInError>>,
) -> Result<SignedIn, SignInError> {
    match sign_in.await? {
        SignInStep::SignedIn(signed_in) => Ok(signed_in),
        SignInStep::SecondFactor { .. } => panic!("expected no second step"),
    }
}

/// `db_test!(name, |t| async move { … })` defines `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! db_test {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::harness::with_db("sqlite", $body).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::harness::with_db("postgres", $body).await;
            }
        }
    };
}

/// A demo account signed in at `now` (demo patients with the patient password, staff with the
/// staff password; demo accounts need no second step).
pub async fn demo_actor(db: &Db, email: &str, now: UtcMillis) -> Actor {
    let password = if ["pat@", "maria@", "carer@"]
        .iter()
        .any(|p| email.starts_with(p))
    {
        backend::demo::PATIENT_PASSWORD
    } else {
        backend::demo::STAFF_PASSWORD
    };
    one_step(accounts::sign_in(
        db,
        email,
        password,
        Client::new("10.0.0.2", "test"),
        now,
    ))
    .await
    .unwrap()
    .actor
}

/// A demo provider (by family name) and their first location.
pub async fn provider_and_place(db: &Db, family_name: &str) -> (i64, i64) {
    use sqlx::Row;
    let mut tx = db.begin_read().await.unwrap();
    let row = sqlx::query(
        "SELECT p.id, MIN(pl.location_id) AS location_id FROM providers p \
         JOIN provider_locations pl ON pl.provider_id = p.id WHERE p.family_name = $1 \
         GROUP BY p.id",
    )
    .bind(family_name)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    (row.get("id"), row.get("location_id"))
}
