//! `cargo xtask bench`: the numbers the issues ask for, printed, never asserted.

use crate::{
    booking::{self, bookable_after, millis, Answer, Database, Desk, FreeTime, Outcome, Summary},
    build::{brotli_bytes, build_site, gzip_bytes, Site},
    pages,
    postgres::{self, Postgres},
    process::{self, free_port, output, root, Result},
    server::RunningServer,
    tools,
};
use std::{
    path::Path,
    process::Command,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// Runs wrk against `url` (1 thread, `connections` connections, 15 s) and prints throughput and
/// latency.
fn print_wrk(url: &str, connections: u32, cookie: Option<&str>) -> Result {
    let mut command = Command::new("wrk");
    command.args(["-t1", &format!("-c{connections}"), "-d15s", "--latency"]);
    if let Some(cookie) = cookie {
        command.args(["-H", &format!("Cookie: {cookie}")]);
    }
    let report = output(command.arg(url)).ok_or("wrk failed")?;
    for line in report.lines() {
        let line = line.trim();
        if line.starts_with("Requests/sec")
            || line.starts_with("50%")
            || line.starts_with("90%")
            || line.starts_with("99%")
            || line.contains("requests in")
            || line.starts_with("Non-2xx")
            || line.starts_with("Socket errors")
        {
            println!("  {line}");
        }
    }
    Ok(())
}

/// `cargo xtask bench`, or one part of it (`booking`, `directory`, `pages [URL]`).
pub fn run(only: Option<&str>, url: Option<&str>) -> Result {
    if let (Some("pages"), Some(url)) = (only, url) {
        tools::ensure_wrk()?;
        return pages::print_pages(url.trim_end_matches('/'));
    }
    let site = build_site()?;
    match only {
        None => {}
        Some("pages") => {
            tools::ensure_wrk()?;
            return with_demo_server(&site, pages::print_pages);
        }
        Some("booking") => return booking_benches(&site),
        Some("directory") => {
            tools::ensure_wrk()?;
            return directory_benches(&site);
        }
        Some(other) => {
            return Err(format!(
                "no benchmark named {other}; try `booking`, `directory` or `pages`"
            ))
        }
    }
    tools::ensure_wrk()?;

    println!("\n== Bundle sizes (raw / gzip -9 / brotli -11)");
    for key in ["wasm", "js", "css"] {
        let path = site.asset(key)?;
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        println!(
            "  {name:<32} {:>10} {:>10} {:>10}",
            kib(data.len()),
            kib(gzip_bytes(&data).len()),
            kib(brotli_bytes(&data).len())
        );
    }

    with_demo_server(&site, |base| {
        pages::print_pages(base)?;
        println!(
            "\n== Server-side rendering of / on loopback (wrk, 1 thread, 8 connections, 15 s)"
        );
        print_wrk(&format!("{base}/"), 8, None)?;
        audited_reads(base)
    })?;
    directory_benches(&site)?;
    booking_benches(&site)
}

/// Every display of a patient's record to staff appends an audit row in the same request (a write
/// transaction, serialised by the hash chain). The same page with a search that finds nobody does
/// the same work minus that write: the difference is the cost of auditing reads.
fn audited_reads(base: &str) -> Result {
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent();
    let cookie = booking::staff_session(&agent, base)?;
    let search = |family: &str| {
        format!("{base}/staff/patients?family_name={family}&date_of_birth=1941-02-20")
    };
    for connections in [8, 1] {
        println!(
            "\n== A health-data read, {connections} connection(s): front desk's patient search, \
             one record shown and audited"
        );
        print_wrk(&search("Rivera"), connections, Some(&cookie))?;
        println!("\n== The same page and query finding nobody (no record, no audit write)");
        print_wrk(&search("Nobody"), connections, Some(&cookie))?;
    }
    Ok(())
}

/// Serves the site with a fresh SQLite database and the demo data, and runs `measure` against it.
fn with_demo_server(site: &Site, measure: impl FnOnce(&str) -> Result) -> Result {
    let scratch = std::env::temp_dir().join(format!("portal-bench-pages-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let database_url = format!("sqlite://{}/pages.sqlite", scratch.display());
    let address = format!("127.0.0.1:{}", free_port()?);
    let server = RunningServer::start(site, &address, &database_url, &scratch)?;
    let outcome = measure(&server.base_url);
    drop(server);
    let _ = std::fs::remove_dir_all(&scratch);
    outcome
}

/// The directory with 10,000 generated providers, on both databases.
fn directory_benches(site: &Site) -> Result {
    let scratch = std::env::temp_dir().join(format!("portal-bench-dir-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let sqlite_url = format!("sqlite://{}/directory.sqlite", scratch.display());
    directory_bench(site, "SQLite", &sqlite_url, &scratch)?;
    let postgres = Postgres::start()?;
    let postgres_url = postgres::fresh_database(&postgres.url, "portal_bench_directory")?;
    directory_bench(site, "PostgreSQL", &postgres_url, &scratch)?;
    drop(postgres);
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

/// How many providers the directory benchmark generates.
const GENERATED_PROVIDERS: &str = "10000";

/// Loads the demo data set plus generated providers into `database_url`, serves it, and measures
/// two searches: a filtered one (specialty, language, new patients) and a name search.
fn directory_bench(site: &Site, label: &str, database_url: &str, scratch: &Path) -> Result {
    process::run(
        Command::new(&site.server)
            .current_dir(root())
            .args(["demo", "--providers", GENERATED_PROVIDERS])
            .env("DATABASE_URL", database_url)
            .env("PORTAL_DEMO", "true")
            .env("PORTAL_LOG_FORMAT", "text"),
    )?;
    let address = format!("127.0.0.1:{}", free_port()?);
    let server = RunningServer::start(site, &address, database_url, scratch)?;
    let base = &server.base_url;
    for (what, query) in [
        (
            "cardiology, Spanish, accepting new patients",
            "specialty=cardiology&language=es&new_patients=yes",
        ),
        ("a name", "name=nguy"),
        ("everyone, page 50", "page=50"),
    ] {
        println!(
            "\n== Directory search on {label}, {GENERATED_PROVIDERS} generated providers: {what} \
             (wrk, 8 connections, 15 s)"
        );
        print_wrk(&format!("{base}/find-a-doctor?{query}"), 8, None)?;
        println!("  query plan (portal explain-search):");
        process::run(
            Command::new(&site.server)
                .current_dir(root())
                .args(["explain-search", query])
                .env("DATABASE_URL", database_url)
                .env("PORTAL_DEMO", "true")
                .env("PORTAL_LOG_FORMAT", "text"),
        )?;
    }
    Ok(())
}

/// Generated providers (each with the demo's weekly hours at one location) for the booking
/// benchmarks.
const BOOKING_PROVIDERS: usize = 200;
/// (a): this many clients released at once for this many free times, this many rounds.
const RACE_CLIENTS: usize = 200;
const RACE_TIMES: usize = 20;
const RACE_ROUNDS: usize = 5;
/// (b): this many clients (one run each) booking one free time after another, for this long.
const THROUGHPUT_CLIENTS: [usize; 2] = [8, 16];
const THROUGHPUT_SECONDS: u64 = 10;

/// One database's booking numbers.
struct BookingNumbers {
    label: &'static str,
    servers: usize,
    race: Summary,
    double_bookings: i64,
    /// Per run: clients, answers, seconds, notifications queued per booking.
    throughput: Vec<(usize, Summary, f64, f64)>,
    aim: (f64, f64),
    /// What a commit waits for, which bounds throughput on PostgreSQL.
    durability: String,
}

/// Booking over HTTP on SQLite (one server) and PostgreSQL (two servers sharing it): races for
/// a few times, then throughput without contention; one table at the end.
fn booking_benches(site: &Site) -> Result {
    let scratch = std::env::temp_dir().join(format!("portal-bench-booking-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let mut numbers = Vec::new();
    let sqlite = Database::sqlite(&scratch.join("booking.sqlite"))?;
    numbers.push(booking_bench(
        site,
        &sqlite,
        1,
        &scratch.join("sqlite"),
        (400.0, 100.0),
    )?);
    drop(sqlite);
    let postgres = Postgres::start()?;
    let name = format!("portal_bench_booking_{}", std::process::id());
    let database = Database::postgres(&postgres.url, &name)?;
    numbers.push(booking_bench(
        site,
        &database,
        2,
        &scratch.join("postgres"),
        (250.0, 150.0),
    )?);
    drop(database);
    drop(postgres);
    let _ = std::fs::remove_dir_all(&scratch);

    println!(
        "\n== Booking over HTTP as front desk, {BOOKING_PROVIDERS} generated providers with weekly \
         hours"
    );
    println!(
        "\n  (a) {RACE_CLIENTS} clients released at once for {RACE_TIMES} free times ({} each), \
         {RACE_ROUNDS} rounds",
        RACE_CLIENTS / RACE_TIMES
    );
    println!(
        "  {:<11} {:>7} {:>8} {:>6} {:>6} {:>5} {:>4} {:>15} {:>7} {:>7}",
        "database",
        "servers",
        "attempts",
        "booked",
        "taken",
        "other",
        "5xx",
        "double bookings",
        "p50 ms",
        "p99 ms"
    );
    for n in &numbers {
        let r = &n.race;
        println!(
            "  {:<11} {:>7} {:>8} {:>6} {:>6} {:>5} {:>4} {:>15} {:>7} {:>7}",
            n.label,
            n.servers,
            r.attempts,
            r.booked,
            r.taken,
            r.refused + r.transport,
            r.failed,
            n.double_bookings,
            millis(r.p50),
            millis(r.p99)
        );
    }
    println!(
        "\n  (b) throughput without contention: clients booking back to back, each request a \
         different free time, {THROUGHPUT_SECONDS} s a run"
    );
    println!(
        "  {:<11} {:>7} {:>7} {:>8} {:>10} {:>7} {:>4} {:>7} {:>7} {:>13}  aim",
        "database",
        "servers",
        "clients",
        "bookings",
        "bookings/s",
        "refused",
        "5xx",
        "p50 ms",
        "p99 ms",
        "notices/book"
    );
    for n in &numbers {
        for (clients, t, seconds, notices) in &n.throughput {
            let rate = t.booked as f64 / seconds;
            let (aim_rate, aim_p99) = n.aim;
            let met = rate >= aim_rate && t.p99.as_secs_f64() * 1000.0 < aim_p99;
            println!(
                "  {:<11} {:>7} {:>7} {:>8} {:>10.0} {:>7} {:>4} {:>7} {:>7} {:>13.1}  \
                 >= {aim_rate}/s, p99 < {aim_p99} ms: {}",
                n.label,
                n.servers,
                clients,
                t.booked,
                rate,
                t.refused + t.taken + t.transport,
                t.failed,
                millis(t.p50),
                millis(t.p99),
                notices,
                if met { "met" } else { "missed" }
            );
        }
    }
    for n in &numbers {
        println!("  {}: {}", n.label, n.durability);
    }
    Ok(())
}

fn booking_bench(
    site: &Site,
    database: &Database,
    servers: usize,
    scratch: &Path,
    aim: (f64, f64),
) -> Result<BookingNumbers> {
    println!(
        "\n== Booking on {}: loading the demo data and generated people",
        database.label
    );
    database.load(site, BOOKING_PROVIDERS, RACE_CLIENTS + BOOKING_PROVIDERS)?;
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
    let patients = database.generated_patients()?;
    let (race_patients, own_patients) = patients.split_at(RACE_CLIENTS.min(patients.len()));
    let places = database.places(true)?;
    if own_patients.len() < places.len() || places.len() < RACE_TIMES {
        return Err(format!(
            "{} generated providers and {} patients are too few",
            places.len(),
            patients.len()
        ));
    }
    // Every free time of every generated provider for two weeks from tomorrow.
    let agent = booking::agent();
    let after = bookable_after();
    let mut free: Vec<Vec<FreeTime>> = Vec::new();
    for &place in &places {
        free.push(desk.free_times(&agent, place, 2, after)?);
    }

    // (a) Each round: client n races for the round's time of provider n % RACE_TIMES, as a
    // patient of its own (who so never overlaps themselves).
    let mut race_outcomes = Vec::new();
    for round in 0..RACE_ROUNDS {
        let attempts = race_patients
            .iter()
            .enumerate()
            .map(|(n, &patient)| {
                let time = free[n % RACE_TIMES]
                    .get(round)
                    .cloned()
                    .ok_or("a provider without enough free times")?;
                Ok((desks[n % desks.len()].clone(), time, patient))
            })
            .collect::<Result<Vec<_>>>()?;
        race_outcomes.extend(booking::race(attempts, "bench-race")?);
    }
    let race = Summary::of(&race_outcomes);
    let double_bookings = database.double_bookings()?;
    println!(
        "  races: {} attempts, {} booked, {} taken, {} double bookings",
        race.attempts, race.booked, race.taken, double_bookings
    );

    // (b) The other free times, one provider after another, each provider's for a patient of
    // its own.
    let mut queue = Vec::new();
    for k in 0.. {
        let mut any = false;
        for (p, times) in free.iter().enumerate() {
            let skip = if p < RACE_TIMES { RACE_ROUNDS } else { 0 };
            if let Some(time) = times.get(skip + k) {
                queue.push((time.clone(), own_patients[p]));
                any = true;
            }
        }
        if !any {
            break;
        }
    }
    println!("  throughput: {} free times to book", queue.len());
    let (queue, next) = (Arc::new(queue), Arc::new(AtomicUsize::new(0)));
    let mut runs = Vec::new();
    for clients in THROUGHPUT_CLIENTS {
        let notifications_before = database.number("SELECT COUNT(*) FROM notifications")?;
        let (outcomes, seconds) = throughput(&desks, &queue, &next, clients)?;
        let summary = Summary::of(&outcomes);
        let notifications =
            database.number("SELECT COUNT(*) FROM notifications")? - notifications_before;
        if let Some(Outcome { answer, .. }) = outcomes
            .iter()
            .find(|o| !matches!(o.answer, Answer::Booked(_)))
        {
            println!("  the first request that did not book: {answer:?}");
        }
        let per_booking = notifications as f64 / summary.booked.max(1) as f64;
        runs.push((clients, summary, seconds, per_booking));
    }
    let double_bookings = double_bookings + database.double_bookings()?;
    let durability = match database.label {
        "PostgreSQL" => format!(
            "fsync {}, synchronous_commit {}",
            database.text("SHOW fsync")?,
            database.text("SHOW synchronous_commit")?
        ),
        _ => "WAL, synchronous = NORMAL (a commit does not wait for the disk)".to_string(),
    };
    Ok(BookingNumbers {
        durability,
        label: database.label,
        servers,
        race,
        double_bookings,
        throughput: runs,
        aim,
    })
}

/// `clients` clients (spread over the servers) each booking the next time of the queue (from
/// `next` on) as soon as its last answer came, for [`THROUGHPUT_SECONDS`] or until the queue is
/// empty.
fn throughput(
    desks: &[Desk],
    queue: &Arc<Vec<(FreeTime, i64)>>,
    next: &Arc<AtomicUsize>,
    clients: usize,
) -> Result<(Vec<Outcome>, f64)> {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(THROUGHPUT_SECONDS);
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            let desk = desks[c % desks.len()].clone();
            let (queue, next) = (queue.clone(), next.clone());
            std::thread::spawn(move || {
                let agent = booking::agent();
                let mut outcomes = Vec::new();
                while Instant::now() < deadline {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some((time, patient)) = queue.get(n) else {
                        break;
                    };
                    outcomes.push(desk.book(&agent, time, *patient, &booking::key("bench", n)));
                }
                outcomes
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for thread in threads {
        outcomes.extend(thread.join().map_err(|_| "a client thread panicked")?);
    }
    Ok((outcomes, started.elapsed().as_secs_f64()))
}
