//! Syndiff: see, word by word, how one article was made from another.
//!
//! The crate has three layers with one result type between them:
//!
//! - [`engine`] compares two texts and returns a [`engine::Comparison`]; it is
//!   pure Rust and tested natively;
//! - [`display`] lays a comparison out for the page (stops, folded rows, overview marks);
//! - [`export`] renders a comparison as text for use elsewhere;
//! - [`format`] writes counts, shares and sizes as the page and the report show them;
//! - [`input`] reads files' bytes and HTML pages as text;
//! - [`samples`] carries the bundled sample articles;
//! - [`json`] writes and reads JSON text (serde_json, or the host's `JSON` in the page);
//! - `api` (wasm only) exports `compare` to JavaScript (Node, the page's worker);
//! - `io` (wasm only) keeps preferences in the browser and lends the engine its
//!   NFC, lower case and grapheme clusters;
//! - `ui` (browser only) renders a comparison with Yew.

pub mod display;
pub mod engine;
pub mod export;
pub mod format;
pub mod input;
pub mod json;
pub mod samples;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod io;
#[cfg(target_arch = "wasm32")]
pub mod ui;
