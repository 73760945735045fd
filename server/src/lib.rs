//! The portal's web server as a library, so integration tests drive the same router the binary
//! serves.

mod calendar;
pub mod config;
mod cross_site_reads;
mod csrf;
mod failure;
mod forwarded;
mod health;
mod locale;
mod markup;
pub mod notifications;
pub mod router;
mod security_headers;
mod session;
pub mod startup;
