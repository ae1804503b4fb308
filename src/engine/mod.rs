//! The comparison engine: pure Rust, no browser. Text in, one [`Comparison`] out.
//!
//! It tokenises both texts ([`token`]), diffs their words with `similar`
//! ([`diff`]) and returns a serde-serialisable [`Comparison`]
//! ([`comparison`]). Nothing here imports yew, web-sys or wasm-bindgen, so it
//! builds and is tested natively.
//!
//! ```
//! use syndiff::engine::{compare, Options, Status};
//!
//! let source = "BOKHTAR, Tajikistan -- Officials urge people to stay vigilant.";
//! let derivative = "Officials reportedly urge people to stay vigilant.";
//! let c = compare(source, derivative, &Options::default());
//! assert_eq!(c.status, Status::Changed);
//! assert_eq!((c.counts.unchanged, c.counts.deleted, c.counts.inserted), (6, 2, 1));
//! let changes: Vec<_> = c.changes().map(|s| (s.source.trim(), s.derivative.trim())).collect();
//! assert_eq!(changes, [("BOKHTAR, Tajikistan --", ""), ("", "reportedly")]);
//! ```

pub mod comparison;
mod diff;
pub mod token;

use serde::{Deserialize, Serialize};

pub use comparison::{Block, Comparison, Counts, Segment, SegmentKind, Status, SCHEMA_VERSION};

/// How to compare.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Treat pure whitespace differences (double spaces, line breaks inside a
    /// paragraph, CRLF vs LF, trailing spaces) as no change. On by default.
    pub ignore_whitespace: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ignore_whitespace: true,
        }
    }
}

/// Compares a source with a derivative, word by word.
pub fn compare(source: &str, derivative: &str, options: &Options) -> Comparison {
    let (blocks, counts) = diff::diff(source, derivative, options);
    let status = status(source, derivative, &counts);
    Comparison {
        schema: SCHEMA_VERSION,
        options: options.clone(),
        status,
        blocks,
        counts,
    }
}

fn status(source: &str, derivative: &str, counts: &Counts) -> Status {
    let blank = |t: &str| t.trim().is_empty();
    match (blank(source), blank(derivative)) {
        (true, true) => Status::BothEmpty,
        (true, false) => Status::SourceEmpty,
        (false, true) => Status::DerivativeEmpty,
        _ if source == derivative => Status::Identical,
        _ if counts.changes == 0 => Status::WhitespaceOnly,
        _ => Status::Changed,
    }
}
