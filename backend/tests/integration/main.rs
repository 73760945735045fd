//! Backend integration tests. Every test runs twice, against a fresh SQLite file and a fresh
//! PostgreSQL database (see `harness`).

mod harness;

mod accounts;
mod audit;
mod credentials;
mod database;
mod demo;
mod desk_locations;
mod directory;
mod directory_admin;
mod email_change;
mod invitations;
mod notifications;
mod password_reset;
mod scheduling;
mod staff_invitations;
mod staff_schedule;
mod two_factor;
