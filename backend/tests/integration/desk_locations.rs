//! Front desk works only where a system administrator assigned it (security review finding
//! 10): against the demo data, whose front desk works at the New York locations, a front desk
//! assigned to a Chicago location reads, books, moves, cancels, marks and blocks nothing in New
//! York, and gets the answer an outsider gets; assignments are an administrator's, audited.

use crate::{
    db_test,
    harness::{demo_actor, provider_and_place, staff_member},
};
use backend::{
    actor::Actor,
    db::Db,
    demo, patients,
    scheduling::{
        self,
        staff_schedule::{self, Mark, NewBlock, ScheduleQuery, StaffError},
        waitlist, BookingPageQuery, BookingRequest, SchedulingError,
    },
    staff_locations::{self, StaffLocationError},
};
use domain::{
    accounts::Role,
    appointments::{AppointmentStatus, VisitMode, VisitType},
    locale::Locale,
    staff_schedule::{BlockReason, BlockTimes},
    time::{UtcMillis, HOUR_MS},
};
use sqlx::Row;

/// Tuesday 2027-01-12 08:00 UTC (03:00 in New York, 02:00 in Chicago).
const NOW: UtcMillis = UtcMillis(1_799_740_800_000);
const PASSWORD: &str = "plum orbit lantern kettle";

async fn one_id(db: &Db, sql: &str) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let id = sqlx::query(sql)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("id");
    tx.commit().await.unwrap();
    id
}

/// The demo's booked appointment of Pat Morgan with Dr Lee, in New York.
async fn pats_appointment(db: &Db) -> i64 {
    one_id(
        db,
        "SELECT a.id FROM appointments a JOIN patients p ON p.id = a.patient_id \
         WHERE p.family_name = 'Morgan' AND a.status = 'booked'",
    )
    .await
}

async fn chicago_location(db: &Db) -> i64 {
    one_id(
        db,
        "SELECT id FROM locations WHERE jurisdiction = 'US-IL' ORDER BY id LIMIT 1",
    )
    .await
}

/// Front desk that a system administrator assigned to a Chicago location only.
async fn desk_in_chicago(db: &Db) -> Actor {
    let desk = staff_member(
        db,
        "desk.chicago@example.org",
        Role::FrontDesk,
        PASSWORD,
        NOW,
    )
    .await;
    let admin = demo_actor(db, "admin@demo.test", NOW).await;
    staff_locations::assign(db, &admin, desk.user_id, chicago_location(db).await, NOW)
        .await
        .unwrap();
    desk
}

fn booking<'a>(
    (provider_id, location_id): (i64, i64),
    at: UtcMillis,
    key: &'a str,
    patient_id: i64,
) -> BookingRequest<'a> {
    BookingRequest {
        patient_id: Some(patient_id),
        provider_id,
        location_id,
        starts_at: at,
        visit_mode: VisitMode::InPerson,
        visit_type: VisitType::FollowUp,
        reason: "Knee pain after running",
        idempotency_key: key,
        origin: "https://portal.example.org",
        locale: Locale::En,
    }
}

async fn first_free(db: &Db, (provider, location): (i64, i64)) -> UtcMillis {
    scheduling::free_slots(db, provider, location, None, 14, NOW)
        .await
        .unwrap()
        .unwrap()
        .1[0]
        .start
}

fn not_found<T: std::fmt::Debug>(result: Result<T, SchedulingError>) -> bool {
    matches!(result, Err(SchedulingError::NotFound))
}

fn staff_not_found<T: std::fmt::Debug>(result: Result<T, StaffError>) -> bool {
    matches!(result, Err(StaffError::NotFound))
}

