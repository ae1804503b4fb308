//! Exports: a comparison rendered for use outside the page (pure Rust, tested natively).

pub mod report;
pub mod wdiff;

pub use report::{report, Titles};
pub use wdiff::wdiff;
