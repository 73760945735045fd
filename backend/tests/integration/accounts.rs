use crate::{db_test, harness::one_step};
use backend::{
    accounts::{self, sessions, CreateUserError, NewUser, Reentry, SignInError},
    actor::Client,
    db::Db,
};
use domain::{accounts::Role, time::UtcMillis};

const PASSWORD: &str = "a long and unusual passphrase";
const START: UtcMillis = UtcMillis(1_800_000_000_000);

fn client(addr: &str) -> Client {
    Client::new(addr, "Mozilla/5.0 (test)")
}

async fn patient(db: &Db, email: &str) -> i64 {
    accounts::create_user(
        db,
        &NewUser {
            email,
            display_name: "Test Patient",
            password: PASSWORD,
            preferred_locale: None,
            roles: &[Role::Patient],
        },
        START,
    )
    .await
    .unwrap()
}

db_test!(
    sign_in_opens_a_session_and_failures_look_alike,
    |t| async move {
        let db = &t.db;
        let user_id = patient(db, "Ana@Example.org").await;
        let wrong = one_step(accounts::sign_in(
            db,
            "ana@example.org",
            "not the password",
            client("192.0.2.1"),
            START,
        ))
        .await;
        let unknown = one_step(accounts::sign_in(
            db,
            "nobody@example.org",
            PASSWORD,
            client("192.0.2.1"),
            START,
        ))
        .await;
        assert!(matches!(wrong, Err(SignInError::InvalidCredentials)));
        assert!(matches!(unknown, Err(SignInError::InvalidCredentials)));
        assert_eq!(
            wrong.err().unwrap().to_string(),
            unknown.err().unwrap().to_string(),
            "the same answer for a wrong password and an unknown email"
        );

        let signed_in = one_step(accounts::sign_in(
            db,
            "ANA@example.org",
            PASSWORD,
            client("192.0.2.1"),
            START,
        ))
        .await
        .expect("email matching ignores case");
        assert_eq!(signed_in.actor.user_id, user_id);
        let actor = sessions::resolve(db, &signed_in.token, client("192.0.2.1"), START)
            .await
            .unwrap()
            .expect("the token opens the session");
        assert_eq!(actor.roles, vec![Role::Patient]);
        assert!(
            sessions::resolve(db, "forged-token", client("192.0.2.1"), START)
                .await
                .unwrap()
                .is_none()
        );
    }
);

db_test!(emails_are_unique_whatever_the_case, |t| async move {
    patient(&t.db, "dup@example.org").await;
    let again = accounts::create_user(
        &t.db,
        &NewUser {
            email: "DUP@example.org",
            display_name: "Other",
            password: PASSWORD,
            preferred_locale: None,
            roles: &[Role::Patient],
        },
        START,
    )
    .await;
    assert!(matches!(again, Err(CreateUserError::EmailTaken)));
});

db_test!(
    repeated_failures_lock_the_account_even_for_the_right_password,
    |t| async move {
        let db = &t.db;
        patient(db, "locked@example.org").await;
        for attempt in 0..5 {
            let addr = format!("198.51.100.{attempt}");
            let result = one_step(accounts::sign_in(
                db,
                "locked@example.org",
                "guess",
                client(&addr),
                START,
            ))
            .await;
            assert!(
                matches!(result, Err(SignInError::InvalidCredentials)),
                "attempt {attempt}"
            );
        }
        let locked = one_step(accounts::sign_in(
            db,
            "locked@example.org",
            PASSWORD,
            client("203.0.113.9"),
            START,
        ))
        .await;
        match locked {
            Err(SignInError::Throttled {
                retry_after_minutes,
            }) => assert_eq!(retry_after_minutes, 1),
            other => panic!("expected throttling, got {:?}", other.map(|s| s.token)),
        }
        let later = UtcMillis(START.0 + 2 * domain::time::MINUTE_MS);
        assert!(one_step(accounts::sign_in(
            db,
            "locked@example.org",
            PASSWORD,
            client("203.0.113.9"),
            later
        ))
        .await
        .is_ok());
    }
);

db_test!(
    a_locked_address_slows_guessing_but_lets_a_right_password_in,
    |t| async move {
        let db = &t.db;
        for n in 0..20 {
            let email = format!("user{n}@example.org");
            let _ = one_step(accounts::sign_in(
                db,
                &email,
                "guess",
                client("192.0.2.66"),
                START,
            ))
            .await;
        }
        let guess = one_step(accounts::sign_in(
            db,
            "user99@example.org",
            "guess",
            client("192.0.2.66"),
            START,
        ))
        .await;
        assert!(
            matches!(guess, Err(SignInError::Throttled { .. })),
            "a wrong password from the locked address is answered as throttled"
        );
        // Behind one address (a clinic's Wi-Fi, a proxy) a stranger's guessing does not lock out
        // a patient who knows their password.
        patient(db, "victim@example.org").await;
        let result = one_step(accounts::sign_in(
            db,
            "victim@example.org",
            PASSWORD,
            client("192.0.2.66"),
            START,
        ))
        .await;
        assert!(result.is_ok(), "the right password still signs in");
    }
);

