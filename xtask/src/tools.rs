//! Installs the build and test tools that are missing, from the package registries only.

use crate::process::{cache_dir, output, root, run, step, Result};
use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::Once,
};

/// The version of a package in `Cargo.lock`.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&needle)? + needle.len();
    let end = lock[start..].find('"')? + start;
    Some(lock[start..end].to_string())
}

pub fn ensure_wasm_target() -> Result {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step("installing the wasm32-unknown-unknown target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// wasm-bindgen-cli at exactly the version of the `wasm-bindgen` crate in Cargo.lock.
pub fn ensure_wasm_bindgen() -> Result<PathBuf> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| e.to_string())?;
    let version = locked_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen")?;
    let tools = cache_dir().join("tools");
    let binary = tools.join("bin").join("wasm-bindgen");
    let installed = output(Command::new(&binary).arg("--version")).unwrap_or_default();
    if installed.split_whitespace().nth(1) != Some(version.as_str()) {
        step(&format!(
            "installing wasm-bindgen-cli {version} (about 5 minutes, once)"
        ));
        // Not --locked: its lock file names a webpki-roots release the registry no longer has.
        run(Command::new("cargo")
            .args([
                "install",
                "wasm-bindgen-cli",
                "--force",
                "--version",
                &version,
                "--root",
            ])
            .arg(&tools))?;
    }
    Ok(binary)
}

fn apt_install(packages: &[&str]) -> Result {
    static UPDATE: Once = Once::new();
    let sudo = !crate::process::is_root();
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    let mut update = Ok(());
    UPDATE.call_once(|| update = run(&mut apt(&["update", "-qq"])));
    update?;
    step(&format!("installing {} with apt-get", packages.join(", ")));
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend_from_slice(packages);
    run(&mut apt(&args))
}

/// Node.js and npm, for wasm-opt and Playwright.
pub fn ensure_node() -> Result {
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    Ok(())
}

/// `npm ci` in `folder` when its packages are missing or older than its lock file.
pub fn npm_ci(folder: &Path) -> Result {
    ensure_node()?;
    let stamp = folder.join("node_modules").join(".package-lock.json");
    let lock = folder.join("package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(&stamp).is_none() || modified(&stamp) < modified(&lock) {
        step(&format!("npm ci in {}", folder.display()));
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(folder))?;
    }
    Ok(())
}

/// wasm-opt from npm's `binaryen` package, pinned in `xtask/npm/package-lock.json`.
pub fn ensure_wasm_opt() -> Result<PathBuf> {
    let folder = root().join("xtask").join("npm");
    npm_ci(&folder)?;
    Ok(folder.join("node_modules").join(".bin").join("wasm-opt"))
}

pub const CHROMIUM: &str = "/usr/bin/chromium";

pub fn ensure_chromium() -> Result {
    if !Path::new(CHROMIUM).exists() {
        apt_install(&["chromium"])?;
    }
    Ok(())
}

/// The folder with PostgreSQL's server programs (`initdb`, `pg_ctl`), installing them if absent.
pub fn ensure_postgres_binaries() -> Result<PathBuf> {
    let find = || {
        let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
            .filter(|bin| bin.join("initdb").exists())
            .collect();
        found.sort();
        found.pop()
    };
    if let Some(bin) = find() {
        return Ok(bin);
    }
    apt_install(&["postgresql"])?;
    find().ok_or_else(|| "PostgreSQL was installed but initdb was not found".into())
}

/// The `sqlite3` shell, for reading a test database back.
pub fn ensure_sqlite3() -> Result<PathBuf> {
    let path = PathBuf::from("/usr/bin/sqlite3");
    if !path.exists() {
        apt_install(&["sqlite3"])?;
    }
    Ok(path)
}

pub fn ensure_wrk() -> Result {
    if output(Command::new("wrk").arg("--version")).is_none() && !Path::new("/usr/bin/wrk").exists()
    {
        apt_install(&["wrk"])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::locked_version;

    #[test]
    fn reads_a_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"x\"\n\
                    [[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "serde"), None);
    }
}
