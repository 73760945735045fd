//! The words of the emails the outbox sends, from the same Fluent translations as the pages, in
//! the recipient's language (server only).

use crate::{i18n::I18n, t};
use backend::notifications::{RenderedMessage, Renderer};
use domain::locale::Locale;

/// Renders every notification kind the backend queues.
pub struct FluentRenderer;

fn text<'a>(payload: &'a serde_json::Value, key: &str) -> Result<&'a str, String> {
    payload[key]
        .as_str()
        .ok_or_else(|| format!("the payload has no {key}"))
}

impl Renderer for FluentRenderer {
    fn render(
        &self,
        kind: &str,
        locale: Locale,
        payload: &serde_json::Value,
    ) -> Result<RenderedMessage, String> {
        let i18n = I18n::new(locale);
        match kind {
            backend::accounts::password_reset::KIND => {
                let minutes = payload["minutes"]
                    .as_i64()
                    .ok_or("the payload has no minutes")?;
                Ok(RenderedMessage {
                    subject: t!(i18n, "email-reset-subject"),
                    text_body: t!(
                        i18n,
                        "email-reset-body",
                        name = text(payload, "name")?,
                        link = text(payload, "link")?,
                        minutes = minutes
                    ),
                })
            }
            _ => Err(format!("no template for notification kind {kind}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_email_is_in_the_recipients_language_with_the_link() {
        let payload = serde_json::json!({
            "name": "Ana", "link": "https://portal.example.org/reset-password?token=abc", "minutes": 30
        });
        let spanish = FluentRenderer
            .render("password_reset", Locale::Es, &payload)
            .unwrap();
        let english = FluentRenderer
            .render("password_reset", Locale::En, &payload)
            .unwrap();
        assert_ne!(spanish.subject, english.subject);
        for message in [&spanish, &english] {
            assert!(message
                .text_body
                .contains("https://portal.example.org/reset-password?token=abc"));
            assert!(message.text_body.contains("Ana"));
            assert!(message.text_body.contains("30"));
        }
        assert!(FluentRenderer
            .render("password_reset", Locale::En, &serde_json::json!({}))
            .is_err());
        assert!(FluentRenderer
            .render("no_such_kind", Locale::En, &payload)
            .is_err());
    }
}
