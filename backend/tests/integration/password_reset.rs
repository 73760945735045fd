use crate::{db_test, harness::one_step};
use backend::{
    accounts::{
        self,
        password_reset::{self, LinkBase, ResetError},
        sessions, NewUser, SignInError,
    },
    actor::Client,
    db::Db,
};
use domain::{
    accounts::{PasswordProblem, Role},
    locale::Locale,
    time::UtcMillis,
    time::MINUTE_MS,
};
use sqlx::Row;

const PASSWORD: &str = "a long and unusual passphrase";
const NEW_PASSWORD: &str = "saffron tugboat meridian quill";
const START: UtcMillis = UtcMillis(1_800_000_000_000);
const LINK: LinkBase<'static> = LinkBase {
    origin: "https://portal.example.org",
    path: "/reset-password",
};

fn client() -> Client {
    Client::new("192.0.2.40", "Mozilla/5.0 (test)")
}

/// The token in the newest queued reset email, as the recipient would click it.
async fn mailed_token(db: &Db) -> (String, String) {
    let mut tx = db.begin_read().await.unwrap();
    let row = sqlx::query(
        "SELECT to_address, locale, payload FROM notifications WHERE kind = 'password_reset' \
         ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let payload: serde_json::Value =
        serde_json::from_str(&row.try_get::<String, _>("payload").unwrap()).unwrap();
    let link = payload["link"].as_str().unwrap();
    assert!(link.starts_with("https://portal.example.org/reset-password?token="));
    let token = link.split_once("token=").unwrap().1.to_string();
    (row.try_get("to_address").unwrap(), token)
}

async fn queued(db: &Db) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let n = sqlx::query("SELECT COUNT(*) AS n FROM notifications")
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .try_get("n")
        .unwrap();
    tx.commit().await.unwrap();
    n
}

db_test!(
    a_mailed_link_sets_a_new_password_once_and_signs_everyone_out,
    |t| async move {
        let db = &t.db;
        accounts::create_user(
            db,
            &NewUser {
                email: "Reset.Me@example.org",
                display_name: "Reset Me",
                password: PASSWORD,
                preferred_locale: Some(Locale::Vi),
                roles: &[Role::Patient],
            },
            START,
        )
        .await
        .unwrap();
        let session = one_step(accounts::sign_in(
            db,
            "reset.me@example.org",
            PASSWORD,
            client(),
            START,
        ))
        .await
        .unwrap();

        let unknown = password_reset::request(
            db,
            "nobody@example.org",
            &LINK,
            Locale::En,
            &client(),
            START,
        )
        .await
        .unwrap();
        assert!(!unknown);
        assert_eq!(
            queued(db).await,
            0,
            "nothing is sent for an unknown address"
        );
        assert!(password_reset::request(
            db,
            "RESET.me@example.org",
            &LINK,
            Locale::En,
            &client(),
            START
        )
        .await
        .unwrap());
        let (to, token) = mailed_token(db).await;
        assert_eq!(to, "Reset.Me@example.org");
        let mut tx = db.begin_read().await.unwrap();
        let locale: String = sqlx::query("SELECT locale FROM notifications")
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .try_get("locale")
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(locale, "vi", "in the account's language");

        let weak = password_reset::complete(db, &token, "resetme", &client(), START).await;
        assert!(matches!(
            weak,
            Err(ResetError::Password(PasswordProblem::TooShort))
        ));
        password_reset::complete(db, &token, NEW_PASSWORD, &client(), START)
            .await
            .unwrap();
        let old_session = sessions::resolve(db, &session.token, client(), START)
            .await
            .unwrap();
        assert!(old_session.is_none(), "every session ends");
        let old = accounts::sign_in(db, "reset.me@example.org", PASSWORD, client(), START).await;
        assert!(matches!(old, Err(SignInError::InvalidCredentials)));
        one_step(accounts::sign_in(
            db,
            "reset.me@example.org",
            NEW_PASSWORD,
            client(),
            START,
        ))
        .await
        .expect("the new password works");
        let again =
            password_reset::complete(db, &token, "another fine passphrase", &client(), START).await;
        assert!(
            matches!(again, Err(ResetError::InvalidLink)),
            "the link works once"
        );
    }
);

db_test!(links_expire_and_requests_are_rate_limited, |t| async move {
    let db = &t.db;
    accounts::create_user(
        db,
        &NewUser {
            email: "late@example.org",
            display_name: "Late Reader",
            password: PASSWORD,
            preferred_locale: None,
            roles: &[Role::Patient],
        },
        START,
    )
    .await
    .unwrap();
    password_reset::request(db, "late@example.org", &LINK, Locale::Es, &client(), START)
        .await
        .unwrap();
    let (_, first) = mailed_token(db).await;
    password_reset::request(db, "late@example.org", &LINK, Locale::Es, &client(), START)
        .await
        .unwrap();
    let (_, second) = mailed_token(db).await;
    let retired = password_reset::complete(db, &first, NEW_PASSWORD, &client(), START).await;
    assert!(
        matches!(retired, Err(ResetError::InvalidLink)),
        "a newer link retires it"
    );
    let late = UtcMillis(START.0 + 31 * MINUTE_MS);
    let expired = password_reset::complete(db, &second, NEW_PASSWORD, &client(), late).await;
    assert!(
        matches!(expired, Err(ResetError::InvalidLink)),
        "30 minutes"
    );

    for _ in 0..3 {
        password_reset::request(db, "late@example.org", &LINK, Locale::Es, &client(), START)
            .await
            .unwrap();
    }
    let before = queued(db).await;
    let paused =
        password_reset::request(db, "late@example.org", &LINK, Locale::Es, &client(), START)
            .await
            .unwrap();
    assert!(!paused);
    assert_eq!(
        queued(db).await,
        before,
        "too many requests send nothing more"
    );
});
