//! The credentialing office keeps locations, providers and their credentials: created, edited,
//! deactivated (never deleted), each field checked, every change audited, and nobody else let in.

use crate::{
    db_test,
    harness::{one_step, staff_member},
};
use backend::{
    accounts::{self, NewUser},
    actor::{Actor, Client},
    audit,
    credentials::{self, CredentialError},
    db::Db,
    directory::{self, Filters},
    locations::{self, LocationError},
    providers::{self, ProviderError},
};
use domain::{
    accounts::Role,
    credentials::CredentialStatus,
    directory::{
        CredentialDraft, CredentialProblem, DayHours, LocationDraft, LocationProblem,
        ProviderDraft, ProviderProblem,
    },
    time::UtcMillis,
};
use sqlx::Row;

const NOW: UtcMillis = UtcMillis(1_800_000_000_000);
const PASSWORD: &str = "violet harbour compass thistle";

async fn office(db: &Db) -> Actor {
    staff_member(
        db,
        "office@example.org",
        Role::CredentialingAdmin,
        PASSWORD,
        NOW,
    )
    .await
}

async fn patient(db: &Db) -> Actor {
    accounts::create_user(
        db,
        &NewUser {
            email: "patient@example.org",
            display_name: "Pat Example",
            password: PASSWORD,
            preferred_locale: None,
            roles: &[Role::Patient],
        },
        NOW,
    )
    .await
    .unwrap();
    one_step(accounts::sign_in(
        db,
        "patient@example.org",
        PASSWORD,
        Client::new("192.0.2.9", "t"),
        NOW,
    ))
    .await
    .unwrap()
    .actor
}

fn harbor_clinic() -> LocationDraft {
    let mut hours = vec![DayHours::new("08:00", "17:00"); 5];
    hours.extend([DayHours::default(), DayHours::default()]);
    LocationDraft {
        name: "Harbor Clinic".into(),
        street: "1 Water St".into(),
        city: "New York".into(),
        postcode: "10004".into(),
        jurisdiction: "US-NY".into(),
        latitude: "40.7033".into(),
        longitude: "-74.0170".into(),
        phone: "212-555-0199".into(),
        time_zone: "America/New_York".into(),
        hours,
    }
}

fn doctor(location: i64) -> ProviderDraft {
    ProviderDraft {
        given_name: "Imani".into(),
        family_name: "Okafor".into(),
        suffix: "MD".into(),
        role: "physician".into(),
        gender: "female".into(),
        accepting_new_patients: true,
        in_person: true,
        telehealth: true,
        specialties: vec!["cardiology".into(), "internal_medicine".into()],
        languages: vec!["en".into(), "fr".into()],
        plans: vec!["harbor_ppo".into()],
        locations: vec![location],
        bios: [
            ("en".to_string(), "Heart health.".to_string()),
            ("es".to_string(), "Salud del corazón.".to_string()),
        ]
        .into(),
    }
}

fn licence() -> CredentialDraft {
    CredentialDraft {
        kind: "licence".into(),
        issuer: "NYSED".into(),
        number: "312456".into(),
        jurisdiction: "us-ny".into(),
        valid_from: "2026-01-01".into(),
        valid_to: "2028-12-31".into(),
    }
}

async fn add_plan(db: &Db) {
    let mut tx = db.begin_write().await.unwrap();
    sqlx::query("INSERT INTO insurance_plans (code, name) VALUES ('harbor_ppo', 'Harbor PPO')")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

async fn count(db: &Db, sql: &str) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let n = sqlx::query(sql)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get::<i64, _>(0);
    tx.commit().await.unwrap();
    n
}

async fn audited(db: &Db, action: &str, id: i64) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let n = sqlx::query(
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 AND object_id = $2 \
         AND outcome = 'success'",
    )
    .bind(action)
    .bind(id.to_string())
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get::<i64, _>("n");
    tx.commit().await.unwrap();
    n
}

fn at_location(location_id: i64) -> Filters {
    Filters {
        location_id: Some(location_id),
        page: 1,
        ..Filters::default()
    }
}

fn named(name: &str) -> Filters {
    Filters {
        name: Some(name.into()),
        page: 1,
        ..Filters::default()
    }
}

