//! One module per route.

pub mod accessibility;
pub mod account_activity;
pub mod account_security;
pub mod admin_audit;
pub mod admin_credentials;
pub mod admin_location;
pub mod admin_locations;
pub mod admin_provider;
pub mod admin_providers;
pub mod admin_staff;
pub mod appointment_detail;
pub mod appointments;
pub mod book_appointment;
pub mod confirm_email;
pub mod find_a_doctor;
pub mod forgot_password;
pub mod home;
pub mod not_found;
pub mod provider_profile;
pub mod reset_password;
pub mod sign_in;
pub mod sign_in_code;
pub mod sign_up;
pub mod sign_up_staff;
pub mod staff_patients;
pub mod staff_schedule;
