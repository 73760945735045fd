//! The staff schedule against the demo data: a provider sees only their own, front desk the
//! providers of a location it works at with the licence rule flagged, nobody else anything; blocked time takes
//! free times away until it is lifted; arrivals and no-shows follow their rules; every read and
//! change is audited.

use crate::{
    db_test,
    harness::{demo_actor, provider_and_place},
};
use backend::{
    actor::Actor,
    clock,
    db::Db,
    demo,
    scheduling::{
        self,
        staff_schedule::{self, Mark, NewBlock, ScheduleQuery, StaffError, StaffSchedule},
        BookingRequest,
    },
};
use domain::{
    appointments::{AppointmentStatus, VisitMode, VisitType},
    credentials::NotBookable,
    locale::Locale,
    schedule::Slot,
    staff_schedule::{
        BlockField, BlockProblem, BlockReason, BlockTimes, ScheduleSpan, StatusRefused,
    },
    time::{local_date, UtcMillis, DAY_MS, MINUTE_MS},
};
use jiff::civil::Date;
use sqlx::Row;

/// Tuesday 2027-01-12 08:00 UTC (03:00 in New York, 02:00 in Chicago).
const NOW: UtcMillis = UtcMillis(1_799_740_800_000);

async fn actor(db: &Db, email: &str) -> Actor {
    demo_actor(db, email, NOW).await
}

async fn provider(db: &Db, family_name: &str) -> (i64, i64) {
    provider_and_place(db, family_name).await
}

/// The demo's booked appointment of Pat Morgan with Dr Lee: (id, start).
async fn pats_appointment(db: &Db) -> (i64, UtcMillis) {
    let mut tx = db.begin_read().await.unwrap();
    let row = sqlx::query(
        "SELECT a.id, a.starts_at FROM appointments a JOIN patients p ON p.id = a.patient_id \
         WHERE p.family_name = 'Morgan' AND a.status = 'booked'",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    (row.get("id"), UtcMillis(row.get("starts_at")))
}

fn new_york_day(at: UtcMillis) -> Date {
    local_date(at, &clock::zone("America/New_York").unwrap()).unwrap()
}

fn week_of(day: Date) -> ScheduleQuery {
    ScheduleQuery {
        day: Some(day),
        span: ScheduleSpan::Week,
        ..ScheduleQuery::default()
    }
}

fn appointment_ids(schedule: &StaffSchedule) -> Vec<i64> {
    schedule
        .schedules
        .iter()
        .flat_map(|s| &s.days)
        .flat_map(|d| &d.appointments)
        .map(|a| a.appointment.id)
        .collect()
}

async fn free(db: &Db, (provider, location): (i64, i64), day: Date) -> Vec<Slot> {
    scheduling::free_slots(db, provider, location, Some(day), 1, NOW)
        .await
        .unwrap()
        .unwrap()
        .1
}

async fn count(db: &Db, sql: &str) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let n = sqlx::query(sql)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get::<i64, _>("n");
    tx.commit().await.unwrap();
    n
}

/// Dr Lee and Dr Bennett, who both work at Dr Lee's first location: (Lee, location, Bennett).
async fn lee_and_bennett(db: &Db) -> (i64, i64, i64) {
    let (lee, riverside) = provider(db, "Lee").await;
    let (bennett, bennett_at) = provider(db, "Bennett").await;
    assert_eq!(bennett_at, riverside);
    (lee, riverside, bennett)
}

/// How often `who` was recorded reading the appointment in a schedule.
async fn reads(db: &Db, appointment: i64, who: &Actor) -> i64 {
    count(
        db,
        &format!(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'schedule.read' \
             AND object_id = '{appointment}' AND actor_user_id = {}",
            who.user_id
        ),
    )
    .await
}

