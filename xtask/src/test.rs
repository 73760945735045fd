//! `cargo xtask test`: every stage, with one closing line `N passed, N failed` over all of them.

use crate::{
    budgets,
    build::build_site,
    postgres::Postgres,
    process::{cargo, free_port, root, step, Result},
    race,
    server::RunningServer,
    tools,
};
use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
};

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    failures: Vec<String>,
}

impl Tally {
    /// Names every failure and prints the closing line `N passed, N failed`.
    fn finish(self) -> Result {
        crate::process::finish_step();
        for failure in &self.failures {
            eprintln!("FAILED {failure}");
        }
        println!("\n{} passed, {} failed", self.passed, self.failed);
        if self.failed == 0 {
            Ok(())
        } else {
            Err(format!("{} failed", self.failed))
        }
    }

    /// A check that is one test: formatting, a lint run, a build.
    fn check(&mut self, name: &str, outcome: Result) {
        match outcome {
            Ok(()) => self.passed += 1,
            Err(error) => {
                self.failed += 1;
                self.failures.push(format!("{name}: {error}"));
            }
        }
    }
}

/// Runs a command, echoing its output, and adds up cargo test's `test result:` lines.
fn cargo_tests(tally: &mut Tally, name: &str, command: &mut Command) {
    let mut child = match command.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(e) => return tally.check(name, Err(e.to_string())),
    };
    let (mut passed, mut failed) = (0, 0);
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let Ok(line) = line else { break };
        println!("{line}");
        if let Some(summary) = line.strip_prefix("test result: ") {
            passed += count(summary, " passed");
            failed += count(summary, " failed");
        }
    }
    let status = child.wait().map_err(|e| e.to_string());
    tally.passed += passed;
    tally.failed += failed;
    if failed > 0 {
        tally.failures.push(format!("{name}: {failed} failed"));
    }
    if !matches!(status, Ok(s) if s.success()) && failed == 0 {
        tally.check(name, Err("did not compile or run".into()));
    }
}

