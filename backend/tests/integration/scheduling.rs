//! Booking, rescheduling and cancelling against the demo data: the database refuses double
//! bookings however many attempts race, the licence rule refuses bookings, and every change
//! queues the patient's messages in its own transaction.

use crate::{
    db_test,
    harness::{demo_actor, provider_and_place},
};
use backend::{
    actor::Actor,
    db::Db,
    demo, patients,
    scheduling::{self, BookingRequest, SchedulingError},
};
use domain::{
    appointments::{AppointmentStatus, ChangeRefused, VisitMode, VisitType},
    credentials::NotBookable,
    locale::Locale,
    schedule::Slot,
    time::{UtcMillis, HOUR_MS},
};
use sqlx::Row;

/// Tuesday 2027-01-12 08:00 UTC (03:00 in New York, 02:00 in Chicago).
const NOW: UtcMillis = UtcMillis(1_799_740_800_000);

async fn patient(db: &Db, email: &str) -> Actor {
    demo_actor(db, email, NOW).await
}

async fn desk(db: &Db) -> Actor {
    demo_actor(db, "desk@demo.test", NOW).await
}

async fn provider(db: &Db, family_name: &str) -> (i64, i64) {
    provider_and_place(db, family_name).await
}

async fn free(db: &Db, (provider, location): (i64, i64)) -> Vec<Slot> {
    scheduling::free_slots(db, provider, location, None, 14, NOW)
        .await
        .unwrap()
        .unwrap()
        .1
}

fn request<'a>(
    (provider_id, location_id): (i64, i64),
    slot: &Slot,
    key: &'a str,
) -> BookingRequest<'a> {
    BookingRequest {
        patient_id: None,
        provider_id,
        location_id,
        starts_at: slot.start,
        visit_mode: VisitMode::InPerson,
        visit_type: VisitType::FollowUp,
        reason: "Knee pain after running",
        idempotency_key: key,
        origin: "https://portal.example.org",
        locale: Locale::En,
    }
}

async fn count(db: &Db, sql: &str, id: i64) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let n = sqlx::query(sql)
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get::<i64, _>("n");
    tx.commit().await.unwrap();
    n
}

db_test!(a_patient_books_a_free_time_once, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let pat = patient(db, "pat@demo.test").await;
    let lee = provider(db, "Lee").await;
    let slots = free(db, lee).await;
    // Beyond the 24-hour cut-off, so the patient may still change it.
    let slot = slots
        .iter()
        .find(|s| s.kinds.new_patients && s.start.0 > NOW.0 + 48 * HOUR_MS)
        .copied()
        .unwrap();

    let booked = scheduling::book(db, &pat, &request(lee, &slot, "key-0000000000000001"), NOW)
        .await
        .unwrap();
    assert!(!booked.repeated);
    // The time is no longer free, and a retried submit answers with the same appointment.
    assert!(!free(db, lee).await.contains(&slot));
    let again = scheduling::book(db, &pat, &request(lee, &slot, "key-0000000000000001"), NOW)
        .await
        .unwrap();
    assert_eq!(again.appointment_id, booked.appointment_id);
    assert!(again.repeated);

    let mine = scheduling::appointments_of_patient(db, &pat, NOW)
        .await
        .unwrap();
    let shown = mine
        .upcoming
        .iter()
        .find(|a| a.id == booked.appointment_id)
        .unwrap();
    assert_eq!(
        (shown.starts_at, shown.status),
        (slot.start, AppointmentStatus::Booked)
    );
    assert_eq!(shown.changeable, Ok(()));

    // The confirmation goes now, the reminders 3 days and 1 day before (when still ahead).
    let mut tx = db.begin_read().await.unwrap();
    let queued: Vec<(String, i64)> = sqlx::query(
        "SELECT kind, deliver_after FROM notifications WHERE kind LIKE 'appointment_%' \
         ORDER BY deliver_after",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get("kind"), r.get("deliver_after")))
    .collect();
    tx.commit().await.unwrap();
    assert_eq!(queued[0], ("appointment_booked".to_string(), NOW.0));
    for (kind, due) in &queued[1..] {
        assert_eq!(kind, "appointment_reminder");
        assert!(*due == slot.start.0 - 72 * HOUR_MS || *due == slot.start.0 - 24 * HOUR_MS);
    }

    // Someone else asking for the same time hears it was taken, with the nearest free times.
    let maria = patient(db, "maria@demo.test").await;
    match scheduling::book(
        db,
        &maria,
        &request(lee, &slot, "key-0000000000000002"),
        NOW,
    )
    .await
    {
        Err(SchedulingError::Taken { nearest, .. }) => {
            assert_eq!(nearest.len(), 3);
            assert!(nearest.iter().all(|s| s.start != slot.start));
        }
        other => panic!("expected Taken, got {other:?}"),
    }
    // María cannot see or cancel Pat's appointment: it does not exist, for her.
    assert!(matches!(
        scheduling::appointment(db, &maria, booked.appointment_id, NOW).await,
        Err(SchedulingError::NotFound)
    ));
    assert!(matches!(
        scheduling::cancel(db, &maria, booked.appointment_id, "", Locale::En, NOW).await,
        Err(SchedulingError::NotFound)
    ));
});

