//! `cargo xtask run|test|demo|bench`: the project's two commands and their helpers. Installs what
//! is missing (wasm target, wasm-bindgen-cli, npm's binaryen, Chromium, PostgreSQL, wrk) from the
//! package registries only, builds the site itself, and runs every test stage.

mod bench;
mod booking;
mod budgets;
mod build;
mod pages;
mod postgres;
mod process;
mod race;
mod server;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo xtask <run | test | demo | bench | race | budgets | e2e | audit-verify>
  run    build in release mode and serve with SQLite and demo data at http://127.0.0.1:3000
  test   formatting, lints, unit and integration tests (SQLite and PostgreSQL), browser tests
  demo   reset the database (DATABASE_URL, default ./data/portal.sqlite) and load the demo data
  bench  print bundle sizes, each main page's first-visit bytes and render latency, audited
         reads, directory search and booking (`bench booking`: only booking races and
         throughput; `bench directory`: only search; `bench pages [URL]`: only the pages, of a
         fresh build or of the server already running at URL)
  race   only the booking race of `test` (100 requests for one time; PostgreSQL and SQLite)
  budgets  build only the browser bundle and check its budgets (size, no locale text, exports)
  e2e    only the browser tests of `test`; what follows goes to Playwright
         (e.g. `cargo xtask e2e tests/booking.spec.ts --project desktop`)
  audit-verify  check the audit trail's hash chain in DATABASE_URL (default ./data/portal.sqlite)";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let outcome = match command.as_str() {
        "run" => server::serve(),
        "test" => test::run(),
        "demo" => server::demo(),
        "bench" => bench::run(
            std::env::args().nth(2).as_deref(),
            std::env::args().nth(3).as_deref(),
        ),
        "race" => race::standalone(),
        "e2e" => test::end_to_end_only(&std::env::args().skip(2).collect::<Vec<_>>()),
        "budgets" => test::budgets_only(),
        "audit-verify" => server::audit_verify(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}