db_test!(a_provider_sees_only_their_own_schedule, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let lee = actor(db, "dr.lee@demo.test").await;
    let (lee_id, riverside) = provider(db, "Lee").await;
    let (appointment, starts_at) = pats_appointment(db).await;

    let week = staff_schedule::schedule(db, &lee, &week_of(new_york_day(starts_at)), NOW)
        .await
        .unwrap();
    assert!(!week.front_desk);
    assert_eq!(week.days.len(), 7);
    assert_eq!(week.days[0].weekday(), jiff::civil::Weekday::Monday);
    assert!(!week.schedules.is_empty());
    assert!(week.schedules.iter().all(|s| s.provider_id == lee_id));
    let shown = week
        .schedules
        .iter()
        .flat_map(|s| &s.days)
        .flat_map(|d| &d.appointments)
        .find(|a| a.appointment.id == appointment)
        .expect("Pat's appointment is in Dr Lee's week");
    assert_eq!(shown.appointment.patient_name, "Pat Morgan");
    assert_eq!(shown.appointment.status, AppointmentStatus::Booked);
    assert!(shown.arrival.is_err(), "a provider marks nothing here");
    // Working hours on a weekday, none on Sunday.
    let days = &week.schedules[0].days;
    assert!(!days[0].hours.is_empty());
    assert!(days[6].hours.is_empty());
    // The demo's on-call weekend is the one after NOW (a Tuesday).
    let this_week = staff_schedule::schedule(db, &lee, &week_of(new_york_day(NOW)), NOW)
        .await
        .unwrap();
    let weekend = &this_week.schedules[0].days[5..];
    assert!(weekend.iter().all(|d| d.on_call.len() == 1), "{weekend:?}");

    // Nobody else's schedule, and no location of someone else's.
    let (bennett, _) = provider(db, "Bennett").await;
    for query in [
        ScheduleQuery {
            provider_id: Some(bennett),
            ..week_of(new_york_day(starts_at))
        },
        ScheduleQuery {
            location_id: Some(riverside + 1_000),
            ..ScheduleQuery::default()
        },
    ] {
        assert!(matches!(
            staff_schedule::schedule(db, &lee, &query, NOW).await,
            Err(StaffError::NotFound)
        ));
    }
    // Reading the appointment was recorded for the patient.
    assert_eq!(reads(db, appointment, &lee).await, 1);
});

db_test!(
    front_desk_sees_a_locations_providers_with_the_licence_rule_flagged,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let desk = actor(db, "desk@demo.test").await;
        let (lee, riverside, bennett) = lee_and_bennett(db).await;
        let (appointment, starts_at) = pats_appointment(db).await;

        // The first active location by default: Dr Lee's, with Pat's appointment in its week.
        let week = staff_schedule::schedule(db, &desk, &week_of(new_york_day(starts_at)), NOW)
            .await
            .unwrap();
        assert!(week.front_desk);
        assert_eq!(week.location_id, Some(riverside));
        // The demo front desk works at the three New York locations only.
        assert_eq!(week.locations.len(), 3);
        assert!(week.providers.iter().any(|p| p.id == lee));
        assert!(week.schedules.iter().all(|s| s.location.id == riverside));
        assert!(appointment_ids(&week).contains(&appointment));

        // Marcus Bennett's New York licence expired yesterday: flagged; Dr Lee is not.
        let flag = |id: i64| {
            week.schedules
                .iter()
                .find(|s| s.provider_id == id)
                .unwrap()
                .licence
                .clone()
        };
        assert_eq!(
            flag(bennett),
            Some(NotBookable::NoCurrentLicence {
                jurisdiction: "US-NY".into()
            })
        );
        assert_eq!(flag(lee), None);

        // The demo's blocked morning is shown where it falls.
        let (okonkwo, _) = provider(db, "Okonkwo").await;
        let mut blocked = 0;
        for offset in [0, 7, 14] {
            let day = new_york_day(UtcMillis(NOW.0 + offset * DAY_MS));
            let query = ScheduleQuery {
                provider_id: Some(okonkwo),
                ..week_of(day)
            };
            let shown = staff_schedule::schedule(db, &desk, &query, NOW)
                .await
                .unwrap();
            assert_eq!(shown.schedules.len(), 1);
            blocked += shown.schedules[0]
                .days
                .iter()
                .map(|d| d.blocks.len())
                .sum::<usize>();
        }
        assert_eq!(blocked, 1, "the demo's procedure block");

        // One provider, one day; an unknown location or a provider from elsewhere is not found.
        let day = ScheduleQuery {
            day: Some(new_york_day(starts_at)),
            provider_id: Some(lee),
            ..ScheduleQuery::default()
        };
        let one = staff_schedule::schedule(db, &desk, &day, NOW)
            .await
            .unwrap();
        assert_eq!(one.days.len(), 1);
        assert_eq!(one.schedules.len(), 1);
        assert_eq!(appointment_ids(&one), vec![appointment]);
        let (elsewhere, elsewhere_at) = provider(db, "Zhang").await;
        assert_ne!(elsewhere_at, riverside);
        for query in [
            ScheduleQuery {
                location_id: Some(999_999),
                ..ScheduleQuery::default()
            },
            ScheduleQuery {
                provider_id: Some(elsewhere),
                ..ScheduleQuery::default()
            },
        ] {
            assert!(matches!(
                staff_schedule::schedule(db, &desk, &query, NOW).await,
                Err(StaffError::NotFound)
            ));
        }
        let there = ScheduleQuery {
            location_id: Some(elsewhere_at),
            ..ScheduleQuery::default()
        };
        let there = staff_schedule::schedule(db, &desk, &there, NOW)
            .await
            .unwrap();
        assert!(there.schedules.iter().any(|s| s.provider_id == elsewhere));
    }
);