db_test!(many_attempts_at_one_time_book_it_once, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let desk = desk(db).await;
    let lee = provider(db, "Lee").await;
    let slot = free(db, lee).await[0];
    let mut patients_ids = Vec::new();
    for n in 0..40 {
        let id = patients::create(
            db,
            &patients::NewPatient {
                user_id: None,
                given_name: "Racer",
                family_name: &format!("Number{n}"),
                date_of_birth: "1990-01-01",
            },
            NOW,
        )
        .await
        .unwrap();
        patients_ids.push(id);
    }
    // Two pools, as two server processes would have.
    let second = t.second_pool().await;
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(patients_ids.len()));
    let attempts = patients_ids.iter().enumerate().map(|(n, &patient_id)| {
        let db = if n % 2 == 0 {
            db.clone()
        } else {
            second.clone()
        };
        let (desk, slot, barrier) = (desk.clone(), slot, barrier.clone());
        tokio::spawn(async move {
            let key = format!("race-key-{n:012}");
            let request = BookingRequest {
                patient_id: Some(patient_id),
                ..request(lee, &slot, &key)
            };
            barrier.wait().await;
            scheduling::book(&db, &desk, &request, NOW).await
        })
    });
    let results = futures::future::join_all(attempts).await;
    let mut booked = 0;
    for result in results {
        match result.unwrap() {
            Ok(_) => booked += 1,
            Err(SchedulingError::Taken { .. }) => {}
            Err(other) => panic!("expected success or Taken, got {other:?}"),
        }
    }
    assert_eq!(booked, 1);
    let held = count(
        db,
        "SELECT COUNT(*) AS n FROM appointments WHERE provider_id = $1 AND status = 'booked' \
         AND starts_at < (SELECT MAX(ends_at) FROM appointments) AND patient_id IN \
         (SELECT id FROM patients WHERE given_name = 'Racer')",
        lee.0,
    )
    .await;
    assert_eq!(held, 1);
    second.close().await;
});

db_test!(the_database_refuses_overlaps_itself, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let lee = provider(db, "Lee").await;
    let mut tx = db.begin_write().await.unwrap();
    let existing = sqlx::query(
        "SELECT patient_id, starts_at, ends_at, booked_by FROM appointments \
         WHERE provider_id = $1 AND status = 'booked'",
    )
    .bind(lee.0)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let other_patient: i64 = sqlx::query("SELECT MAX(id) AS id FROM patients")
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("id");
    // Fifteen minutes into the demo patient's appointment with the same provider.
    let refused = sqlx::query(
        "INSERT INTO appointments (patient_id, provider_id, location_id, starts_at, ends_at, \
         visit_mode, visit_type, reason, status, booked_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'in_person', 'follow_up', 'x', 'booked', $6, 0, 0)",
    )
    .bind(other_patient)
    .bind(lee.0)
    .bind(lee.1)
    .bind(existing.get::<i64, _>("starts_at") + 15 * 60_000)
    .bind(existing.get::<i64, _>("ends_at") + 15 * 60_000)
    .bind(existing.get::<i64, _>("booked_by"))
    .execute(&mut *tx)
    .await;
    assert!(refused.is_err(), "an overlapping appointment was stored");
    tx.rollback().await.unwrap();
});

