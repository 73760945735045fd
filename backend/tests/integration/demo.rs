use crate::{db_test, harness::one_step};
use backend::{
    accounts,
    actor::Client,
    db::Db,
    demo::{self, DemoLoad},
    scheduling::{self, BookingRequest},
};
use domain::{
    appointments::{VisitMode, VisitType},
    locale::Locale,
    time::{date_plus_days, UtcMillis, DAY_MS},
};
use sqlx::Row;

db_test!(demo_data_loads_once_and_is_detectable, |t| async move {
    assert!(!demo::is_loaded(&t.db).await.unwrap());
    assert_eq!(
        demo::load(&t.db, UtcMillis(1)).await.unwrap(),
        DemoLoad::Loaded
    );
    assert!(demo::is_loaded(&t.db).await.unwrap());
    assert_eq!(
        demo::load(&t.db, UtcMillis(2)).await.unwrap(),
        DemoLoad::AlreadyPresent
    );
});

db_test!(
    the_demo_never_loads_into_a_database_with_accounts,
    |t| async move {
        let db = &t.db;
        accounts::create_user(
            db,
            &accounts::NewUser {
                email: "someone@clinic.example",
                display_name: "A Real Person",
                password: "a long and unusual passphrase",
                preferred_locale: None,
                roles: &[domain::accounts::Role::SystemAdmin],
            },
            UtcMillis(1),
        )
        .await
        .unwrap();
        let refused = demo::load(db, UtcMillis(2)).await;
        assert!(
            matches!(refused, Err(demo::DemoError::NotEmpty)),
            "{refused:?}"
        );
        assert_eq!(number(db, "SELECT COUNT(*) FROM users", &[]).await, 1);
        assert!(!demo::is_loaded(db).await.unwrap());
        let generated = demo::bulk::add_patients(db, 2, UtcMillis(3)).await;
        assert!(matches!(generated, Err(demo::DemoError::NotADemoDatabase)));
        assert_eq!(number(db, "SELECT COUNT(*) FROM users", &[]).await, 1);
    }
);

db_test!(
    a_demo_load_that_fails_half_way_leaves_nothing,
    |t| async move {
        let db = &t.db;
        // A row the directory part of the load will collide with, after the accounts are made.
        let mut tx = db.begin_write().await.unwrap();
        sqlx::query("INSERT INTO insurance_plans (code, name) VALUES ('harbor_health_ppo', 'x')")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert!(demo::load(db, UtcMillis(1)).await.is_err());
        assert_eq!(
            number(db, "SELECT COUNT(*) FROM users", &[]).await,
            0,
            "no demo account is left without the marker"
        );
        assert_eq!(number(db, "SELECT COUNT(*) FROM patients", &[]).await, 0);
        assert!(!demo::is_loaded(db).await.unwrap());
    }
);

/// 2026-11-25T10:28:30Z, a Wednesday.
const NOW: UtcMillis = UtcMillis(1_795_602_510_000);

/// The directory's tables, for counting before and after.
const DIRECTORY_TABLES: [&str; 11] = [
    "insurance_plans",
    "postcodes",
    "locations",
    "location_hours",
    "providers",
    "provider_bios",
    "provider_specialties",
    "provider_locations",
    "provider_languages",
    "provider_plans",
    "credentials",
];

/// The single integer a query returns, bound to `args` in order.
async fn number(db: &Db, sql: &str, args: &[&str]) -> i64 {
    let mut query = sqlx::query(sql);
    for arg in args {
        query = query.bind(*arg);
    }
    let mut tx = db.begin_read().await.unwrap();
    let row = query.fetch_one(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    row.try_get(0).unwrap()
}

async fn table_counts(db: &Db) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in DIRECTORY_TABLES {
        counts.push(number(db, &format!("SELECT COUNT(*) FROM {table}"), &[]).await);
    }
    counts
}

