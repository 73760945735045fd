//! One module per route.

pub mod accessibility;
pub mod home;
pub mod not_found;