db_test!(
    a_lapsed_or_pending_licence_refuses_the_booking,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let pat = patient(db, "pat@demo.test").await;
        for (family, expected) in [
            ("Bennett", "NoCurrentLicence"),
            ("Njoroge", "LicencePending"),
        ] {
            let (provider_id, _) = provider(db, family).await;
            // Every location of theirs in the refused jurisdiction, with a time their hours offer.
            let mut tx = db.begin_read().await.unwrap();
            let locations: Vec<i64> =
                sqlx::query("SELECT location_id FROM provider_locations WHERE provider_id = $1")
                    .bind(provider_id)
                    .fetch_all(&mut *tx)
                    .await
                    .unwrap()
                    .iter()
                    .map(|r| r.get("location_id"))
                    .collect();
            tx.commit().await.unwrap();
            let mut refused = 0;
            for location in locations {
                let slots = free(db, (provider_id, location)).await;
                let Some(slot) = slots.first() else { continue };
                let key = format!("licence-key-{provider_id:08}-{location:04}");
                match scheduling::book(db, &pat, &request((provider_id, location), slot, &key), NOW)
                    .await
                {
                    Err(SchedulingError::NotBookable(reason)) => {
                        let name = match reason {
                            NotBookable::NoCurrentLicence { .. } => "NoCurrentLicence",
                            NotBookable::LicencePending { .. } => "LicencePending",
                            other => panic!("unexpected reason {other:?}"),
                        };
                        assert_eq!(name, expected);
                        refused += 1;
                    }
                    Ok(_) => {}
                    Err(other) => panic!("unexpected {other:?}"),
                }
            }
            assert!(refused > 0, "{family} was bookable everywhere");
        }
    }
);

db_test!(
    a_patient_cannot_hold_two_appointments_at_once,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let pat = patient(db, "pat@demo.test").await;
        let lee = provider(db, "Lee").await;
        let slot = free(db, lee).await[0];
        scheduling::book(db, &pat, &request(lee, &slot, "overlap-key-00000001"), NOW)
            .await
            .unwrap();
        // Another provider at the same location, free at the same instant.
        let mut tx = db.begin_read().await.unwrap();
        let others: Vec<i64> = sqlx::query(
        "SELECT provider_id FROM provider_locations WHERE location_id = $1 AND provider_id <> $2",
    )
    .bind(lee.1)
    .bind(lee.0)
    .fetch_all(&mut *tx)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get("provider_id"))
    .collect();
        tx.commit().await.unwrap();
        let mut tried = false;
        for other in others {
            let slots = free(db, (other, lee.1)).await;
            if let Some(same) = slots.iter().find(|s| s.start == slot.start) {
                let result = scheduling::book(
                    db,
                    &pat,
                    &request((other, lee.1), same, "overlap-key-00000002"),
                    NOW,
                )
                .await;
                if matches!(result, Err(SchedulingError::NotBookable(_))) {
                    continue;
                }
                assert!(
                    matches!(result, Err(SchedulingError::PatientBusy)),
                    "{result:?}"
                );
                tried = true;
                break;
            }
        }
        assert!(tried, "no other provider was free at that time");
    }
);

db_test!(reschedule_and_cancel_follow_the_cutoff, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let pat = patient(db, "pat@demo.test").await;
    let lee = provider(db, "Lee").await;
    let slots = free(db, lee).await;
    // Two days ahead at least, so the 24-hour cut-off has not passed.
    let first = slots
        .iter()
        .find(|s| s.start.0 > NOW.0 + 48 * HOUR_MS)
        .copied()
        .unwrap();
    let later = slots
        .iter()
        .find(|s| s.start.0 > first.start.0 + 24 * HOUR_MS)
        .copied()
        .unwrap();
    let id = scheduling::book(db, &pat, &request(lee, &first, "resched-key-00000001"), NOW)
        .await
        .unwrap()
        .appointment_id;
    scheduling::reschedule(db, &pat, id, later.start, "", Locale::En, NOW)
        .await
        .unwrap();
    let moved = scheduling::appointment(db, &pat, id, NOW).await.unwrap();
    assert_eq!((moved.starts_at, moved.sequence), (later.start, 1));
    // The first time is free again; the reminders for it are withdrawn.
    assert!(free(db, lee).await.contains(&first));
    let withdrawn = count(
        db,
        "SELECT COUNT(*) AS n FROM notifications WHERE kind = 'appointment_reminder' \
         AND failed_at IS NOT NULL AND dedupe_key LIKE 'appointment:' || $1 || ':%'",
        id,
    )
    .await;
    assert!(withdrawn >= 1);

    // Inside the cut-off the patient is sent to the clinic; front desk can still cancel.
    let close = UtcMillis(later.start.0 - 2 * HOUR_MS);
    assert!(matches!(
        scheduling::cancel(db, &pat, id, "", Locale::En, close).await,
        Err(SchedulingError::Change(ChangeRefused::TooLate {
            hours: 24
        }))
    ));
    let desk = desk(db).await;
    scheduling::cancel(db, &desk, id, "", Locale::En, close)
        .await
        .unwrap();
    let cancelled = scheduling::appointment(db, &pat, id, close).await.unwrap();
    assert_eq!(
        (cancelled.status, cancelled.sequence),
        (AppointmentStatus::Cancelled, 2)
    );
    // Cancelling twice changes nothing.
    scheduling::cancel(db, &desk, id, "", Locale::En, close)
        .await
        .unwrap();
    let kinds = count(
        db,
        "SELECT COUNT(*) AS n FROM notifications WHERE kind = 'appointment_cancelled' \
         AND dedupe_key LIKE 'appointment:' || $1 || ':%'",
        id,
    )
    .await;
    assert_eq!(kinds, 1);
});

