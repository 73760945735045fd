//! The booking race of `cargo xtask test`: a hundred front desk requests for one free time,
//! released at once over real HTTP against two server processes sharing a PostgreSQL database,
//! and against one server on SQLite. Exactly one books; the other 99 hear that the time was just
//! taken (409 `SlotTaken`, offering the nearest free times, which never include it); nothing
//! fails (no 5xx, no error in a server's log); afterwards the database holds one appointment at
//! that time and no two appointments of a provider, or of a patient, overlap.

use crate::{
    booking::{self, bookable_after, millis, Answer, Database, Desk, FreeTime, Summary},
    build::{build_site, Site},
    postgres::Postgres,
    process::{free_port, step, Result},
    server::RunningServer,
};
use std::path::Path;

/// Requests racing for the one time, each for a different patient.
pub const RACERS: usize = 100;

/// `cargo xtask race`: only this stage of `cargo xtask test`.
pub fn standalone() -> Result {
    let site = build_site()?;
    let postgres = Postgres::start()?;
    step("booking race over HTTP (two servers on PostgreSQL, one on SQLite)");
    let failures: Vec<String> = run(&site, Some(&postgres.url))
        .into_iter()
        .filter_map(|(name, outcome)| outcome.err().map(|e| format!("{name}: {e}")))
        .collect();
    for failure in &failures {
        eprintln!("FAILED {failure}");
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("{} failed", failures.len()))
    }
}

/// Runs the race on PostgreSQL (when a server is at hand) and on SQLite; one named outcome per
/// database.
pub fn run(site: &Site, postgres_admin_url: Option<&str>) -> Vec<(String, Result)> {
    let scratch = std::env::temp_dir().join(format!("portal-race-{}", std::process::id()));
    let mut outcomes = Vec::new();
    if let Some(admin_url) = postgres_admin_url {
        let name = format!("portal_race_{}", std::process::id());
        let outcome = Database::postgres(admin_url, &name)
            .and_then(|database| race(site, &database, 2, &scratch.join("postgres")));
        outcomes.push((
            "booking race on PostgreSQL, two servers".to_string(),
            outcome,
        ));
    }
    let outcome = std::fs::create_dir_all(&scratch)
        .map_err(|e| e.to_string())
        .and_then(|()| Database::sqlite(&scratch.join("race.sqlite")))
        .and_then(|database| race(site, &database, 1, &scratch.join("sqlite")));
    outcomes.push(("booking race on SQLite, one server".to_string(), outcome));
    let _ = std::fs::remove_dir_all(&scratch);
    outcomes
}

/// Loads `database`, serves it from `servers` processes and races for one time; prints what
/// happened and fails with every rule that did not hold.
fn race(site: &Site, database: &Database, servers: usize, scratch: &Path) -> Result {
    database.load(site, 0, RACERS)?;
    let running = (0..servers)
        .map(|n| {
            let folder = scratch.join(format!("server-{n}"));
            std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
            let address = format!("127.0.0.1:{}", free_port()?);
            RunningServer::start(site, &address, &database.url, &folder)
        })
        .collect::<Result<Vec<_>>>()?;
    let desk = Desk::sign_in(&running[0].base_url)?;
    let desks: Vec<Desk> = running.iter().map(|s| desk.on(&s.base_url)).collect();
    let time = first_free_time(database, &desk)?;
    let patients = database.generated_patients()?;
    if patients.len() < RACERS {
        return Err(format!(
            "{} generated patients, not {RACERS}",
            patients.len()
        ));
    }
    let attempts = patients
        .iter()
        .take(RACERS)
        .enumerate()
        .map(|(n, &patient)| (desks[n % desks.len()].clone(), time.clone(), patient))
        .collect();
    let outcomes = booking::race(attempts, "race")?;

    let summary = Summary::of(&outcomes);
    println!(
        "  {} ({servers} server{}): {} requests for one time: {} booked, {} taken, {} other \
         refusals, {} 5xx, {} without an answer; p50 {} ms, p99 {} ms",
        database.label,
        if servers == 1 { "" } else { "s" },
        summary.attempts,
        summary.booked,
        summary.taken,
        summary.refused,
        summary.failed,
        summary.transport,
        millis(summary.p50),
        millis(summary.p99),
    );
    let mut problems = Vec::new();
    if summary.booked != 1 || summary.taken != RACERS - 1 {
        problems.push(format!(
            "expected 1 booked and {} taken, got {} and {}",
            RACERS - 1,
            summary.booked,
            summary.taken
        ));
    }
    let mut shown = 0;
    for outcome in &outcomes {
        let problem = match &outcome.answer {
            Answer::Taken(nearest) if nearest.is_empty() => {
                Some("a SlotTaken answer offered no other time".to_string())
            }
            Answer::Taken(nearest) if nearest.contains(&time.start) => {
                Some("a SlotTaken answer offered the time just taken".to_string())
            }
            Answer::Refused(status, body) => Some(format!("answered {status}: {body}")),
            Answer::Failed(status, body) => Some(format!("server failure {status}: {body}")),
            Answer::Transport(error) => Some(format!("no answer: {error}")),
            Answer::Booked(_) | Answer::Taken(_) => None,
        };
        // The first few of each run are enough to go on.
        if let Some(problem) = problem.filter(|_| shown < 5) {
            shown += 1;
            problems.push(problem);
        }
    }
    let booked: Vec<i64> = outcomes
        .iter()
        .filter_map(|o| match o.answer {
            Answer::Booked(id) => Some(id),
            _ => None,
        })
        .collect();
    let stored = database.appointments_at(time.provider_id, time.start)?;
    if stored != booked {
        problems.push(format!(
            "the database holds appointments {stored:?} at that time; the answers booked {booked:?}"
        ));
    }
    let overlaps = database.double_bookings()?;
    if overlaps != 0 {
        problems.push(format!("{overlaps} pairs of overlapping appointments"));
    }
    for server in &running {
        let errors = booking::logged_errors(&server.log);
        if let Some(first) = errors.first() {
            problems.push(format!(
                "{} errors in the log of {}, the first: {first}",
                errors.len(),
                server.base_url
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The first free time from tomorrow on of the first demo provider front desk can book.
fn first_free_time(database: &Database, desk: &Desk) -> Result<FreeTime> {
    let agent = booking::agent();
    for place in database.places(false)? {
        let free = desk.free_times(&agent, place, 2, bookable_after())?;
        if let Some(time) = free.into_iter().next() {
            return Ok(time);
        }
    }
    Err("no demo provider has a free time to race for".into())
}
