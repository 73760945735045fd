//! Server-only services. The only crate with SQL: every capability's data is reached through the
//! functions here, each taking the acting person first and authorizing inside.

pub mod accounts;
pub mod actor;
pub mod audit;
pub mod clock;
pub mod credentials;
pub mod db;
pub mod demo;
pub mod directory;
pub mod health;
pub mod keys;
pub mod listed;
pub mod locations;
pub mod notifications;
pub mod patients;
pub mod providers;
pub mod scheduling;
pub mod staff_locations;
pub mod totp_secrets;