db_test!(
    next_available_skips_where_the_licence_fails_and_sorts_soonest,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let lee = provider(db, "Lee").await;
        let bennett = provider(db, "Bennett").await;
        let next = scheduling::next_available(db, &[lee.0, bennett.0], NOW)
            .await
            .unwrap();
        assert_eq!(next[&lee.0].slot, free(db, lee).await[0]);
        if let Some(theirs) = next.get(&bennett.0) {
            let mut tx = db.begin_read().await.unwrap();
            let jurisdiction: String =
                sqlx::query("SELECT jurisdiction FROM locations WHERE id = $1")
                    .bind(theirs.location_id)
                    .fetch_one(&mut *tx)
                    .await
                    .unwrap()
                    .get("jurisdiction");
            tx.commit().await.unwrap();
            assert_ne!(
                jurisdiction, "US-NY",
                "offered where the licence has lapsed"
            );
        }

        let sorted = backend::directory::search(
            db,
            &backend::directory::Filters {
                soonest_from: Some(NOW),
                page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let ids: Vec<i64> = sorted.results.iter().map(|p| p.id).collect();
        let next = scheduling::next_available(db, &ids, NOW).await.unwrap();
        let starts: Vec<i64> = ids
            .iter()
            .map(|id| next.get(id).map_or(i64::MAX, |n| n.slot.start.0))
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
    }
);

/// Front desk books `slot` for `patient_id` and cancels it again: the time frees up.
async fn free_up(
    db: &Db,
    desk: &Actor,
    patient_id: i64,
    place: (i64, i64),
    slot: &Slot,
    key: &str,
    now: UtcMillis,
) {
    let request = BookingRequest {
        patient_id: Some(patient_id),
        ..request(place, slot, key)
    };
    let booked = scheduling::book(db, desk, &request, now).await.unwrap();
    scheduling::cancel(db, desk, booked.appointment_id, "", Locale::En, now)
        .await
        .unwrap();
}

db_test!(
    a_freed_time_is_offered_down_the_waitlist_and_accepted_atomically,
    |t| async move {
        use backend::scheduling::waitlist::{self, WaitlistRequest};
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let pat = patient(db, "pat@demo.test").await;
        let maria = patient(db, "maria@demo.test").await;
        let desk = desk(db).await;
        let lee = provider(db, "Lee").await;
        let mine = scheduling::appointments_of_patient(db, &pat, NOW)
            .await
            .unwrap();
        let later = mine
            .upcoming
            .iter()
            .find(|a| a.provider_id == lee.0)
            .unwrap()
            .clone();
        // Pat waits for anything earlier than the appointment she has (and would give it up);
        // María waits too, after her.
        let ask = |patient_id, replaces| WaitlistRequest {
            patient_id,
            provider_id: Some(lee.0),
            specialty: None,
            visit_type: VisitType::FollowUp,
            visit_mode: VisitMode::InPerson,
            reason: "Earlier, please",
            wanted_before: later.starts_at,
            replaces_appointment_id: replaces,
        };
        waitlist::join(db, &pat, &ask(None, Some(later.id)), NOW)
            .await
            .unwrap();
        waitlist::join(db, &maria, &ask(None, None), UtcMillis(NOW.0 + 1))
            .await
            .unwrap();

        // Someone else's earlier appointment is cancelled by front desk.
        let early = free(db, lee)
            .await
            .into_iter()
            .find(|s| s.start.0 > NOW.0 + 3 * HOUR_MS && s.start < later.starts_at)
            .unwrap();
        let other = patients::create(
            db,
            &patients::NewPatient {
                user_id: None,
                given_name: "Walk",
                family_name: "In",
                date_of_birth: "1970-05-05",
            },
            NOW,
        )
        .await
        .unwrap();
        free_up(db, &desk, other, lee, &early, "waitlist-key-0000001", NOW).await;

        // The time is held for Pat, first in line: nobody else can book it meanwhile.
        let offers = waitlist::open_offers(db, &pat, NOW).await.unwrap();
        assert_eq!(offers.len(), 1);
        assert_eq!(offers[0].starts_at, early.start);
        assert!(!free(db, lee).await.contains(&early));
        assert!(waitlist::open_offers(db, &maria, NOW)
            .await
            .unwrap()
            .is_empty());

        // Pat lets it expire: it passes to María.
        let expired_at = UtcMillis(offers[0].expires_at.0 + 1);
        assert_eq!(
            waitlist::expire_offers(db, "", expired_at).await.unwrap(),
            1
        );
        assert_eq!(
            waitlist::expire_offers(db, "", expired_at).await.unwrap(),
            0
        );
        let marias = waitlist::open_offers(db, &maria, expired_at).await.unwrap();
        assert_eq!(marias.len(), 1);
        assert!(waitlist::open_offers(db, &pat, expired_at)
            .await
            .unwrap()
            .is_empty());
        // Someone else's offer cannot be taken, and trying is audited.
        assert!(matches!(
            waitlist::accept(db, &pat, marias[0].id, "", Locale::En, expired_at).await,
            Err(SchedulingError::NotFound)
        ));
        assert_eq!(
            refusals_by(db, &pat).await,
            vec![(
                "waitlist_offer".to_string(),
                Some(marias[0].id.to_string()),
                maria.patient_id
            )]
        );
        let id = waitlist::accept(db, &maria, marias[0].id, "", Locale::En, expired_at)
            .await
            .unwrap();
        let accepted = scheduling::appointment(db, &maria, id, expired_at)
            .await
            .unwrap();
        assert_eq!(
            (accepted.status, accepted.starts_at),
            (AppointmentStatus::Booked, early.start)
        );

        // The next freed time goes to Pat, and accepting it gives up her later appointment.
        let second = free(db, lee)
            .await
            .into_iter()
            .find(|s| s.start.0 > expired_at.0 + 3 * HOUR_MS && s.start < later.starts_at)
            .unwrap();
        free_up(
            db,
            &desk,
            other,
            lee,
            &second,
            "waitlist-key-0000002",
            expired_at,
        )
        .await;
        let offer = waitlist::open_offers(db, &pat, expired_at).await.unwrap()[0].clone();
        waitlist::accept(db, &pat, offer.id, "", Locale::En, expired_at)
            .await
            .unwrap();
        let after = scheduling::appointments_of_patient(db, &pat, expired_at)
            .await
            .unwrap();
        assert!(after.upcoming.iter().any(|a| a.starts_at == second.start));
        assert!(after
            .past
            .iter()
            .any(|a| a.id == later.id && a.status == AppointmentStatus::Cancelled));
    }
);

/// Renders appointment messages with the recipient's language in the subject, as the app's
/// translations do.
struct LanguageRenderer;

impl backend::notifications::Renderer for LanguageRenderer {
    fn render(
        &self,
        kind: &str,
        locale: Locale,
        payload: &serde_json::Value,
    ) -> Result<backend::notifications::RenderedMessage, String> {
        Ok(backend::notifications::RenderedMessage {
            subject: format!("{kind} [{}]", locale.tag()),
            text_body: payload["link"].as_str().ok_or("no link")?.to_string(),
        })
    }
}

db_test!(
    booking_emails_go_out_once_each_in_the_patients_language,
    |t| async move {
        use backend::notifications::{deliver_due, DeliveryReport, FileChannel};
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        // María's account is in Spanish.
        let maria = patient(db, "maria@demo.test").await;
        let lee = provider(db, "Lee").await;
        let slots = free(db, lee).await;
        for (n, slot) in slots
            .iter()
            .filter(|s| s.start.0 > NOW.0 + 96 * HOUR_MS)
            .take(6)
            .enumerate()
        {
            let key = format!("emails-key-{n:010}");
            scheduling::book(db, &maria, &request(lee, slot, &key), NOW)
                .await
                .unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let channel = std::sync::Arc::new(FileChannel::new(
            dir.path(),
            "Portal <no-reply@portal.invalid>".parse().unwrap(),
        ));
        let second = t.second_pool().await;
        let drain = |db: Db, worker: &'static str| {
            let channel = channel.clone();
            tokio::spawn(async move {
                let mut sent = 0;
                loop {
                    let report =
                        deliver_due(&db, channel.as_ref(), &LanguageRenderer, worker, NOW, 2)
                            .await
                            .unwrap();
                    if report == DeliveryReport::default() {
                        return sent;
                    }
                    sent += report.sent;
                }
            })
        };
        let (a, b) = (
            drain(db.clone(), "worker-a"),
            drain(second.clone(), "worker-b"),
        );
        let sent = a.await.unwrap() + b.await.unwrap();
        // Six confirmations now; the reminders wait for their day.
        assert_eq!(sent, 6);
        let files: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        assert_eq!(files.len(), 6);
        assert!(files
            .iter()
            .all(|eml| eml.contains("Subject: appointment_booked [es]")));
        second.close().await;
    }
);

/// The reminders still to go for an appointment, by the start each was queued for.
async fn pending_reminder_starts(db: &Db, appointment_id: i64) -> Vec<i64> {
    let mut tx = db.begin_read().await.unwrap();
    let keys: Vec<String> = sqlx::query(
        "SELECT dedupe_key FROM notifications WHERE kind = 'appointment_reminder' \
         AND sent_at IS NULL AND failed_at IS NULL AND dedupe_key LIKE 'appointment:' || $1 || ':%'",
    )
    .bind(appointment_id)
    .fetch_all(&mut *tx)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get("dedupe_key"))
    .collect();
    tx.commit().await.unwrap();
    // appointment:<id>:reminder:<start>:<days>
    keys.iter()
        .map(|key| key.split(':').nth(3).unwrap().parse().unwrap())
        .collect()
}

