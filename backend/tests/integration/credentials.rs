use crate::db_test;
use backend::{
    accounts::{self, NewUser},
    audit, credentials,
    db::Db,
};
use domain::{
    accounts::Role,
    time::{UtcMillis, DAY_MS},
};
use sqlx::Row;

/// 2026-03-01 03:30 UTC: already March in UTC, still 28 February in Chicago.
const EARLY_MARCH_UTC: UtcMillis = UtcMillis(1_772_335_800_000);

/// One provider at one Chicago location with one verified licence ending on `valid_to`.
async fn provider_with_licence(db: &Db, valid_to: &str) -> i64 {
    let admin = accounts::create_user(
        db,
        &NewUser {
            email: "verifier@example.org",
            display_name: "Verifier",
            password: "a long and unusual passphrase",
            preferred_locale: None,
            roles: &[Role::CredentialingAdmin],
        },
        EARLY_MARCH_UTC,
    )
    .await
    .unwrap();
    let mut tx = db.begin_write().await.unwrap();
    let location: i64 = sqlx::query(
        "INSERT INTO locations (name, street, city, jurisdiction, postcode, latitude, longitude, \
         phone, time_zone, created_at) VALUES ('Loop Clinic', '1 State St', 'Chicago', 'US-IL', \
         '60601', 41.88, -87.62, '312-555-0100', 'America/Chicago', 0) RETURNING id",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get("id");
    let provider: i64 = sqlx::query(
        "INSERT INTO providers (given_name, family_name, role, created_at) \
         VALUES ('Ada', 'Example', 'physician', 0) RETURNING id",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get("id");
    sqlx::query("INSERT INTO provider_locations (provider_id, location_id) VALUES ($1, $2)")
        .bind(provider)
        .bind(location)
        .execute(&mut *tx)
        .await
        .unwrap();
    let credential: i64 = sqlx::query(
        "INSERT INTO credentials (provider_id, kind, issuer, number, jurisdiction, valid_from, \
         valid_to, status, verified_by, verified_at, created_at, updated_at) VALUES ($1, \
         'licence', 'IDFPR', '036-000001', 'US-IL', '2024-01-01', $2, 'verified', $3, 0, 0, 0) \
         RETURNING id",
    )
    .bind(provider)
    .bind(valid_to)
    .bind(admin)
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get("id");
    tx.commit().await.unwrap();
    credential
}

async fn status(db: &Db, id: i64) -> String {
    let mut tx = db.begin_read().await.unwrap();
    let status = sqlx::query("SELECT status FROM credentials WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("status");
    tx.commit().await.unwrap();
    status
}

db_test!(
    credentials_expire_once_after_their_last_local_day,
    |t| async move {
        let db = &t.db;
        let id = provider_with_licence(db, "2026-02-28").await;
        // 28 February is still today in Chicago: not expired yet.
        assert_eq!(
            credentials::expire_due(db, EARLY_MARCH_UTC).await.unwrap(),
            0
        );
        assert_eq!(status(db, id).await, "verified");
        let next_day = UtcMillis(EARLY_MARCH_UTC.0 + DAY_MS);
        assert_eq!(credentials::expire_due(db, next_day).await.unwrap(), 1);
        assert_eq!(status(db, id).await, "expired");
        assert_eq!(
            credentials::expire_due(db, next_day).await.unwrap(),
            0,
            "idempotent"
        );
        let report = audit::verify(db, &backend::keys::Keys::demo().audit)
            .await
            .unwrap();
        assert!(report.problems.is_empty());
        let mut tx = db.begin_read().await.unwrap();
        let audited: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'credential_expired' \
             AND object_id = $1",
        )
        .bind(id.to_string())
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("n");
        tx.commit().await.unwrap();
        assert_eq!(audited, 1);
    }
);
