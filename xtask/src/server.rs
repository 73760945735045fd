//! Starting the built server: `cargo xtask run`, `cargo xtask demo`, and for tests and benchmarks.

use crate::{
    build::{build_server, build_site, Site},
    process::{root, run, Result},
};
use std::{
    path::{Path, PathBuf},
    process::{Child, Command},
    time::{Duration, Instant},
};

/// The demo accounts of SPEC §5, printed by `cargo xtask run`.
const DEMO_ACCOUNTS: [&str; 6] = [
    "patient (English)          pat@demo.test      demo-patient-pass",
    "patient (Spanish)          maria@demo.test    demo-patient-pass",
    "proxy (parent, carer)      carer@demo.test    demo-patient-pass",
    "provider (primary care)    dr.lee@demo.test   demo-staff-pass",
    "front desk                 desk@demo.test     demo-staff-pass",
    "credentialing admin        admin@demo.test    demo-staff-pass",
];

fn default_database_url() -> String {
    std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}/data/portal.sqlite", root().display()))
}

/// A server process that is stopped when dropped.
pub struct RunningServer {
    child: Child,
    pub base_url: String,
    /// Everything the server wrote to stdout and stderr.
    pub log: PathBuf,
    /// Where its notification worker writes emails as `.eml` files.
    pub outbox: PathBuf,
}

impl RunningServer {
    /// Starts the built server on `address` with `database_url`, its log and outbox in `scratch`,
    /// and waits for `/healthz`.
    pub fn start(
        site: &Site,
        address: &str,
        database_url: &str,
        scratch: &Path,
    ) -> Result<RunningServer> {
        let log = scratch.join("server.log");
        let outbox = scratch.join("outbox");
        let log_file = std::fs::File::create(&log).map_err(|e| e.to_string())?;
        let child = server_command(site, database_url)
            .env("LEPTOS_SITE_ADDR", address)
            .env("PORTAL_OUTBOX_DIR", &outbox)
            .stdout(log_file.try_clone().map_err(|e| e.to_string())?)
            .stderr(log_file)
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?;
        let mut server = RunningServer {
            child,
            base_url: format!("http://{address}"),
            log,
            outbox,
        };
        server.wait_until_healthy()?;
        Ok(server)
    }

    fn wait_until_healthy(&mut self) -> Result {
        let log = self.log.clone();
        let deadline = Instant::now() + Duration::from_secs(60);
        let url = format!("{}/healthz", self.base_url);
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(2)))
            .build()
            .new_agent();
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                let output = std::fs::read_to_string(&log).unwrap_or_default();
                return Err(format!("the server exited ({status}):\n{output}"));
            }
            if agent.get(&url).call().is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!("the server did not answer {url} within 60 s"))
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn server_command(site: &Site, database_url: &str) -> Command {
    let mut command = Command::new(&site.server);
    command
        .current_dir(root())
        .env("LEPTOS_SITE_ROOT", &site.root)
        .env("DATABASE_URL", database_url)
        .env("PORTAL_DEMO", "true");
    command
}

/// `cargo xtask run`: build, then serve with demo data until interrupted.
pub fn serve() -> Result {
    let site = build_site()?;
    let address =
        std::env::var("LEPTOS_SITE_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_string());
    let database_url = default_database_url();
    println!("\nWellspring Health portal — demo mode");
    println!("  address   http://{address}");
    println!("  database  {database_url}");
    println!("  demo accounts:");
    for account in DEMO_ACCOUNTS {
        println!("    {account}");
    }
    println!("  stop with Ctrl-C\n");
    run(server_command(&site, &database_url)
        .env("LEPTOS_SITE_ADDR", &address)
        .env("PORTAL_LOG_FORMAT", "text"))
}

/// Builds the server and runs one of its commands against `DATABASE_URL`.
fn portal_command(args: &[&str]) -> Result {
    run(Command::new(build_server()?)
        .current_dir(root())
        .args(args)
        .env("DATABASE_URL", default_database_url())
        .env("PORTAL_DEMO", "true")
        .env("PORTAL_LOG_FORMAT", "text"))
}

/// `cargo xtask demo`: reset the database and load the demo data set.
pub fn demo() -> Result {
    portal_command(&["demo", "--reset"])?;
    println!("demo data loaded into {}", default_database_url());
    Ok(())
}

/// `cargo xtask audit-verify`: report any altered or missing audit row.
pub fn audit_verify() -> Result {
    portal_command(&["audit-verify"])
}
