//! `cargo xtask bench`: the numbers the issues ask for, printed, never asserted.

use crate::{
    booking,
    build::{brotli_bytes, build_site, gzip_bytes, Site, OUTPUT_NAME},
    postgres::{self, Postgres},
    process::{self, free_port, output, root, Result},
    server::RunningServer,
    tools,
};
use std::{path::Path, process::Command};

fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// Bytes of a response body as the browser receives it (brotli when offered).
fn fetched_bytes(agent: &ureq::Agent, url: &str) -> Result<usize> {
    let mut response = agent
        .get(url)
        .header("Accept-Encoding", "br, gzip")
        .call()
        .map_err(|e| format!("{url}: {e}"))?;
    let headers: usize = response
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len() + 4)
        .sum();
    let body = response
        .body_mut()
        .with_config()
        .limit(50 * 1024 * 1024)
        .read_to_vec()
        .map_err(|e| e.to_string())?;
    Ok(headers + body.len())
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

pub fn run() -> Result {
    let site = build_site()?;
    tools::ensure_wrk()?;

    println!("\n== Bundle sizes (raw / gzip -9 / brotli -11)");
    for file in [
        format!("{OUTPUT_NAME}_bg.wasm"),
        format!("{OUTPUT_NAME}.js"),
        format!("{OUTPUT_NAME}.css"),
    ] {
        let data = std::fs::read(site.pkg().join(&file)).map_err(|e| format!("{file}: {e}"))?;
        println!(
            "  {file:<18} {:>10} {:>10} {:>10}",
            kib(data.len()),
            kib(gzip_bytes(&data).len()),
            kib(brotli_bytes(&data).len())
        );
    }

    let scratch = std::env::temp_dir().join(format!("portal-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let database_url = format!("sqlite://{}/bench.sqlite", scratch.display());
    let address = format!("127.0.0.1:{}", free_port()?);
    let server = RunningServer::start(&site, &address, &database_url, &scratch)?;
    let base = &server.base_url;

    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent();
    let first_load = [
        "/".to_string(),
        format!("/pkg/{OUTPUT_NAME}.css"),
        format!("/pkg/{OUTPUT_NAME}.js"),
        format!("/pkg/{OUTPUT_NAME}_bg.wasm"),
        "/favicon.svg".to_string(),
    ];
    println!("\n== First load of / (cold cache, brotli accepted; bodies + headers)");
    let mut total = 0;
    for path in &first_load {
        let bytes = fetched_bytes(&agent, &format!("{base}{path}"))?;
        total += bytes;
        println!("  {path:<22} {:>10}", kib(bytes));
    }
    println!("  {:<22} {:>10}", "total", kib(total));

    println!("\n== Server-side rendering of / on loopback (wrk, 1 thread, 8 connections, 15 s)");
    print_wrk(&format!("{base}/"), 8, None)?;

    // Every display of a patient's record to staff appends an audit row in the same request (a
    // write transaction, serialised by the hash chain). The same page with a search that finds
    // nobody does the same work minus that write: the difference is the cost of auditing reads.
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
    drop(server);

    // The directory with 10,000 generated providers, on both databases.
    let sqlite_url = format!("sqlite://{}/directory.sqlite", scratch.display());
    directory_bench(&site, "SQLite", &sqlite_url, &scratch)?;
    let postgres = Postgres::start()?;
    let postgres_url = postgres::fresh_database(&postgres.url, "portal_bench_directory")?;
    directory_bench(&site, "PostgreSQL", &postgres_url, &scratch)?;
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
    }
    Ok(())
}