db_test!(patients_and_administrators_are_refused, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let (appointment, _) = pats_appointment(db).await;
    let (lee, riverside) = provider(db, "Lee").await;
    let lee_actor = actor(db, "dr.lee@demo.test").await;
    for email in ["pat@demo.test", "admin@demo.test"] {
        let who = actor(db, email).await;
        assert!(
            matches!(
                staff_schedule::schedule(db, &who, &ScheduleQuery::default(), NOW).await,
                Err(StaffError::NotFound)
            ),
            "{email}"
        );
    }
    // Only front desk changes anything: a provider or a patient gets "not found", as for an id
    // that does not exist.
    for who in [actor(db, "pat@demo.test").await, lee_actor] {
        for result in [
            staff_schedule::mark(db, &who, appointment, Mark::Arrived, NOW).await,
            staff_schedule::mark(db, &who, appointment, Mark::NoShow, NOW).await,
            staff_schedule::lift_block(db, &who, 1, NOW).await,
        ] {
            assert!(matches!(result, Err(StaffError::NotFound)), "{result:?}");
        }
        // The appointment exists: the two refused marks are one audited refusal (one a minute).
        let mut tx = db.begin_read().await.unwrap();
        let refused: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM audit_log WHERE actor_user_id = $1 \
             AND outcome = 'denied' AND object_type = 'appointment' AND object_id = $2",
        )
        .bind(who.user_id)
        .bind(appointment.to_string())
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("n");
        tx.commit().await.unwrap();
        assert_eq!(refused, 1, "{}", who.display_name);
        let block = NewBlock {
            provider_id: Some(lee),
            location_id: riverside,
            reason: BlockReason::Leave,
            times: BlockTimes {
                start_date: "2027-01-13",
                start_time: "09:00",
                end_date: "2027-01-13",
                end_time: "12:00",
            },
        };
        assert!(matches!(
            staff_schedule::add_block(db, &who, &block, NOW).await,
            Err(StaffError::NotFound)
        ));
    }
    assert_eq!(
        count(db, "SELECT COUNT(*) AS n FROM schedule_blocks WHERE provider_id IS NOT NULL AND reason = 'leave'").await,
        0
    );
});

