//! The Yew page: state, the root component, and one component per thing the user sees.
//!
//! Only [`App`] owns the reducer; every other component gets data and callbacks.

mod app;
mod article_editor;
mod change_navigator;
mod diff_view;
mod dom;
mod edit_kinds;
mod edit_tour;
mod folded_row;
mod inline_view;
mod legend;
mod long_text_card;
mod marks;
mod note_line;
mod notice;
mod options_panel;
mod overview_strip;
mod paragraph_blocks;
mod passage;
mod printed_texts;
mod put_back_line;
mod reuse_figures;
mod reuse_matrix;
mod sample_picker;
mod share_bar;
mod side_by_side_view;
pub mod state;
mod summary_line;
mod theme_picker;
mod unsaved_notice;
mod verdict_card;
mod view_rows;
mod view_toggle;

pub use app::App;
