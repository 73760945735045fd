//! `portal` — serve the portal (`portal` or `portal serve`), load the demo data set
//! (`portal demo [--reset]`), bring the schema up to date as the database's owner (`portal
//! migrate`), check the audit trail (`portal audit-verify`), or re-seal the TOTP secrets under a
//! new key (`portal rotate-totp-key`).

use backend::clock::now;
use backend::demo;
use server::{
    config::{Config, LogFormat},
    notifications,
    router::{router, AppState},
    startup::{prepare_database, prepare_outbox_dir},
};
use std::{process::ExitCode, sync::Arc};

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("portal: {error}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Text => builder.init(),
    }
    // The default hook prints the panic message, which may quote data; log where it happened.
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(%location, "panic");
    }));
}

async fn run() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = Config::load()?;
    init_logging(config.log_format);
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["serve"] => serve(config).await,
        ["demo"] => load_demo(&config, false).await,
        ["demo", "--reset"] => load_demo(&config, true).await,
        ["demo", generated @ ..] => add_generated(&config, generated).await,
        ["migrate"] => migrate(&config).await,
        ["audit-verify"] => verify_audit(&config).await,
        ["rotate-totp-key"] => rotate_totp_key(&config).await,
        ["explain-search", query] => explain_search(&config, query).await,
        _ => Err(USAGE.into()),
    }
}

const USAGE: &str = "usage: portal [serve] | portal demo [--reset | [--providers N] \
                     [--patients N]] | portal migrate | portal audit-verify | portal rotate-totp-key | \
                     portal explain-search '<query of /find-a-doctor>'";

async fn load_demo(config: &Config, reset: bool) -> Result<(), Failure> {
    if reset {
        backend::db::erase(&config.database_url).await?;
    }
    let db = prepare_database(config, now()).await?;
    let loaded = demo::is_loaded(&db).await?;
    println!("demo data loaded: {loaded}");
    db.close().await;
    Ok(())
}

/// Loads the demo data set and adds generated providers (`--providers N`, for the directory and
/// booking benchmarks) and patients with accounts (`--patients N`, for booking races).
async fn add_generated(config: &Config, options: &[&str]) -> Result<(), Failure> {
    let (mut providers, mut patients) = (0, 0);
    for pair in options.chunks(2) {
        let count = |option: &str| -> Result<usize, Failure> {
            pair.get(1)
                .and_then(|n| n.parse().ok())
                .ok_or_else(|| format!("{option} takes a number").into())
        };
        match pair[0] {
            "--providers" => providers = count("--providers")?,
            "--patients" => patients = count("--patients")?,
            _ => return Err(USAGE.into()),
        }
    }
    let db = prepare_database(config, now()).await?;
    if providers > 0 {
        demo::bulk::add_providers(&db, providers, now()).await?;
    }
    if patients > 0 {
        demo::bulk::add_patients(&db, patients, now()).await?;
    }
    println!("added {providers} generated providers and {patients} generated patients");
    db.close().await;
    Ok(())
}

/// Prints how the database runs a directory search given as the query of a `/find-a-doctor`
/// address (e.g. `specialty=cardiology&language=es`): its count and its first page.
async fn explain_search(config: &Config, query: &str) -> Result<(), Failure> {
    let search: app::api::directory::SearchQuery = serde_urlencoded::from_str(query)
        .map_err(|e| format!("not a /find-a-doctor query: {e}"))?;
    let db = backend::db::Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let filters = app::api::directory::search_filters(&search, now());
    let plan = backend::directory::search_plan(&db, &filters).await?;
    db.close().await;
    for (what, lines) in [("count", &plan.count), ("page", &plan.page)] {
        println!("  {what}:");
        for line in lines {
            println!("    {line}");
        }
    }
    Ok(())
}

/// Brings the schema up to date and exits: run with the owner's `DATABASE_URL` when the server's
/// own role may not change the schema (`docs/deployment.md`).
async fn migrate(config: &Config) -> Result<(), Failure> {
    let db = backend::db::Db::connect(&config.database_url).await?;
    let migrated = db.migrate().await;
    db.close().await;
    migrated?;
    println!("the schema is up to date");
    Ok(())
}

/// Recomputes the audit trail's hash chain with the audit key and reports every altered or
/// missing row, and the head, to compare with the heads the server logged.
async fn verify_audit(config: &Config) -> Result<(), Failure> {
    let db = backend::db::Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let report = backend::audit::verify(&db, &config.keys.audit).await?;
    let head = backend::audit::head(&db).await?;
    db.close().await;
    println!("audit trail: {} rows checked", report.rows);
    for problem in &report.problems {
        println!("  {problem}");
    }
    println!("head: row {} hash {}", head.seq, head.hash);
    if report.problems.is_empty() {
        println!("the chain is intact");
        Ok(())
    } else {
        Err(format!(
            "{} problems in the audit trail (if every keyed row reads as altered, check \
             PORTAL_AUDIT_KEY)",
            report.problems.len()
        )
        .into())
    }
}

