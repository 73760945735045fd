use crate::{
    db_test,
    harness::{app_code, one_step},
};
use backend::{
    accounts::{
        self, sessions,
        two_factor::{self, TwoFactorError, RECOVERY_CODES},
        NewUser, Reentry, SignInStep, SignedIn,
    },
    actor::{Actor, Client},
    db::Db,
    keys::{Keys, SecretKey},
    totp_secrets,
};
use domain::{
    accounts::Role,
    time::{UtcMillis, MINUTE_MS},
};

const PASSWORD: &str = "a long and unusual passphrase";
const START: UtcMillis = UtcMillis(1_800_000_000_000);

fn client() -> Client {
    Client::new("192.0.2.7", "Mozilla/5.0 (test)")
}

fn at(minutes: i64) -> UtcMillis {
    UtcMillis(START.0 + minutes * MINUTE_MS)
}

async fn user(db: &Db, email: &str, roles: &[Role]) {
    accounts::create_user(
        db,
        &NewUser {
            email,
            display_name: "Sam Example",
            password: PASSWORD,
            preferred_locale: None,
            roles,
        },
        START,
    )
    .await
    .unwrap();
}

async fn sign_in(db: &Db, email: &str, when: UtcMillis) -> SignInStep {
    accounts::sign_in(db, email, PASSWORD, client(), when)
        .await
        .unwrap()
}

/// Turns two-step verification on for the signed-in `actor`; returns the secret, the new
/// session and the recovery codes.
async fn turn_on(db: &Db, actor: &Actor, when: UtcMillis) -> (String, SignedIn, Vec<String>) {
    let shown = two_factor::begin(db, actor, PASSWORD, when).await.unwrap();
    assert!(shown.qr_code.starts_with("data:image/svg+xml;base64,"));
    let (signed_in, codes) = two_factor::confirm(db, actor, &app_code(&shown.secret, when), when)
        .await
        .unwrap();
    (shown.secret, signed_in, codes)
}

db_test!(
    a_staff_role_waits_for_two_step_verification,
    |t| async move {
        let db = &t.db;
        user(db, "desk@example.org", &[Role::FrontDesk]).await;
        let before = one_step(accounts::sign_in(
            db,
            "desk@example.org",
            PASSWORD,
            client(),
            START,
        ))
        .await
        .unwrap();
        assert!(before.actor.two_factor_needed);
        assert!(!before.actor.has_role(Role::FrontDesk), "held back");

        let wrong = two_factor::begin(db, &before.actor, "not the password", START).await;
        assert!(matches!(
            wrong,
            Err(TwoFactorError::Reentry(Reentry::Wrong))
        ));
        let shown = two_factor::begin(db, &before.actor, PASSWORD, START)
            .await
            .unwrap();
        let status = two_factor::status(db, &before.actor, START).await.unwrap();
        assert_eq!(status.pending, Some(shown.clone()));
        assert!(!status.on && status.needed);

        let wrong_code = two_factor::confirm(db, &before.actor, "000000", START).await;
        assert!(matches!(wrong_code, Err(TwoFactorError::WrongCode)));
        let (after, codes) =
            two_factor::confirm(db, &before.actor, &app_code(&shown.secret, START), START)
                .await
                .unwrap();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(after.actor.has_role(Role::FrontDesk));
        assert!(!after.actor.two_factor_needed);
        assert_ne!(
            after.actor.session_id, before.actor.session_id,
            "a new session"
        );
        let old = sessions::resolve(db, &before.token, client(), START)
            .await
            .unwrap();
        assert!(old.is_none(), "the session from before is ended");
        let status = two_factor::status(db, &after.actor, START).await.unwrap();
        assert!(status.on && !status.needed && status.pending.is_none());
        assert_eq!(status.recovery_codes_left, RECOVERY_CODES as i64);
    }
);

