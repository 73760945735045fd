//! Every locale has exactly the messages English has, and they are real translations.

use fluent_syntax::{ast, parser};
use std::{collections::BTreeSet, path::Path};

const LOCALES: [&str; 5] = ["en", "es", "ar", "zh-CN", "vi"];

/// Whether a pattern has words of its own, not only placeholders and punctuation.
fn has_words(pattern: &Option<ast::Pattern<&str>>) -> bool {
    pattern.iter().flat_map(|p| &p.elements).any(|element| {
        matches!(element, ast::PatternElement::TextElement { value } if value.chars().any(char::is_alphabetic))
    })
}

/// `(id, source text of the pattern)` for every message and term in a locale's files; patterns
/// without words of their own (`{ $page } · { -brand }`) have no text to compare.
fn entries(locale: &str) -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(locale);
    let mut found = Vec::new();
    for file in std::fs::read_dir(&folder).unwrap() {
        let path = file.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let text = if has_words(&m.value) {
                        format!("{:?}", m.value)
                    } else {
                        String::new()
                    };
                    found.push((m.id.name.to_string(), text));
                }
                ast::Entry::Term(t) => {
                    found.push((format!("-{}", t.id.name), format!("{:?}", t.value)))
                }
                ast::Entry::Junk { content } => panic!("{}: unparsable: {content}", path.display()),
                _ => {}
            }
        }
    }
    found
}

#[test]
fn every_locale_has_exactly_the_english_ids() {
    let english: BTreeSet<String> = entries("en").into_iter().map(|(id, _)| id).collect();
    assert!(english.len() > 20);
    for locale in LOCALES {
        let ids: BTreeSet<String> = entries(locale).into_iter().map(|(id, _)| id).collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has ids English lacks: {extra:?}"
        );
    }
}

#[test]
fn translations_are_not_english_copies() {
    let english = entries("en");
    for locale in LOCALES.into_iter().filter(|l| *l != "en") {
        let translated = entries(locale);
        let copies: Vec<&String> = english
            .iter()
            .filter(|(id, text)| {
                !text.is_empty()
                    && translated.iter().any(|(tid, ttext)| tid == id && ttext == text)
                    // Brand names and pure placeholders are the same in every language.
                    && !matches!(
                        id.as_str(),
                        "-brand" | "product-name" | "language-label-with-english"
                    )
            })
            .map(|(id, _)| id)
            .collect();
        assert!(copies.is_empty(), "{locale} copies English for {copies:?}");
    }
}
