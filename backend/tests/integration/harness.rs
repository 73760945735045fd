//! Runs a test body against both databases: a fresh SQLite file in a temporary folder, and a
//! fresh database created on the PostgreSQL server named by `TEST_POSTGRES_URL` (which `cargo
//! xtask test` provides, starting a throwaway cluster when none answers). The databases come
//! from `test-support`, as the server's tests' do.

use backend::{
    accounts::{self, two_factor, NewUser, SignInError, SignInStep, SignedIn},
    actor::{Actor, Client},
    db::Db,
};
use domain::{accounts::Role, time::UtcMillis};
use sqlx::Row;
use std::future::Future;
use test_support::{Kind, TestDatabase};

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

/// Runs `body` on a fresh database of the given kind (`"sqlite"` or `"postgres"`) and removes it
/// afterwards, also when `body` panics. Plain `cargo test` has no PostgreSQL: that half is
/// skipped, and says so.
pub async fn with_db<F, Fut>(kind: &str, body: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    let kind = match kind {
        "sqlite" => Kind::Sqlite,
        _ => Kind::Postgres,
    };
    if !kind.available() {
        return;
    }
    backend::keys::install(backend::keys::Keys::demo()).expect("the tests' keys");
    let database = TestDatabase::create(kind).await;
    let url = database.url().to_string();
    let db = Db::connect(&url).await.expect("open the test database");
    db.migrate().await.expect("migrate the test database");
    body(TestDb {
        db: db.clone(),
        url,
    })
    .await;
    db.close().await;
    drop(database);
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

/// A front-desk member (two-step verification on) whom a system administrator assigned to a
/// location made for them: front desk acts only where it works.
pub async fn front_desk_somewhere(db: &Db, email: &str, password: &str, now: UtcMillis) -> Actor {
    let desk = staff_member(db, email, Role::FrontDesk, password, now).await;
    let admin_email = format!("assigner.{email}");
    let admin = staff_member(db, &admin_email, Role::SystemAdmin, password, now).await;
    let mut tx = db.begin_write().await.unwrap();
    let location_id: i64 = sqlx::query(
        "INSERT INTO locations (name, street, city, jurisdiction, postcode, latitude, longitude, \
         phone, time_zone, active, created_at) VALUES ('Front Desk Clinic', '1 Main St', \
         'Albany', 'US-NY', '12207', 42.65, -73.75, '(518) 555-0100', 'America/New_York', 1, $1) \
         RETURNING id",
    )
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get("id");
    tx.commit().await.unwrap();
    backend::staff_locations::assign(db, &admin, desk.user_id, location_id, now)
        .await
        .unwrap();
    desk
}
