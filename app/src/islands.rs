//! The only parts of a page that run in the browser. Everything else is rendered on the server
//! and works without JavaScript; an island adds what a full page load cannot do (a clock, moving
//! focus, submitting on change).
//!
//! Rules (checked by `app/tests/islands.rs`): an island takes the text it shows as props, already
//! translated by the server, so no Fluent, locale files, router hooks, context or `Resource` are
//! compiled into the browser bundle. Islands are not nested. A new island is a deliberate change:
//! `cargo xtask test` compares the bundle's island exports with `islands/exports.txt` and holds
//! each island to its size budget.

pub mod auto_submit;
pub mod error_summary_focus;
pub mod idle_warning;

/// The script that loads the bundle, only on a page that has an island, hydrates each island in
/// document order and then marks `<html data-hydrated>` (which styles and browser tests wait for).
/// Its arguments are the hashed paths of the JS glue and of the wasm.
pub const LOADER: &str = include_str!("islands/loader.js");
