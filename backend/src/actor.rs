//! Who is acting: built once per request from the session, passed first to every service.

use domain::{accounts::Role, locale::Locale};

/// Where a request came from, for sessions and the audit trail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub addr: String,
    pub user_agent: String,
}

impl Client {
    /// Keeps what is stored bounded, whatever a client sends.
    pub fn new(addr: impl Into<String>, user_agent: &str) -> Client {
        Client {
            addr: addr.into(),
            user_agent: user_agent.chars().take(300).collect(),
        }
    }
}

/// A signed-in person and what they may act as.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user_id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
    /// The patient record that is this user's own, when they are a patient.
    pub patient_id: Option<i64>,
    pub preferred_locale: Option<Locale>,
    /// The session this request belongs to (the hash of its token).
    pub session_id: String,
    pub client: Client,
    /// The account holds a staff role it may not use until two-step verification is on; the
    /// role is left out of `roles` meanwhile.
    pub two_factor_needed: bool,
}

impl Actor {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn is_staff(&self) -> bool {
        self.roles.iter().any(|r| r.is_staff())
    }

    /// Quiet time before the session ends: a staff account's, even while its role waits for
    /// two-step verification.
    pub fn idle_limit_ms(&self) -> i64 {
        if self.two_factor_needed {
            domain::accounts::session_policy::STAFF_IDLE_MS
        } else {
            domain::accounts::session_policy::idle_limit_ms(&self.roles)
        }
    }
}
