//! Changing the sign-in email (security finding 5): the same answer whether or not the new
//! address has an account, a link to the new address, the old address told and kept until the
//! link is used.

use crate::{db_test, harness::one_step};
use backend::{
    accounts::{
        self,
        email_change::{self, ConfirmError, EmailStatus, Links, RequestError},
        password_reset::{self, LinkBase},
        NewUser, Reentry, SignInError,
    },
    actor::{Actor, Client},
    db::Db,
};
use domain::{
    accounts::Role,
    locale::Locale,
    time::{UtcMillis, HOUR_MS},
};
use sqlx::Row;

const PASSWORD: &str = "a long and unusual passphrase";
const START: UtcMillis = UtcMillis(1_800_000_000_000);
const LINKS: Links<'static> = Links {
    origin: "https://portal.example.org",
    confirm_path: "/account/email/confirm",
    account_path: "/account/security#email",
};

fn client() -> Client {
    Client::new("192.0.2.50", "Mozilla/5.0 (test)")
}

async fn patient(db: &Db, email: &str, locale: Option<Locale>) -> Actor {
    accounts::create_user(
        db,
        &NewUser {
            email,
            display_name: "Robin Patient",
            password: PASSWORD,
            preferred_locale: locale,
            roles: &[Role::Patient],
        },
        START,
    )
    .await
    .unwrap();
    one_step(accounts::sign_in(db, email, PASSWORD, client(), START))
        .await
        .unwrap()
        .actor
}

/// One queued message, as the outbox holds it.
#[derive(Debug)]
struct Mail {
    kind: String,
    to: String,
    locale: String,
    payload: serde_json::Value,
}

/// Every message queued so far, oldest first.
async fn outbox(db: &Db) -> Vec<Mail> {
    let mut tx = db.begin_read().await.unwrap();
    let rows =
        sqlx::query("SELECT kind, to_address, locale, payload FROM notifications ORDER BY id")
            .fetch_all(&mut *tx)
            .await
            .unwrap();
    tx.commit().await.unwrap();
    rows.iter()
        .map(|row| Mail {
            kind: row.try_get("kind").unwrap(),
            to: row.try_get("to_address").unwrap(),
            locale: row.try_get("locale").unwrap(),
            payload: serde_json::from_str(&row.try_get::<String, _>("payload").unwrap()).unwrap(),
        })
        .collect()
}

/// The token of the newest confirmation link mailed to `to`.
async fn mailed_token(db: &Db, to: &str) -> String {
    let mail = outbox(db)
        .await
        .into_iter()
        .rev()
        .find(|m| m.kind == email_change::KIND_CONFIRM && m.to == to)
        .expect("a confirmation link");
    let link = mail.payload["link"].as_str().unwrap().to_string();
    let (base, token) = link.split_once("?token=").unwrap();
    assert_eq!(base, "https://portal.example.org/account/email/confirm");
    token.to_string()
}

async fn ask(db: &Db, actor: &Actor, new_email: &str, now: UtcMillis) -> Result<(), RequestError> {
    email_change::request(db, actor, PASSWORD, new_email, &LINKS, Locale::En, now).await
}

async fn confirm(db: &Db, token: &str, now: UtcMillis) -> Result<(), ConfirmError> {
    email_change::confirm(db, token, &client(), Locale::En, now).await
}

db_test!(
    asking_answers_the_same_for_a_taken_and_a_free_address,
    |t| async move {
        let db = &t.db;
        let asker = patient(db, "asker@example.org", Some(Locale::Es)).await;
        let other = patient(db, "second.asker@example.org", None).await;
        patient(db, "Owner@Example.org", Some(Locale::Vi)).await;

        let taken = ask(db, &asker, "OWNER@example.org", START).await;
        let free = ask(db, &other, "free.address@example.org", START).await;
        assert!(taken.is_ok() && free.is_ok(), "{taken:?} {free:?}");
        assert_eq!(
            email_change::status(db, &asker, START).await.unwrap(),
            EmailStatus {
                current: "asker@example.org".into(),
                pending: Some("O…@example.org".into()),
            },
            "the account page reads as for a free address"
        );
        assert_eq!(
            email_change::status(db, &other, START).await.unwrap(),
            EmailStatus {
                current: "second.asker@example.org".into(),
                pending: Some("f…@example.org".into()),
            }
        );

        let mail = outbox(db).await;
        let to_owner: Vec<_> = mail
            .iter()
            .filter(|m| m.to == "OWNER@example.org")
            .collect();
        assert_eq!(to_owner.len(), 1);
        assert_eq!(to_owner[0].kind, email_change::KIND_TAKEN);
        assert_eq!(to_owner[0].locale, "vi", "in the owner's language");
        assert!(
            !to_owner[0].payload.to_string().contains("token="),
            "the owner of the address gets no link"
        );
        assert!(
            !to_owner[0].payload.to_string().contains("asker"),
            "nor who asked"
        );
        let to_free: Vec<_> = mail
            .iter()
            .filter(|m| m.to == "free.address@example.org")
            .collect();
        assert_eq!(to_free.len(), 1);
        assert_eq!(to_free[0].kind, email_change::KIND_CONFIRM);
        assert_eq!(to_free[0].payload["hours"], 24);

        for (old, new, locale) in [
            ("asker@example.org", "O…@example.org", "es"),
            ("second.asker@example.org", "f…@example.org", "en"),
        ] {
            let told: Vec<_> = mail.iter().filter(|m| m.to == old).collect();
            assert_eq!(told.len(), 1, "{old}");
            assert_eq!(told[0].kind, email_change::KIND_REQUESTED);
            assert_eq!(told[0].locale, locale, "in the account's language");
            assert_eq!(told[0].payload["new_address"], new, "masked");
            assert_eq!(
                told[0].payload["link"],
                "https://portal.example.org/account/security#email"
            );
        }
        assert_eq!(mail.len(), 4);
    }
);