db_test!(signing_in_asks_for_a_code_that_works_once, |t| async move {
    let db = &t.db;
    user(db, "ana@example.org", &[Role::Patient]).await;
    let first = one_step(accounts::sign_in(
        db,
        "ana@example.org",
        PASSWORD,
        client(),
        START,
    ))
    .await
    .unwrap();
    let (secret, _, codes) = turn_on(db, &first.actor, START).await;

    let SignInStep::SecondFactor { token } = sign_in(db, "ana@example.org", at(5)).await else {
        panic!("a second step is asked for");
    };
    let waiting = sessions::resolve(db, &token, client(), at(5))
        .await
        .unwrap();
    assert!(waiting.is_none(), "a password alone opens nothing");
    let wrong = two_factor::complete_sign_in(db, &token, "123456", client(), at(5)).await;
    assert!(matches!(wrong, Err(TwoFactorError::WrongCode)));

    let code = app_code(&secret, at(5));
    let signed_in = two_factor::complete_sign_in(db, &token, &code, client(), at(5))
        .await
        .unwrap();
    assert!(sessions::resolve(db, &signed_in.token, client(), at(5))
        .await
        .unwrap()
        .is_some());
    let used = two_factor::complete_sign_in(db, &token, &code, client(), at(5)).await;
    assert!(
        matches!(used, Err(TwoFactorError::WrongCode)),
        "the waiting session is ended"
    );

    let SignInStep::SecondFactor { token } = sign_in(db, "ana@example.org", at(5)).await else {
        panic!("a second step is asked for");
    };
    let replay = two_factor::complete_sign_in(db, &token, &code, client(), at(5)).await;
    assert!(
        matches!(replay, Err(TwoFactorError::WrongCode)),
        "a code works once"
    );
    let recovery = codes[0].to_lowercase().replace('-', " ");
    two_factor::complete_sign_in(db, &token, &recovery, client(), at(5))
        .await
        .expect("a recovery code, typed loosely");

    let SignInStep::SecondFactor { token } = sign_in(db, "ana@example.org", at(6)).await else {
        panic!("a second step is asked for");
    };
    let again = two_factor::complete_sign_in(db, &token, &codes[0], client(), at(6)).await;
    assert!(
        matches!(again, Err(TwoFactorError::WrongCode)),
        "a recovery code works once"
    );
    let late = two_factor::complete_sign_in(db, &token, &codes[1], client(), at(17)).await;
    assert!(
        matches!(late, Err(TwoFactorError::WrongCode)),
        "the second step expires"
    );
});

db_test!(wrong_codes_pause_the_second_step, |t| async move {
    let db = &t.db;
    user(db, "guess@example.org", &[Role::Patient]).await;
    let first = one_step(accounts::sign_in(
        db,
        "guess@example.org",
        PASSWORD,
        client(),
        START,
    ))
    .await
    .unwrap();
    let (secret, _, _) = turn_on(db, &first.actor, START).await;
    let SignInStep::SecondFactor { token } = sign_in(db, "guess@example.org", at(1)).await else {
        panic!("a second step is asked for");
    };
    for _ in 0..5 {
        let wrong = two_factor::complete_sign_in(db, &token, "999999", client(), at(1)).await;
        assert!(matches!(wrong, Err(TwoFactorError::WrongCode)));
    }
    let right = app_code(&secret, at(1));
    let paused = two_factor::complete_sign_in(db, &token, &right, client(), at(1)).await;
    assert!(matches!(paused, Err(TwoFactorError::Throttled { .. })));
});

db_test!(
    turning_off_and_new_codes_ask_for_the_password,
    |t| async move {
        let db = &t.db;
        user(db, "off@example.org", &[Role::Patient]).await;
        let first = one_step(accounts::sign_in(
            db,
            "off@example.org",
            PASSWORD,
            client(),
            START,
        ))
        .await
        .unwrap();
        let (_, on, old_codes) = turn_on(db, &first.actor, START).await;

        let wrong = two_factor::new_recovery_codes(db, &on.actor, "nope", START).await;
        assert!(matches!(
            wrong,
            Err(TwoFactorError::Reentry(Reentry::Wrong))
        ));
        let new_codes = two_factor::new_recovery_codes(db, &on.actor, PASSWORD, START)
            .await
            .unwrap();
        assert!(new_codes.iter().all(|code| !old_codes.contains(code)));
        let SignInStep::SecondFactor { token } = sign_in(db, "off@example.org", at(1)).await else {
            panic!("a second step is asked for");
        };
        let old = two_factor::complete_sign_in(db, &token, &old_codes[0], client(), at(1)).await;
        assert!(
            matches!(old, Err(TwoFactorError::WrongCode)),
            "old codes stop working"
        );

        let wrong = two_factor::turn_off(db, &on.actor, "nope", at(2)).await;
        assert!(matches!(
            wrong,
            Err(TwoFactorError::Reentry(Reentry::Wrong))
        ));
        two_factor::turn_off(db, &on.actor, PASSWORD, at(2))
            .await
            .unwrap();
        assert!(matches!(
            sign_in(db, "off@example.org", at(3)).await,
            SignInStep::SignedIn(_)
        ));
    }
);

db_test!(
    a_session_opened_before_two_step_was_turned_on_never_gains_a_staff_role,
    |t| async move {
        let db = &t.db;
        user(db, "nurse@example.org", &[Role::FrontDesk]).await;
        let sign_in_once = || {
            one_step(accounts::sign_in(
                db,
                "nurse@example.org",
                PASSWORD,
                client(),
                START,
            ))
        };
        // Someone who learned the password signs in while the account has no second factor…
        let intruder = sign_in_once().await.unwrap();
        // …then the real person turns two-step verification on in their own session.
        let owner = sign_in_once().await.unwrap();
        let (_, verified, _) = turn_on(db, &owner.actor, START).await;
        assert!(verified.actor.has_role(Role::FrontDesk));

        let later = sessions::resolve(db, &intruder.token, client(), at(1))
            .await
            .unwrap();
        assert!(
            later.is_none_or(|actor| !actor.has_role(Role::FrontDesk)),
            "the password-only session does not gain the staff role"
        );
        assert!(
            sessions::resolve(db, &intruder.token, client(), at(1))
                .await
                .unwrap()
                .is_none(),
            "turning two-step verification on ends every other session"
        );
    }
);

