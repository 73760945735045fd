//! Display preferences a reader sets for themselves: a larger text size and a high-contrast
//! theme. The server applies them as classes on `<html>`, so they work without JavaScript and on
//! the first paint; they travel in a cookie, one compact value.

use serde::{Deserialize, Serialize};

/// How large the text is, as a percentage of the browser's own size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Larger,
    ExtraLarge,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 5] = [
        TextSize::Standard,
        TextSize::Large,
        TextSize::Larger,
        TextSize::ExtraLarge,
        TextSize::Largest,
    ];

    /// 100, 125, 150, 175 or 200.
    pub fn percent(self) -> u16 {
        match self {
            TextSize::Standard => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
            TextSize::ExtraLarge => 175,
            TextSize::Largest => 200,
        }
    }

    pub fn from_percent(percent: u16) -> Option<TextSize> {
        TextSize::ALL
            .into_iter()
            .find(|size| size.percent() == percent)
    }
}

/// A reader's display preferences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayPreferences {
    pub text_size: TextSize,
    pub high_contrast: bool,
}

impl DisplayPreferences {
    /// The cookie value: `text-150`, `text-100.contrast`… (only characters a cookie allows).
    pub fn cookie_value(self) -> String {
        let mut value = format!("text-{}", self.text_size.percent());
        if self.high_contrast {
            value.push_str(".contrast");
        }
        value
    }

    /// Reads a cookie value back; anything unknown is the default, never an error (a cookie is
    /// the browser's to change).
    pub fn from_cookie(value: &str) -> DisplayPreferences {
        let mut preferences = DisplayPreferences::default();
        for part in value.split('.') {
            if part == "contrast" {
                preferences.high_contrast = true;
            } else if let Some(size) = part
                .strip_prefix("text-")
                .and_then(|p| p.parse().ok())
                .and_then(TextSize::from_percent)
            {
                preferences.text_size = size;
            }
        }
        preferences
    }

    /// The classes on `<html>` that the stylesheet turns into the preferences (none for the
    /// defaults).
    pub fn html_class(self) -> Option<String> {
        let mut classes = Vec::new();
        if self.text_size != TextSize::Standard {
            classes.push(format!("text-{}", self.text_size.percent()));
        }
        if self.high_contrast {
            classes.push("high-contrast".to_string());
        }
        (!classes.is_empty()).then(|| classes.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cookie_values_and_classes() {
        let cases = [
            (DisplayPreferences::default(), "text-100", None),
            (
                DisplayPreferences {
                    text_size: TextSize::Larger,
                    high_contrast: false,
                },
                "text-150",
                Some("text-150"),
            ),
            (
                DisplayPreferences {
                    text_size: TextSize::Largest,
                    high_contrast: true,
                },
                "text-200.contrast",
                Some("text-200 high-contrast"),
            ),
            (
                DisplayPreferences {
                    text_size: TextSize::Standard,
                    high_contrast: true,
                },
                "text-100.contrast",
                Some("high-contrast"),
            ),
        ];
        for (preferences, cookie, class) in cases {
            assert_eq!(preferences.cookie_value(), cookie);
            assert_eq!(DisplayPreferences::from_cookie(cookie), preferences);
            assert_eq!(preferences.html_class().as_deref(), class);
        }
    }

    #[test]
    fn unknown_cookie_values_are_the_defaults() {
        for value in [
            "",
            "text-130",
            "text-",
            "contrast-high",
            "<script>",
            "text-99999999999",
        ] {
            assert_eq!(
                DisplayPreferences::from_cookie(value).text_size,
                TextSize::Standard,
                "{value}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_cookie_reads_to_preferences_whose_class_is_safe(value in ".*") {
            let class = DisplayPreferences::from_cookie(&value).html_class().unwrap_or_default();
            prop_assert!(class.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' '));
        }
    }
}