db_test!(
    a_location_is_created_edited_and_deactivated_with_its_history_kept,
    |t| async move {
        let db = &t.db;
        let office = office(db).await;
        add_plan(db).await;
        let id = locations::save(db, &office, None, &harbor_clinic(), NOW)
            .await
            .unwrap();
        let record = locations::get(db, &office, id).await.unwrap();
        assert!(record.active);
        assert_eq!(record.draft.name, "Harbor Clinic");
        assert_eq!(record.draft.hours[0], DayHours::new("08:00", "17:00"));
        assert_eq!(record.draft.hours[6], DayHours::default());

        // Edited: a new name, Saturday mornings, Friday closed.
        let mut edited = harbor_clinic();
        edited.name = "Harbor Heart Center".into();
        edited.hours[4] = DayHours::default();
        edited.hours[5] = DayHours::new("09:00", "12:30");
        locations::save(db, &office, Some(id), &edited, NOW)
            .await
            .unwrap();
        let record = locations::get(db, &office, id).await.unwrap();
        assert_eq!(record.draft.name, "Harbor Heart Center");
        assert_eq!(record.draft.hours[4], DayHours::default());
        assert_eq!(record.draft.hours[5], DayHours::new("09:00", "12:30"));

        // A provider who works only there is found by the public directory.
        let provider = providers::save(db, &office, None, &doctor(id), NOW)
            .await
            .unwrap();
        let found = directory::search(db, &at_location(id)).await.unwrap();
        assert_eq!(found.total, 1);
        assert_eq!(found.results[0].id, provider);
        assert_eq!(
            directory::search(db, &named("Okafor")).await.unwrap().total,
            1
        );
        assert!(directory::choices(db)
            .await
            .unwrap()
            .locations
            .iter()
            .any(|(l, _, _)| *l == id));

        // Deactivated: gone from search and the search form's choices, with nothing deleted.
        locations::set_active(db, &office, id, false, NOW)
            .await
            .unwrap();
        locations::set_active(db, &office, id, false, NOW)
            .await
            .unwrap();
        assert_eq!(
            directory::search(db, &at_location(id)).await.unwrap().total,
            0
        );
        assert_eq!(
            directory::search(db, &named("Okafor")).await.unwrap().total,
            0
        );
        assert!(!directory::choices(db)
            .await
            .unwrap()
            .locations
            .iter()
            .any(|(l, _, _)| *l == id));
        let listed = locations::list(db, &office).await.unwrap();
        let line = listed.iter().find(|l| l.id == id).unwrap();
        assert!(!line.active, "still listed, marked inactive");
        assert_eq!(line.providers, 1);
        assert!(!locations::get(db, &office, id).await.unwrap().active);
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM location_hours").await,
            5,
            "its hours stay"
        );
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM provider_locations").await,
            1,
            "its providers stay"
        );
        // The provider keeps the deactivated location on an edit, but nobody new is added to it.
        providers::save(db, &office, Some(provider), &doctor(id), NOW)
            .await
            .unwrap();

        // Reactivated: back in the directory.
        locations::set_active(db, &office, id, true, NOW)
            .await
            .unwrap();
        assert_eq!(
            directory::search(db, &at_location(id)).await.unwrap().total,
            1
        );

        for action in ["location_create", "location_update", "location_reactivate"] {
            assert_eq!(audited(db, action, id).await, 1, "{action}");
        }
        assert_eq!(
            audited(db, "location_deactivate", id).await,
            1,
            "a repeated deactivation records nothing"
        );
        assert!(audit::verify(db, &backend::keys::Keys::demo().audit)
            .await
            .unwrap()
            .problems
            .is_empty());
    }
);

