//! The demo data set: what `cargo xtask run` and `cargo xtask demo` load so a newcomer sees a
//! living system. Each capability adds its part to [`load`]; the marker it leaves lets a server
//! outside demo mode refuse to start on a database that holds demo data.

pub mod bulk;

use crate::{
    accounts::{self, password, CreateUserError, NewUser},
    db::{Db, DbError},
    patients::{self, NewPatient},
};
use domain::{accounts::Role, locale::Locale, time::UtcMillis};
use sqlx::Row;
use thiserror::Error;

mod directory;
mod schedule;
mod staff_schedule;

const MARKER_KEY: &str = "demo_data_loaded_at";
/// The credentialing admin demo account, who verified the demo's credentials.
const CREDENTIALING_ADMIN: &str = "admin@demo.test";
/// The front-desk demo account, who works at the New York locations.
const FRONT_DESK: &str = "desk@demo.test";
/// Where the demo front desk works: every location in this jurisdiction.
const FRONT_DESK_JURISDICTION: &str = "US-NY";

pub const PATIENT_PASSWORD: &str = "demo-patient-pass";
pub const STAFF_PASSWORD: &str = "demo-staff-pass";

#[derive(Debug, PartialEq, Eq)]
pub enum DemoLoad {
    Loaded,
    AlreadyPresent,
}

#[derive(Debug, Error)]
pub enum DemoError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("could not create a demo account: {0}")]
    Account(#[from] CreateUserError),
    /// Demo accounts have well-known passwords: they never go into a database people use.
    #[error(
        "this database already has accounts; the demo data set (with its well-known passwords) \
         loads only into an empty database"
    )]
    NotEmpty,
    #[error("generated demo data goes only into a database that holds the demo data set")]
    NotADemoDatabase,
}