/// The throttle's count for a key.
async fn attempts(db: &Db, key: &str) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let count = sqlx::query("SELECT failures FROM sign_in_failures WHERE key = $1")
        .bind(key)
        .fetch_optional(&mut *tx)
        .await
        .unwrap()
        .map_or(0, |row| sqlx::Row::get::<i64, _>(&row, "failures"));
    tx.commit().await.unwrap();
    count
}

/// How many audit rows name `action`.
async fn audit_rows(db: &Db, action: &str) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let count = sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    sqlx::Row::get(&count, "n")
}

db_test!(
    fifty_parallel_wrong_passwords_count_as_fifty,
    |t| async move {
        let db = &t.db;
        patient(db, "target@example.org").await;
        let attempts_at_once = (0..50).map(|n| {
            let db = db.clone();
            tokio::spawn(async move {
                one_step(accounts::sign_in(
                    &db,
                    "target@example.org",
                    "a wrong guess",
                    client(&format!("198.51.100.{n}")),
                    START,
                ))
                .await
                .err()
                .unwrap()
            })
        });
        let answers = futures::future::join_all(attempts_at_once).await;
        let checked = answers
            .iter()
            .filter(|a| matches!(a.as_ref().unwrap(), SignInError::InvalidCredentials))
            .count();
        assert_eq!(
            checked, 5,
            "only the attempts before the lock had their password checked"
        );
        assert_eq!(attempts(db, "account:target@example.org").await, 50);
        let right = one_step(accounts::sign_in(
            db,
            "target@example.org",
            PASSWORD,
            client("203.0.113.1"),
            START,
        ))
        .await;
        assert!(matches!(right, Err(SignInError::Throttled { .. })));
    }
);

db_test!(
    waiting_out_a_lock_does_not_reset_the_count,
    |t| async move {
        let db = &t.db;
        patient(db, "patient@example.org").await;
        let guess = |minute: i64| {
            one_step(accounts::sign_in(
                db,
                "patient@example.org",
                "a wrong guess",
                client("198.51.100.7"),
                UtcMillis(START.0 + minute * domain::time::MINUTE_MS),
            ))
        };
        for _ in 0..5 {
            let _ = guess(0).await;
        }
        // The 1-minute lock has long ended, and so had the old 15-minute window: the count goes
        // on, and the next wrong guess locks for longer.
        assert!(matches!(
            guess(20).await,
            Err(SignInError::InvalidCredentials)
        ));
        match guess(20).await {
            Err(SignInError::Throttled {
                retry_after_minutes,
            }) => assert_eq!(retry_after_minutes, 2),
            other => panic!("expected a longer lock, got {:?}", other.map(|s| s.token)),
        }
        assert_eq!(attempts(db, "account:patient@example.org").await, 7);
    }
);

db_test!(
    a_lock_is_one_audit_row_not_one_per_attempt,
    |t| async move {
        let db = &t.db;
        patient(db, "flooded@example.org").await;
        for n in 0..30 {
            let _ = one_step(accounts::sign_in(
                db,
                "flooded@example.org",
                "a wrong guess",
                client(&format!("198.51.100.{n}")),
                START,
            ))
            .await;
        }
        assert_eq!(audit_rows(db, "sign_in").await, 0, "no row per attempt");
        assert_eq!(
            audit_rows(db, "sign_in_lock").await,
            1,
            "one row for the lock"
        );
    }
);

db_test!(
    re_entering_the_password_is_throttled_and_refusals_audited,
    |t| async move {
        use backend::accounts::ChangePasswordError;
        let db = &t.db;
        patient(db, "reentry@example.org").await;
        let here = one_step(accounts::sign_in(
            db,
            "reentry@example.org",
            PASSWORD,
            client("192.0.2.1"),
            START,
        ))
        .await
        .unwrap();
        let new = "quiet meadow copper lantern";
        for _ in 0..5 {
            let wrong = accounts::change_password(db, &here.actor, "a guess", new, START).await;
            assert!(matches!(
                wrong,
                Err(ChangePasswordError::Reentry(Reentry::Wrong))
            ));
        }
        let locked = accounts::change_password(db, &here.actor, PASSWORD, new, START).await;
        assert!(
            matches!(
                locked,
                Err(ChangePasswordError::Reentry(Reentry::Throttled { .. }))
            ),
            "a session cannot guess past the lock"
        );
        let mut tx = db.begin_read().await.unwrap();
        let denied = sqlx::query(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'change_password' \
             AND outcome = 'denied' AND actor_user_id = $1",
        )
        .bind(here.actor.user_id)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(sqlx::Row::get::<i64, _>(&denied, "n"), 6);
    }
);