db_test!(
    front_desk_elsewhere_reads_and_changes_nothing_here,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let elsewhere = desk_in_chicago(db).await;
        let here = demo_actor(db, "desk@demo.test", NOW).await;
        let appointment = pats_appointment(db).await;
        let lee = provider_and_place(db, "Lee").await;
        let pat_id = one_id(db, "SELECT id FROM patients WHERE family_name = 'Morgan'").await;
        let later = UtcMillis(NOW.0 + 2 * HOUR_MS);

        // Reading, moving, cancelling and waitlisting Pat's New York appointment: as for an
        // appointment that does not exist.
        for id in [appointment, 999_999] {
            assert!(not_found(
                scheduling::appointment(db, &elsewhere, id, NOW).await
            ));
            assert!(not_found(
                scheduling::appointment_page(db, &elsewhere, id, NOW).await
            ));
            assert!(not_found(
                scheduling::reschedule(db, &elsewhere, id, later, "", Locale::En, NOW).await
            ));
            assert!(not_found(
                scheduling::cancel(db, &elsewhere, id, "", Locale::En, NOW).await
            ));
            assert!(not_found(
                waitlist::join_for_earlier(db, &elsewhere, id, NOW).await
            ));
            for mark in [Mark::Arrived, Mark::NoShow] {
                assert!(staff_not_found(
                    staff_schedule::mark(db, &elsewhere, id, mark, NOW).await
                ));
            }
        }

        // Booking Pat into New York, or naming Pat on a New York booking page.
        let at = first_free(db, lee).await;
        let key = "elsewhere-key-000001";
        assert!(not_found(
            scheduling::book(db, &elsewhere, &booking(lee, at, key, pat_id), NOW).await
        ));
        let page = BookingPageQuery {
            provider_id: lee.0,
            location_id: lee.1,
            week: None,
            start: None,
            booking_for: Some(pat_id),
        };
        let shown = scheduling::booking_page(db, Some(&elsewhere), &page, "en", NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(shown.booking_for, None);

        // The New York schedule and its blocked time.
        let riverside = ScheduleQuery {
            location_id: Some(lee.1),
            ..ScheduleQuery::default()
        };
        assert!(staff_not_found(
            staff_schedule::schedule(db, &elsewhere, &riverside, NOW).await
        ));
        let own = staff_schedule::schedule(db, &elsewhere, &ScheduleQuery::default(), NOW)
            .await
            .unwrap();
        let chicago = chicago_location(db).await;
        assert_eq!(
            own.locations.iter().map(|l| l.id).collect::<Vec<_>>(),
            vec![chicago]
        );
        let block = NewBlock {
            provider_id: Some(lee.0),
            location_id: lee.1,
            reason: BlockReason::Leave,
            times: BlockTimes {
                start_date: "2027-01-13",
                start_time: "09:00",
                end_date: "2027-01-13",
                end_time: "12:00",
            },
        };
        assert!(staff_not_found(
            staff_schedule::add_block(db, &elsewhere, &block, NOW).await
        ));
        let new_york_block = one_id(
            db,
            "SELECT b.id FROM schedule_blocks b JOIN locations l ON l.id = b.location_id \
             WHERE l.jurisdiction = 'US-NY' ORDER BY b.id LIMIT 1",
        )
        .await;
        for id in [new_york_block, 999_999] {
            assert!(staff_not_found(
                staff_schedule::lift_block(db, &elsewhere, id, NOW).await
            ));
        }

        // Nothing changed; the New York front desk does all of it.
        let view = scheduling::appointment(db, &here, appointment, NOW)
            .await
            .unwrap();
        assert_eq!(view.status, AppointmentStatus::Booked);
        assert_eq!(view.changeable, Ok(()));
        let shown = scheduling::booking_page(db, Some(&here), &page, "en", NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(shown.booking_for.map(|(id, _)| id), Some(pat_id));
        scheduling::book(db, &here, &booking(lee, at, key, pat_id), NOW)
            .await
            .unwrap();
        staff_schedule::lift_block(db, &here, new_york_block, NOW)
            .await
            .unwrap();
        scheduling::cancel(db, &here, appointment, "", Locale::En, NOW)
            .await
            .unwrap();
    }
);

db_test!(front_desk_nowhere_acts_for_no_one, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let nowhere = staff_member(db, "new.desk@example.org", Role::FrontDesk, PASSWORD, NOW).await;
    let pat_id = one_id(db, "SELECT id FROM patients WHERE family_name = 'Morgan'").await;
    assert_eq!(
        patients::name_for_front_desk(db, &nowhere, pat_id, NOW)
            .await
            .unwrap(),
        None
    );
    assert!(staff_not_found(
        staff_schedule::schedule(db, &nowhere, &ScheduleQuery::default(), NOW).await
    ));
    // Front desk anywhere may start booking for a patient new to its locations.
    let elsewhere = desk_in_chicago(db).await;
    assert!(patients::name_for_front_desk(db, &elsewhere, pat_id, NOW)
        .await
        .unwrap()
        .is_some());
});

