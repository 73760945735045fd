//! Server-only services. The only crate with SQL: every capability's data is reached through the
//! functions here, never directly from the web layer.

pub mod db;
pub mod demo;
pub mod health;
