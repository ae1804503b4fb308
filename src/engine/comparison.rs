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
//! let kinds: Vec<_> = c.blocks[0].segments.iter()
//!     .map(|s| (s.kind, s.source.as_str(), s.derivative.as_str())).collect();
//! assert_eq!(kinds, [
//!     (SegmentKind::Inserted, "", "Mr. "),
//!     (SegmentKind::Replaced, "Saeed ", "Said "),
//!     (SegmentKind::Equal, "added.", "added."),
//! ]);
//! ```

use serde::{Deserialize, Serialize};

use super::explain::{EditKind, Explanation};
use super::Options;

/// Version of the serialised shape of [`Comparison`]; raised on any breaking change.
pub const SCHEMA_VERSION: u32 = 4;

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
    /// Passages found at different places in the two texts, by id.
    pub moves: Vec<Move>,
    /// Word counts.
    pub counts: Counts,
    /// Whether some long stretches were shown cut and added without a word
    /// diff (too long between shared passages, or out of time): the result is
    /// valid and rebuilds both texts, but is coarser than it could be.
    #[serde(default)]
    pub coarse: bool,
    /// What the comparison means: reuse figures, edit kinds, verdict,
    /// direction and a plain-language summary.
    #[serde(default)]
    pub explanation: Explanation,
}

/// A passage that stands at different places in the two texts.
///
/// Its source end is a [`SegmentKind::Moved`] segment where the passage stood
/// in the source; its derivative end is a run of segments with the same
/// `move_id` where it stands now, showing the edits made inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Move {
    /// Its number, from 0, in derivative order.
    pub id: u32,
    /// The source paragraph it left (0-based).
    pub source_paragraph: usize,
    /// The derivative paragraph it stands in now (0-based).
    pub derivative_paragraph: usize,
    /// Words in the passage, as it stands in the source.
    pub words: usize,
}

/// One paragraph of the comparison view: a run of segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    /// The source paragraph this block's source side starts in (0-based), if it has one.
    pub source_paragraph: Option<usize>,
    /// The derivative paragraph this block's derivative side starts in (0-based), if it has one.
    pub derivative_paragraph: Option<usize>,
    /// The segments, in order. Their source sides rebuild this block's part of
    /// the source, their derivative sides the derivative's.
    pub segments: Vec<Segment>,
}

/// A run of tokens with one kind.
///
/// Each side's text includes the whitespace that follows it on that side, so
/// the sides of all segments, concatenated, rebuild both texts exactly (see
/// [`Comparison::source_text`] for how moves count).
///
/// Serialised, `derivative` is left out when it is the same as `source` (most
/// kept text): a reader takes a missing `derivative` to be `source`. That
/// halves the JSON of a long, mostly kept text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "SegmentFields")]
pub struct Segment {
    /// What happened to this run.
    pub kind: SegmentKind,
    /// The run as it stands in the source (empty for an insertion).
    pub source: String,
    /// The run as it stands in the derivative (empty for a deletion).
    pub derivative: String,
    /// The move this segment belongs to: its source end (kind `moved`) or a
    /// part of its derivative end (any other kind). Not serialised when `None`.
    pub move_id: Option<u32>,
    /// For a word respelled (`Saeed` → `Said`), the characters kept, cut and
    /// added. Not serialised when `None`.
    pub chars: Option<Vec<CharEdit>>,
    /// What the change means for syndication; `None` for kept text. Not
    /// serialised when `None`.
    pub edit: Option<EditKind>,
}

impl Serialize for Segment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let same = self.derivative == self.source;
        let fields = 2
            + usize::from(!same)
            + usize::from(self.move_id.is_some())
            + usize::from(self.chars.is_some())
            + usize::from(self.edit.is_some());
        let mut s = serializer.serialize_struct("Segment", fields)?;
        s.serialize_field("kind", &self.kind)?;
        if TEXTS_AS_LENGTHS.with(std::cell::Cell::get) {
            if self.arrived() {
                s.serialize_field("source", &self.source)?;
            } else {
                s.serialize_field("source", &utf16_len(&self.source))?;
            }
            if !same {
                s.serialize_field("derivative", &utf16_len(&self.derivative))?;
            }
        } else {
            s.serialize_field("source", &self.source)?;
            if !same {
                s.serialize_field("derivative", &self.derivative)?;
            }
        }
        if let Some(id) = self.move_id {
            s.serialize_field("moveId", &id)?;
        }
        if let Some(chars) = &self.chars {
            s.serialize_field("chars", chars)?;
        }
        if let Some(edit) = &self.edit {
            s.serialize_field("edit", edit)?;
        }
        s.end()
    }
}