db_test!(
    turning_two_step_off_ends_every_other_session,
    |t| async move {
        let db = &t.db;
        user(db, "both@example.org", &[Role::Patient]).await;
        let first = one_step(accounts::sign_in(
            db,
            "both@example.org",
            PASSWORD,
            client(),
            START,
        ))
        .await
        .unwrap();
        let (secret, here, _) = turn_on(db, &first.actor, START).await;
        let SignInStep::SecondFactor { token } = sign_in(db, "both@example.org", at(1)).await
        else {
            panic!("a second step is asked for");
        };
        let elsewhere =
            two_factor::complete_sign_in(db, &token, &app_code(&secret, at(2)), client(), at(2))
                .await
                .unwrap();
        two_factor::turn_off(db, &here.actor, PASSWORD, at(3))
            .await
            .unwrap();
        let resolve = |token: String| async move {
            sessions::resolve(db, &token, client(), at(3))
                .await
                .unwrap()
        };
        assert!(
            resolve(here.token.clone()).await.is_some(),
            "this one stays"
        );
        assert!(resolve(elsewhere.token).await.is_none(), "the others end");
    }
);

db_test!(
    the_pending_secret_is_shown_only_to_the_session_that_asked_for_it,
    |t| async move {
        let db = &t.db;
        user(db, "setup@example.org", &[Role::Patient]).await;
        let sign_in_once = || {
            one_step(accounts::sign_in(
                db,
                "setup@example.org",
                PASSWORD,
                client(),
                START,
            ))
        };
        let asked = sign_in_once().await.unwrap();
        let unattended = sign_in_once().await.unwrap();
        let shown = two_factor::begin(db, &asked.actor, PASSWORD, START)
            .await
            .unwrap();

        let elsewhere = two_factor::status(db, &unattended.actor, START)
            .await
            .unwrap();
        assert_eq!(elsewhere.pending, None, "another session does not see it");
        let code = app_code(&shown.secret, START);
        assert!(matches!(
            two_factor::confirm(db, &unattended.actor, &code, START).await,
            Err(TwoFactorError::NotOn)
        ));
        let here = two_factor::status(db, &asked.actor, at(9)).await.unwrap();
        assert_eq!(here.pending, Some(shown), "the session that asked sees it");
        let later = two_factor::status(db, &asked.actor, at(11)).await.unwrap();
        assert_eq!(later.pending, None, "for ten minutes");
    }
);

db_test!(the_stored_secret_is_sealed_not_plain, |t| async move {
    let db = &t.db;
    user(db, "sealed@example.org", &[Role::FrontDesk]).await;
    let SignInStep::SignedIn(first) = sign_in(db, "sealed@example.org", START).await else {
        panic!("no second step before it is turned on");
    };
    let (secret, _, _) = turn_on(db, &first.actor, START).await;
    let plain = secret.replace(' ', "");

    let mut tx = db.begin_read().await.unwrap();
    let stored: Vec<String> = sqlx::query_scalar("SELECT secret FROM two_factor")
        .fetch_all(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert!(
        !stored[0].contains(&plain),
        "the secret is not stored as it is shown"
    );
    assert!(
        totp_rs::Secret::try_from_base32(&stored[0]).is_err(),
        "nor as any other base32 text"
    );
});

db_test!(
    rotating_the_key_reseals_every_secret_in_one_go,
    |t| async move {
        let db = &t.db;
        for email in ["one@example.org", "two@example.org"] {
            user(db, email, &[Role::FrontDesk]).await;
            let SignInStep::SignedIn(first) = sign_in(db, email, START).await else {
                panic!("no second step before it is turned on");
            };
            turn_on(db, &first.actor, START).await;
        }
        let stored = |db: &Db| {
            let db = db.clone();
            async move {
                let mut tx = db.begin_read().await.unwrap();
                let rows: Vec<String> =
                    sqlx::query_scalar("SELECT secret FROM two_factor ORDER BY user_id")
                        .fetch_all(&mut *tx)
                        .await
                        .unwrap();
                tx.commit().await.unwrap();
                rows
            }
        };
        let key = |byte: u8| {
            use base64::Engine;
            SecretKey::from_base64(&base64::engine::general_purpose::STANDARD.encode([byte; 32]))
                .unwrap()
        };
        let (old, new) = (Keys::demo().totp, key(1));
        let before = stored(db).await;

        // A key that sealed nothing opens nothing: the whole rotation is refused.
        assert!(totp_secrets::rotate(db, &key(2), &new).await.is_err());
        assert_eq!(stored(db).await, before, "nothing changed");

        assert_eq!(totp_secrets::rotate(db, &old, &new).await.unwrap(), 2);
        let after = stored(db).await;
        for row in &after {
            assert!(row.starts_with(&format!("v1.{}.", new.id())), "{row}");
        }
        assert_eq!(
            totp_secrets::rotate(db, &old, &new).await.unwrap(),
            0,
            "a second run has nothing left to do"
        );
        assert_eq!(stored(db).await, after);
    }
);
