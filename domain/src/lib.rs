//! Pure types and rules shared by the browser (wasm) and the server.
//!
//! Nothing here performs I/O, so every rule can be unit- and property-tested and runs the same on
//! both sides of the wire.

pub mod accounts;
pub mod appointments;
pub mod audit;
pub mod booking;
pub mod calendar;
pub mod credentials;
pub mod desk;
pub mod directory;
pub mod display;
pub mod locale;
pub mod money;
pub mod number;
pub mod schedule;
pub mod staff_schedule;
pub mod time;