db_test!(location_fields_are_checked_one_by_one, |t| async move {
    let db = &t.db;
    let office = office(db).await;
    let mut draft = harbor_clinic();
    draft.name = "   ".into();
    draft.time_zone = "America/Atlantis".into();
    draft.hours[2] = DayHours::new("18:00", "09:00");
    draft.hours[3] = DayHours::new("09:00", "");
    let refused = locations::save(db, &office, None, &draft, NOW).await;
    let Err(LocationError::Invalid(problems)) = refused else {
        panic!("{refused:?}");
    };
    assert_eq!(
        problems,
        vec![
            LocationProblem::NameMissing,
            LocationProblem::TimeZoneUnknown,
            LocationProblem::ClosesBeforeOpens { weekday: 3 },
            LocationProblem::HoursIncomplete { weekday: 4 },
        ]
    );
    assert_eq!(count(db, "SELECT COUNT(*) FROM locations").await, 0);

    // A zone is stored by its canonical name, whatever its letter case.
    let mut lower = harbor_clinic();
    lower.time_zone = "america/chicago".into();
    let id = locations::save(db, &office, None, &lower, NOW)
        .await
        .unwrap();
    assert_eq!(
        locations::get(db, &office, id)
            .await
            .unwrap()
            .draft
            .time_zone,
        "America/Chicago"
    );
    let refused = locations::save(db, &office, Some(id), &draft, NOW).await;
    assert!(
        matches!(refused, Err(LocationError::Invalid(_))),
        "{refused:?}"
    );
    assert_eq!(
        locations::get(db, &office, id).await.unwrap().draft.name,
        "Harbor Clinic",
        "a refused edit changes nothing"
    );
    let missing = locations::save(db, &office, Some(999_999), &harbor_clinic(), NOW).await;
    assert!(
        matches!(missing, Err(LocationError::NotFound)),
        "{missing:?}"
    );

    // The database refuses what slips past the checks.
    let mut tx = db.begin_write().await.unwrap();
    let backstop = sqlx::query(
        "INSERT INTO location_hours (location_id, weekday, opens, closes) \
             VALUES ($1, 7, '17:00', '09:00')",
    )
    .bind(id)
    .execute(&mut *tx)
    .await;
    assert!(backstop.is_err());
    drop(tx);
});

db_test!(
    a_provider_is_created_edited_and_deactivated,
    |t| async move {
        let db = &t.db;
        let office = office(db).await;
        add_plan(db).await;
        let harbor = locations::save(db, &office, None, &harbor_clinic(), NOW)
            .await
            .unwrap();
        let mut closed_draft = harbor_clinic();
        closed_draft.name = "Old Annex".into();
        let closed = locations::save(db, &office, None, &closed_draft, NOW)
            .await
            .unwrap();
        locations::set_active(db, &office, closed, false, NOW)
            .await
            .unwrap();

        let id = providers::save(db, &office, None, &doctor(harbor), NOW)
            .await
            .unwrap();
        let record = providers::get(db, &office, id).await.unwrap();
        assert!(record.active);
        assert_eq!(
            record.draft.specialties,
            ["cardiology", "internal_medicine"]
        );
        assert_eq!(record.draft.languages, ["en", "fr"]);
        assert_eq!(record.draft.plans, ["harbor_ppo"]);
        assert_eq!(record.draft.locations, [harbor]);
        assert_eq!(record.draft.bios.get("es").unwrap(), "Salud del corazón.");
        assert_eq!(record.draft.gender, "female");

        let mut edited = doctor(harbor);
        edited.family_name = "Okafor-Reid".into();
        edited.suffix = String::new();
        edited.gender = String::new();
        edited.telehealth = false;
        edited.specialties = vec!["cardiology".into()];
        edited.plans = vec![];
        edited.bios.insert("es".into(), "  ".into());
        providers::save(db, &office, Some(id), &edited, NOW)
            .await
            .unwrap();
        let record = providers::get(db, &office, id).await.unwrap();
        assert_eq!(record.draft.family_name, "Okafor-Reid");
        assert_eq!(record.draft.suffix, "");
        assert_eq!(record.draft.gender, "");
        assert!(!record.draft.telehealth);
        assert_eq!(record.draft.specialties, ["cardiology"]);
        assert!(record.draft.plans.is_empty());
        assert!(
            !record.draft.bios.contains_key("es"),
            "an emptied bio is removed"
        );

        // A deactivated location cannot be added.
        let mut moved = edited.clone();
        moved.locations = vec![harbor, closed];
        let refused = providers::save(db, &office, Some(id), &moved, NOW).await;
        let Err(ProviderError::Invalid(problems)) = refused else {
            panic!("{refused:?}");
        };
        assert_eq!(problems, vec![ProviderProblem::LocationUnavailable]);

        // Found by name in the office's list and the public directory, until deactivated.
        let listed = providers::list(db, &office, "okafor").await.unwrap();
        assert_eq!(listed.total, 1);
        assert_eq!(listed.lines[0].id, id);
        assert_eq!(
            providers::list(db, &office, "nobody").await.unwrap().total,
            0
        );
        assert_eq!(providers::list(db, &office, "50%").await.unwrap().total, 0);
        assert_eq!(
            directory::search(db, &named("Okafor")).await.unwrap().total,
            1
        );
        providers::set_active(db, &office, id, false, NOW)
            .await
            .unwrap();
        assert_eq!(
            directory::search(db, &named("Okafor")).await.unwrap().total,
            0
        );
        assert!(directory::profile(db, id, "en").await.unwrap().is_none());
        let listed = providers::list(db, &office, "").await.unwrap();
        assert!(!listed.lines.iter().find(|l| l.id == id).unwrap().active);
        assert!(!providers::get(db, &office, id).await.unwrap().active);
        providers::set_active(db, &office, id, true, NOW)
            .await
            .unwrap();
        assert_eq!(
            directory::search(db, &named("Okafor")).await.unwrap().total,
            1
        );

        for action in [
            "provider_create",
            "provider_update",
            "provider_deactivate",
            "provider_reactivate",
        ] {
            assert_eq!(audited(db, action, id).await, 1, "{action}");
        }
        assert!(audit::verify(db, &backend::keys::Keys::demo().audit)
            .await
            .unwrap()
            .problems
            .is_empty());
    }
);

