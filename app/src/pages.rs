//! One module per route.

pub mod accessibility;
pub mod account_security;
pub mod home;
pub mod not_found;
pub mod sign_in;