db_test!(
    the_old_address_signs_in_and_gets_mail_until_the_link_is_used_once,
    |t| async move {
        let db = &t.db;
        let actor = patient(db, "old@example.org", None).await;
        ask(db, &actor, "New@Example.org", START).await.unwrap();
        let token = mailed_token(db, "New@Example.org").await;

        let new_sign_in = accounts::sign_in(db, "new@example.org", PASSWORD, client(), START).await;
        assert!(matches!(new_sign_in, Err(SignInError::InvalidCredentials)));
        one_step(accounts::sign_in(
            db,
            "old@example.org",
            PASSWORD,
            client(),
            START,
        ))
        .await
        .expect("the old address signs in until confirmed");
        let reset = LinkBase {
            origin: "https://portal.example.org",
            path: "/reset-password",
        };
        assert!(!password_reset::request(
            db,
            "new@example.org",
            &reset,
            Locale::En,
            &client(),
            START
        )
        .await
        .unwrap());
        assert!(password_reset::request(
            db,
            "old@example.org",
            &reset,
            Locale::En,
            &client(),
            START
        )
        .await
        .unwrap());
        let last = outbox(db).await.pop().unwrap();
        assert_eq!(
            (last.kind.as_str(), last.to.as_str()),
            (password_reset::KIND, "old@example.org"),
            "mail goes to the old address"
        );

        confirm(db, &token, START).await.unwrap();
        let status = email_change::status(db, &actor, START).await.unwrap();
        assert_eq!(status.current, "New@Example.org");
        assert_eq!(status.pending, None);
        let told = outbox(db).await.pop().unwrap();
        assert_eq!(told.kind, email_change::KIND_CHANGED);
        assert_eq!(told.to, "old@example.org", "the old address is told");
        assert_eq!(told.payload["new_address"], "N…@Example.org");
        let old_sign_in = accounts::sign_in(db, "old@example.org", PASSWORD, client(), START).await;
        assert!(matches!(old_sign_in, Err(SignInError::InvalidCredentials)));
        one_step(accounts::sign_in(
            db,
            "new@example.org",
            PASSWORD,
            client(),
            START,
        ))
        .await
        .expect("the new address signs in");
        assert!(
            matches!(
                confirm(db, &token, START).await,
                Err(ConfirmError::InvalidLink)
            ),
            "the link works once"
        );
        assert!(matches!(
            confirm(db, "not-a-token", START).await,
            Err(ConfirmError::InvalidLink)
        ));
    }
);