db_test!(
    a_block_takes_free_times_away_until_it_is_lifted,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let desk = actor(db, "desk@demo.test").await;
        let lee = provider(db, "Lee").await;
        let (appointment, starts_at) = pats_appointment(db).await;
        let day = new_york_day(starts_at);
        let before = free(db, lee, day).await;
        assert!(!before.is_empty());

        // The whole morning of Pat's appointment, typed as the clinic's wall-clock time.
        let date = day.to_string();
        let block = NewBlock {
            provider_id: Some(lee.0),
            location_id: lee.1,
            reason: BlockReason::Procedure,
            times: BlockTimes {
                start_date: &date,
                start_time: "08:00",
                end_date: &date,
                end_time: "12:00",
            },
        };
        let added = staff_schedule::add_block(db, &desk, &block, NOW)
            .await
            .unwrap();
        assert_eq!(added.time_zone, "America/New_York");
        assert_eq!(
            added.affected.iter().map(|a| a.id).collect::<Vec<_>>(),
            vec![appointment],
            "the block falls on Pat's appointment, which keeps its time"
        );
        // The same submit again keeps one block.
        let again = staff_schedule::add_block(db, &desk, &block, NOW)
            .await
            .unwrap();
        assert_eq!(again.block_id, added.block_id);

        let during = free(db, lee, day).await;
        assert!(during.len() < before.len());
        assert!(during
            .iter()
            .all(|slot| { clock::zoned(slot.start, "America/New_York").unwrap().hour >= 12 }));

        // The schedule shows it with the appointment it falls on.
        let query = ScheduleQuery {
            day: Some(day),
            provider_id: Some(lee.0),
            ..ScheduleQuery::default()
        };
        let shown = staff_schedule::schedule(db, &desk, &query, NOW)
            .await
            .unwrap();
        let today = &shown.schedules[0].days[0];
        assert_eq!(today.blocks.len(), 1);
        assert_eq!(today.blocks[0].reason, BlockReason::Procedure);
        assert_eq!(today.blocks[0].affected[0].patient_name, "Pat Morgan");
        assert!(today.appointments[0].during_block);

        staff_schedule::lift_block(db, &desk, added.block_id, NOW)
            .await
            .unwrap();
        staff_schedule::lift_block(db, &desk, added.block_id, NOW)
            .await
            .unwrap();
        assert_eq!(free(db, lee, day).await, before);
        let shown = staff_schedule::schedule(db, &desk, &query, NOW)
            .await
            .unwrap();
        assert!(shown.schedules[0].days[0].blocks.is_empty());
        assert!(!shown.schedules[0].days[0].appointments[0].during_block);

        // Both changes are audited; the block stays as history.
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) AS n FROM audit_log WHERE action IN \
                 ('schedule_block.add', 'schedule_block.lift')"
            )
            .await,
            2
        );
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) AS n FROM schedule_blocks WHERE lifted_at IS NOT NULL"
            )
            .await,
            1
        );
        assert!(matches!(
            staff_schedule::lift_block(db, &desk, 999_999, NOW).await,
            Err(StaffError::NotFound)
        ));

        // A form with problems says which field has which.
        let wrong = NewBlock {
            times: BlockTimes {
                start_date: &date,
                start_time: "",
                end_date: "2027-13-01",
                end_time: "10:00",
            },
            ..block
        };
        match staff_schedule::add_block(db, &desk, &wrong, NOW).await {
            Err(StaffError::Block(problems)) => assert_eq!(
                problems,
                vec![
                    (BlockField::StartTime, BlockProblem::Missing),
                    (BlockField::EndDate, BlockProblem::NotADate),
                ]
            ),
            other => panic!("unexpected {other:?}"),
        }
    }
);