db_test!(the_same_submit_twice_at_once_books_once, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let pat = patient(db, "pat@demo.test").await;
    let lee = provider(db, "Lee").await;
    let slot = free(db, lee).await[0];
    // A double-clicked button or a retried request, landing on two server processes at once.
    let second = t.second_pool().await;
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(8));
    let attempts = (0..8).map(|n| {
        let db = if n % 2 == 0 {
            db.clone()
        } else {
            second.clone()
        };
        let (pat, barrier) = (pat.clone(), barrier.clone());
        tokio::spawn(async move {
            barrier.wait().await;
            scheduling::book(&db, &pat, &request(lee, &slot, "double-click-0000001"), NOW).await
        })
    });
    let ids: Vec<i64> = futures::future::join_all(attempts)
        .await
        .into_iter()
        .map(|r| match r.unwrap() {
            Ok(booked) => booked.appointment_id,
            Err(other) => panic!("every submit should answer with the booking, got {other:?}"),
        })
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]));
    let rows = count(
        db,
        "SELECT COUNT(*) AS n FROM appointments WHERE booked_by = $1 \
         AND idempotency_key = 'double-click-0000001'",
        pat.user_id,
    )
    .await;
    assert_eq!(rows, 1);
    second.close().await;
});

db_test!(
    changes_at_once_leave_one_consistent_appointment,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let pat = patient(db, "pat@demo.test").await;
        let lee = provider(db, "Lee").await;
        let second = t.second_pool().await;
        // Far enough ahead for both reminders, and beyond the cut-off.
        let ahead: Vec<Slot> = free(db, lee)
            .await
            .into_iter()
            .filter(|s| s.start.0 > NOW.0 + 4 * 24 * HOUR_MS)
            .collect();
        let book = |n: usize| {
            let key = format!("changes-at-once-{n:04}");
            let (slot, pat) = (ahead[n * 3], &pat);
            async move {
                scheduling::book(db, pat, &request(lee, &slot, &key), NOW)
                    .await
                    .unwrap()
                    .appointment_id
            }
        };
        let pools = [db.clone(), second.clone()];

        // Two moves of one appointment to two different times at once: each applies to the
        // appointment as it then is, so it ends at one of them with both changes counted, and
        // only that time's reminders are left to go.
        let id = book(0).await;
        let (to_a, to_b) = (ahead[1].start, ahead[2].start);
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(2));
        let moves = [to_a, to_b].into_iter().zip(pools.clone()).map(|(to, db)| {
            let (pat, barrier) = (pat.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                scheduling::reschedule(&db, &pat, id, to, "", Locale::En, NOW).await
            })
        });
        for result in futures::future::join_all(moves).await {
            result.unwrap().unwrap();
        }
        let moved = scheduling::appointment(db, &pat, id, NOW).await.unwrap();
        assert!(moved.starts_at == to_a || moved.starts_at == to_b);
        assert_eq!(moved.sequence, 2);
        let reminders = pending_reminder_starts(db, id).await;
        assert_eq!(reminders.len(), 2);
        assert!(reminders.iter().all(|start| *start == moved.starts_at.0));

        // A move and a cancellation at once: the cancellation always holds (on the appointment
        // as moved, or the move finds it cancelled), and no reminder is left for any time.
        let id = book(1).await;
        let to = ahead[5].start;
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(2));
        let (move_db, cancel_db) = (pools[0].clone(), pools[1].clone());
        let (mover, canceller) = (pat.clone(), pat.clone());
        let (move_barrier, cancel_barrier) = (barrier.clone(), barrier);
        let moving = tokio::spawn(async move {
            move_barrier.wait().await;
            scheduling::reschedule(&move_db, &mover, id, to, "", Locale::En, NOW).await
        });
        let cancelling = tokio::spawn(async move {
            cancel_barrier.wait().await;
            scheduling::cancel(&cancel_db, &canceller, id, "", Locale::En, NOW).await
        });
        cancelling.await.unwrap().unwrap();
        match moving.await.unwrap() {
            Ok(()) | Err(SchedulingError::Change(ChangeRefused::NotChangeable)) => {}
            Err(other) => panic!("expected the move to happen or be refused, got {other:?}"),
        }
        let after = scheduling::appointment(db, &pat, id, NOW).await.unwrap();
        assert_eq!(after.status, AppointmentStatus::Cancelled);
        assert_eq!(pending_reminder_starts(db, id).await, Vec::<i64>::new());
        second.close().await;
    }
);