db_test!(provider_fields_are_checked_one_by_one, |t| async move {
    let db = &t.db;
    let office = office(db).await;
    let harbor = locations::save(db, &office, None, &harbor_clinic(), NOW)
        .await
        .unwrap();
    let mut draft = doctor(harbor);
    draft.given_name = String::new();
    draft.role = String::new();
    draft.in_person = false;
    draft.telehealth = false;
    draft.specialties.push("astrology".into());
    draft.languages.push("klingon".into());
    draft.locations.push(999_999);
    let refused = providers::save(db, &office, None, &draft, NOW).await;
    let Err(ProviderError::Invalid(problems)) = refused else {
        panic!("{refused:?}");
    };
    assert_eq!(
        problems,
        vec![
            ProviderProblem::GivenNameMissing,
            ProviderProblem::RoleMissing,
            ProviderProblem::VisitModeMissing,
            ProviderProblem::SpecialtyUnknown,
            ProviderProblem::LanguageUnknown,
            // No plan was added to this database.
            ProviderProblem::PlanUnknown,
            ProviderProblem::LocationUnavailable,
        ]
    );
    assert_eq!(count(db, "SELECT COUNT(*) FROM providers").await, 0);
    let missing = providers::save(db, &office, Some(999_999), &doctor(harbor), NOW).await;
    assert!(
        matches!(missing, Err(ProviderError::NotFound)),
        "{missing:?}"
    );
});

db_test!(
    credentials_start_pending_and_are_corrected_until_verified,
    |t| async move {
        let db = &t.db;
        let office = office(db).await;
        add_plan(db).await;
        let harbor = locations::save(db, &office, None, &harbor_clinic(), NOW)
            .await
            .unwrap();
        let provider = providers::save(db, &office, None, &doctor(harbor), NOW)
            .await
            .unwrap();
        let id = credentials::add(db, &office, provider, &licence(), NOW)
            .await
            .unwrap();
        let record = providers::get(db, &office, provider).await.unwrap();
        assert_eq!(record.credentials.len(), 1);
        assert_eq!(record.credentials[0].status, CredentialStatus::Pending);
        assert_eq!(record.credentials[0].jurisdiction.as_deref(), Some("US-NY"));
        let dashboard = credentials::dashboard(db, &office, NOW).await.unwrap();
        assert!(dashboard
            .iter()
            .any(|line| line.credential_id == id && line.status == CredentialStatus::Pending));

        let mut wrong = licence();
        wrong.issuer = String::new();
        wrong.jurisdiction = String::new();
        wrong.valid_to = "2025-12-31".into();
        let refused = credentials::add(db, &office, provider, &wrong, NOW).await;
        let Err(CredentialError::Invalid(problems)) = refused else {
            panic!("{refused:?}");
        };
        assert_eq!(
            problems,
            vec![
                CredentialProblem::IssuerMissing,
                CredentialProblem::JurisdictionMissing,
                CredentialProblem::EndsBeforeStart,
            ]
        );
        let missing = credentials::add(db, &office, 999_999, &licence(), NOW).await;
        assert!(
            matches!(missing, Err(CredentialError::NotFound)),
            "{missing:?}"
        );

        let mut corrected = licence();
        corrected.number = "312457".into();
        assert_eq!(
            credentials::edit_pending(db, &office, id, &corrected, NOW)
                .await
                .unwrap(),
            provider
        );
        let record = providers::get(db, &office, provider).await.unwrap();
        assert_eq!(record.credentials[0].number, "312457");

        credentials::change_status(db, &office, id, CredentialStatus::Verified, "NYSED", NOW)
            .await
            .unwrap();
        let refused = credentials::edit_pending(db, &office, id, &licence(), NOW).await;
        assert!(
            matches!(refused, Err(CredentialError::NotPending)),
            "{refused:?}"
        );

        // The database refuses a licence without a jurisdiction however it arrives.
        let mut tx = db.begin_write().await.unwrap();
        let backstop = sqlx::query(
            "INSERT INTO credentials (provider_id, kind, issuer, number, valid_from, valid_to, \
             created_at, updated_at) VALUES ($1, 'licence', 'X', '1', '2026-01-01', \
             '2027-01-01', 0, 0)",
        )
        .bind(provider)
        .execute(&mut *tx)
        .await;
        assert!(backstop.is_err());
        drop(tx);

        assert_eq!(audited(db, "credential_add", id).await, 1);
        assert_eq!(audited(db, "credential_edit", id).await, 1);
    }
);

