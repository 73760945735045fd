use crate::{
    db_test,
    harness::{app_code, staff_member},
};
use backend::{
    accounts::{
        invitations::SignUpError,
        staff_invitations::{self, StaffInvitationError, StaffSignUp},
        two_factor,
    },
    actor::Client,
};
use domain::{accounts::Role, time::UtcMillis};

const NOW: UtcMillis = UtcMillis(1_800_000_000_000);
const PASSWORD: &str = "violet harbour compass thistle";

fn client() -> Client {
    Client::new("192.0.2.30", "Mozilla/5.0 (test)")
}

db_test!(
    an_administrator_invites_staff_who_then_set_up_two_step_verification,
    |t| async move {
        let db = &t.db;
        let admin = staff_member(db, "admin@example.org", Role::SystemAdmin, PASSWORD, NOW).await;
        let desk = staff_member(db, "desk@example.org", Role::FrontDesk, PASSWORD, NOW).await;

        let refused =
            staff_invitations::issue(db, &desk, "Casey Nguyen", &[Role::FrontDesk], NOW).await;
        assert!(matches!(refused, Err(StaffInvitationError::NotFound)));
        let patient_role =
            staff_invitations::issue(db, &admin, "Casey Nguyen", &[Role::Patient], NOW).await;
        assert!(matches!(
            patient_role,
            Err(StaffInvitationError::InvalidRoles)
        ));
        let no_name = staff_invitations::issue(db, &admin, "  ", &[Role::FrontDesk], NOW).await;
        assert!(matches!(no_name, Err(StaffInvitationError::InvalidName)));

        let issued = staff_invitations::issue(
            db,
            &admin,
            "Casey Nguyen",
            &[Role::FrontDesk, Role::Provider],
            NOW,
        )
        .await
        .unwrap();
        let form = StaffSignUp {
            code: &issued.code.to_lowercase(),
            email: "casey@example.org",
            password: PASSWORD,
        };
        let signed_in = staff_invitations::sign_up(db, &form, client(), NOW)
            .await
            .unwrap();
        assert_eq!(signed_in.actor.display_name, "Casey Nguyen");
        assert!(signed_in.actor.two_factor_needed);
        assert!(
            signed_in.actor.roles.is_empty(),
            "staff roles wait for two-step verification"
        );

        let again = StaffSignUp {
            email: "other@example.org",
            ..form
        };
        let reused = staff_invitations::sign_up(db, &again, client(), NOW).await;
        assert!(matches!(reused, Err(SignUpError::InvalidInvitation)));

        let shown = two_factor::begin(db, &signed_in.actor, PASSWORD, NOW)
            .await
            .unwrap();
        let (after, _) =
            two_factor::confirm(db, &signed_in.actor, &app_code(&shown.secret, NOW), NOW)
                .await
                .unwrap();
        assert!(after.actor.has_role(Role::FrontDesk) && after.actor.has_role(Role::Provider));
    }
);

db_test!(an_expired_staff_code_does_not_work, |t| async move {
    let db = &t.db;
    let admin = staff_member(db, "admin@example.org", Role::SystemAdmin, PASSWORD, NOW).await;
    let issued = staff_invitations::issue(db, &admin, "Late Comer", &[Role::Provider], NOW)
        .await
        .unwrap();
    let later = UtcMillis(issued.expires_at.0 + 1);
    let form = StaffSignUp {
        code: &issued.code,
        email: "late@example.org",
        password: PASSWORD,
    };
    let expired = staff_invitations::sign_up(db, &form, client(), later).await;
    assert!(matches!(expired, Err(SignUpError::InvalidInvitation)));
});
