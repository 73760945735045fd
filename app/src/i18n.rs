//! Translations: every user-visible string is a Fluent message under `locales/`.
//!
//! All locales are loaded once into a base loader; each request (and the browser) reads through a
//! loader selected for its locale, which shares the parsed bundles. Views reach it through the
//! [`I18n`] context and the [`t!`](crate::t) macro, whose ids are checked at compile time.

pub mod format;
pub mod names;
pub mod problems;

use domain::locale::Locale;
use i18n_embed::{fluent::FluentLanguageLoader, LanguageLoader};
use leptos::prelude::{provide_context, use_context};
use rust_embed::RustEmbed;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "../locales"]
struct Localizations;

/// The Fluent domain: the files are `locales/<lang>/portal.ftl` (see `app/i18n.toml`).
const DOMAIN: &str = "portal";

fn language_id(locale: Locale) -> LanguageIdentifier {
    locale
        .tag()
        .parse()
        .expect("every supported locale tag is a valid language identifier")
}

/// One loader per locale, each a selection over the same loaded bundles.
static LOADERS: LazyLock<Vec<FluentLanguageLoader>> = LazyLock::new(|| {
    let base = FluentLanguageLoader::new(DOMAIN, language_id(Locale::En));
    let languages: Vec<LanguageIdentifier> = Locale::ALL.into_iter().map(language_id).collect();
    base.load_languages(&Localizations, &languages)
        .expect("the embedded locale files parse");
    // Unicode isolation marks would end up inside accessible names and copied text; the page's
    // `dir` attribute already handles mixed-direction text.
    base.set_use_isolating(false);
    Locale::ALL
        .into_iter()
        .map(|locale| base.select_languages(&[language_id(locale)]))
        .collect()
});

/// The active locale, provided as a Leptos context; `Copy`, so views capture it freely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    locale: Locale,
}

impl I18n {
    pub fn new(locale: Locale) -> Self {
        I18n { locale }
    }

    pub fn locale(self) -> Locale {
        self.locale
    }

    /// The loader for this locale: shared, loaded once per process (or page, in the browser).
    pub fn loader(self) -> &'static FluentLanguageLoader {
        let index = Locale::ALL
            .iter()
            .position(|l| *l == self.locale)
            .expect("Locale::ALL lists every locale");
        &LOADERS[index]
    }
}

/// Makes `locale` the context every view below reads.
pub fn provide_i18n(locale: Locale) -> I18n {
    let i18n = I18n::new(locale);
    provide_context(i18n);
    i18n
}

/// The I18n context the server provides per request (English where none was provided). Islands
/// never read it: they get their text as props.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| provide_i18n(Locale::default()))
}

/// `t!(i18n, "message-id")` or `t!(i18n, "message-id", name = value, …)`: the translated text,
/// with the id checked against `locales/en/portal.ftl` at compile time.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal) => {
        i18n_embed_fl::fl!($i18n.loader(), $id)
    };
    ($i18n:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($i18n.loader(), $id, $($args)*)
    };
}

/// A role as people call it, for use inside a sentence.
pub fn role_name(i18n: I18n, role: domain::accounts::Role) -> String {
    use domain::accounts::Role;
    match role {
        Role::Patient => t!(i18n, "role-patient"),
        Role::Provider => t!(i18n, "role-provider"),
        Role::FrontDesk => t!(i18n, "role-front_desk"),
        Role::CredentialingAdmin => t!(i18n, "role-credentialing_admin"),
        Role::SystemAdmin => t!(i18n, "role-system_admin"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_locale_reads_its_own_file() {
        assert_eq!(t!(I18n::new(Locale::En), "language-label"), "Language");
        assert_eq!(t!(I18n::new(Locale::Es), "language-label"), "Idioma");
        for locale in Locale::ALL {
            let i18n = I18n::new(locale);
            assert!(!t!(i18n, "skip-to-main").is_empty());
        }
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let text = t!(I18n::new(Locale::En), "error-reference", code = "AB12");
        assert_eq!(text, "Reference code: AB12");
    }
}
