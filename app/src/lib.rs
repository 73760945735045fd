//! The Leptos application: the page shell, routes, pages and components, and the translations
//! they read. Compiled twice: with `ssr` into the server, with `hydrate` into the browser bundle,
//! where only `islands` is reachable.

#![recursion_limit = "256"]

pub mod api;
#[cfg(feature = "ssr")]
pub mod calendar_file;
mod components;
pub mod i18n;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod notifications;
mod pages;
pub mod plain_pages;
mod routes;
mod shell;

pub use routes::App;
pub use shell::{shell, Assets};
