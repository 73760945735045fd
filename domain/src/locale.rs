//! The languages the portal speaks and how a request's language is chosen.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language the portal is fully translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    En,
    Es,
    Ar,
    ZhCn,
    Vi,
}

/// Writing direction of a locale, as the HTML `dir` attribute spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every supported locale, in the order the language chooser lists them.
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Es, Locale::Ar, Locale::ZhCn, Locale::Vi];

    /// The BCP 47 tag used in `lang` attributes, cookies, `?lang=` and the `locales/` folders.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Ar => "ar",
            Locale::ZhCn => "zh-CN",
            Locale::Vi => "vi",
        }
    }

    /// The language's own name for itself, shown in the chooser so that a reader who cannot read
    /// the current page's language still finds theirs.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Ar => "العربية",
            Locale::ZhCn => "简体中文",
            Locale::Vi => "Tiếng Việt",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Parses a language tag leniently: case-insensitive, `_` or `-`, and a region or script the
    /// portal has no separate translation for falls back to the language (`es-MX` → `es`).
    /// Chinese in traditional script is not Simplified Chinese and is refused.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let language = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        match language {
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            "ar" => Some(Locale::Ar),
            "vi" => Some(Locale::Vi),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Locale::ZhCn)
            }
            _ => None,
        }
    }

    /// Picks the best supported locale from an `Accept-Language` header value (RFC 9110 §12.5.4):
    /// highest quality first, ties in the order given; `q=0` means "not this one".
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut ranges: Vec<(usize, u16, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut fields = item.split(';');
                let range = fields.next()?.trim();
                let quality = fields
                    .find_map(|f| f.trim().strip_prefix("q="))
                    .map(parse_quality)
                    .unwrap_or(Some(1000))?;
                (!range.is_empty() && quality > 0).then_some((position, quality, range))
            })
            .collect();
        ranges.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranges
            .into_iter()
            .find_map(|(_, _, range)| Locale::parse(range))
    }
}

/// A quality value as thousandths (`q=0.8` → 800); `None` when malformed.
fn parse_quality(value: &str) -> Option<u16> {
    let q: f32 = value.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Where a request's locale may come from, strongest first. Account preference joins with the
/// accounts capability; the order is the product's rule, so it lives here.
#[derive(Default, Clone, Copy, Debug)]
pub struct LocaleSources<'a> {
    pub account_preference: Option<Locale>,
    pub query: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub accept_language: Option<&'a str>,
}

impl LocaleSources<'_> {
    /// account preference → `?lang=` → cookie → `Accept-Language` → English.
    pub fn negotiate(&self) -> Locale {
        self.account_preference
            .or_else(|| self.query.and_then(Locale::parse))
            .or_else(|| self.cookie.and_then(Locale::parse))
            .or_else(|| self.accept_language.and_then(Locale::from_accept_language))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.tag()), Some(locale));
        }
    }

    #[test]
    fn regions_fall_back_to_their_language() {
        assert_eq!(Locale::parse("es-MX"), Some(Locale::Es));
        assert_eq!(Locale::parse("ar_EG"), Some(Locale::Ar));
        assert_eq!(Locale::parse("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("EN-us"), Some(Locale::En));
    }

    #[test]
    fn traditional_chinese_and_unknown_languages_are_refused() {
        assert_eq!(Locale::parse("zh-TW"), None);
        assert_eq!(Locale::parse("zh-Hant"), None);
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(Locale::parse(""), None);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for locale in Locale::ALL {
            let expected = if locale == Locale::Ar {
                Direction::Rtl
            } else {
                Direction::Ltr
            };
            assert_eq!(locale.direction(), expected);
        }
    }

    #[test]
    fn accept_language_honours_quality_and_order() {
        assert_eq!(
            Locale::from_accept_language("fr-FR, vi;q=0.5, es;q=0.9"),
            Some(Locale::Es)
        );
        assert_eq!(
            Locale::from_accept_language("ar, en;q=0.8"),
            Some(Locale::Ar)
        );
        assert_eq!(Locale::from_accept_language("es;q=0, vi"), Some(Locale::Vi));
        assert_eq!(Locale::from_accept_language("fr, de"), None);
        assert_eq!(Locale::from_accept_language("es;q=abc"), None);
    }

    #[test]
    fn negotiation_order_is_account_query_cookie_header_english() {
        let all = LocaleSources {
            account_preference: Some(Locale::Vi),
            query: Some("es"),
            cookie: Some("ar"),
            accept_language: Some("zh-CN"),
        };
        assert_eq!(all.negotiate(), Locale::Vi);
        let no_account = LocaleSources {
            account_preference: None,
            ..all
        };
        assert_eq!(no_account.negotiate(), Locale::Es);
        let bad_query = LocaleSources {
            query: Some("xx"),
            ..no_account
        };
        assert_eq!(bad_query.negotiate(), Locale::Ar);
        let header_only = LocaleSources {
            accept_language: Some("zh-CN"),
            ..LocaleSources::default()
        };
        assert_eq!(header_only.negotiate(), Locale::ZhCn);
        assert_eq!(LocaleSources::default().negotiate(), Locale::En);
    }

    proptest! {
        #[test]
        fn accept_language_never_panics(header in ".{0,200}") {
            let _ = Locale::from_accept_language(&header);
        }
    }
}
