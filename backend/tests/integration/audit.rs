use crate::db_test;
use backend::{
    accounts::{self, NewUser},
    actor::{Actor, Client},
    audit::{self, AuditFilter, Entry, Outcome},
    db::Db,
    keys::Keys,
};
use domain::{accounts::Role, audit::AuditAction, time::UtcMillis};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use sqlx::Row;

async fn append_many(db: &backend::db::Db, count: usize, start: i64) {
    let client = Client::new("192.0.2.1", "test");
    for n in 0..count {
        let mut tx = db.begin_write().await.unwrap();
        audit::append(
            &mut tx,
            UtcMillis(start + n as i64),
            &Entry {
                actor_user_id: Some(1),
                on_behalf_of_patient_id: None,
                action: AuditAction::AppointmentRead,
                object_type: "appointment",
                object_id: Some(n.to_string()),
                patient_id: Some(7),
                outcome: Outcome::Success,
                client: &client,
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
}

db_test!(
    the_chain_verifies_and_sign_ins_are_recorded,
    |t| async move {
        accounts::create_user(
            &t.db,
            &NewUser {
                email: "audit@example.org",
                display_name: "A",
                password: "a long and unusual passphrase",
                preferred_locale: None,
                roles: &[Role::Patient],
            },
            UtcMillis(1),
        )
        .await
        .unwrap();
        accounts::sign_in(
            &t.db,
            "audit@example.org",
            "a long and unusual passphrase",
            Client::new("a", "b"),
            UtcMillis(2),
        )
        .await
        .unwrap();
        append_many(&t.db, 3, 10).await;
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(report.rows, 4);
        assert!(report.problems.is_empty(), "{:?}", report.problems);
    }
);

db_test!(appends_from_two_processes_keep_one_chain, |t| async move {
    let second = t.second_pool().await;
    let (a, b) = (t.db.clone(), second.clone());
    let one = tokio::spawn(async move { append_many(&a, 25, 0).await });
    let two = tokio::spawn(async move { append_many(&b, 25, 1_000).await });
    one.await.unwrap();
    two.await.unwrap();
    let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
    assert_eq!(report.rows, 50);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    second.close().await;
});

db_test!(
    the_log_refuses_changes_and_verify_finds_tampering,
    |t| async move {
        append_many(&t.db, 5, 0).await;
        let mut tx = t.db.begin_write().await.unwrap();
        let update = sqlx::query("UPDATE audit_log SET action = 'nothing' WHERE seq = 2")
            .execute(&mut *tx)
            .await;
        assert!(update.is_err(), "the trigger keeps the log append-only");
        drop(tx);

        // Someone with direct database access removes the guard and edits a row, then deletes one.
        let mut tx = t.db.begin_write().await.unwrap();
        let drop_guard = match t.db.kind() {
            backend::db::DbKind::Sqlite => "DROP TRIGGER audit_log_no_update",
            backend::db::DbKind::Postgres => "DROP TRIGGER audit_log_no_change ON audit_log",
        };
        sqlx::query(drop_guard).execute(&mut *tx).await.unwrap();
        sqlx::query("UPDATE audit_log SET patient_id = 8 WHERE seq = 2")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(report.problems, vec!["row 2 was altered".to_string()]);

        let mut tx = t.db.begin_write().await.unwrap();
        if t.db.kind() == backend::db::DbKind::Sqlite {
            sqlx::query("DROP TRIGGER audit_log_no_delete")
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        sqlx::query("DELETE FROM audit_log WHERE seq = 4")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert!(
            report
                .problems
                .contains(&"rows 4 to 4 are missing".to_string()),
            "{:?}",
            report.problems
        );
    }
);

db_test!(
    concurrent_audited_reads_are_each_committed_once_and_chained,
    |t| async move {
        // 60 reads at once, from two pools (two server processes), each recording two rows.
        let second = t.second_pool().await;
        let mut readers = Vec::new();
        for n in 0..60_i64 {
            let db = if n % 2 == 0 {
                t.db.clone()
            } else {
                second.clone()
            };
            readers.push(tokio::spawn(async move {
                let client = Client::new("192.0.2.9", "reader");
                let rows: Vec<Entry> = (0..2)
                    .map(|i| Entry {
                        actor_user_id: Some(1),
                        on_behalf_of_patient_id: None,
                        action: AuditAction::ViewPatientSummary,
                        object_type: "patient",
                        object_id: Some(format!("{n}-{i}")),
                        patient_id: Some(n),
                        outcome: Outcome::Success,
                        client: &client,
                    })
                    .collect();
                audit::record_reads(&db, &rows, UtcMillis(1_800_000_000_000 + n)).await
            }));
        }
        for reader in readers {
            reader.await.unwrap().expect("every read is recorded");
        }
        second.close().await;
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.rows, 120);
        let mut tx = t.db.begin_read().await.unwrap();
        let distinct: i64 = sqlx::query("SELECT COUNT(DISTINCT object_id) AS n FROM audit_log")
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .try_get("n")
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(distinct, 120, "no row written twice");
    }
);

/// Appends a row as another version of the portal could have: an action this version does not
/// know, keyed-hashed over its stored text with the chain's encoding (a JSON array of the fields).
async fn append_as_another_version(db: &Db, action: &str, patient_id: i64, at: UtcMillis) {
    let mut tx = db.begin_write().await.unwrap();
    let head = sqlx::query(
        "UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq, last_hash",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let seq: i64 = head.get("last_seq");
    let prev_hash: String = head.get("last_hash");
    let fields = serde_json::json!([
        prev_hash,
        seq,
        at.0,
        2,
        null,
        action,
        "record",
        "1",
        patient_id,
        "success",
        "192.0.2.3",
        "older version"
    ]);
    let mut mac = Hmac::<Sha256>::new_from_slice(Keys::demo().audit.bytes()).unwrap();
    mac.update(fields.to_string().as_bytes());
    let hash = hex::encode(mac.finalize().into_bytes());
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_user_id, on_behalf_of_patient_id, action, \
         object_type, object_id, patient_id, outcome, client_addr, user_agent, prev_hash, hash, \
         scheme) VALUES ($1, $2, 2, NULL, $3, 'record', '1', $4, 'success', '192.0.2.3', \
         'older version', $5, $6, 'hmac-sha256')",
    )
    .bind(seq)
    .bind(at.0)
    .bind(action)
    .bind(patient_id)
    .bind(&prev_hash)
    .bind(&hash)
    .execute(&mut *tx)
    .await
    .unwrap();
    sqlx::query("UPDATE audit_head SET last_hash = $1 WHERE id = 1")
        .bind(&hash)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

fn actor(user_id: i64, role: Role, patient_id: Option<i64>) -> Actor {
    Actor {
        user_id,
        display_name: "Someone".into(),
        roles: vec![role],
        patient_id,
        preferred_locale: None,
        session_id: String::new(),
        client: Client::new("192.0.2.4", "test"),
        two_factor_needed: false,
    }
}

db_test!(
    a_row_whose_action_this_version_does_not_know_verifies_and_is_listed,
    |t| async move {
        append_many(&t.db, 1, 0).await;
        append_as_another_version(&t.db, "record.print", 7, UtcMillis(5)).await;
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(report.rows, 2);
        assert!(report.problems.is_empty(), "{:?}", report.problems);

        let newest_first = vec![
            Err("record.print".to_string()),
            Ok(AuditAction::AppointmentRead),
        ];
        let patient = actor(70, Role::Patient, Some(7));
        let activity = audit::activity_for_patient(&t.db, &patient, 10)
            .await
            .unwrap();
        let actions: Vec<_> = activity.into_iter().map(|a| a.action).collect();
        assert_eq!(actions, newest_first);

        let admin = actor(71, Role::SystemAdmin, None);
        let rows = audit::search(&t.db, &admin, &AuditFilter::default(), 10, UtcMillis(6))
            .await
            .unwrap();
        let actions: Vec<_> = rows.into_iter().map(|r| r.action).collect();
        assert_eq!(actions, newest_first);
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(report.rows, 3, "the search itself is recorded");
        assert!(report.problems.is_empty(), "{:?}", report.problems);
    }
);

/// What someone with the database could do to the newest row before the chain was keyed: drop the
/// guard, change a field, recompute the row's SHA-256 as `verify` did, and move the head along.
/// `as_plain` also marks the row as one written before the chain was keyed.
async fn rewrite_newest_row_with_a_plain_hash(db: &Db, seq: i64, patient_id: i64, as_plain: bool) {
    let mut tx = db.begin_write().await.unwrap();
    let drop_guard = match db.kind() {
        backend::db::DbKind::Sqlite => "DROP TRIGGER IF EXISTS audit_log_no_update",
        backend::db::DbKind::Postgres => "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
    };
    sqlx::query(drop_guard).execute(&mut *tx).await.unwrap();
    let row = sqlx::query(
        "SELECT at, actor_user_id, action, object_type, object_id, outcome, client_addr, \
         user_agent, prev_hash FROM audit_log WHERE seq = $1",
    )
    .bind(seq)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let fields = serde_json::json!([
        row.get::<String, _>("prev_hash"),
        seq,
        row.get::<i64, _>("at"),
        row.get::<Option<i64>, _>("actor_user_id"),
        None::<i64>,
        row.get::<String, _>("action"),
        row.get::<String, _>("object_type"),
        row.get::<Option<String>, _>("object_id"),
        patient_id,
        row.get::<String, _>("outcome"),
        row.get::<String, _>("client_addr"),
        row.get::<String, _>("user_agent"),
    ]);
    let hash = hex::encode(Sha256::digest(fields.to_string().as_bytes()));
    sqlx::query("UPDATE audit_log SET patient_id = $1, hash = $2 WHERE seq = $3")
        .bind(patient_id)
        .bind(&hash)
        .bind(seq)
        .execute(&mut *tx)
        .await
        .unwrap();
    if as_plain {
        sqlx::query("UPDATE audit_log SET scheme = 'sha256' WHERE seq = $1")
            .bind(seq)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    sqlx::query("UPDATE audit_head SET last_hash = $1 WHERE id = 1")
        .bind(&hash)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

db_test!(
    a_row_rewritten_with_a_recomputed_plain_hash_is_detected,
    |t| async move {
        append_many(&t.db, 3, 0).await;
        rewrite_newest_row_with_a_plain_hash(&t.db, 3, 8, false).await;
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(report.problems, vec!["row 3 was altered".to_string()]);
    }
);

db_test!(
    a_keyed_row_passed_off_as_a_plain_one_is_detected,
    |t| async move {
        append_many(&t.db, 3, 0).await;
        rewrite_newest_row_with_a_plain_hash(&t.db, 3, 8, true).await;
        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(
            report.problems,
            vec!["row 3 is not keyed but follows keyed rows".to_string()]
        );
    }
);

db_test!(
    rows_from_before_the_key_verify_and_the_wrong_key_is_reported,
    |t| async move {
        // Two rows as the version before the key wrote them (plain SHA-256, 'sha256'), then keyed ones.
        append_many(&t.db, 2, 0).await;
        rewrite_newest_row_with_a_plain_hash(&t.db, 1, 7, true).await;
        // Row 2 follows the rewritten row 1 and is plain too.
        let mut tx = t.db.begin_write().await.unwrap();
        let row1: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = 1")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        sqlx::query("UPDATE audit_log SET prev_hash = $1 WHERE seq = 2")
            .bind(&row1)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        rewrite_newest_row_with_a_plain_hash(&t.db, 2, 7, true).await;
        append_many(&t.db, 2, 10).await;

        let report = audit::verify(&t.db, &Keys::demo().audit).await.unwrap();
        assert_eq!(report.rows, 4);
        assert!(report.problems.is_empty(), "{:?}", report.problems);

        let wrong = backend::keys::SecretKey::from_base64(&format!("{}=", "A".repeat(43))).unwrap();
        let report = audit::verify(&t.db, &wrong).await.unwrap();
        assert_eq!(
            report.problems,
            vec![
                "row 3 was altered".to_string(),
                "row 4 was altered".to_string()
            ]
        );
    }
);

db_test!(truncating_the_log_is_refused, |t| async move {
    append_many(&t.db, 2, 0).await;
    // SQLite has no TRUNCATE (its `DELETE FROM` is refused by the row trigger, tested above).
    if t.db.kind() == backend::db::DbKind::Postgres {
        let mut tx = t.db.begin_write().await.unwrap();
        let truncate = sqlx::query("TRUNCATE audit_log").execute(&mut *tx).await;
        assert!(truncate.is_err(), "a trigger refuses TRUNCATE");
    }
});

db_test!(the_head_is_the_newest_row, |t| async move {
    let empty = audit::head(&t.db).await.unwrap();
    assert_eq!((empty.seq, empty.hash), (0, "0".repeat(64)));
    append_many(&t.db, 3, 0).await;
    let head = audit::head(&t.db).await.unwrap();
    let mut tx = t.db.begin_read().await.unwrap();
    let newest: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = 3")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!((head.seq, head.hash), (3, newest));
});
