//! The Yew page: state, the root component, and one component per thing the user sees.
//!
//! Only [`App`] owns the reducer; every other component gets data and callbacks.

mod app;
mod article_editor;
mod diff_view;
mod notice;
mod sample_picker;
pub mod state;
mod summary_line;

pub use app::App;
