//! Islands are the only code in the browser bundle, so they keep to its rules: the text they show
//! arrives as props, already translated (no Fluent, no `t!`, no I18n); they load no data (no
//! `Resource`, no Suspense) and read no router or context (neither crosses into an island). And
//! every `#[island]` lives in `app/src/islands/`.

use proc_macro2::{TokenStream, TokenTree};
use std::{path::Path, str::FromStr};

/// Names an island may not use, and why.
const FORBIDDEN: [(&str, &str); 18] = [
    (
        "use_i18n",
        "translations stay on the server: pass the text as a prop",
    ),
    (
        "i18n",
        "translations stay on the server: pass the text as a prop",
    ),
    (
        "I18n",
        "translations stay on the server: pass the text as a prop",
    ),
    ("i18n_embed", "Fluent stays on the server"),
    ("fluent", "Fluent stays on the server"),
    ("names", "translated names stay on the server"),
    ("leptos_router", "router hooks do not work in islands"),
    ("use_query_map", "router hooks do not work in islands"),
    ("use_params_map", "router hooks do not work in islands"),
    ("use_location", "router hooks do not work in islands"),
    ("use_navigate", "router hooks do not work in islands"),
    (
        "Resource",
        "load data in server components, pass it as props",
    ),
    (
        "OnceResource",
        "load data in server components, pass it as props",
    ),
    (
        "Suspense",
        "load data in server components, pass it as props",
    ),
    (
        "Transition",
        "load data in server components, pass it as props",
    ),
    (
        "use_context",
        "context does not cross into islands: pass props",
    ),
    (
        "expect_context",
        "context does not cross into islands: pass props",
    ),
    (
        "provide_context",
        "context does not cross into islands: pass props",
    ),
];

fn idents(tokens: TokenStream, found: &mut Vec<(String, Option<char>)>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => idents(group.stream(), found),
            TokenTree::Ident(ident) => {
                let next = match tokens.get(i + 1) {
                    Some(TokenTree::Punct(p)) => Some(p.as_char()),
                    _ => None,
                };
                found.push((ident.to_string(), next));
            }
            _ => {}
        }
    }
}

/// What an island's source breaks of the rules.
fn broken_rules(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    idents(
        TokenStream::from_str(source).expect("Rust tokens"),
        &mut found,
    );
    let mut broken = Vec::new();
    for (ident, next) in found {
        if ident == "t" && next == Some('!') {
            broken.push("t!: translations stay on the server: pass the text as a prop".into());
        }
        if let Some((_, why)) = FORBIDDEN.iter().find(|(name, _)| *name == ident) {
            broken.push(format!("{ident}: {why}"));
        }
    }
    broken
}

fn rust_files(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn islands_take_text_as_props_and_load_nothing() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/islands");
    let mut files = Vec::new();
    rust_files(&folder, &mut files);
    assert!(
        !files.is_empty(),
        "no islands found in {}",
        folder.display()
    );
    let mut broken = Vec::new();
    for file in files {
        for rule in broken_rules(&std::fs::read_to_string(&file).unwrap()) {
            broken.push(format!("{}: {rule}", file.display()));
        }
    }
    assert!(
        broken.is_empty(),
        "islands breaking their rules:\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_island_lives_in_the_islands_folder() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let outside: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with(src.join("islands")))
        .filter(|f| std::fs::read_to_string(f).unwrap().contains("#[island]"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        outside.is_empty(),
        "#[island] outside src/islands/: {outside:?}"
    );
}

#[test]
fn the_rules_catch_translations_data_and_context() {
    let bad = r#"
        #[island]
        pub fn Clock() -> impl IntoView {
            let i18n = use_i18n();
            let data = Resource::new(|| (), |_| async {});
            view! { <p>{t!(i18n, "clock")}</p> }
        }
    "#;
    let broken = broken_rules(bad);
    assert!(
        broken.iter().any(|r| r.starts_with("use_i18n")),
        "{broken:?}"
    );
    assert!(
        broken.iter().any(|r| r.starts_with("Resource")),
        "{broken:?}"
    );
    assert!(broken.iter().any(|r| r.starts_with("t!")), "{broken:?}");
    let good = r#"
        /// Uses no i18n: the text arrives as `title`.
        #[island]
        pub fn Clock(title: String) -> impl IntoView { view! { <p>{title}</p> } }
    "#;
    assert!(broken_rules(good).is_empty());
}
