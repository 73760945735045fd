//! What each main page weighs on a first visit and how fast the server renders it: part of
//! `cargo xtask bench`, and alone as `cargo xtask bench pages [base URL]` (which measures any
//! running server, e.g. an older build, for a before-and-after).

use crate::{
    booking::session,
    process::{output, Result},
};
use std::process::Command;

/// The pages the islands issue asked about, and who is signed in to see each.
const PATIENT: (&str, &str) = ("pat@demo.test", "demo-patient-pass");
const FRONT_DESK: (&str, &str) = ("desk@demo.test", "demo-staff-pass");
const ADMIN: (&str, &str) = ("admin@demo.test", "demo-staff-pass");

fn kib(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

/// A response as the browser receives it (brotli offered): status, headers and body bytes, and
/// the body itself (decoded, for reading links).
fn fetch(agent: &ureq::Agent, url: &str, cookie: Option<&str>) -> Result<(usize, String)> {
    let mut request = agent.get(url).header("Accept-Encoding", "br, gzip");
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    let mut response = request.call().map_err(|e| format!("{url}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let headers: usize = response
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len() + 4)
        .sum();
    let encoding = response
        .headers()
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = response
        .body_mut()
        .with_config()
        .limit(50 * 1024 * 1024)
        .read_to_vec()
        .map_err(|e| e.to_string())?;
    let text = match encoding.as_str() {
        "br" => {
            let mut decoded = Vec::new();
            brotli::BrotliDecompress(&mut body.as_slice(), &mut decoded)
                .map_err(|e| e.to_string())?;
            String::from_utf8_lossy(&decoded).into_owned()
        }
        "gzip" => {
            use std::io::Read;
            let mut decoded = String::new();
            flate2::read::GzDecoder::new(body.as_slice())
                .read_to_string(&mut decoded)
                .map_err(|e| e.to_string())?;
            decoded
        }
        _ => String::from_utf8_lossy(&body).into_owned(),
    };
    Ok((headers + body.len(), text))
}

/// The static files a first visit to a page with this HTML downloads: its stylesheet and icon,
/// and the JS glue and wasm when the page hydrates (every page before islands; a page with an
/// island after).
fn files_loaded(html: &str) -> Vec<String> {
    let hydrates = html.contains("<leptos-island") || html.contains("rel=\"modulepreload\"");
    let mut files: Vec<String> = Vec::new();
    for piece in html.split('"').skip(1).step_by(2) {
        let is_file = piece.starts_with("/pkg/") || piece == "/favicon.svg";
        let is_bundle = piece.ends_with(".js") || piece.ends_with(".wasm");
        if is_file && (hydrates || !is_bundle) && !files.iter().any(|f| f == piece) {
            files.push(piece.to_string());
        }
    }
    files
}

/// p50 and p99 (ms) and requests/s of `url` under wrk (1 thread, 4 connections, 5 s).
fn latency(url: &str, cookie: Option<&str>) -> Result<(String, String, String)> {
    let mut command = Command::new("wrk");
    command.args(["-t1", "-c4", "-d5s", "--latency"]);
    if let Some(cookie) = cookie {
        command.args(["-H", &format!("Cookie: {cookie}")]);
    }
    let report = output(command.arg(url)).ok_or("wrk failed")?;
    let value = |prefix: &str| {
        report
            .lines()
            .map(str::trim)
            .find(|line| line.starts_with(prefix))
            .and_then(|line| line.split_whitespace().nth(1))
            .unwrap_or("?")
            .to_string()
    };
    Ok((value("50%"), value("99%"), value("Requests/sec:")))
}

/// Prints, for each page: its HTML (brotli), every static file it loads, their sum, and the
/// server's p50/p99 rendering it.
pub fn print_pages(base: &str) -> Result {
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent();
    let patient = session(&agent, base, PATIENT.0, PATIENT.1)?;
    let desk = session(&agent, base, FRONT_DESK.0, FRONT_DESK.1)?;
    let admin = session(&agent, base, ADMIN.0, ADMIN.1)?;
    let (_, directory) = fetch(&agent, &format!("{base}/find-a-doctor?lang=en"), None)?;
    // The first result that offers a time: its profile, and its booking page (the times of a week).
    let booking = directory
        .split("href=\"")
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.starts_with("/providers/") && href.contains("/book?location="))
        .ok_or("no bookable provider on /find-a-doctor")?;
    let (profile, query) = booking.split_once("/book?").unwrap_or_default();
    let location = query.split("&amp;").next().unwrap_or_default();
    let pages: [(String, Option<&str>); 8] = [
        ("/".into(), None),
        ("/sign-in".into(), None),
        ("/find-a-doctor".into(), None),
        (profile.to_string(), None),
        (format!("{profile}/book?{location}"), Some(&patient)),
        ("/appointments".into(), Some(&patient)),
        ("/staff/schedule".into(), Some(&desk)),
        ("/admin/providers".into(), Some(&admin)),
    ];
    println!(
        "\n== Pages on a first visit (cold cache, brotli; bodies + headers, KiB) and SSR latency \
         (wrk, 4 connections, 5 s)"
    );
    println!(
        "  {:<28} {:>6} {:>8} {:>8} {:>8} {:>6} {:>8}  {:>9} {:>9}",
        "page", "HTML", "CSS", "JS", "wasm", "other", "total", "p50", "p99"
    );
    for (path, cookie) in pages {
        let separator = if path.contains('?') { '&' } else { '?' };
        let url = format!("{base}{path}{separator}lang=en");
        let (html_bytes, html) = fetch(&agent, &url, cookie)?;
        let (mut css, mut js, mut wasm, mut other) = (0, 0, 0, 0);
        for file in files_loaded(&html) {
            let (bytes, _) = fetch(&agent, &format!("{base}{file}"), None)?;
            match file.rsplit('.').next() {
                Some("css") => css += bytes,
                Some("js") => js += bytes,
                Some("wasm") => wasm += bytes,
                _ => other += bytes,
            }
        }
        let total = html_bytes + css + js + wasm + other;
        let (p50, p99, _) = latency(&url, cookie)?;
        println!(
            "  {path:<28} {:>6} {:>8} {:>8} {:>8} {:>6} {:>8}  {p50:>9} {p99:>9}",
            kib(html_bytes),
            kib(css),
            kib(js),
            kib(wasm),
            kib(other),
            kib(total)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::files_loaded;

    #[test]
    fn a_page_without_islands_loads_no_bundle() {
        let plain = r#"<link rel="stylesheet" href="/pkg/portal.1.css"><script>(…)("/pkg/portal.2.js", "/pkg/portal_bg.3.wasm")</script><link rel="icon" href="/favicon.svg">"#;
        assert_eq!(files_loaded(plain), ["/pkg/portal.1.css", "/favicon.svg"]);
        let island = format!("{plain}<leptos-island data-component=\"X\"></leptos-island>");
        assert_eq!(
            files_loaded(&island),
            [
                "/pkg/portal.1.css",
                "/pkg/portal.2.js",
                "/pkg/portal_bg.3.wasm",
                "/favicon.svg"
            ]
        );
    }
}