db_test!(
    accepting_an_offer_keeps_the_cutoff_of_the_appointment_it_replaces,
    |t| async move {
        use backend::scheduling::waitlist::{self, WaitlistRequest};
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let pat = patient(db, "pat@demo.test").await;
        let desk = desk(db).await;
        let lee = provider(db, "Lee").await;
        // Two neighbouring free times two days ahead: Pat books the later one and asks for
        // anything earlier in its place.
        let slots = free(db, lee).await;
        let at = slots
            .iter()
            .position(|s| s.start.0 > NOW.0 + 48 * HOUR_MS)
            .unwrap();
        let (early, later) = (slots[at], slots[at + 1]);
        let booked = scheduling::book(db, &pat, &request(lee, &later, "cutoff-key-000000001"), NOW)
            .await
            .unwrap()
            .appointment_id;
        waitlist::join(
            db,
            &pat,
            &WaitlistRequest {
                patient_id: None,
                provider_id: Some(lee.0),
                specialty: None,
                visit_type: VisitType::FollowUp,
                visit_mode: VisitMode::InPerson,
                reason: "Earlier, please",
                wanted_before: later.start,
                replaces_appointment_id: Some(booked),
            },
            NOW,
        )
        .await
        .unwrap();

        // An hour before the earlier time it frees up and is offered to Pat; her appointment
        // is then inside the 24-hour cut-off, so she may not give it up online.
        let close = UtcMillis(early.start.0 - HOUR_MS);
        let other = patients::create(
            db,
            &patients::NewPatient {
                user_id: None,
                given_name: "Walk",
                family_name: "In",
                date_of_birth: "1970-05-05",
            },
            NOW,
        )
        .await
        .unwrap();
        free_up(db, &desk, other, lee, &early, "cutoff-key-000000002", close).await;
        let offer = waitlist::open_offers(db, &pat, close).await.unwrap()[0].clone();
        assert!(matches!(
            waitlist::accept(db, &pat, offer.id, "", Locale::En, close).await,
            Err(SchedulingError::ReplacedTooLate { hours: 24 })
        ));
        let kept = scheduling::appointment(db, &pat, booked, close)
            .await
            .unwrap();
        assert_eq!(kept.status, AppointmentStatus::Booked);
        assert_eq!(
            waitlist::open_offers(db, &pat, close).await.unwrap().len(),
            1,
            "the offer stays open until it expires or is declined"
        );
    }
);