db_test!(
    sessions_end_when_idle_and_after_twelve_hours,
    |t| async move {
        let db = &t.db;
        patient(db, "idle@example.org").await;
        let token = one_step(accounts::sign_in(
            db,
            "idle@example.org",
            PASSWORD,
            client("192.0.2.1"),
            START,
        ))
        .await
        .unwrap()
        .token;
        let at = |minutes: i64| UtcMillis(START.0 + minutes * domain::time::MINUTE_MS);
        let resolve = |when| sessions::resolve(db, &token, client("192.0.2.1"), when);

        assert!(
            resolve(at(29)).await.unwrap().is_some(),
            "active within 30 minutes"
        );
        assert!(
            resolve(at(58)).await.unwrap().is_some(),
            "activity kept it alive"
        );
        assert!(
            resolve(at(89)).await.unwrap().is_none(),
            "31 quiet minutes end it"
        );

        let token = one_step(accounts::sign_in(
            db,
            "idle@example.org",
            PASSWORD,
            client("192.0.2.1"),
            START,
        ))
        .await
        .unwrap()
        .token;
        for step in 1..24 {
            assert!(
                sessions::resolve(db, &token, client("192.0.2.1"), at(step * 29))
                    .await
                    .unwrap()
                    .is_some()
            );
        }
        assert!(
            sessions::resolve(db, &token, client("192.0.2.1"), at(12 * 60 + 1))
                .await
                .unwrap()
                .is_none()
        );
    }
);

db_test!(
    signing_out_everywhere_ends_other_sessions_only,
    |t| async move {
        let db = &t.db;
        patient(db, "many@example.org").await;
        patient(db, "other@example.org").await;
        let sign_in = |email: &'static str| {
            one_step(accounts::sign_in(
                db,
                email,
                PASSWORD,
                client("192.0.2.1"),
                START,
            ))
        };
        let phone = sign_in("many@example.org").await.unwrap();
        let laptop = sign_in("many@example.org").await.unwrap();
        let stranger = sign_in("other@example.org").await.unwrap();

        let listed = sessions::list(db, &phone.actor, START).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed.iter().filter(|s| s.current).count(), 1);

        let foreign = sessions::Ending::One(stranger.actor.session_id.clone());
        assert_eq!(
            sessions::end(db, &phone.actor, foreign, START)
                .await
                .unwrap(),
            0
        );
        assert!(sessions::resolve(db, &stranger.token, client("x"), START)
            .await
            .unwrap()
            .is_some());

        assert_eq!(
            sessions::end(db, &phone.actor, sessions::Ending::AllOthers, START)
                .await
                .unwrap(),
            1
        );
        assert!(sessions::resolve(db, &laptop.token, client("x"), START)
            .await
            .unwrap()
            .is_none());
        assert!(sessions::resolve(db, &phone.token, client("x"), START)
            .await
            .unwrap()
            .is_some());

        sessions::sign_out(db, &phone.token, &client("x"), START)
            .await
            .unwrap();
        assert!(
            sessions::resolve(db, &phone.token, client("x"), START)
                .await
                .unwrap()
                .is_none(),
            "a cookie replayed after sign-out is refused"
        );
    }
);

db_test!(
    changing_the_password_needs_the_old_one_and_ends_other_sessions,
    |t| async move {
        use backend::accounts::ChangePasswordError;
        let db = &t.db;
        patient(db, "change@example.org").await;
        let sign_in = |password: &'static str| {
            one_step(accounts::sign_in(
                db,
                "change@example.org",
                password,
                client("192.0.2.1"),
                START,
            ))
        };
        let here = sign_in(PASSWORD).await.unwrap();
        let elsewhere = sign_in(PASSWORD).await.unwrap();
        let new = "quiet meadow copper lantern";

        let wrong = accounts::change_password(db, &here.actor, "not it", new, START).await;
        assert!(matches!(
            wrong,
            Err(ChangePasswordError::Reentry(Reentry::Wrong))
        ));
        let weak =
            accounts::change_password(db, &here.actor, PASSWORD, "change@example.org!", START)
                .await;
        assert!(matches!(weak, Err(ChangePasswordError::Password(_))));

        accounts::change_password(db, &here.actor, PASSWORD, new, START)
            .await
            .unwrap();
        assert!(sessions::resolve(db, &here.token, client("x"), START)
            .await
            .unwrap()
            .is_some());
        assert!(sessions::resolve(db, &elsewhere.token, client("x"), START)
            .await
            .unwrap()
            .is_none());
        assert!(sign_in(PASSWORD).await.is_err());
        assert!(sign_in(new).await.is_ok());
    }
);
