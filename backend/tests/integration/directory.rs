use crate::db_test;
use backend::{
    demo,
    directory::{self, Filters, VisitMode, PAGE_SIZE},
};
use domain::time::UtcMillis;

const NOW: UtcMillis = UtcMillis(1_800_000_000_000);

fn filters() -> Filters {
    Filters {
        page: 1,
        ..Filters::default()
    }
}

db_test!(every_filter_narrows_the_search, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    let all = directory::search(db, &filters()).await.unwrap();
    assert!(all.total >= 40, "{}", all.total);
    assert_eq!(all.results.len() as i64, PAGE_SIZE);

    let spanish = directory::search(
        db,
        &Filters {
            language: Some("es".into()),
            ..filters()
        },
    )
    .await
    .unwrap();
    assert!(spanish.total > 0 && spanish.total < all.total);
    assert!(spanish
        .results
        .iter()
        .all(|p| p.languages.contains(&"es".to_string())));
    // A narrowed search counts its matches as it reads the page; past the last page it still
    // knows how many there are.
    let past_spanish = directory::search(
        db,
        &Filters {
            language: Some("es".into()),
            page: 100,
            ..filters()
        },
    )
    .await
    .unwrap();
    assert!(past_spanish.results.is_empty());
    assert_eq!(past_spanish.total, spanish.total);

    let cardiology = directory::search(
        db,
        &Filters {
            specialty: Some("cardiology".into()),
            ..filters()
        },
    )
    .await
    .unwrap();
    assert!(cardiology
        .results
        .iter()
        .all(|p| p.specialties.iter().any(|s| s.contains("cardiology"))));

    let video = directory::search(
        db,
        &Filters {
            visit_mode: Some(VisitMode::Telehealth),
            accepting_new_patients: true,
            ..filters()
        },
    )
    .await
    .unwrap();
    assert!(video
        .results
        .iter()
        .all(|p| p.telehealth && p.accepting_new_patients));

    let last_page = directory::search(
        db,
        &Filters {
            page: (all.total + PAGE_SIZE - 1) / PAGE_SIZE,
            ..filters()
        },
    )
    .await
    .unwrap();
    let beyond = directory::search(
        db,
        &Filters {
            page: last_page.page + 1,
            ..filters()
        },
    )
    .await
    .unwrap();
    assert!(!last_page.results.is_empty());
    assert!(beyond.results.is_empty());
    assert_eq!(beyond.total, all.total);
});

db_test!(
    names_and_distances_find_the_right_people_and_places,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let first = directory::search(db, &filters()).await.unwrap().results[0].clone();
        let by_name = directory::search(
            db,
            &Filters {
                name: Some(first.family_name.to_uppercase()),
                ..filters()
            },
        )
        .await
        .unwrap();
        assert_eq!(
            by_name.results[0].id, first.id,
            "a family name match comes first"
        );

        let near_chicago = directory::search(
            db,
            &Filters {
                near: Some(("60601".into(), 40.0)),
                ..filters()
            },
        )
        .await
        .unwrap();
        assert!(!near_chicago.unknown_postcode);
        assert!(near_chicago.total > 0);
        for provider in &near_chicago.results {
            let near: Vec<_> = provider
                .locations
                .iter()
                .filter_map(|l| l.distance_km)
                .collect();
            assert!(!near.is_empty() && near.iter().all(|km| *km <= 40.0));
            assert!(provider
                .locations
                .iter()
                .filter(|l| l.distance_km.is_some())
                .all(|l| l.time_zone == "America/Chicago"));
        }
        let unknown = directory::search(
            db,
            &Filters {
                near: Some(("00000".into(), 40.0)),
                ..filters()
            },
        )
        .await
        .unwrap();
        assert!(unknown.unknown_postcode);
    }
);

