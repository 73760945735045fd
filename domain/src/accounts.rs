//! People, roles and the rules of a signed-in session.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a person may do in the portal; a user may hold several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Patient,
    Provider,
    FrontDesk,
    CredentialingAdmin,
    SystemAdmin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Patient,
        Role::Provider,
        Role::FrontDesk,
        Role::CredentialingAdmin,
        Role::SystemAdmin,
    ];

    /// The spelling stored in the database (its CHECK constraint lists the same words).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Patient => "patient",
            Role::Provider => "provider",
            Role::FrontDesk => "front_desk",
            Role::CredentialingAdmin => "credentialing_admin",
            Role::SystemAdmin => "system_admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    pub fn is_staff(self) -> bool {
        self != Role::Patient
    }
}

/// An email address as people type it, with the key that makes it unique regardless of case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmailError {
    Empty,
    Invalid,
}

impl Email {
    /// Trims and checks the shape (`local@domain.tld`, no spaces, at most 254 characters); the
    /// only proof an address works is a message that arrives.
    pub fn parse(text: &str) -> Result<Email, EmailError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        let valid = text.chars().count() <= 254
            && !text.chars().any(|c| c.is_whitespace() || c.is_control())
            && text.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            });
        if valid {
            Ok(Email(text.to_string()))
        } else {
            Err(EmailError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Lower-cased: two accounts cannot differ only by letter case.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How long a session lives: signed out after a quiet spell (shorter for staff, whose screens are
/// shared), and never older than twelve hours.
pub mod session_policy {
    use super::Role;

    use crate::time::MINUTE_MS;
    pub const STAFF_IDLE_MS: i64 = 15 * MINUTE_MS;
    pub const PATIENT_IDLE_MS: i64 = 30 * MINUTE_MS;
    pub const ABSOLUTE_MS: i64 = 12 * 60 * MINUTE_MS;
    /// The idle warning appears this long before the idle sign-out.
    pub const WARNING_MS: i64 = 2 * MINUTE_MS;

    pub fn idle_limit_ms(roles: &[Role]) -> i64 {
        if roles.iter().any(|r| r.is_staff()) {
            STAFF_IDLE_MS
        } else {
            PATIENT_IDLE_MS
        }
    }
}

/// Sign-in throttling: after a few failures an account (or a client address, with a higher bar)
/// is locked for a while, and each further failure doubles the wait, up to an hour.
pub mod throttle_policy {
    use crate::time::MINUTE_MS;

    pub const ACCOUNT_FAILURES_BEFORE_LOCK: i64 = 5;
    pub const ADDRESS_FAILURES_BEFORE_LOCK: i64 = 20;
    pub const MAX_LOCK_MS: i64 = 60 * MINUTE_MS;
    /// Failures are forgotten after this long without another: longer than the longest lock, so
    /// waiting a lock out does not reset the count (which would let a patient guesser make a
    /// fresh set of guesses after every lock).
    pub const WINDOW_MS: i64 = 2 * MAX_LOCK_MS;
    const _: () = assert!(
        WINDOW_MS > MAX_LOCK_MS,
        "a lock ends before its failures are forgotten"
    );

    /// How long to lock after the `failures`-th failure in the window (`None`: not yet).
    pub fn lock_ms(failures: i64, threshold: i64) -> Option<i64> {
        (failures >= threshold).then(|| {
            let doublings = u32::try_from((failures - threshold).min(6)).unwrap_or(6);
            (MINUTE_MS * 2_i64.pow(doublings)).min(MAX_LOCK_MS)
        })
    }
}

/// Why a new password is refused (NIST SP 800-63B: length, not composition rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// Common, guessable, or built from the person's own email or name.
    TooEasyToGuess,
}

pub mod password_policy {
    use super::PasswordProblem;

    pub const MIN_CHARS: usize = 12;
    /// Long enough for any passphrase or manager-made password; bounds the hashing work.
    pub const MAX_CHARS: usize = 256;

    /// The length rules, which the browser can check too; guessability is judged on the server.
    pub fn check_length(password: &str) -> Result<(), PasswordProblem> {
        let chars = password.chars().count();
        if chars < MIN_CHARS {
            Err(PasswordProblem::TooShort)
        } else if chars > MAX_CHARS {
            Err(PasswordProblem::TooLong)
        } else {
            Ok(())
        }
    }
}

/// An invitation code as printed: twelve characters from an alphabet without look-alikes, in
/// groups of four. Typing is forgiving: case, spaces and dashes do not matter.
pub mod invitation_code {
    pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
    pub const LENGTH: usize = 12;

    /// The canonical form (`ABCD-EFGH-JKMN`), or `None` when it cannot be a code.
    pub fn normalize(typed: &str) -> Option<String> {
        let compact: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid = compact.len() == LENGTH && compact.bytes().all(|b| ALPHABET.contains(&b));
        valid.then(|| {
            compact
                .as_bytes()
                .chunks(4)
                .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
                .collect::<Vec<_>>()
                .join("-")
        })
    }
}

/// "Firefox", "Android"…: a short, recognisable name for the browser and system in a
/// user-agent string, so people can tell their sessions apart (product names, not translated).
pub fn device_summary(user_agent: &str) -> (Option<&'static str>, Option<&'static str>) {
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| name);
    (browser, system)
}

/// Where a session's address is, as far as can be told without a location database: this very
/// computer, a private network (a clinic's or a home's), or the internet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Network {
    ThisComputer,
    Local,
    Internet,
    Unknown,
}