/// The `denied` audit rows of `actor`, as (object type, object id, patient id).
async fn refusals_by(db: &Db, actor: &Actor) -> Vec<(String, Option<String>, Option<i64>)> {
    let mut tx = db.begin_read().await.unwrap();
    let rows = sqlx::query(
        "SELECT object_type, object_id, patient_id FROM audit_log \
         WHERE actor_user_id = $1 AND outcome = 'denied' ORDER BY seq",
    )
    .bind(actor.user_id)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    rows.iter()
        .map(|r| {
            (
                r.get("object_type"),
                r.get("object_id"),
                r.get("patient_id"),
            )
        })
        .collect()
}

db_test!(
    someone_elses_appointment_is_not_found_and_the_refusal_audited_once_a_minute,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let pat = patient(db, "pat@demo.test").await;
        let maria = patient(db, "maria@demo.test").await;
        let lee = provider(db, "Lee").await;
        let slot = free(db, lee).await[0];
        let hers = scheduling::book(
            db,
            &maria,
            &request(lee, &slot, "refusal-key-00000001"),
            NOW,
        )
        .await
        .unwrap()
        .appointment_id;

        // Pat asks for María's appointment: the answer is the one for an id that does not
        // exist, and the refusal is audited with whose appointment it is.
        assert!(matches!(
            scheduling::appointment(db, &pat, hers, NOW).await,
            Err(SchedulingError::NotFound)
        ));
        assert_eq!(
            refusals_by(db, &pat).await,
            vec![(
                "appointment".to_string(),
                Some(hers.to_string()),
                maria.patient_id
            )]
        );
        // An id that does not exist is not a refusal.
        assert!(matches!(
            scheduling::appointment(db, &pat, 1_000_000, NOW).await,
            Err(SchedulingError::NotFound)
        ));
        assert_eq!(refusals_by(db, &pat).await.len(), 1);

        // Walking 50 ids (pages, moves, cancellations) within the minute adds no row; the
        // count of refusals the row stands for goes up instead.
        for id in 1..=50 {
            let at = UtcMillis(NOW.0 + id * 1_000);
            let _ = scheduling::appointment_page(db, &pat, id, at).await;
            let _ = scheduling::cancel(db, &pat, id, "", Locale::En, at).await;
        }
        assert_eq!(refusals_by(db, &pat).await.len(), 1);
        let counted = count(
            db,
            "SELECT refusals AS n FROM refusal_windows WHERE actor_user_id = $1",
            pat.user_id,
        )
        .await;
        assert!(counted > 2, "{counted}");
        // María's appointment is untouched by the attempts.
        let kept = scheduling::appointment(db, &maria, hers, NOW)
            .await
            .unwrap();
        assert_eq!(kept.status, AppointmentStatus::Booked);

        // The next minute gets its own row.
        let later = UtcMillis(NOW.0 + 61_000);
        assert!(scheduling::appointment(db, &pat, hers, later)
            .await
            .is_err());
        assert_eq!(refusals_by(db, &pat).await.len(), 2);

        // Administrators list refusals only, each with the count it stands for.
        let admin = patient(db, "admin@demo.test").await;
        let filter = |refusals_only| backend::audit::AuditFilter {
            person: Some("pat@demo.test".into()),
            refusals_only,
            ..Default::default()
        };
        let refused = backend::audit::search(db, &admin, &filter(true), 100, later)
            .await
            .unwrap();
        assert_eq!(
            refused
                .iter()
                .map(|r| (r.outcome.as_str(), r.refusals))
                .collect::<Vec<_>>(),
            vec![("denied", Some(1)), ("denied", Some(counted))]
        );
        let everything = backend::audit::search(db, &admin, &filter(false), 100, later)
            .await
            .unwrap();
        assert!(everything.iter().any(|r| r.outcome == "success"));
        // María's own activity page does not name the patient who tried.
        let activity = backend::audit::activity_for_patient(db, &maria, 100)
            .await
            .unwrap();
        assert!(activity.iter().all(|a| a.outcome != "denied"));
    }
);
