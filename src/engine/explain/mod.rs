//! Explaining a comparison: edit kinds on every change, reuse figures both ways, a derivation verdict, direction and a summary.
//!
//! Runs after the diff, on its blocks, and fills [`Comparison::explanation`]
//! (crate::engine::Comparison). Everything it says comes from the
//! comparison itself; nothing is written for particular texts.
//!
//! ```
//! use syndiff::engine::{compare, Derivation, Options};
//!
//! let source = "Officials urge people to stay vigilant against online groups. \
//!               The teams have visited 620,000 households so far, Saeed added.";
//! let derivative = "Officials reportedly urge people to stay vigilant against online groups. \
//!                   The teams have visited 620,000 households so far, Mr. Said added.";
//! let x = compare(source, derivative, &Options::default()).explanation;
//! assert_eq!(x.verdict.unwrap().derivation, Derivation::Wholly);
//! assert_eq!(x.summary, "The derivative copies 86% of its words verbatim from the source and reuses its only paragraph. \
//!     It hedges 1 statement (\u{201c}reportedly\u{201d}) and respells 1 name (Saeed \u{2192} Said) with 1 honorific added (Mr.).");
//! ```

mod figures;
pub mod kinds;
mod summary;
pub mod verdict;

use serde::{Deserialize, Serialize};

pub use figures::{Figures, Run};
pub use kinds::EditKind;
pub use verdict::{Derivation, Direction, Looks, Verdict};

use super::comparison::{Block, Counts, Segment, SegmentKind, Status};
use super::resemble::Resemblance;
use kinds::{classify, dateline_len, Change, Quotes};

/// What a comparison means, in figures and words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// Reuse figures, both ways.
    pub figures: Figures,
    /// How many changes of each kind, in legend order; kinds with none left out.
    pub edits: Vec<EditCount>,
    /// Wholly, partially or not derived, and why; `None` when a text is empty.
    pub verdict: Option<Verdict>,
    /// Which text looks like the source, and why; `None` when a text is empty.
    pub direction: Option<Direction>,
    /// The analysis in a few plain sentences.
    pub summary: String,
}

/// The number of changes of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditCount {
    pub kind: EditKind,
    pub count: usize,
}

/// Splits datelines off, labels every change with its kind, and explains the result.
pub(crate) fn explain(
    blocks: &mut [Block],
    counts: &mut Counts,
    resemblance: Resemblance,
    status: Status,
) -> Explanation {
    split_datelines(blocks, counts);
    // Each block with a change, as two texts: both the labels and the figures read them.
    let sides: Vec<Option<Sides>> = blocks
        .iter()
        .map(|b| {
            b.segments
                .iter()
                .any(|s| s.kind.is_change())
                .then(|| Sides::of(b))
        })
        .collect();
    label(blocks, &sides);
    let mut tally = [0usize; EditKind::ALL.len()];
    for s in blocks.iter().flat_map(|b| &b.segments) {
        if let Some(kind) = s.edit {
            tally[kind as usize] += 1;
        }
    }
    let edits: Vec<EditCount> = EditKind::ALL
        .into_iter()
        .filter(|&k| tally[k as usize] > 0)
        .map(|kind| EditCount {
            kind,
            count: tally[kind as usize],
        })
        .collect();
    let figures = figures::figures(blocks, &sides, counts);
    let judged = !matches!(
        status,
        Status::BothEmpty | Status::SourceEmpty | Status::DerivativeEmpty
    );
    // The same text under the options (identical, or differing only in what the
    // options ignore) is wholly derived: sentence match is taken as 1 both ways,
    // however short the sentences (the measure leaves short ones out, so a text
    // of only short sentences would otherwise score 0 against itself).
    let resemblance = if matches!(
        status,
        Status::Identical | Status::WhitespaceOnly | Status::Equivalent
    ) {
        Resemblance {
            sentence_match: 1.0,
            reverse_sentence_match: 1.0,
        }
    } else {
        resemblance
    };
    let verdict = judged.then(|| verdict::verdict(resemblance, &figures));
    let direction = judged.then(|| verdict::direction(resemblance, &edits, verdict.as_ref()));
    let summary = summary::summary(blocks, &figures, &edits, verdict.as_ref(), status);
    Explanation {
        figures,
        edits,
        verdict,
        direction,
        summary,
    }
}

/// The segments of one block with each one's offsets in the block's source and derivative text.
struct Sides {
    source: String,
    derivative: String,
    /// For each segment, its byte range in `source` and in `derivative`.
    spans: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
}

impl Sides {
    fn of(block: &Block) -> Sides {
        let mut sides = Sides {
            source: String::new(),
            derivative: String::new(),
            spans: Vec::new(),
        };
        for s in &block.segments {
            let src = sides.source.len();
            // A move's arriving end repeats source text that stands elsewhere; it is
            // not part of this paragraph's source side.
            if !s.arrived() {
                sides.source.push_str(&s.source);
            }
            let der = sides.derivative.len();
            sides.derivative.push_str(&s.derivative);
            sides
                .spans
                .push((src..sides.source.len(), der..sides.derivative.len()));
        }
        sides
    }
}

/// Labels every change segment with its [`EditKind`]; kept text gets none.
fn label(blocks: &mut [Block], sides: &[Option<Sides>]) {
    for (block, sides) in blocks.iter_mut().zip(sides) {
        let Some(sides) = sides else { continue };
        let near_top = block.source_paragraph.is_some_and(|p| p < 3);
        let (mut src_quotes, mut der_quotes) = (Quotes::default(), Quotes::default());
        for (s, (src, der)) in block.segments.iter_mut().zip(&sides.spans) {
            let quoted = src_quotes.inside() || der_quotes.inside();
            src_quotes.add(&sides.source[src.clone()]);
            der_quotes.add(&sides.derivative[der.clone()]);
            if !s.kind.is_change() {
                continue;
            }
            let src_text = if s.arrived() {
                ""
            } else {
                &sides.source[src.clone()]
            };
            let change = Change {
                kind: s.kind,
                source: if s.arrived() { &s.source } else { src_text },
                derivative: &sides.derivative[der.clone()],
                source_before: &sides.source[..src.start],
                source_after: &sides.source[src.end..],
                derivative_before: &sides.derivative[..der.start],
                derivative_after: &sides.derivative[der.end..],
                near_top,
                quoted,
            };
            s.edit = Some(classify(&change));
        }
    }
}

/// Cuts a dateline (`BOKHTAR, Tajikistan -- `) off the front of a change that
/// opens one of the source's first paragraphs, so it is shown, counted and
/// explained as an edit of its own.
fn split_datelines(blocks: &mut [Block], counts: &mut Counts) {
    for block in blocks
        .iter_mut()
        .filter(|b| b.source_paragraph.is_some_and(|p| p < 3))
    {
        let Some(first) = block.segments.first() else {
            continue;
        };
        if first.kind != SegmentKind::Replaced || first.move_id.is_some() {
            continue;
        }
        let Some(len) = dateline_len(&first.source).filter(|&n| n < first.source.len()) else {
            continue;
        };
        let rest = Segment {
            kind: SegmentKind::Replaced,
            source: first.source[len..].to_owned(),
            derivative: first.derivative.clone(),
            move_id: None,
            chars: None,
            edit: None,
        };
        let dateline = Segment {
            kind: SegmentKind::Deleted,
            source: first.source[..len].to_owned(),
            derivative: String::new(),
            move_id: None,
            chars: None,
            edit: None,
        };
        block.segments.splice(0..1, [dateline, rest]);
        counts.changes += 1;
    }
}