db_test!(
    front_desk_marks_arrivals_on_the_day_and_no_shows_after_the_start,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let desk = actor(db, "desk@demo.test").await;
        let pat = actor(db, "pat@demo.test").await;
        let lee = provider(db, "Lee").await;
        let (later, _) = pats_appointment(db).await;

        // Front desk books Pat in with Dr Lee today, and a second visit later today.
        let today = free(db, lee, new_york_day(NOW)).await;
        assert!(today.len() >= 3);
        let mut booked = Vec::new();
        for (n, slot) in [&today[0], &today[2]].into_iter().enumerate() {
            let key = format!("staff-schedule-key-{n:04}");
            let request = BookingRequest {
                patient_id: pat.patient_id,
                provider_id: lee.0,
                location_id: lee.1,
                starts_at: slot.start,
                visit_mode: VisitMode::InPerson,
                visit_type: VisitType::FollowUp,
                reason: "Blood pressure check",
                idempotency_key: &key,
                origin: "https://portal.example.org",
                locale: Locale::En,
            };
            let made = scheduling::book(db, &desk, &request, NOW).await.unwrap();
            booked.push((made.appointment_id, slot.start));
        }
        let (first, first_start) = booked[0];
        let (second, second_start) = booked[1];

        // Arrived: today's, not the one days ahead; marking twice changes nothing.
        assert!(matches!(
            staff_schedule::mark(db, &desk, later, Mark::Arrived, NOW).await,
            Err(StaffError::Refused(StatusRefused::NotItsDay))
        ));
        staff_schedule::mark(db, &desk, first, Mark::Arrived, NOW)
            .await
            .unwrap();
        staff_schedule::mark(db, &desk, first, Mark::Arrived, NOW)
            .await
            .unwrap();
        let mut tx = db.begin_read().await.unwrap();
        let row = sqlx::query("SELECT status, arrived_at FROM appointments WHERE id = $1")
            .bind(first)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(row.get::<String, _>("status"), "arrived");
        assert_eq!(row.get::<Option<i64>, _>("arrived_at"), Some(NOW.0));
        assert!(first_start > NOW, "arrived before the start, on the day");

        // A no-show only once the appointment has started; an arrived one is not missed.
        assert!(matches!(
            staff_schedule::mark(db, &desk, second, Mark::NoShow, NOW).await,
            Err(StaffError::Refused(StatusRefused::NotStarted))
        ));
        let after = UtcMillis(second_start.0 + 10 * MINUTE_MS);
        staff_schedule::mark(db, &desk, second, Mark::NoShow, after)
            .await
            .unwrap();
        assert!(matches!(
            staff_schedule::mark(db, &desk, first, Mark::NoShow, after).await,
            Err(StaffError::Refused(StatusRefused::NotBooked))
        ));

        // The schedule shows the statuses, and offers nothing more to mark.
        let query = ScheduleQuery {
            provider_id: Some(lee.0),
            ..ScheduleQuery::default()
        };
        let shown = staff_schedule::schedule(db, &desk, &query, after)
            .await
            .unwrap();
        let listed = &shown.schedules[0].days[0].appointments;
        let status_of = |id| listed.iter().find(|a| a.appointment.id == id).unwrap();
        assert_eq!(
            status_of(first).appointment.status,
            AppointmentStatus::Arrived
        );
        assert_eq!(
            status_of(second).appointment.status,
            AppointmentStatus::NoShow
        );
        assert!(status_of(first).arrival.is_err() && status_of(second).no_show.is_err());

        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) AS n FROM audit_log WHERE action IN \
                 ('appointment.arrive', 'appointment.no_show')"
            )
            .await,
            2
        );
    }
);