/// The kind of network a client address belongs to (RFC 1918, RFC 4193 and link-local ranges
/// are local).
pub fn network_of(addr: &str) -> Network {
    use std::net::IpAddr;
    match addr.parse::<IpAddr>() {
        Ok(ip) if ip.is_loopback() => Network::ThisComputer,
        Ok(IpAddr::V4(v4)) if v4.is_private() || v4.is_link_local() => Network::Local,
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_some_and(|v4| v4.is_private()) => {
            Network::Local
        }
        Ok(IpAddr::V6(v6))
            if (v6.segments()[0] & 0xfe00) == 0xfc00 || (v6.segments()[0] & 0xffc0) == 0xfe80 =>
        {
            Network::Local
        }
        Ok(_) => Network::Internet,
        Err(_) => Network::Unknown,
    }
}

/// A client address with its last part hidden (`192.0.2.x`), enough to recognise a network
/// without showing the exact address.
pub fn masked_address(addr: &str) -> String {
    if let Some((network, _)) = addr.rsplit_once('.').filter(|_| !addr.contains(':')) {
        return format!("{network}.x");
    }
    if !addr.contains(':') {
        return addr.to_string();
    }
    let groups: Vec<&str> = addr.split(':').filter(|g| !g.is_empty()).take(3).collect();
    format!("{}:…", groups.join(":"))
}

/// An email address with most of its name hidden (`n…@example.org`): enough for its owner to
/// recognise it on a screen others may see, without spelling it out.
pub fn masked_email(email: &str) -> String {
    match email.rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}…@{domain}")
        }
        None => "…".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_email_keeps_the_first_letter_and_the_domain() {
        assert_eq!(masked_email("new.address@example.org"), "n…@example.org");
        assert_eq!(masked_email("ñ@b.test"), "ñ…@b.test");
        assert_eq!(masked_email("not an address"), "…");
    }

    #[test]
    fn password_lengths() {
        use password_policy::*;
        assert_eq!(check_length("short"), Err(PasswordProblem::TooShort));
        assert_eq!(check_length("twelve chars"), Ok(()));
        assert_eq!(check_length(&"x".repeat(256)), Ok(()));
        assert_eq!(
            check_length(&"x".repeat(257)),
            Err(PasswordProblem::TooLong)
        );
        // Characters, not bytes: a short password in another script is still short.
        assert_eq!(check_length("密码密码密码"), Err(PasswordProblem::TooShort));
    }

    #[test]
    fn invitation_codes_are_forgiving_to_type() {
        use invitation_code::normalize;
        assert_eq!(
            normalize("abcd efgh jkmn").as_deref(),
            Some("ABCD-EFGH-JKMN")
        );
        assert_eq!(
            normalize("ABCD-EFGH-JKMN").as_deref(),
            Some("ABCD-EFGH-JKMN")
        );
        assert_eq!(normalize("ABCD-EFGH-JKM"), None);
        assert_eq!(
            normalize("ABCD-EFGH-JKM0"),
            None,
            "0 is not in the alphabet"
        );
    }

    #[test]
    fn devices_and_addresses() {
        let android =
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(device_summary(android), (Some("Chrome"), Some("Android")));
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1";
        assert_eq!(device_summary(iphone), (Some("Safari"), Some("iPhone")));
        assert_eq!(device_summary("curl/8"), (None, None));
        assert_eq!(masked_address("192.0.2.44"), "192.0.2.x");
        assert_eq!(
            masked_address("2001:db8:85a3::8a2e:370:7334"),
            "2001:db8:85a3:…"
        );
        assert_eq!(masked_address("unknown"), "unknown");
    }

    #[test]
    fn networks_are_told_apart() {
        assert_eq!(network_of("127.0.0.1"), Network::ThisComputer);
        assert_eq!(network_of("::1"), Network::ThisComputer);
        assert_eq!(network_of("10.1.2.3"), Network::Local);
        assert_eq!(network_of("192.168.0.20"), Network::Local);
        assert_eq!(network_of("fd12:3456::1"), Network::Local);
        assert_eq!(network_of("203.0.113.9"), Network::Internet);
        assert_eq!(network_of("2001:db8::1"), Network::Internet);
        assert_eq!(network_of("unknown"), Network::Unknown);
    }

    #[test]
    fn roles_round_trip_and_staff() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert!(!Role::Patient.is_staff());
        assert!(Role::FrontDesk.is_staff());
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn emails() {
        let email = Email::parse("  Pat@Demo.Test ").unwrap();
        assert_eq!(email.as_str(), "Pat@Demo.Test");
        assert_eq!(email.key(), "pat@demo.test");
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        for bad in [
            "pat",
            "pat@",
            "@demo.test",
            "pat@demo",
            "p t@demo.test",
            "a@b@c.d",
            "a@.b",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad}");
        }
    }

    #[test]
    fn idle_limits_depend_on_the_roles() {
        use session_policy::*;
        assert_eq!(idle_limit_ms(&[Role::Patient]), PATIENT_IDLE_MS);
        assert_eq!(
            idle_limit_ms(&[Role::Patient, Role::Provider]),
            STAFF_IDLE_MS
        );
    }

    #[test]
    fn locks_grow_and_are_capped() {
        use throttle_policy::*;
        assert_eq!(lock_ms(4, 5), None);
        assert_eq!(lock_ms(5, 5), Some(60_000));
        assert_eq!(lock_ms(6, 5), Some(120_000));
        assert_eq!(lock_ms(50, 5), Some(MAX_LOCK_MS));
    }
}
