//! Building blocks every page shares.

pub mod account_menu;
pub mod current_password_field;
pub mod error_summary;
pub mod form_fields;
pub mod idle_warning;
pub mod issued_code;
pub mod language_chooser;
pub mod new_password_field;
pub mod office;
pub mod page_data;
pub mod page_heading;
pub mod session_actions;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod two_factor_reminder;