db_test!(
    demo_directory_has_locations_providers_and_bios,
    |t| async move {
        demo::load(&t.db, NOW).await.unwrap();
        let db = &t.db;
        assert_eq!(number(db, "SELECT COUNT(*) FROM locations", &[]).await, 6);
        assert_eq!(
            number(db, "SELECT COUNT(DISTINCT time_zone) FROM locations", &[]).await,
            2
        );
        assert_eq!(
            number(
                db,
                "SELECT COUNT(DISTINCT jurisdiction) FROM locations",
                &[]
            )
            .await,
            2
        );
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM locations l WHERE NOT EXISTS (SELECT 1 FROM postcodes p \
             WHERE p.postcode = l.postcode) OR NOT EXISTS (SELECT 1 FROM location_hours h \
             WHERE h.location_id = l.id AND h.weekday = 1)",
                &[]
            )
            .await,
            0,
            "every location's postcode is known and it opens on Mondays"
        );
        assert!(number(db, "SELECT COUNT(*) FROM postcodes", &[]).await >= 26);
        assert!(number(db, "SELECT COUNT(*) FROM insurance_plans", &[]).await >= 6);
        assert!(number(db, "SELECT COUNT(*) FROM providers", &[]).await >= 40);
        assert!(
            number(
                db,
                "SELECT COUNT(DISTINCT specialty_code) FROM provider_specialties",
                &[]
            )
            .await
                >= 12
        );
        assert!(
            number(
                db,
                "SELECT COUNT(DISTINCT language) FROM provider_languages",
                &[]
            )
            .await
                >= 8
        );
        for languages in [&["es"][..], &["ar"], &["zh", "yue"], &["vi"]] {
            let speakers = number(
                db,
                "SELECT COUNT(*) FROM provider_languages WHERE language = $1 OR language = $2",
                &[languages[0], languages.last().unwrap()],
            )
            .await;
            assert!(speakers > 0, "someone speaks {languages:?}");
        }
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM providers p WHERE (SELECT COUNT(DISTINCT locale) \
             FROM provider_bios b WHERE b.provider_id = p.id AND b.locale IN \
             ('en', 'es', 'ar', 'zh-CN', 'vi')) <> 5",
                &[]
            )
            .await,
            0,
            "every provider has a bio in each locale"
        );
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM providers p WHERE p.active = 1 AND NOT EXISTS \
             (SELECT 1 FROM provider_languages l WHERE l.provider_id = p.id AND l.language = 'en')",
                &[]
            )
            .await,
            0,
            "every active provider speaks English"
        );
        assert_eq!(
        number(
            db,
            "SELECT COUNT(*) FROM providers p WHERE NOT EXISTS (SELECT 1 FROM provider_locations \
             pl WHERE pl.provider_id = p.id) OR (SELECT COUNT(*) FROM provider_plans pp \
             WHERE pp.provider_id = p.id) NOT BETWEEN 2 AND 4",
            &[]
        )
        .await,
        0,
        "every provider works somewhere and takes two to four plans"
    );
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM providers p JOIN users u ON u.id = p.user_id \
             WHERE u.email_key = 'dr.lee@demo.test'",
                &[]
            )
            .await,
            1,
            "the demo provider account is in the directory"
        );
    }
);

db_test!(
    demo_credentials_cover_locations_and_the_dashboard_bands,
    |t| async move {
        demo::load(&t.db, NOW).await.unwrap();
        let db = &t.db;
        assert_eq!(
        number(
            db,
            "SELECT COUNT(*) FROM provider_locations pl JOIN locations l ON l.id = pl.location_id \
             WHERE NOT EXISTS (SELECT 1 FROM credentials c WHERE c.provider_id = pl.provider_id \
             AND c.kind = 'licence' AND c.jurisdiction = l.jurisdiction)",
            &[]
        )
        .await,
        0,
        "every provider has a licence for each of its locations' jurisdictions"
    );
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM credentials c WHERE c.status = 'verified' AND \
             (c.verified_by IS NULL OR c.verified_by <> \
             (SELECT id FROM users WHERE email_key = 'admin@demo.test'))",
                &[]
            )
            .await,
            0,
            "the credentialing admin verified every verified credential"
        );
        let today = demo::today(NOW).unwrap();
        let day = |days| date_plus_days(&today, days).unwrap();
        let (yesterday, in_30, in_60, in_90) = (day(-1), day(30), day(60), day(90));
        assert_eq!(yesterday, "2026-11-24");
        let expired_yesterday = "SELECT COUNT(*) FROM credentials c JOIN provider_locations pl \
        ON pl.provider_id = c.provider_id JOIN locations l ON l.id = pl.location_id \
        WHERE c.kind = 'licence' AND c.status = 'verified' AND c.valid_to = $1 \
        AND c.jurisdiction = l.jurisdiction AND NOT EXISTS (SELECT 1 FROM credentials o \
        WHERE o.provider_id = c.provider_id AND o.kind = 'licence' AND o.id <> c.id \
        AND o.jurisdiction = l.jurisdiction)";
        assert!(
            number(db, expired_yesterday, &[&yesterday]).await >= 1,
            "a provider's only licence for their location expired yesterday, still verified"
        );
        let by_status = "SELECT COUNT(*) FROM credentials WHERE kind = $1 AND status = $2";
        for (kind, status) in [
            ("licence", "pending"),
            ("board_certification", "expired"),
            ("registration", "revoked"),
        ] {
            assert!(
                number(db, by_status, &[kind, status]).await >= 1,
                "a {status} {kind}"
            );
        }
        let expiring = "SELECT COUNT(*) FROM credentials \
        WHERE status = 'verified' AND valid_to > $1 AND valid_to <= $2";
        for (from, to) in [(&today, &in_30), (&in_30, &in_60), (&in_60, &in_90)] {
            assert!(
                number(db, expiring, &[from, to]).await >= 1,
                "a credential expires after {from}, by {to}"
            );
        }
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM credentials WHERE valid_to < $1 AND status = 'verified' \
             AND valid_to <> $2",
                &[&today, &yesterday]
            )
            .await,
            0,
            "no other verified credential is already out of date"
        );
    }
);