/// Re-seals every TOTP secret under `PORTAL_TOTP_KEY`, opening those sealed under
/// `PORTAL_TOTP_KEY_OLD`, in one transaction. Run it with the servers stopped, then start them
/// with the new key only.
async fn rotate_totp_key(config: &Config) -> Result<(), Failure> {
    let old = config.old_totp_key.as_ref().ok_or(
        "rotate-totp-key needs the retiring key in PORTAL_TOTP_KEY_OLD (totp_key_old) and the new \
         one in PORTAL_TOTP_KEY (totp_key)",
    )?;
    let db = backend::db::Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let rotated = backend::totp_secrets::rotate(&db, old, &config.keys.totp).await;
    db.close().await;
    println!(
        "re-sealed {} TOTP secrets under key {}",
        rotated?,
        config.keys.totp.id()
    );
    Ok(())
}

async fn serve(config: Config) -> Result<(), Failure> {
    let leptos = leptos::config::get_configuration(Some("Leptos.toml"))?.leptos_options;
    let db = prepare_database(&config, now()).await?;
    prepare_outbox_dir(&config)?;
    let outbox = notifications::start(
        &config.outbox,
        db.clone(),
        Arc::new(app::notifications::FluentRenderer),
    )?;
    let checkpoints = tokio::spawn(checkpoint_every_second(db.clone()));
    let expiry = tokio::spawn(expire_credentials_hourly(db.clone()));
    let audit_head = tokio::spawn(log_audit_head_every_ten_minutes(db.clone()));
    let origin = config
        .public_origin
        .clone()
        .unwrap_or_else(|| format!("http://{}", leptos.site_addr));
    let offers = tokio::spawn(expire_offers_every_minute(
        db.clone(),
        origin,
        outbox.wake.clone(),
    ));
    let address = leptos.site_addr;
    let state = AppState {
        db: db.clone(),
        leptos,
        config: Arc::new(config),
        outbox_wake: outbox.wake.clone(),
    };
    let listener = tokio::net::TcpListener::bind(address).await?;
    tracing::info!(%address, "serving");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    outbox.stop().await;
    checkpoints.abort();
    expiry.abort();
    offers.abort();
    audit_head.abort();
    db.close().await;
    Ok(())
}

/// Logs the audit chain's head (row number and hash, nothing about anyone) at start and every ten
/// minutes, for the operator to ship elsewhere: a chain rewritten later no longer passes through
/// the heads logged before (`portal audit-verify` prints the current head to compare).
async fn log_audit_head_every_ten_minutes(db: backend::db::Db) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        ticks.tick().await;
        match backend::audit::head(&db).await {
            Ok(head) => tracing::info!(seq = head.seq, hash = %head.hash, "audit chain head"),
            Err(error) => tracing::warn!(%error, "could not read the audit chain head"),
        }
    }
}

/// Moves credentials past their validity to "expired" at start and every hour after.
async fn expire_credentials_hourly(db: backend::db::Db) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        ticks.tick().await;
        match backend::credentials::expire_due(&db, now()).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "credentials expired"),
            Err(error) => tracing::warn!(%error, "credential expiry failed"),
        }
    }
}

/// Ends waitlist offers nobody took in time and passes each time to the next patient waiting,
/// every minute (idempotent; with several processes, each offer ends once).
async fn expire_offers_every_minute(
    db: backend::db::Db,
    origin: String,
    wake: Arc<tokio::sync::Notify>,
) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        ticks.tick().await;
        match backend::scheduling::waitlist::expire_offers(&db, &origin, now()).await {
            Ok(0) => {}
            Ok(count) => {
                tracing::info!(count, "waitlist offers expired");
                wake.notify_one();
            }
            Err(error) => tracing::warn!(%error, "waitlist offer expiry failed"),
        }
    }
}

/// Keeps SQLite's write-ahead log short in the background, so commits never pay for it.
async fn checkpoint_every_second(db: backend::db::Db) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(1));
    loop {
        ticks.tick().await;
        if let Err(error) = db.checkpoint().await {
            tracing::warn!(%error, "background checkpoint failed");
        }
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("install the SIGTERM handler");
    tokio::select! {
        _ = interrupt => {},
        _ = terminate.recv() => {},
    }
}