/// A demo account of SPEC §5, with the patient record it is, if any.
struct DemoAccount {
    email: &'static str,
    name: &'static str,
    staff: bool,
    locale: Option<Locale>,
    roles: &'static [Role],
    /// Given name, family name, date of birth.
    patient: Option<(&'static str, &'static str, &'static str)>,
}

const ACCOUNTS: [DemoAccount; 6] = [
    DemoAccount {
        email: "pat@demo.test",
        name: "Pat Morgan",
        staff: false,
        locale: Some(Locale::En),
        roles: &[Role::Patient],
        patient: Some(("Pat", "Morgan", "1980-04-12")),
    },
    DemoAccount {
        email: "maria@demo.test",
        name: "María García",
        staff: false,
        locale: Some(Locale::Es),
        roles: &[Role::Patient],
        patient: Some(("María", "García", "1975-09-03")),
    },
    DemoAccount {
        email: "carer@demo.test",
        name: "Alex Rivera",
        staff: false,
        locale: None,
        roles: &[Role::Patient],
        patient: Some(("Alex", "Rivera", "1978-11-30")),
    },
    DemoAccount {
        email: "dr.lee@demo.test",
        name: "Dr. Jordan Lee",
        staff: true,
        locale: None,
        roles: &[Role::Provider],
        patient: None,
    },
    DemoAccount {
        email: "desk@demo.test",
        name: "Sam Okafor",
        staff: true,
        locale: None,
        roles: &[Role::FrontDesk],
        patient: None,
    },
    DemoAccount {
        email: "admin@demo.test",
        name: "Robin Chen",
        staff: true,
        locale: None,
        roles: &[Role::CredentialingAdmin, Role::SystemAdmin],
        patient: None,
    },
];

/// Patients without an account of their own: the carer's child and parent (for proxy access),
/// and two adults who have not joined the portal yet (for invitations).
const WITHOUT_ACCOUNTS: [(&str, &str, &str); 4] = [
    ("Sofia", "Rivera", "2015-06-01"),
    ("Ruth", "Rivera", "1941-02-20"),
    ("Tomás", "Reyes", "1988-07-22"),
    ("Grace", "Kim", "1962-01-09"),
];

/// The demo's "today": the date in Chicago, the westernmost demo region, so a date the demo
/// puts in the past ("expired yesterday") is past in every demo location at any hour.
pub fn today(now: UtcMillis) -> Result<String, DbError> {
    let chicago = crate::clock::zone("America/Chicago")?;
    Ok(domain::time::local_date(now, &chicago)?.to_string())
}

/// Whether the demo data set was ever loaded into this database.
pub async fn is_loaded(db: &Db) -> Result<bool, DbError> {
    let mut tx = db.begin_read().await?;
    let row = sqlx::query("SELECT COUNT(*) AS n FROM app_settings WHERE key = $1")
        .bind(MARKER_KEY)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Loads the demo data set once (a second call changes nothing), into a database with no accounts
/// yet, in one transaction that ends with the marker: a database people use is refused, and a load
/// that fails half-way leaves nothing behind (no demo account without the marker).
pub async fn load(db: &Db, now: UtcMillis) -> Result<DemoLoad, DemoError> {
    if is_loaded(db).await? {
        return Ok(DemoLoad::AlreadyPresent);
    }
    let staff_hash = password::hash(STAFF_PASSWORD.to_string()).await;
    let patient_hash = password::hash(PATIENT_PASSWORD.to_string()).await;
    let mut tx = db.begin_write().await?;
    let users: i64 = sqlx::query("SELECT COUNT(*) AS n FROM users")
        .fetch_one(&mut *tx)
        .await
        .map_err(DbError::from)?
        .try_get("n")
        .map_err(DbError::from)?;
    if users > 0 {
        return Err(DemoError::NotEmpty);
    }
    let mut admin_user_id = None;
    let mut desk_user_id = None;
    for account in &ACCOUNTS {
        let (password, hash) = if account.staff {
            (STAFF_PASSWORD, &staff_hash)
        } else {
            (PATIENT_PASSWORD, &patient_hash)
        };
        let user = NewUser {
            email: account.email,
            display_name: account.name,
            password,
            preferred_locale: account.locale,
            roles: account.roles,
        };
        let user_id = accounts::insert_user(&mut tx, &user, hash, now).await?;
        accounts::two_factor::exempt_demo_account(&mut tx, user_id).await?;
        if account.email == CREDENTIALING_ADMIN {
            admin_user_id = Some(user_id);
        }
        if account.email == FRONT_DESK {
            desk_user_id = Some(user_id);
        }
        if let Some((given_name, family_name, date_of_birth)) = account.patient {
            let patient = NewPatient {
                user_id: Some(user_id),
                given_name,
                family_name,
                date_of_birth,
            };
            patients::insert(&mut tx, &patient, now).await?;
        }
    }
    for (given_name, family_name, date_of_birth) in WITHOUT_ACCOUNTS {
        let patient = NewPatient {
            user_id: None,
            given_name,
            family_name,
            date_of_birth,
        };
        patients::insert(&mut tx, &patient, now).await?;
    }
    let admin_user_id = admin_user_id.expect("the demo accounts include the credentialing admin");
    directory::load(&mut tx, admin_user_id, now).await?;
    schedule::load(&mut tx, now).await?;
    staff_schedule::load(&mut tx, now).await?;
    let desk_user_id = desk_user_id.expect("the demo accounts include front desk");
    sqlx::query(
        "INSERT INTO staff_locations (user_id, location_id, assigned_by, assigned_at) \
         SELECT $1, id, $2, $3 FROM locations WHERE jurisdiction = $4",
    )
    .bind(desk_user_id)
    .bind(admin_user_id)
    .bind(now.0)
    .bind(FRONT_DESK_JURISDICTION)
    .execute(&mut *tx)
    .await
    .map_err(DbError::from)?;
    sqlx::query("INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2, $3)")
        .bind(MARKER_KEY)
        .bind(now.0.to_string())
        .bind(now.0)
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(DemoLoad::Loaded)
}
