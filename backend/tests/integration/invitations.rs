use crate::{
    db_test,
    harness::{front_desk_somewhere, staff_member},
};
use backend::{
    accounts::{
        invitations::{self, InvitationError, SignUp, SignUpError},
        sessions,
    },
    actor::{Actor, Client},
    db::Db,
    patients::{self, NewPatient},
};
use domain::{
    accounts::{PasswordProblem, Role},
    audit::AuditAction,
    time::UtcMillis,
};

const NOW: UtcMillis = UtcMillis(1_800_000_000_000);
const GOOD_PASSWORD: &str = "plum orbit lantern kettle";

async fn staff(db: &Db, email: &str, role: Role) -> Actor {
    staff_member(db, email, role, GOOD_PASSWORD, NOW).await
}

/// Front desk working at a location: who looks patients up and invites them.
async fn desk(db: &Db) -> Actor {
    front_desk_somewhere(db, "desk@example.org", GOOD_PASSWORD, NOW).await
}

async fn patient_record(db: &Db) -> i64 {
    patients::create(
        db,
        &NewPatient {
            user_id: None,
            given_name: "Nadia",
            family_name: "Haddad",
            date_of_birth: "1990-03-15",
        },
        NOW,
    )
    .await
    .unwrap()
}

fn form<'a>(code: &'a str, date_of_birth: &'a str, password: &'a str) -> SignUp<'a> {
    SignUp {
        code,
        date_of_birth,
        email: "nadia@example.org",
        password,
    }
}

