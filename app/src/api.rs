//! Server functions: the only browser↔server API. Each is thin: who is asking (from the session)
//! → one `backend` function, which authorizes and audits → a result or an [`error::AppError`].

pub mod accounts;
pub mod admin_locations;
pub mod admin_providers;
pub mod appointments;
pub mod audit;
#[cfg(feature = "ssr")]
pub mod context;
pub mod credentials;
pub mod directory;
pub mod display;
pub mod email_change;
pub mod error;
pub mod invitations;
#[cfg(feature = "ssr")]
pub mod known_fields;
pub mod office_forms;
pub mod password_reset;
pub mod staff_invitations;
pub mod staff_locations;
pub mod staff_schedule;
pub mod two_factor;