/// The number before `label` in a summary like `ok. 12 passed; 0 failed; …`.
fn count(summary: &str, label: &str) -> u64 {
    summary
        .split([';', '.'])
        .find_map(|part| part.trim().strip_suffix(label.trim()))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

fn status_of(command: &mut Command) -> Result {
    crate::process::run(command)
}

pub fn run() -> Result {
    let began = std::time::Instant::now();
    let mut tally = Tally::default();

    step("cargo fmt --check");
    tally.check(
        "fmt",
        status_of(cargo().args(["fmt", "--all", "--", "--check"])),
    );

    step("cargo clippy (server side and browser bundle)");
    tally.check(
        "clippy",
        status_of(cargo().args([
            "clippy",
            "--workspace",
            "--exclude",
            "frontend",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])),
    );
    if let Err(e) = tools::ensure_wasm_target() {
        tally.check("wasm target", Err(e));
    }
    tally.check(
        "clippy (wasm)",
        status_of(cargo().args([
            "clippy",
            "--package",
            "frontend",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ])),
    );

    // Every test binary runs even after one fails (--no-fail-fast), so one failure hides no other.
    // Kept until the booking race, which needs it too. Starting it is a step of its own.
    let postgres = Postgres::start();
    step("unit and integration tests (SQLite and PostgreSQL)");
    match &postgres {
        Ok(postgres) => {
            cargo_tests(
                &mut tally,
                "cargo test",
                cargo()
                    .args([
                        "test",
                        "--no-fail-fast",
                        "--workspace",
                        "--exclude",
                        "frontend",
                        "--exclude",
                        "server",
                    ])
                    .env("TEST_POSTGRES_URL", &postgres.url),
            );
            // One test at a time in the server's binaries: with several tokio runtimes rendering
            // in one process, a render now and then waits forever (not seen with the one
            // runtime a server has; see the closing note of the accounts issue).
            cargo_tests(
                &mut tally,
                "cargo test (server)",
                cargo()
                    .args([
                        "test",
                        "--no-fail-fast",
                        "--package",
                        "server",
                        "--",
                        "--test-threads=1",
                    ])
                    .env("TEST_POSTGRES_URL", &postgres.url),
            );
        }
        Err(e) => tally.check("PostgreSQL", Err(e.clone())),
    }

    // Building the site, the server and Playwright report as steps of their own.
    match end_to_end(&mut tally, &[]) {
        Ok(()) => {}
        Err(e) => tally.check("browser tests", Err(e)),
    }

    match build_site() {
        Ok(site) => {
            step("booking race over HTTP (two servers on PostgreSQL, one on SQLite)");
            let admin_url = postgres.as_ref().ok().map(|p| p.url.as_str());
            for (name, outcome) in race::run(&site, admin_url) {
                tally.check(&name, outcome);
            }
        }
        Err(e) => tally.check("booking race", Err(e)),
    }
    drop(postgres);

    crate::process::finish_step();
    eprintln!("<== all stages: {:.0} s", began.elapsed().as_secs_f64());
    tally.finish()
}

/// `cargo xtask budgets`: builds the browser bundle only (no server) and checks its budgets.
pub fn budgets_only() -> Result {
    let mut tally = Tally::default();
    match crate::build::build_static() {
        Ok(root) => {
            step("bundle budgets");
            for (name, outcome) in budgets::check(&root.join("pkg")) {
                tally.check(&name, outcome);
            }
        }
        Err(e) => tally.check("browser bundle", Err(e)),
    }
    tally.finish()
}

/// `cargo xtask e2e [Playwright arguments]`: the browser stage alone, or a part of it.
pub fn end_to_end_only(playwright_args: &[String]) -> Result {
    let mut tally = Tally::default();
    if let Err(e) = end_to_end(&mut tally, playwright_args) {
        tally.check("browser tests", Err(e));
    }
    tally.finish()
}

/// Builds the release site, serves it on a free port with a fresh SQLite database, and runs the
/// Playwright suite (or the part `playwright_args` names) against it with Debian's Chromium.
fn end_to_end(tally: &mut Tally, playwright_args: &[String]) -> Result {
    let site = build_site()?;
    step("bundle budgets");
    for (name, outcome) in budgets::check(&site.pkg()) {
        tally.check(&name, outcome);
    }
    tools::ensure_chromium()?;
    let end2end = root().join("end2end");
    tools::npm_ci(&end2end)?;

    let scratch = std::env::temp_dir().join(format!("portal-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let database_url = format!("sqlite://{}/e2e.sqlite", scratch.display());
    let address = format!("127.0.0.1:{}", free_port()?);
    let server = RunningServer::start(&site, &address, &database_url, &scratch)?;

    let report = scratch.join("results.json");
    step("Playwright (phone, desktop, no-JS; axe and html-validate)");
    let status = Command::new("npx")
        .args(["playwright", "test", "--reporter=list,json"])
        .args(playwright_args)
        .current_dir(&end2end)
        .env("BASE_URL", &server.base_url)
        .env("OUTBOX_DIR", &server.outbox)
        .env("SERVER_LOG", &server.log)
        .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &report)
        .env("CHROMIUM_PATH", tools::CHROMIUM)
        .status()
        .map_err(|e| format!("could not start Playwright: {e}"))?;
    let log = server.log.clone();
    drop(server);

    let stats = std::fs::read_to_string(&report)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .map(|json| json["stats"].clone());
    match stats {
        Some(stats) => {
            let number = |key: &str| stats[key].as_u64().unwrap_or(0);
            tally.passed += number("expected");
            let failed = number("unexpected") + number("flaky");
            tally.failed += failed;
            if failed > 0 {
                tally
                    .failures
                    .push(format!("browser tests: {failed} failed"));
            }
            if !status.success() && failed == 0 {
                tally.check("Playwright", Err(format!("exited with {status}")));
            }
        }
        None => tally.check("Playwright", Err(format!("no report ({status})"))),
    }
    if tally.failed > 0 {
        // The server's own account of the run (JSON lines, no personal data) helps explain a
        // failure; print its end.
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        let tail: Vec<&str> = log
            .lines()
            .rev()
            .filter(|line| {
                line.contains("ERROR") || line.contains("WARN") || line.contains("panic")
            })
            .take(40)
            .collect();
        eprintln!("--- warnings and errors in the server log ---");
        for line in tail.into_iter().rev() {
            eprintln!("{line}");
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_from_cargo_summaries() {
        let summary =
            "ok. 12 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(count(summary, " passed"), 12);
        assert_eq!(count(summary, " failed"), 3);
        assert_eq!(count("FAILED. 0 passed; 1 failed;", " failed"), 1);
    }
}
