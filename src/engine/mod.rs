//! The comparison engine: pure Rust, no browser. Text in, one [`Comparison`] out.
//!
//! It tokenises both texts ([`token`]) and keys their tokens ([`key`]),
//! aligns sentences and paragraphs and finds moved passages (`align`), diffs
//! words between the aligned parts with `similar` (`diff`), refines replaced
//! words to characters ([`refine`]) and returns a serde-serialisable
//! [`Comparison`] ([`comparison`]). Nothing here imports yew, web-sys or wasm-bindgen, so it
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

mod align;
mod anchors;
pub mod comparison;
mod diff;
pub mod explain;
pub mod invariants;
pub mod key;
pub mod order;
pub mod refine;
pub mod resemble;
mod side;
pub mod token;
pub mod unicode;

use serde::{Deserialize, Serialize};

pub use align::{MOVE_MIN_WORDS, REWRITE_MIN, SAME_TEXT_MIN};
pub use comparison::{
    Block, CharEdit, CharKind, Comparison, Counts, Move, Segment, SegmentKind, Status,
    SCHEMA_VERSION,
};
pub use diff::{PASSAGE_MIN_WORDS, REGION_MAX_TOKENS, TIME_BUDGET};
pub use explain::{
    Derivation, Direction, EditCount, EditKind, Explanation, Figures, Looks, Verdict,
};
pub use resemble::Resemblance;

/// How to compare. Every option changes only what counts as equal, never the text shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Treat pure whitespace differences (double spaces, line breaks inside a
    /// paragraph, CRLF vs LF, trailing spaces) as no change. On by default.
    pub ignore_whitespace: bool,
    /// Treat `The` and `the` as equal. Off by default.
    pub ignore_case: bool,
    /// Leave punctuation out of the comparison: it rides with the word before it. Off by default.
    pub ignore_punctuation: bool,
    /// Treat curly and straight quotes, and dash variants (`-`, `--`, `–`, `—`), as equal. On by default.
    pub fold_quotes_and_dashes: bool,
    /// Compare after Unicode normalisation (NFC), so `é` typed as one character
    /// or as `e` plus an accent is the same letter. On by default.
    pub normalize_unicode: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ignore_whitespace: true,
            ignore_case: false,
            ignore_punctuation: false,
            fold_quotes_and_dashes: true,
            normalize_unicode: true,
        }
    }
}

/// Compares a source with a derivative: aligns their sentences and paragraphs,
/// finds moved passages, and diffs words between them.
pub fn compare(source: &str, derivative: &str, options: &Options) -> Comparison {
    let mut diffed = diff::diff(source, derivative, options);
    let status = status(source, derivative, &diffed);
    let explanation = explain::explain(
        &mut diffed.blocks,
        &mut diffed.counts,
        diffed.resemblance,
        status,
    );
    Comparison {
        schema: SCHEMA_VERSION,
        options: options.clone(),
        status,
        blocks: diffed.blocks,
        moves: diffed.moves,
        counts: diffed.counts,
        coarse: diffed.coarse,
        explanation,
    }
}

/// The engine's stages one by one, for the criterion benches (`benches/engine.rs`).
/// Not a stable API: each function runs its stage and those before it.
#[doc(hidden)]
pub mod stages {
    use super::side::{Interner, Side};
    use super::Options;

    /// Tokenise, key and intern both texts and split them into sentences; returns the sentence counts.
    pub fn prepare(source: &str, derivative: &str, options: &Options) -> (usize, usize) {
        let mut interner = Interner::default();
        let src = Side::new(source, options, &mut interner);
        let der = Side::new(derivative, options, &mut interner);
        (src.units.len(), der.units.len())
    }

    /// [`prepare`], then the resemblance measures the verdict rests on; returns the sentence match.
    pub fn resemblance(source: &str, derivative: &str, options: &Options) -> f64 {
        let mut interner = Interner::default();
        let src = Side::new(source, options, &mut interner);
        let der = Side::new(derivative, options, &mut interner);
        super::resemble::resemblance(&src, &der).sentence_match
    }

    /// Every stage but the explanation (edit kinds, figures, verdict, summary); returns the blocks.
    pub fn diff(source: &str, derivative: &str, options: &Options) -> usize {
        super::diff::diff(source, derivative, options).blocks.len()
    }

    /// [`prepare`], then align; returns the number of anchors and moves.
    pub fn align(source: &str, derivative: &str, options: &Options) -> (usize, usize) {
        let mut interner = Interner::default();
        let src = Side::new(source, options, &mut interner);
        let der = Side::new(derivative, options, &mut interner);
        let plan = super::align::align(&src, &der);
        (plan.anchors.len(), plan.moves.len())
    }
}

fn status(source: &str, derivative: &str, diffed: &diff::Diffed) -> Status {
    let blank = |t: &str| t.trim().is_empty();
    match (blank(source), blank(derivative)) {
        (true, true) => Status::BothEmpty,
        (true, false) => Status::SourceEmpty,
        (false, true) => Status::DerivativeEmpty,
        _ if source == derivative => Status::Identical,
        _ if !diffed.shared => Status::NoSharedPassages,
        _ if diffed.counts.changes == 0 && diffed.counts.moves == 0 => {
            let squeezed = |t: &str| t.split_whitespace().collect::<String>();
            if squeezed(source) == squeezed(derivative) {
                Status::WhitespaceOnly
            } else {
                Status::Equivalent
            }
        }
        _ => Status::Changed,
    }
}
