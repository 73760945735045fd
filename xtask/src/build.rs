//! Builds the site the way cargo-leptos would, without it: the browser bundle (wasm32, `hydrate`,
//! wasm-bindgen, wasm-opt), the stylesheet and assets, each precompressed, and the server. Files
//! in `pkg/` are named for a hash of their content (`portal.<hash>.js`), listed in
//! `pkg/assets.json` for the server, so browsers may keep them for good.

use crate::{
    process::{cargo, root, run, step, target_dir, Result},
    tools,
};
use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
    process::Command,
};

/// The output name in `Leptos.toml`: `/pkg/portal.<hash>.js`, `/pkg/portal_bg.<hash>.wasm`,
/// `/pkg/portal.<hash>.css`.
pub const OUTPUT_NAME: &str = "portal";

pub struct Site {
    /// `LEPTOS_SITE_ROOT` for the server.
    pub root: PathBuf,
    pub server: PathBuf,
}

impl Site {
    pub fn pkg(&self) -> PathBuf {
        self.root.join("pkg")
    }

    /// The path in `pkg/` of the file `assets.json` names under `key` (`css`, `js`, `wasm`).
    pub fn asset(&self, key: &str) -> Result<PathBuf> {
        asset(&self.pkg(), key)
    }
}

/// The path in the `pkg` folder of the file its `assets.json` names under `key`.
pub fn asset(pkg: &Path, key: &str) -> Result<PathBuf> {
    let manifest = fs::read_to_string(pkg.join(MANIFEST)).map_err(|e| e.to_string())?;
    let names: serde_json::Value = serde_json::from_str(&manifest).map_err(|e| e.to_string())?;
    let name = names[key]
        .as_str()
        .ok_or_else(|| format!("{MANIFEST} names no {key}"))?;
    Ok(pkg.join(name))
}

/// The list of hashed names the server reads (`app::Assets::MANIFEST`).
const MANIFEST: &str = "assets.json";

/// The whole site: the browser bundle, the stylesheet and assets, and the server.
pub fn build_site() -> Result<Site> {
    let root = build_static()?;
    Ok(Site {
        root,
        server: build_server()?,
    })
}

/// Everything but the server: the browser bundle (with hashed names and `pkg/assets.json`), the
/// stylesheet and `public/`, precompressed, under the site root it returns.
pub fn build_static() -> Result<PathBuf> {
    tools::ensure_wasm_target()?;
    let wasm_bindgen = tools::ensure_wasm_bindgen()?;
    let wasm_opt = tools::ensure_wasm_opt()?;
    let root_dir = target_dir().join("site");
    let pkg = root_dir.join("pkg");
    // wasm-bindgen's plain-named output, kept to skip the slow steps when nothing changed.
    let bindgen_out = target_dir().join("site-bindgen");
    fs::create_dir_all(&pkg).map_err(|e| e.to_string())?;
    fs::create_dir_all(&bindgen_out).map_err(|e| e.to_string())?;

    step("building the browser bundle (wasm32, hydrate)");
    run(cargo().args([
        "build",
        "--package",
        "frontend",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ]))?;
    let wasm = target_dir()
        .join("wasm32-unknown-unknown")
        .join("wasm-release")
        .join("frontend.wasm");
    let bundle = bindgen_out.join(format!("{OUTPUT_NAME}_bg.wasm"));
    // wasm-bindgen and wasm-opt take half a minute: only when the compiled bundle changed.
    if is_older(&bundle, &wasm) {
        run(Command::new(&wasm_bindgen)
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                OUTPUT_NAME,
                "--out-dir",
            ])
            .arg(&bindgen_out)
            .arg(&wasm))?;
        step("optimising the bundle with wasm-opt -Oz");
        run(Command::new(&wasm_opt)
            .args([
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "-o",
            ])
            .arg(&bundle)
            .arg(&bundle))?;
    }

    // Only this build's files stay in pkg/.
    for entry in fs::read_dir(&pkg).map_err(|e| e.to_string())? {
        fs::remove_file(entry.map_err(|e| e.to_string())?.path()).map_err(|e| e.to_string())?;
    }
    let css = hashed_copy(
        &root().join("style").join("portal.css"),
        &pkg,
        OUTPUT_NAME,
        "css",
    )?;
    let js = hashed_copy(
        &bindgen_out.join(format!("{OUTPUT_NAME}.js")),
        &pkg,
        OUTPUT_NAME,
        "js",
    )?;
    let wasm = hashed_copy(&bundle, &pkg, &format!("{OUTPUT_NAME}_bg"), "wasm")?;
    let manifest = serde_json::json!({ "css": css, "js": js, "wasm": wasm });
    fs::write(pkg.join(MANIFEST), manifest.to_string()).map_err(|e| e.to_string())?;
    for entry in fs::read_dir(root().join("public")).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        fs::copy(&path, root_dir.join(path.file_name().expect("a file")))
            .map_err(|e| e.to_string())?;
    }
    precompress(&pkg)?;
    Ok(root_dir)
}

/// Builds the `portal` binary (release) and returns its path.
pub fn build_server() -> Result<PathBuf> {
    step("building the server (release)");
    run(cargo().args([
        "build",
        "--package",
        "server",
        "--release",
        "--bin",
        "portal",
    ]))?;
    Ok(target_dir().join("release").join("portal"))
}

/// Copies `source` into `folder` as `<stem>.<hash>.<extension>`, the hash the first 16 hex digits
/// of its SHA-256, and returns that name.
fn hashed_copy(source: &Path, folder: &Path, stem: &str, extension: &str) -> Result<String> {
    use sha2::{Digest, Sha256};
    let data = fs::read(source).map_err(|e| format!("reading {}: {e}", source.display()))?;
    let hash = hex::encode(Sha256::digest(&data));
    let name = format!("{stem}.{}.{extension}", &hash[..16]);
    fs::write(folder.join(&name), &data).map_err(|e| e.to_string())?;
    Ok(name)
}

/// Writes `.br` and `.gz` beside every JS, wasm and CSS file, so the server sends them as they are.
fn precompress(folder: &Path) -> Result {
    for entry in fs::read_dir(folder).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let compressible = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("js" | "wasm" | "css")
        );
        if !compressible {
            continue;
        }
        if !is_older(&with_suffix(&path, "br"), &path) {
            continue;
        }
        let data = fs::read(&path).map_err(|e| e.to_string())?;
        fs::write(with_suffix(&path, "br"), brotli_bytes(&data)).map_err(|e| e.to_string())?;
        fs::write(with_suffix(&path, "gz"), gzip_bytes(&data)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Whether `output` is missing or older than `input`.
fn is_older(output: &Path, input: &Path) -> bool {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(output), modified(input)) {
        (Some(out), Some(source)) => out < source,
        _ => true,
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

pub fn brotli_bytes(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(data).expect("writing to memory");
    }
    out
}

pub fn gzip_bytes(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}
