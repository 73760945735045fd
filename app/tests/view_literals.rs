//! A view may not contain user-visible text that is not a Fluent message: every string literal
//! inside `view!` must be the value of an attribute that is never shown or read aloud.

use proc_macro2::{TokenStream, TokenTree};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// Attributes whose values a person sees or hears; a literal there is untranslated text.
const VISIBLE_ATTRIBUTES: [&str; 9] = [
    "title",
    "alt",
    "placeholder",
    "label",
    "text",
    "aria-label",
    "aria-description",
    "aria-valuetext",
    "aria-roledescription",
];

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().and_then(|e| e.to_str()) == Some("rs") {
            found.push(path);
        }
    }
}

/// Walks a view's tokens and reports string literals that are not the value of an attribute that
/// is never shown. `name="…"` and `attr:name="…"` are attributes; anything else is text.
fn visible_literals(tokens: TokenStream, file: &Path, found: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(_) if is_id_macro_call(&tokens, i) => {}
            // Arguments of a call (`value("person")`, `.get("code")`) are code, not text; text
            // stands among the elements or in `{ … }` blocks.
            TokenTree::Group(group) if group.delimiter() == proc_macro2::Delimiter::Parenthesis => {
            }
            TokenTree::Group(group) => visible_literals(group.stream(), file, found),
            TokenTree::Literal(literal) if literal.to_string().starts_with('"') => {
                let after_equals =
                    i >= 1 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '=');
                let attribute = after_equals
                    .then(|| attribute_name(&tokens[..i - 1]))
                    .flatten();
                let allowed =
                    attribute.is_some_and(|name| !VISIBLE_ATTRIBUTES.contains(&name.as_str()));
                let text = literal.to_string();
                if !allowed && text != "\"\"" {
                    found.push(format!(
                        "{}:{}: {text}",
                        file.display(),
                        literal.span().start().line
                    ));
                }
            }
            _ => {}
        }
    }
}

/// The attribute name just before `=`: `aria-label`, `attr:class` → `class`, `r#type` → `type`.
fn attribute_name(before: &[TokenTree]) -> Option<String> {
    let mut parts = Vec::new();
    let mut rest = before.iter().rev();
    while let Some(TokenTree::Ident(ident)) = rest.next() {
        parts.push(ident.to_string().trim_start_matches("r#").to_string());
        match rest.next() {
            Some(TokenTree::Punct(p)) if p.as_char() == '-' => parts.push("-".into()),
            _ => break,
        }
    }
    parts.reverse();
    let name = parts.concat();
    (!name.is_empty()).then_some(name)
}

/// Whether `tokens[i]` is the argument group of `t!(…)` (a message id) or `path!(…)` (a route).
fn is_id_macro_call(tokens: &[TokenTree], i: usize) -> bool {
    i >= 2
        && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '!')
        && matches!(&tokens[i - 2], TokenTree::Ident(name) if name == "t" || name == "path")
}

struct Views<'a> {
    file: &'a Path,
    found: Vec<String>,
}

impl<'ast> Visit<'ast> for Views<'_> {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if mac.path.segments.last().is_some_and(|s| s.ident == "view") {
            visible_literals(mac.tokens.clone(), self.file, &mut self.found);
        }
        syn::visit::visit_macro(self, mac);
    }
}

#[test]
fn views_hold_message_ids_not_text() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 5);
    let mut found = Vec::new();
    for file in &files {
        let syntax = syn::parse_file(&std::fs::read_to_string(file).unwrap()).unwrap();
        let mut views = Views {
            file,
            found: Vec::new(),
        };
        views.visit_file(&syntax);
        found.extend(views.found);
    }
    assert!(
        found.is_empty(),
        "untranslated text in views:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_catches_text_and_visible_attributes() {
    let mut found = Vec::new();
    let view: TokenStream =
        r#"<p class="lead">"Hello"</p> <img alt="A photo" src="/x.png"/> <b>{t!(i18n, "id")}</b> <i>{f("key")}</i>"#
            .parse()
            .unwrap();
    visible_literals(view, Path::new("example.rs"), &mut found);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("Hello"));
    assert!(found[1].contains("A photo"));
}
