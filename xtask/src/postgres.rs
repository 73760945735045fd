//! A PostgreSQL server for the integration tests: `TEST_POSTGRES_URL` when set, a server on
//! 127.0.0.1:5432 when one answers, else a throwaway cluster on a free port, stopped on drop.

use crate::{
    process::{free_port, is_root, run, step, Result},
    tools,
};
use std::process::Stdio;
use std::{
    net::{SocketAddr, TcpStream},
    path::PathBuf,
    process::Command,
    time::Duration,
};

pub struct Postgres {
    pub url: String,
    cluster: Option<Cluster>,
}

struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
}

/// A command run as the `postgres` user when we are root (PostgreSQL refuses to run as root).
fn as_postgres(program: PathBuf) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

impl Postgres {
    pub fn start() -> Result<Postgres> {
        if let Ok(url) = std::env::var("TEST_POSTGRES_URL") {
            return Ok(Postgres { url, cluster: None });
        }
        let local: SocketAddr = "127.0.0.1:5432".parse().expect("an address");
        if TcpStream::connect_timeout(&local, Duration::from_millis(300)).is_ok() {
            let user = std::env::var("PGUSER").unwrap_or_else(|_| "postgres".into());
            let password = std::env::var("PGPASSWORD").unwrap_or_else(|_| "postgres".into());
            return Ok(Postgres {
                url: format!("postgres://{user}:{password}@127.0.0.1:5432/postgres"),
                cluster: None,
            });
        }
        let bin = tools::ensure_postgres_binaries()?;
        let port = free_port()?;
        let dir = std::env::temp_dir().join(format!("portal-pg-{port}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        if is_root() {
            run(Command::new("chown").arg("postgres").arg(&dir))?;
        }
        step(&format!("starting a throwaway PostgreSQL on port {port}"));
        run(as_postgres(bin.join("initdb"))
            .arg("-D")
            .arg(dir.join("data"))
            .args(["--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8"])
            .stdout(std::process::Stdio::null()))?;
        run(as_postgres(bin.join("pg_ctl"))
            .arg("-D")
            .arg(dir.join("data"))
            .arg("-l")
            .arg(dir.join("log"))
            .arg("-o")
            .arg(format!(
                "-p {port} -c listen_addresses=127.0.0.1 -k {} -c fsync=off -c max_connections=200",
                dir.display()
            ))
            .args(["-w", "start"])
            .stdout(std::process::Stdio::null()))?;
        Ok(Postgres {
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
            cluster: Some(Cluster { bin, dir }),
        })
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if let Some(cluster) = &self.cluster {
            let _ = as_postgres(cluster.bin.join("pg_ctl"))
                .arg("-D")
                .arg(cluster.dir.join("data"))
                .args(["-m", "immediate", "stop"])
                .stdout(std::process::Stdio::null())
                .status();
            let _ = std::fs::remove_dir_all(&cluster.dir);
        }
    }
}

/// A new, empty database `name` on the PostgreSQL server at `admin_url` (dropped first if a
/// crashed run left it); returns its URL.
pub fn fresh_database(admin_url: &str, name: &str) -> Result<String> {
    drop_database(admin_url, name)?;
    admin(admin_url, &format!("CREATE DATABASE {name}"))?;
    let (base, query) = admin_url.split_once('?').unwrap_or((admin_url, ""));
    let server = &base[..base.rfind('/').ok_or("a database URL")?];
    Ok(if query.is_empty() {
        format!("{server}/{name}")
    } else {
        format!("{server}/{name}?{query}")
    })
}

/// Drops database `name` on the PostgreSQL server at `admin_url`, if it exists.
pub fn drop_database(admin_url: &str, name: &str) -> Result {
    admin(
        admin_url,
        &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
    )
}

fn admin(admin_url: &str, statement: &str) -> Result {
    let psql = tools::ensure_postgres_binaries()?.join("psql");
    run(Command::new(psql)
        .arg(admin_url)
        .args(["-X", "-q", "-c", statement])
        // Not "NOTICE: database … does not exist, skipping".
        .env("PGOPTIONS", "--client-min-messages=warning")
        .stdout(Stdio::null()))
}
