//! The one result type: a [`Comparison`] of a source and a derivative.
//!
//! The page, the exports and the JavaScript API all consume this type; nothing
//! recomputes it elsewhere. It serialises with serde (camelCase fields,
//! lowercase kinds), and both texts rebuild byte for byte from its segments.
//!
//! ```
//! use syndiff::engine::{compare, Options, SegmentKind};
//!
//! let c = compare("Saeed added.", "Mr. Said added.", &Options::default());
//! assert_eq!(c.source_text(), "Saeed added.");
//! assert_eq!(c.derivative_text(), "Mr. Said added.");
//! let first = &c.blocks[0].segments[0];
//! assert_eq!(first.kind, SegmentKind::Replaced);
//! assert_eq!((first.source.as_str(), first.derivative.as_str()), ("Saeed ", "Mr. Said "));
//! ```

use serde::{Deserialize, Serialize};

use super::Options;

/// Version of the serialised shape of [`Comparison`]; raised on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// The result of comparing a source with a derivative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// [`SCHEMA_VERSION`] at the time the result was made.
    pub schema: u32,
    /// The options the comparison ran with.
    pub options: Options,
    /// What the comparison found, in one word.
    pub status: Status,
    /// The comparison in reading order, one block per paragraph of the view.
    pub blocks: Vec<Block>,
    /// Word counts.
    pub counts: Counts,
}

/// One paragraph of the comparison view: a run of segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    /// The segments, in order. Their source sides rebuild this block's part of
    /// the source, their derivative sides the derivative's.
    pub segments: Vec<Segment>,
}

/// A run of tokens with one kind.
///
/// Each side's text includes the whitespace that follows it on that side, so
/// the sides of all segments, concatenated, rebuild both texts exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// What happened to this run.
    pub kind: SegmentKind,
    /// The run as it stands in the source (empty for an insertion).
    pub source: String,
    /// The run as it stands in the derivative (empty for a deletion).
    pub derivative: String,
}

/// What happened to a run of tokens between the source and the derivative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// Kept: the same words on both sides (whitespace may differ when ignored).
    Equal,
    /// Cut: in the source only.
    Deleted,
    /// Added: in the derivative only.
    Inserted,
    /// Changed: these source words became these derivative words.
    Replaced,
}

impl SegmentKind {
    /// Whether this segment is a change (anything but [`Equal`](Self::Equal)).
    pub fn is_change(self) -> bool {
        self != SegmentKind::Equal
    }
}

/// What a comparison found, in one word; the page words its notices from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Neither text has anything but whitespace.
    BothEmpty,
    /// The source has nothing but whitespace.
    SourceEmpty,
    /// The derivative has nothing but whitespace.
    DerivativeEmpty,
    /// The texts are the same, byte for byte.
    Identical,
    /// The texts differ, but only in whitespace, which the options ignore.
    WhitespaceOnly,
    /// The texts differ.
    Changed,
}

/// Word counts. Only words count; punctuation and whitespace do not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    /// Words in the source: `unchanged + deleted`.
    pub source_words: usize,
    /// Words in the derivative: `unchanged + inserted`.
    pub derivative_words: usize,
    /// Words kept from the source, in order.
    pub unchanged: usize,
    /// Source words cut or replaced.
    pub deleted: usize,
    /// Derivative words added or replacing others.
    pub inserted: usize,
    /// Change segments (deleted, inserted or replaced runs).
    pub changes: usize,
    /// Share of the derivative's words copied verbatim from the source, 0 to 1
    /// (`unchanged / derivative_words`; 0 when the derivative has no words).
    pub copied_share: f64,
}

impl Comparison {
    /// Rebuilds the source text from the segments.
    pub fn source_text(&self) -> String {
        self.segments().map(|s| s.source.as_str()).collect()
    }

    /// Rebuilds the derivative text from the segments.
    pub fn derivative_text(&self) -> String {
        self.segments().map(|s| s.derivative.as_str()).collect()
    }

    /// All segments in order, across blocks.
    pub fn segments(&self) -> impl Iterator<Item = &Segment> {
        self.blocks.iter().flat_map(|b| b.segments.iter())
    }

    /// The change segments in order, across blocks.
    pub fn changes(&self) -> impl Iterator<Item = &Segment> {
        self.segments().filter(|s| s.kind.is_change())
    }
}