/// Serialises with every segment's texts written as their lengths in UTF-16
/// code units, where a reader can cut them from the texts it already holds:
/// a segment's `source` (unless the segment is part of a move's derivative
/// end, whose source side repeats the moved passage and stays a string) and a
/// `derivative` that is written at all. In the order of the segments, the
/// lengths tile each text from its start, as [`Comparison::source_text`] and
/// [`Comparison::derivative_text`] rebuild it. The JavaScript API's `compare`
/// sends its result this way (`crate::api`): the texts are already strings on
/// the JavaScript side. Only the Node module (wasm, with `serde_json`) does.
#[cfg_attr(
    not(all(target_arch = "wasm32", feature = "serde_json")),
    allow(dead_code)
)]
pub(crate) fn with_texts_as_lengths<R>(serialise: impl FnOnce() -> R) -> R {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            TEXTS_AS_LENGTHS.with(|on| on.set(false));
        }
    }
    TEXTS_AS_LENGTHS.with(|on| on.set(true));
    let _reset = Reset;
    serialise()
}

thread_local! {
    /// Set only inside [`with_texts_as_lengths`].
    static TEXTS_AS_LENGTHS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The length of `s` in UTF-16 code units (a JavaScript string's `length`).
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

/// A [`Segment`] as serialised, before a missing `derivative` is filled in.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SegmentFields {
    kind: SegmentKind,
    source: String,
    derivative: Option<String>,
    #[serde(default)]
    move_id: Option<u32>,
    #[serde(default)]
    chars: Option<Vec<CharEdit>>,
    #[serde(default)]
    edit: Option<EditKind>,
}

impl From<SegmentFields> for Segment {
    fn from(f: SegmentFields) -> Self {
        Segment {
            derivative: f.derivative.unwrap_or_else(|| f.source.clone()),
            kind: f.kind,
            source: f.source,
            move_id: f.move_id,
            chars: f.chars,
            edit: f.edit,
        }
    }
}

/// Part of an in-word change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CharEdit {
    pub kind: CharKind,
    pub text: String,
}

/// What happened to the characters of a [`CharEdit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CharKind {
    Equal,
    Deleted,
    Inserted,
}

impl Segment {
    /// Whether this segment is part of a move's derivative end.
    pub fn arrived(&self) -> bool {
        self.move_id.is_some() && self.kind != SegmentKind::Moved
    }
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
    /// Moved away: the source end of a move (the derivative end shows its text).
    Moved,
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
    /// The texts differ, but only in what the options ignore (quote styles,
    /// dashes, Unicode forms, case, punctuation) and whitespace.
    Equivalent,
    /// The texts share no passage: every source word is cut, every derivative word added.
    NoSharedPassages,
    /// The texts differ.
    Changed,
}

/// Word counts. Only words count; punctuation and whitespace do not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    /// Words in the source: `unchanged + moved + deleted`.
    pub source_words: usize,
    /// Words in the derivative: `unchanged + moved + inserted`.
    pub derivative_words: usize,
    /// Words kept from the source, in place.
    pub unchanged: usize,
    /// Words kept from the source inside moved passages.
    pub moved: usize,
    /// Source words cut or replaced (inside moved passages too).
    pub deleted: usize,
    /// Derivative words added or replacing others (inside moved passages too).
    pub inserted: usize,
    /// Change segments (deleted, inserted or replaced runs; a move's source end not counted).
    pub changes: usize,
    /// Moved passages.
    pub moves: usize,
    /// Share of the derivative's words copied verbatim from the source, in place
    /// or moved, 0 to 1 (`(unchanged + moved) / derivative_words`; 0 when the
    /// derivative has no words).
    pub copied_share: f64,
}

impl Comparison {
    /// Rebuilds the source text from the segments. A moved passage counts
    /// once, at its source end: the source sides of its derivative end repeat it.
    pub fn source_text(&self) -> String {
        self.segments()
            .filter(|s| !s.arrived())
            .map(|s| s.source.as_str())
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, Options};

    #[test]
    fn json_leaves_out_a_derivative_that_repeats_the_source_and_reads_it_back() {
        let c = compare("One two three.", "One  two four.", &Options::default());
        let json = serde_json::to_value(&c).unwrap();
        let fields: Vec<_> = json["blocks"][0]["segments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["source"].as_str().unwrap(),
                    s.get("derivative").and_then(|d| d.as_str()),
                )
            })
            .collect();
        // The kept "One two " has a double space in the derivative: both
        // sides are written. The kept "." is the same on both: one side.
        assert_eq!(
            fields,
            [
                ("One two ", Some("One  two ")),
                ("three", Some("four")),
                (".", None)
            ]
        );
        let back: Comparison = serde_json::from_value(json).unwrap();
        assert_eq!(back, c);
        assert_eq!(back.derivative_text(), "One  two four.");
    }
}