async fn audit_rows(db: &Db, action: &str) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let n = sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get::<i64, _>("n");
    tx.commit().await.unwrap();
    n
}

db_test!(
    a_system_administrator_assigns_and_removes_locations,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let admin = demo_actor(db, "admin@demo.test", NOW).await;
        let elsewhere = desk_in_chicago(db).await;
        let appointment = pats_appointment(db).await;
        let (_, riverside) = provider_and_place(db, "Lee").await;

        // Nobody else assigns or removes; an account that is not front desk, or a location
        // that does not exist, is not found.
        for email in ["desk@demo.test", "dr.lee@demo.test", "pat@demo.test"] {
            let who = demo_actor(db, email, NOW).await;
            assert!(matches!(
                staff_locations::assign(db, &who, elsewhere.user_id, riverside, NOW).await,
                Err(StaffLocationError::NotFound)
            ));
            assert!(matches!(
                staff_locations::remove(db, &who, elsewhere.user_id, riverside, NOW).await,
                Err(StaffLocationError::NotFound)
            ));
            assert!(matches!(
                staff_locations::assignments(db, &who).await,
                Err(StaffLocationError::NotFound)
            ));
        }
        let lee_user = demo_actor(db, "dr.lee@demo.test", NOW).await.user_id;
        for (user_id, location_id) in [(lee_user, riverside), (elsewhere.user_id, 999_999)] {
            assert!(matches!(
                staff_locations::assign(db, &admin, user_id, location_id, NOW).await,
                Err(StaffLocationError::NotFound)
            ));
        }
        assert!(not_found(
            scheduling::appointment(db, &elsewhere, appointment, NOW).await
        ));

        // Assigned (twice: kept once), the desk works there; the page lists it.
        for _ in 0..2 {
            staff_locations::assign(db, &admin, elsewhere.user_id, riverside, NOW)
                .await
                .unwrap();
        }
        assert_eq!(
            audit_rows(db, "staff_location_assign").await,
            2,
            "Chicago, then Riverside"
        );
        scheduling::appointment(db, &elsewhere, appointment, NOW)
            .await
            .unwrap();
        let page = staff_locations::assignments(db, &admin).await.unwrap();
        let member = page
            .staff
            .iter()
            .find(|m| m.user_id == elsewhere.user_id)
            .unwrap();
        assert!(member.locations.iter().any(|l| l.id == riverside));
        assert_eq!(member.locations.len(), 2);
        let demo_desk = page.staff.iter().find(|m| m.name == "Sam Okafor").unwrap();
        assert_eq!(demo_desk.locations.len(), 3, "the New York locations");
        assert_eq!(page.locations.len(), 6);

        // Removed (twice: once recorded), it works there no more.
        for _ in 0..2 {
            staff_locations::remove(db, &admin, elsewhere.user_id, riverside, NOW)
                .await
                .unwrap();
        }
        assert_eq!(audit_rows(db, "staff_location_remove").await, 1);
        assert!(not_found(
            scheduling::appointment(db, &elsewhere, appointment, NOW).await
        ));
    }
);
