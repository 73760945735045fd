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

/// A time in the payload (a `ZonedDateTime`), as the reader's language writes it with the zone.
fn when(i18n: I18n, payload: &serde_json::Value, key: &str) -> Result<String, String> {
    let at: domain::time::ZonedDateTime = serde_json::from_value(payload[key].clone())
        .map_err(|_| format!("the payload has no {key}"))?;
    Ok(crate::i18n::format::date_time_in_zone(i18n, &at))
}

/// A booking's confirmation, change, cancellation or reminder: when (in the location's zone,
/// named), with whom, where, how, and the link to the appointment.
fn appointment_message(
    i18n: I18n,
    kind: &str,
    payload: &serde_json::Value,
) -> Result<RenderedMessage, String> {
    use backend::scheduling::{KIND_BOOKED, KIND_CANCELLED, KIND_RESCHEDULED};
    let at = when(i18n, payload, "when")?;
    let mode = match text(payload, "mode")? {
        "telehealth" => t!(i18n, "email-appointment-telehealth"),
        _ => t!(i18n, "email-appointment-in-person"),
    };
    let details = t!(
        i18n,
        "email-appointment-details",
        when = at.as_str(),
        provider = text(payload, "provider")?,
        place = text(payload, "place")?,
        mode = mode
    );
    let (subject, opening) = match kind {
        KIND_BOOKED => (
            t!(i18n, "email-appointment-booked-subject"),
            t!(i18n, "email-appointment-booked"),
        ),
        KIND_RESCHEDULED => (
            t!(i18n, "email-appointment-rescheduled-subject"),
            t!(
                i18n,
                "email-appointment-rescheduled",
                previous = when(i18n, payload, "previous")?
            ),
        ),
        KIND_CANCELLED => (
            t!(i18n, "email-appointment-cancelled-subject"),
            t!(i18n, "email-appointment-cancelled"),
        ),
        _ => (
            t!(
                i18n,
                "email-appointment-reminder-subject",
                when = at.as_str()
            ),
            t!(i18n, "email-appointment-reminder"),
        ),
    };
    Ok(RenderedMessage {
        subject,
        text_body: t!(
            i18n,
            "email-appointment-body",
            name = text(payload, "name")?,
            opening = opening,
            details = details,
            link = text(payload, "link")?
        ),
    })
}

