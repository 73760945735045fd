use crate::db_test;
use backend::{db::Db, health};
use sqlx::Row;

db_test!(health_check_reaches_the_database, |t| async move {
    assert!(health::check(&t.db).await.database_reachable);
});

db_test!(migrations_are_idempotent, |t| async move {
    t.db.migrate().await.expect("a second run changes nothing");
});

db_test!(constraints_are_enforced, |t| async move {
    let mut tx = t.db.begin_write().await.unwrap();
    let empty_key =
        sqlx::query("INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2, $3)")
            .bind("")
            .bind("x")
            .bind(0_i64)
            .execute(&mut *tx)
            .await;
    assert!(
        empty_key.is_err(),
        "the CHECK constraint refuses an empty key"
    );
});

// Many writers at once, from two pools (two server processes): none fails with "database is
// locked", because SQLite writers begin IMMEDIATE and wait on the busy timeout.
db_test!(concurrent_writers_wait_instead_of_failing, |t| async move {
    let second = t.second_pool().await;
    let writers = (0..40).map(|i| {
        let db: Db = if i % 2 == 0 {
            t.db.clone()
        } else {
            second.clone()
        };
        tokio::spawn(async move {
            let mut tx = db.begin_write().await?;
            let row = sqlx::query("SELECT COUNT(*) AS n FROM app_settings")
                .fetch_one(&mut *tx)
                .await?;
            let seen: i64 = row.try_get("n").map_err(backend::db::DbError::from)?;
            sqlx::query("INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2, $3)")
                .bind(format!("writer-{i}"))
                .bind(seen.to_string())
                .bind(i64::from(i))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok::<_, backend::db::DbError>(())
        })
    });
    for result in futures::future::join_all(writers).await {
        result.expect("task ran").expect("every writer commits");
    }
    let mut tx = t.db.begin_read().await.unwrap();
    let total: i64 = sqlx::query("SELECT COUNT(*) AS n FROM app_settings")
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("n");
    assert_eq!(total, 40);
    second.close().await;
});