db_test!(
    patients_and_front_desk_are_refused_and_nothing_changes,
    |t| async move {
        let db = &t.db;
        let office = office(db).await;
        add_plan(db).await;
        let harbor = locations::save(db, &office, None, &harbor_clinic(), NOW)
            .await
            .unwrap();
        let provider = providers::save(db, &office, None, &doctor(harbor), NOW)
            .await
            .unwrap();
        let credential = credentials::add(db, &office, provider, &licence(), NOW)
            .await
            .unwrap();
        let desk = staff_member(db, "desk@example.org", Role::FrontDesk, PASSWORD, NOW).await;
        let doctor_account =
            staff_member(db, "dr@example.org", Role::Provider, PASSWORD, NOW).await;
        let patient = patient(db).await;
        let changes_before = count(db, "SELECT COUNT(*) FROM audit_log").await;
        for actor in [&patient, &desk, &doctor_account] {
            let who = &actor.roles;
            assert!(
                matches!(
                    locations::list(db, actor).await,
                    Err(LocationError::NotFound)
                ),
                "{who:?}"
            );
            assert!(matches!(
                locations::get(db, actor, harbor).await,
                Err(LocationError::NotFound)
            ));
            assert!(matches!(
                locations::save(db, actor, None, &harbor_clinic(), NOW).await,
                Err(LocationError::NotFound)
            ));
            assert!(matches!(
                locations::save(db, actor, Some(harbor), &harbor_clinic(), NOW).await,
                Err(LocationError::NotFound)
            ));
            assert!(matches!(
                locations::set_active(db, actor, harbor, false, NOW).await,
                Err(LocationError::NotFound)
            ));
            assert!(matches!(
                providers::list(db, actor, "").await,
                Err(ProviderError::NotFound)
            ));
            assert!(matches!(
                providers::get(db, actor, provider).await,
                Err(ProviderError::NotFound)
            ));
            assert!(matches!(
                providers::choices(db, actor).await,
                Err(ProviderError::NotFound)
            ));
            assert!(matches!(
                providers::save(db, actor, None, &doctor(harbor), NOW).await,
                Err(ProviderError::NotFound)
            ));
            assert!(matches!(
                providers::save(db, actor, Some(provider), &doctor(harbor), NOW).await,
                Err(ProviderError::NotFound)
            ));
            assert!(matches!(
                providers::set_active(db, actor, provider, false, NOW).await,
                Err(ProviderError::NotFound)
            ));
            assert!(matches!(
                credentials::add(db, actor, provider, &licence(), NOW).await,
                Err(CredentialError::NotFound)
            ));
            assert!(matches!(
                credentials::edit_pending(db, actor, credential, &licence(), NOW).await,
                Err(CredentialError::NotFound)
            ));
        }
        assert_eq!(count(db, "SELECT COUNT(*) FROM locations").await, 1);
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM providers WHERE active = 1").await,
            1
        );
        assert_eq!(count(db, "SELECT COUNT(*) FROM credentials").await, 1);
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM audit_log").await,
            changes_before,
            "refusals change nothing"
        );

        // A system administrator keeps the directory too, as with credentials.
        let admin =
            staff_member(db, "sysadmin@example.org", Role::SystemAdmin, PASSWORD, NOW).await;
        locations::set_active(db, &admin, harbor, false, NOW)
            .await
            .unwrap();
    }
);