/// A change of sign-in email: the link to the new address, the note to an address that already
/// has an account, and the two notes to the old address (asked for; done).
fn email_change_message(
    i18n: I18n,
    kind: &str,
    payload: &serde_json::Value,
) -> Result<RenderedMessage, String> {
    use backend::accounts::email_change::{KIND_CHANGED, KIND_CONFIRM, KIND_REQUESTED};
    Ok(match kind {
        KIND_CONFIRM => RenderedMessage {
            subject: t!(i18n, "email-change-confirm-subject"),
            text_body: t!(
                i18n,
                "email-change-confirm-body",
                name = text(payload, "name")?,
                link = text(payload, "link")?,
                hours = payload["hours"]
                    .as_i64()
                    .ok_or("the payload has no hours")?
            ),
        },
        KIND_REQUESTED => RenderedMessage {
            subject: t!(i18n, "email-change-requested-subject"),
            text_body: t!(
                i18n,
                "email-change-requested-body",
                name = text(payload, "name")?,
                address = text(payload, "new_address")?,
                link = text(payload, "link")?
            ),
        },
        KIND_CHANGED => RenderedMessage {
            subject: t!(i18n, "email-change-done-subject"),
            text_body: t!(
                i18n,
                "email-change-done-body",
                name = text(payload, "name")?,
                address = text(payload, "new_address")?
            ),
        },
        _ => RenderedMessage {
            subject: t!(i18n, "email-change-taken-subject"),
            text_body: t!(
                i18n,
                "email-change-taken-body",
                link = text(payload, "link")?
            ),
        },
    })
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
            backend::accounts::email_change::KIND_CONFIRM
            | backend::accounts::email_change::KIND_TAKEN
            | backend::accounts::email_change::KIND_REQUESTED
            | backend::accounts::email_change::KIND_CHANGED => {
                email_change_message(i18n, kind, payload)
            }
            backend::scheduling::KIND_BOOKED
            | backend::scheduling::KIND_RESCHEDULED
            | backend::scheduling::KIND_CANCELLED
            | backend::scheduling::KIND_REMINDER => appointment_message(i18n, kind, payload),
            backend::scheduling::KIND_OFFER => Ok(RenderedMessage {
                subject: t!(i18n, "email-offer-subject"),
                text_body: t!(
                    i18n,
                    "email-offer-body",
                    name = text(payload, "name")?,
                    when = when(i18n, payload, "when")?,
                    provider = text(payload, "provider")?,
                    place = text(payload, "place")?,
                    until = when(i18n, payload, "until")?,
                    link = text(payload, "link")?
                ),
            }),
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

    #[test]
    fn the_email_change_messages_are_in_the_readers_language_with_what_they_need() {
        use backend::accounts::email_change::{
            KIND_CHANGED, KIND_CONFIRM, KIND_REQUESTED, KIND_TAKEN,
        };
        let payload = serde_json::json!({
            "name": "Ana", "hours": 24, "new_address": "n…@example.org",
            "link": "https://portal.example.org/account/email/confirm?token=abc",
        });
        for (kind, needs) in [
            (KIND_CONFIRM, vec!["Ana", "24", "confirm?token=abc"]),
            (
                KIND_REQUESTED,
                vec!["Ana", "n…@example.org", "https://portal.example.org/"],
            ),
            (KIND_CHANGED, vec!["Ana", "n…@example.org"]),
            (KIND_TAKEN, vec!["https://portal.example.org/"]),
        ] {
            let english = FluentRenderer.render(kind, Locale::En, &payload).unwrap();
            let arabic = FluentRenderer.render(kind, Locale::Ar, &payload).unwrap();
            assert_ne!(english.subject, arabic.subject, "{kind}");
            for message in [&english, &arabic] {
                for text in &needs {
                    assert!(message.text_body.contains(text), "{kind}: {text}");
                }
            }
            assert!(FluentRenderer
                .render(kind, Locale::En, &serde_json::json!({}))
                .is_err());
        }
        let taken = FluentRenderer
            .render(KIND_TAKEN, Locale::En, &payload)
            .unwrap();
        assert!(!taken.text_body.contains("Ana"), "not who asked");
    }

    #[test]
    fn an_appointment_email_names_the_time_in_the_locations_zone_in_the_readers_language() {
        let at = serde_json::json!({
            "year": 2026, "month": 12, "day": 3, "hour": 9, "minute": 30,
            "zone": "America/New_York"
        });
        let payload = serde_json::json!({
            "name": "Ana", "provider": "Jordan Lee, MD", "place": "Riverside Clinic, 1 Main St, New York",
            "when": at, "previous": at, "mode": "in_person",
            "link": "https://portal.example.org/appointments/7"
        });
        for kind in [
            backend::scheduling::KIND_BOOKED,
            backend::scheduling::KIND_RESCHEDULED,
            backend::scheduling::KIND_CANCELLED,
            backend::scheduling::KIND_REMINDER,
        ] {
            let english = FluentRenderer.render(kind, Locale::En, &payload).unwrap();
            let spanish = FluentRenderer.render(kind, Locale::Es, &payload).unwrap();
            assert_ne!(english.subject, spanish.subject, "{kind}");
            assert!(
                english.text_body.contains("9:30 AM Eastern Time"),
                "{}",
                english.text_body
            );
            assert!(
                spanish.text_body.contains("hora del Este"),
                "{}",
                spanish.text_body
            );
            assert!(english.text_body.contains("December 3, 2026"));
            for message in [&english, &spanish] {
                assert!(message.text_body.contains("Jordan Lee, MD"));
                assert!(message
                    .text_body
                    .contains("https://portal.example.org/appointments/7"));
            }
        }
        assert!(FluentRenderer
            .render(
                backend::scheduling::KIND_BOOKED,
                Locale::En,
                &serde_json::json!({})
            )
            .is_err());
    }
}
