//! The reader's display preferences (text size, high contrast): kept in a cookie, for visitors and
//! signed-in people alike, and applied by the server on every page.

use super::error::AppError;
use leptos::prelude::*;

/// The cookie that holds [`domain::display::DisplayPreferences::cookie_value`].
pub const DISPLAY_COOKIE: &str = "display";

/// Saves the preferences for a year; a plain form post goes back to the page it came from.
#[server(prefix = "/api", endpoint = "save_display")]
#[middleware(crate::api::known_fields::KnownFields::<SaveDisplay>::new())]
pub async fn save_display(text_size: u16, high_contrast: Option<String>) -> Result<(), AppError> {
    use super::context::{refuse, set_cookie};
    use domain::display::{DisplayPreferences, TextSize};
    let preferences = DisplayPreferences {
        text_size: TextSize::from_percent(text_size).ok_or_else(|| refuse(AppError::Request))?,
        high_contrast: high_contrast.is_some(),
    };
    set_cookie(
        DISPLAY_COOKIE,
        &preferences.cookie_value(),
        "/",
        Some(31_536_000),
    );
    Ok(())
}
