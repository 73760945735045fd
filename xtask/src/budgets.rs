//! The browser bundle's budgets, checked by `cargo xtask test` on the built site (sizes are
//! deterministic, so these are tests): the wasm a first page loads, the JS glue, no translated
//! text in the wasm, and the island exports equal to `app/src/islands/exports.txt`.

use crate::{
    build::{asset, brotli_bytes},
    process::{root, Result},
};
use std::{collections::BTreeSet, path::Path};

/// The most wasm (brotli) a page may load.
const WASM_KIB: f64 = 120.0;
/// The most JS glue (brotli).
const GLUE_KIB: f64 = 10.0;
/// What one new island may add to the size recorded in `exports.txt`.
const ISLAND_KIB: f64 = 8.0;

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

/// Each budget of the bundle in the `pkg` folder, by name, with its outcome.
pub fn check(pkg: &Path) -> Vec<(String, Result)> {
    let read =
        |key: &str| asset(pkg, key).and_then(|p| std::fs::read(p).map_err(|e| e.to_string()));
    let (wasm, glue) = match (read("wasm"), read("js")) {
        (Ok(wasm), Ok(glue)) => (wasm, glue),
        (Err(e), _) | (_, Err(e)) => return vec![("bundle budgets".into(), Err(e))],
    };
    let listed = std::fs::read_to_string(root().join("app/src/islands/exports.txt"))
        .map_err(|e| e.to_string());
    let listed = match listed {
        Ok(listed) => listed,
        Err(e) => return vec![("island exports".into(), Err(e))],
    };
    let locales = std::fs::read_to_string(root().join("locales/en/portal.ftl")).unwrap_or_default();
    let wasm_kib = kib(brotli_bytes(&wasm).len());
    let glue_kib = kib(brotli_bytes(&glue).len());
    println!("  wasm {wasm_kib:.1} KiB brotli (budget {WASM_KIB}), JS glue {glue_kib:.1} KiB (budget {GLUE_KIB})");
    vec![
        ("wasm budget".into(), wasm_budget(wasm_kib, &listed)),
        (
            "JS glue budget".into(),
            within("JS glue", glue_kib, GLUE_KIB),
        ),
        (
            "no locale text in the wasm".into(),
            no_locale_text(&wasm, &locales),
        ),
        (
            "island exports".into(),
            same_exports(&String::from_utf8_lossy(&glue), &listed),
        ),
    ]
}

fn within(what: &str, kib: f64, budget: f64) -> Result {
    if kib <= budget {
        Ok(())
    } else {
        Err(format!(
            "{what} is {kib:.1} KiB brotli, over its budget of {budget:.1} KiB"
        ))
    }
}

/// The whole bundle within [`WASM_KIB`], and within [`ISLAND_KIB`] per island added since the size
/// `exports.txt` records.
fn wasm_budget(kib: f64, listed: &str) -> Result {
    within("the wasm a page loads", kib, WASM_KIB)?;
    let recorded = listed
        .lines()
        .find_map(|line| line.strip_prefix("# wasm-brotli-kib:"))
        .and_then(|n| n.trim().parse::<f64>().ok())
        .ok_or("exports.txt records no `# wasm-brotli-kib:`")?;
    within(
        "the wasm (its islands' size recorded in exports.txt, plus one island's budget)",
        kib,
        recorded + ISLAND_KIB,
    )
}

/// No message of `locales/en/portal.ftl` (its id, or its English text when longer than a word or
/// two) appears in the wasm: islands get their text as props, so Fluent stays on the server.
fn no_locale_text(wasm: &[u8], ftl: &str) -> Result {
    let contains = |needle: &str| wasm.windows(needle.len()).any(|w| w == needle.as_bytes());
    let mut found = Vec::new();
    for line in ftl.lines() {
        let Some((id, text)) = line.split_once(" = ") else {
            continue;
        };
        if id.starts_with(|c: char| c.is_ascii_lowercase()) && id.contains('-') && contains(id) {
            found.push(id.to_string());
        }
        let text = text.trim();
        if text.len() >= 24 && !text.contains('{') && contains(text) {
            found.push(format!("{id} ({text})"));
        }
    }
    match found.len() {
        0 => Ok(()),
        n => Err(format!(
            "translated text in the wasm ({n} messages), e.g. {}: an island uses translations \
             (pass its text as props)",
            found[..n.min(5)].join(", ")
        )),
    }
}

/// The glue's exported functions, island names without the hash Leptos appends, equal the
/// names listed in `exports.txt`.
fn same_exports(glue: &str, listed: &str) -> Result {
    let exported: BTreeSet<String> = glue
        .split("export function ")
        .skip(1)
        .filter_map(|rest| rest.split('(').next())
        .map(|name| match name.rsplit_once('_') {
            Some((island, hash)) if hash.chars().all(|c| c.is_ascii_digit()) => island.to_string(),
            _ => name.to_string(),
        })
        .collect();
    let expected: BTreeSet<String> = listed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    if exported == expected {
        Ok(())
    } else {
        Err(format!(
            "the bundle exports {exported:?}, app/src/islands/exports.txt lists {expected:?}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTED: &str = "# wasm-brotli-kib: 95\nhydrate\nIdleWarning\n";

    #[test]
    fn the_wasm_budget_fails_over_the_cap_or_over_one_island() {
        assert!(wasm_budget(95.0, LISTED).is_ok());
        assert!(wasm_budget(102.9, LISTED).is_ok());
        assert!(
            wasm_budget(103.1, LISTED).is_err(),
            "more than one island's 8 KiB"
        );
        assert!(wasm_budget(119.0, "# wasm-brotli-kib: 115\n").is_ok());
        assert!(
            wasm_budget(120.5, "# wasm-brotli-kib: 115\n").is_err(),
            "over 120 KiB"
        );
        assert!(wasm_budget(50.0, "hydrate\n").is_err(), "no recorded size");
    }

    #[test]
    fn exports_must_match_the_list() {
        let glue = "export function hydrate() {}\nexport function IdleWarning_1238699(el) {}\n";
        assert!(same_exports(glue, LISTED).is_ok());
        let more = format!("{glue}export function Chart_99(el) {{}}\n");
        assert!(same_exports(&more, LISTED).is_err());
    }

    #[test]
    fn locale_ids_and_text_in_the_wasm_are_found() {
        let ftl = "idle-title = Are you still there?\nnav-home = Home\n";
        assert!(no_locale_text(b"\0\0code\0", ftl).is_ok());
        assert!(no_locale_text(b"..idle-title..", ftl).is_err());
        let long = "idle-body = Your session ends soon unless you stay\n";
        assert!(no_locale_text(b"Your session ends soon unless you stay", long).is_err());
    }
}