db_test!(
    links_expire_are_replaced_by_a_newer_request_and_can_be_cancelled,
    |t| async move {
        let db = &t.db;
        let actor = patient(db, "keeper@example.org", None).await;
        assert!(matches!(
            email_change::request(
                db,
                &actor,
                "wrong",
                "a@example.org",
                &LINKS,
                Locale::En,
                START
            )
            .await,
            Err(RequestError::Reentry(Reentry::Wrong))
        ));
        assert!(matches!(
            ask(db, &actor, "not an email", START).await,
            Err(RequestError::InvalidEmail)
        ));
        assert!(outbox(db).await.is_empty(), "a refusal sends nothing");

        ask(db, &actor, "first@example.org", START).await.unwrap();
        let first = mailed_token(db, "first@example.org").await;
        ask(db, &actor, "second@example.org", START).await.unwrap();
        let second = mailed_token(db, "second@example.org").await;
        assert!(
            matches!(
                confirm(db, &first, START).await,
                Err(ConfirmError::InvalidLink)
            ),
            "a newer request replaces the older one"
        );
        let late = UtcMillis(START.0 + 24 * HOUR_MS);
        assert_eq!(
            email_change::status(db, &actor, late)
                .await
                .unwrap()
                .pending,
            None,
            "an expired change is not shown as waiting"
        );
        assert!(
            matches!(
                confirm(db, &second, late).await,
                Err(ConfirmError::InvalidLink)
            ),
            "24 hours"
        );

        ask(db, &actor, "third@example.org", START).await.unwrap();
        let third = mailed_token(db, "third@example.org").await;
        assert!(email_change::cancel(db, &actor, START).await.unwrap());
        assert!(!email_change::cancel(db, &actor, START).await.unwrap());
        assert_eq!(
            email_change::status(db, &actor, START).await.unwrap(),
            EmailStatus {
                current: "keeper@example.org".into(),
                pending: None,
            }
        );
        assert!(
            matches!(
                confirm(db, &third, START).await,
                Err(ConfirmError::InvalidLink)
            ),
            "a cancelled change's link works no more"
        );
    }
);

db_test!(
    an_address_taken_before_the_link_is_used_is_refused_and_nothing_changes,
    |t| async move {
        let db = &t.db;
        let actor = patient(db, "slow@example.org", None).await;
        ask(db, &actor, "contested@example.org", START)
            .await
            .unwrap();
        let token = mailed_token(db, "contested@example.org").await;
        patient(db, "Contested@example.org", None).await;
        let before = outbox(db).await.len();

        assert!(matches!(
            confirm(db, &token, START).await,
            Err(ConfirmError::EmailTaken)
        ));
        assert_eq!(
            email_change::status(db, &actor, START)
                .await
                .unwrap()
                .current,
            "slow@example.org"
        );
        assert_eq!(outbox(db).await.len(), before, "nobody is told of a change");
    }
);

db_test!(
    asking_again_and_again_pauses_so_nobody_is_flooded_with_mail,
    |t| async move {
        let db = &t.db;
        let asker = patient(db, "busy@example.org", None).await;
        for n in 0..5 {
            ask(db, &asker, &format!("victim{n}@example.org"), START)
                .await
                .unwrap();
        }
        let sent = outbox(db).await.len();
        let paused = ask(db, &asker, "victim@example.org", START).await;
        assert!(
            matches!(paused, Err(RequestError::Throttled { .. })),
            "{paused:?}"
        );
        assert_eq!(outbox(db).await.len(), sent, "nothing more is sent");
    }
);

db_test!(
    a_new_password_withdraws_a_change_asked_for_with_the_old_one,
    |t| async move {
        let db = &t.db;
        // Someone who knew the password asks to move the account to their own address…
        let actor = patient(db, "owner@example.org", None).await;
        ask(db, &actor, "taker@example.org", START).await.unwrap();
        let token = mailed_token(db, "taker@example.org").await;
        // …and the owner, told by mail, changes the password: the link no longer works.
        let new = "quiet meadow copper lantern";
        accounts::change_password(db, &actor, PASSWORD, new, START)
            .await
            .unwrap();
        assert!(matches!(
            confirm(db, &token, START).await,
            Err(ConfirmError::InvalidLink)
        ));

        // The same when the owner resets the password by email instead.
        let again = one_step(accounts::sign_in(
            db,
            "owner@example.org",
            new,
            client(),
            START,
        ))
        .await
        .unwrap()
        .actor;
        email_change::request(
            db,
            &again,
            new,
            "taker@example.org",
            &LINKS,
            Locale::En,
            START,
        )
        .await
        .unwrap();
        let token = mailed_token(db, "taker@example.org").await;
        let reset = LinkBase {
            origin: "https://portal.example.org",
            path: "/reset-password",
        };
        password_reset::request(
            db,
            "owner@example.org",
            &reset,
            Locale::En,
            &client(),
            START,
        )
        .await
        .unwrap();
        let mail = outbox(db).await.pop().unwrap();
        assert_eq!(mail.kind, password_reset::KIND);
        let link = mail.payload["link"].as_str().unwrap().to_string();
        let reset_token = link.split_once("token=").unwrap().1;
        password_reset::complete(
            db,
            reset_token,
            "orchid satellite fennel harbour",
            &client(),
            START,
        )
        .await
        .unwrap();
        assert!(matches!(
            confirm(db, &token, START).await,
            Err(ConfirmError::InvalidLink)
        ));
        assert_eq!(
            email_change::status(db, &again, START)
                .await
                .unwrap()
                .pending,
            None
        );
    }
);