db_test!(demo_directory_loads_once, |t| async move {
    demo::load(&t.db, NOW).await.unwrap();
    let before = table_counts(&t.db).await;
    assert!(before.iter().all(|n| *n > 0), "{before:?}");
    assert_eq!(
        demo::load(&t.db, UtcMillis(NOW.0 + DAY_MS)).await.unwrap(),
        DemoLoad::AlreadyPresent
    );
    assert_eq!(table_counts(&t.db).await, before);
});

db_test!(
    generated_providers_have_free_times_and_generated_patients_can_book_them,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        demo::bulk::add_providers(db, 3, NOW).await.unwrap();
        demo::bulk::add_patients(db, 2, NOW).await.unwrap();
        // A second call numbers on.
        demo::bulk::add_patients(db, 1, NOW).await.unwrap();

        let mut tx = db.begin_read().await.unwrap();
        let places: Vec<(i64, i64)> = sqlx::query(
            "SELECT pl.provider_id, pl.location_id FROM provider_locations pl \
             JOIN credentials c ON c.provider_id = pl.provider_id \
             WHERE c.issuer = 'Generated board' ORDER BY pl.provider_id",
        )
        .fetch_all(&mut *tx)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get("provider_id"), r.get("location_id")))
        .collect();
        let patients: Vec<(i64, String)> = sqlx::query(
            "SELECT p.id, u.email_key FROM patients p JOIN users u ON u.id = p.user_id \
             WHERE u.email_key LIKE '%@generated.test' ORDER BY p.id",
        )
        .fetch_all(&mut *tx)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get("id"), r.get("email_key")))
        .collect();
        tx.commit().await.unwrap();
        assert_eq!(places.len(), 3);
        let emails: Vec<&str> = patients.iter().map(|(_, e)| e.as_str()).collect();
        assert_eq!(
            emails,
            [
                "patient0@generated.test",
                "patient1@generated.test",
                "patient2@generated.test"
            ]
        );

        for &(provider, location) in &places {
            assert_eq!(
                number(
                    db,
                    &format!("SELECT COUNT(*) FROM weekly_hours WHERE provider_id = {provider}"),
                    &[]
                )
                .await,
                10,
                "Monday to Friday, morning and afternoon"
            );
            let verdicts = scheduling::bookability_at(db, provider, false, NOW)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(verdicts, vec![(location, Ok(()))]);
            let (_, free) = scheduling::free_slots(db, provider, location, None, 7, NOW)
                .await
                .unwrap()
                .unwrap();
            // Five days of six morning and eight afternoon half hours, less what has passed.
            assert!(free.len() >= 4 * 14, "{} free times", free.len());
        }

        // A generated patient signs in with the demo password, and front desk books for them.
        let client = Client::new("10.0.0.2", "test");
        let patient = one_step(accounts::sign_in(
            db,
            "patient2@generated.test",
            demo::PATIENT_PASSWORD,
            client.clone(),
            NOW,
        ))
        .await
        .unwrap()
        .actor;
        assert_eq!(patient.patient_id, Some(patients[2].0));
        let desk = one_step(accounts::sign_in(
            db,
            "desk@demo.test",
            demo::STAFF_PASSWORD,
            client,
            NOW,
        ))
        .await
        .unwrap()
        .actor;
        let (provider_id, location_id) = places[0];
        let (_, free) = scheduling::free_slots(db, provider_id, location_id, None, 14, NOW)
            .await
            .unwrap()
            .unwrap();
        let slot = free
            .iter()
            .find(|s| s.start.0 > NOW.0 + 4 * DAY_MS)
            .unwrap();
        scheduling::book(
            db,
            &desk,
            &BookingRequest {
                patient_id: Some(patients[0].0),
                provider_id,
                location_id,
                starts_at: slot.start,
                visit_mode: VisitMode::InPerson,
                visit_type: VisitType::FollowUp,
                reason: "Generated",
                idempotency_key: "generated-000000001",
                origin: "https://portal.example.org",
                locale: Locale::En,
            },
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(
            number(
                db,
                "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.recipient_user_id \
                 WHERE u.email_key = $1",
                &["patient0@generated.test"]
            )
            .await,
            3,
            "the confirmation and two reminders"
        );
    }
);