db_test!(
    several_blocks_on_one_day_are_all_listed_with_what_they_fall_on,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let desk = actor(db, "desk@demo.test").await;
        let (lee, riverside, bennett) = lee_and_bennett(db).await;
        let (appointment, starts_at) = pats_appointment(db).await;
        let day = new_york_day(starts_at);
        let date = day.to_string();
        // The hour of Pat's appointment, as the clinic's wall clock reads it.
        let hour = clock::zoned(starts_at, "America/New_York").unwrap().hour;
        assert!(hour < 23);
        let (from, to) = (format!("{hour:02}:00"), format!("{:02}:00", hour + 1));
        // Dr Lee's hour of Pat's appointment, the whole location's same hour, Dr Lee's early
        // morning, and Dr Bennett's same hour: four blocks on one day.
        let mut added = Vec::new();
        for (provider_id, reason, start_time, end_time) in [
            (
                Some(lee),
                BlockReason::Procedure,
                from.as_str(),
                to.as_str(),
            ),
            (None, BlockReason::Training, from.as_str(), to.as_str()),
            (Some(lee), BlockReason::Other, "05:00", "06:00"),
            (
                Some(bennett),
                BlockReason::Leave,
                from.as_str(),
                to.as_str(),
            ),
        ] {
            let new = NewBlock {
                provider_id,
                location_id: riverside,
                reason,
                times: BlockTimes {
                    start_date: &date,
                    start_time,
                    end_date: &date,
                    end_time,
                },
            };
            added.push(
                staff_schedule::add_block(db, &desk, &new, NOW)
                    .await
                    .unwrap(),
            );
        }
        let affected = |n: usize| added[n].affected.iter().map(|a| a.id).collect::<Vec<_>>();
        assert_eq!(affected(0), vec![appointment]);
        assert_eq!(affected(1), vec![appointment]);
        assert!(affected(2).is_empty());
        assert!(
            affected(3).is_empty(),
            "Dr Bennett's block is not on Dr Lee's appointment"
        );
        let ids: Vec<i64> = added.iter().map(|a| a.block_id).collect();

        // The location's day: each provider's blocks, each with what it falls on.
        let query = ScheduleQuery {
            day: Some(day),
            location_id: Some(riverside),
            ..ScheduleQuery::default()
        };
        let shown = staff_schedule::schedule(db, &desk, &query, NOW)
            .await
            .unwrap();
        let day_of = |provider: i64| {
            &shown
                .schedules
                .iter()
                .find(|s| s.provider_id == provider)
                .unwrap()
                .days[0]
        };
        let lees = day_of(lee);
        let listed: Vec<i64> = lees.blocks.iter().map(|b| b.id).collect();
        assert_eq!(
            listed
                .iter()
                .filter(|id| ids.contains(id))
                .copied()
                .collect::<Vec<_>>(),
            vec![ids[2], ids[0], ids[1]],
            "in order of start: {listed:?}"
        );
        assert!(!listed.contains(&ids[3]));
        let of = |id: i64| lees.blocks.iter().find(|b| b.id == id).unwrap();
        assert_eq!(of(ids[0]).affected.len(), 1);
        assert_eq!(of(ids[0]).affected[0].id, appointment);
        assert_eq!(of(ids[0]).affected[0].patient_name, "Pat Morgan");
        assert!(!of(ids[0]).whole_location);
        assert_eq!(of(ids[1]).affected.len(), 1);
        assert_eq!(of(ids[1]).affected[0].provider_name, "Jordan Lee, MD");
        assert!(of(ids[1]).whole_location);
        assert!(of(ids[2]).affected.is_empty());
        let pats = lees
            .appointments
            .iter()
            .find(|a| a.appointment.id == appointment)
            .unwrap();
        assert!(pats.during_block);
        let bennetts = day_of(bennett);
        let theirs: Vec<i64> = bennetts
            .blocks
            .iter()
            .map(|b| b.id)
            .filter(|id| ids.contains(id))
            .collect();
        assert_eq!(theirs.len(), 2, "{theirs:?}");
        assert!(theirs.contains(&ids[1]) && theirs.contains(&ids[3]));
        let bennetts_own = bennetts.blocks.iter().find(|b| b.id == ids[3]).unwrap();
        assert!(bennetts_own.affected.is_empty());

        // Pat's appointment was read by front desk once per answer: twice when blocking time,
        // once in the schedule, however many blocks fall on it.
        assert_eq!(reads(db, appointment, &desk).await, 3);
    }
);