db_test!(
    profiles_are_in_the_readers_language_and_inactive_providers_vanish,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let first = directory::search(db, &filters()).await.unwrap().results[0].clone();
        let english = directory::profile(db, first.id, "en")
            .await
            .unwrap()
            .unwrap();
        let vietnamese = directory::profile(db, first.id, "vi")
            .await
            .unwrap()
            .unwrap();
        assert_ne!(english.bio, vietnamese.bio);
        assert!(!english.places.is_empty());
        assert!(english.places.iter().all(|p| !p.hours.is_empty()));
        assert!(english.credentials.iter().any(|c| c.kind == "licence"));

        let mut tx = db.begin_write().await.unwrap();
        sqlx::query("UPDATE providers SET active = 0 WHERE id = $1")
            .bind(first.id)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert!(directory::profile(db, first.id, "en")
            .await
            .unwrap()
            .is_none());
        let by_name = directory::search(
            db,
            &Filters {
                name: Some(first.family_name.clone()),
                ..filters()
            },
        )
        .await
        .unwrap();
        assert!(by_name.results.iter().all(|p| p.id != first.id));
    }
);

db_test!(indexes_serve_the_searches, |t| async move {
    let db = &t.db;
    demo::load(db, NOW).await.unwrap();
    demo::bulk::add_providers(db, 2_000, NOW).await.unwrap();
    if db.kind() == backend::db::DbKind::Postgres {
        let mut tx = db.begin_write().await.unwrap();
        sqlx::query("ANALYZE").execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
    }
    let searches = [
        Filters {
            specialty: Some("cardiology".into()),
            language: Some("es".into()),
            accepting_new_patients: true,
            ..filters()
        },
        Filters {
            name: Some("nguy".into()),
            ..filters()
        },
    ];
    for search in &searches {
        let plan = directory::search_plan(db, search).await.unwrap();
        for lines in [&plan.count, &plan.page] {
            let text = lines.join("\n");
            println!("{search:?}\n{text}\n");
            // No step reads every provider row (SQLite: `SCAN p`; PostgreSQL: `Seq Scan on providers`).
            assert!(
                !lines
                    .iter()
                    .any(|l| l.trim() == "SCAN p" || l.contains("Seq Scan on providers")),
                "{search:?} reads every provider:\n{text}"
            );
        }
    }
});

db_test!(
    sorting_by_the_soonest_time_can_be_bounded_to_the_best_matches,
    |t| async move {
        let db = &t.db;
        demo::load(db, NOW).await.unwrap();
        let soonest = |among| Filters {
            soonest_from: Some(NOW),
            soonest_among: among,
            free_times_from: Some(NOW),
            ..filters()
        };
        let relevance = directory::search(db, &filters()).await.unwrap();
        let every = directory::search(db, &soonest(None)).await.unwrap();
        assert!(!every.soonest_limited);
        assert!(every.total > 3, "the demo has more than three providers");

        // Only the three best matches are sorted by their soonest time; the others follow in
        // relevance order, and the page still shows each card's soonest time.
        let bounded = directory::search(db, &soonest(Some(3))).await.unwrap();
        assert!(bounded.soonest_limited);
        assert_eq!(bounded.total, every.total);
        let ids = |page: &directory::SearchPage| -> Vec<i64> {
            page.results.iter().map(|p| p.id).collect()
        };
        let bounded_ids = ids(&bounded);
        let (best, rest) = bounded_ids.split_at(3);
        let mut best_by_relevance = ids(&relevance)[..3].to_vec();
        best_by_relevance.sort();
        let mut best_sorted = best.to_vec();
        best_sorted.sort();
        assert_eq!(best_sorted, best_by_relevance);
        assert_eq!(rest, &ids(&relevance)[3..]);
        let starts: Vec<i64> = best
            .iter()
            .map(|id| {
                bounded
                    .next_available
                    .get(id)
                    .map_or(i64::MAX, |n| n.slot.start.0)
            })
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
        let mut with_times: Vec<i64> = bounded.next_available.keys().copied().collect();
        let relevance_times = directory::search(
            db,
            &Filters {
                free_times_from: Some(NOW),
                ..filters()
            },
        )
        .await
        .unwrap();
        let mut expected: Vec<i64> = relevance_times.next_available.keys().copied().collect();
        with_times.sort();
        expected.sort();
        assert_eq!(with_times, expected);
    }
);