db_test!(
    front_desk_invites_and_the_patient_signs_up_once,
    |t| async move {
        let db = &t.db;
        let desk = desk(db).await;
        let patient_id = patient_record(db).await;

        let found = invitations::find_patients(db, &desk, "HADDAD", "1990-03-15", NOW)
            .await
            .unwrap();
        assert_eq!(found.len(), 1);
        assert!(!found[0].has_account);
        let issued = invitations::issue(db, &desk, patient_id, NOW)
            .await
            .unwrap();
        assert_eq!(issued.patient_name, "Nadia Haddad");

        let client = || Client::new("192.0.2.7", "browser");
        let wrong_birth = invitations::sign_up(
            db,
            &form(&issued.code, "1990-03-16", GOOD_PASSWORD),
            client(),
            NOW,
        )
        .await;
        assert!(matches!(wrong_birth, Err(SignUpError::InvalidInvitation)));
        let weak = invitations::sign_up(
            db,
            &form(&issued.code, "1990-03-15", "nadiahaddad1990"),
            client(),
            NOW,
        )
        .await;
        assert!(matches!(
            weak,
            Err(SignUpError::Password(PasswordProblem::TooEasyToGuess))
        ));

        let typed_loosely = issued.code.to_lowercase().replace('-', " ");
        let signed_up = invitations::sign_up(
            db,
            &form(&typed_loosely, "1990-03-15", GOOD_PASSWORD),
            client(),
            NOW,
        )
        .await
        .expect("a valid code and date of birth");
        assert_eq!(signed_up.actor.patient_id, Some(patient_id));
        let actor = sessions::resolve(db, &signed_up.token, client(), NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(actor.roles, vec![Role::Patient]);

        let again = invitations::sign_up(
            db,
            &form(&issued.code, "1990-03-15", GOOD_PASSWORD),
            client(),
            NOW,
        )
        .await;
        assert!(
            matches!(again, Err(SignUpError::InvalidInvitation)),
            "single use"
        );
        let reissue = invitations::issue(db, &desk, patient_id, NOW).await;
        assert!(matches!(reissue, Err(InvitationError::AlreadyHasAccount)));
    }
);

db_test!(
    codes_expire_and_a_new_code_replaces_the_old,
    |t| async move {
        let db = &t.db;
        let desk = desk(db).await;
        let patient_id = patient_record(db).await;
        let first = invitations::issue(db, &desk, patient_id, NOW)
            .await
            .unwrap();
        let second = invitations::issue(db, &desk, patient_id, UtcMillis(NOW.0 + 1))
            .await
            .unwrap();
        let client = || Client::new("192.0.2.8", "browser");
        let later = UtcMillis(NOW.0 + 10);
        let old = invitations::sign_up(
            db,
            &form(&first.code, "1990-03-15", GOOD_PASSWORD),
            client(),
            later,
        )
        .await;
        assert!(
            matches!(old, Err(SignUpError::InvalidInvitation)),
            "replaced"
        );
        let expired = UtcMillis(second.expires_at.0 + 1);
        let late = invitations::sign_up(
            db,
            &form(&second.code, "1990-03-15", GOOD_PASSWORD),
            client(),
            expired,
        )
        .await;
        assert!(
            matches!(late, Err(SignUpError::InvalidInvitation)),
            "expired"
        );
    }
);

db_test!(
    only_front_desk_and_administrators_find_and_invite,
    |t| async move {
        let db = &t.db;
        let patient_id = patient_record(db).await;
        for (email, role) in [
            ("provider@example.org", Role::Provider),
            ("creds@example.org", Role::CredentialingAdmin),
            ("someone@example.org", Role::Patient),
            // Front desk that works nowhere yet.
            ("unassigned@example.org", Role::FrontDesk),
        ] {
            let actor = staff(db, email, role).await;
            assert!(matches!(
                invitations::find_patients(db, &actor, "Haddad", "1990-03-15", NOW).await,
                Err(InvitationError::NotFound)
            ));
            assert!(matches!(
                invitations::issue(db, &actor, patient_id, NOW).await,
                Err(InvitationError::NotFound)
            ));
        }
    }
);

db_test!(
    the_patient_sees_who_read_their_record_and_admins_search_the_log,
    |t| async move {
        use backend::audit::{self, AuditFilter, AuditSearchError};
        let db = &t.db;
        let desk = desk(db).await;
        let admin = staff(db, "admin@example.org", Role::SystemAdmin).await;
        let patient_id = patient_record(db).await;
        invitations::find_patients(db, &desk, "Haddad", "1990-03-15", NOW)
            .await
            .unwrap();
        let issued = invitations::issue(db, &desk, patient_id, NOW)
            .await
            .unwrap();
        let nadia = invitations::sign_up(
            db,
            &form(&issued.code, "1990-03-15", GOOD_PASSWORD),
            Client::new("192.0.2.9", "phone"),
            NOW,
        )
        .await
        .unwrap()
        .actor;

        let activity = audit::activity_for_patient(db, &nadia, 50).await.unwrap();
        let actions: Vec<_> = activity.iter().map(|a| a.action.clone()).collect();
        assert_eq!(
            actions,
            vec![
                Ok(AuditAction::IssueInvitation),
                Ok(AuditAction::ViewPatientSummary)
            ],
            "newest first, not her own sign-up"
        );
        assert!(activity
            .iter()
            .all(|a| a.actor_role == Some(Role::FrontDesk)));
        assert_eq!(activity[0].actor_name.as_deref(), Some("Staff Member"));

        assert!(matches!(
            audit::search(db, &nadia, &AuditFilter::default(), 50, NOW).await,
            Err(AuditSearchError::NotFound)
        ));
        let by_desk = AuditFilter {
            person: Some("DESK@example.org".into()),
            patient_id: Some(patient_id),
            ..AuditFilter::default()
        };
        let rows = audit::search(db, &admin, &by_desk, 50, NOW).await.unwrap();
        assert_eq!(rows.len(), 2);
        assert!(rows
            .iter()
            .all(|r| r.actor_email.as_deref() == Some("desk@example.org")));
        let only_issue = AuditFilter {
            action: Some(AuditAction::IssueInvitation),
            ..AuditFilter::default()
        };
        assert_eq!(
            audit::search(db, &admin, &only_issue, 50, NOW)
                .await
                .unwrap()
                .len(),
            1
        );
        let none_before = AuditFilter {
            until: Some(UtcMillis(NOW.0 - 1)),
            ..AuditFilter::default()
        };
        assert!(audit::search(db, &admin, &none_before, 50, NOW)
            .await
            .unwrap()
            .is_empty());
    }
);
