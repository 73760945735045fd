//! Running commands, and where things live.

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::Mutex,
    time::Instant,
};

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the folder holding `Cargo.toml` and `Leptos.toml`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// Caches kept outside the clone, so a fresh clone (CI) reuses earlier builds and tools.
pub fn cache_dir() -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| root().join(".cache"), PathBuf::from);
    home.join(".cache").join("portal")
}

/// Cargo's target folder: `CARGO_TARGET_DIR` when set, else the cache.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| cache_dir().join("target"), PathBuf::from)
}

/// A cargo command that builds into [`target_dir`].
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(root())
        .env("CARGO_TARGET_DIR", target_dir());
    command
}

/// Runs a command to completion, inheriting the terminal; an error when it fails.
pub fn run(command: &mut Command) -> Result {
    let status = command
        .status()
        .map_err(|e| format!("could not start {:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(command)))
    }
}

/// Runs a command and returns its standard output, or `None` when it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

/// A TCP port on loopback that nothing listens on right now.
pub fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// The step under way and when it began, so each step can say how long it took.
static CURRENT_STEP: Mutex<Option<(String, Instant)>> = Mutex::new(None);

/// Announces a step (and how long the one before it took).
pub fn step(message: &str) {
    finish_step();
    eprintln!("\n==> {message}");
    if let Ok(mut current) = CURRENT_STEP.lock() {
        *current = Some((message.to_string(), Instant::now()));
    }
}

/// Says how long the step under way took, and ends it.
pub fn finish_step() {
    let ended = CURRENT_STEP
        .lock()
        .ok()
        .and_then(|mut current| current.take());
    if let Some((name, began)) = ended {
        eprintln!("<== {name}: {:.0} s", began.elapsed().as_secs_f64());
    }
}
