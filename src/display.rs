//! View layout: what the page walks through and folds, computed from a comparison.
//!
//! Pure and tested natively: the *stops* that next/previous change visit, the
//! *rows* of the view with long unchanged stretches folded, the *marks* of
//! the overview strip, and the reuse matrix of several texts.
//!
//! ```
//! use syndiff::display::{Layout, Row};
//! use syndiff::engine::{compare, Options};
//!
//! let source = (1..=9).map(|i| format!("Paragraph {i} stays.")).collect::<Vec<_>>().join("\n");
//! let derivative = source.replace("Paragraph 9 stays.", "Paragraph 9 changed.");
//! let layout = Layout::of(&compare(&source, &derivative, &Options::default()));
//! assert_eq!(layout.stops.len(), 1);
//! // Paragraphs 2 to 7 fold into one row; 1 and 8 stay as context.
//! assert_eq!(layout.rows[1], Row::Folded { blocks: 1..7 });
//! ```

use std::ops::Range;

use crate::engine::{compare, Block, Comparison, EditKind, Options, Segment, SegmentKind};

/// A run of unchanged blocks this long or longer is folded, but for its first and last.
pub const FOLD_MIN_BLOCKS: usize = 5;

/// One place next/previous change stops at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stop {
    pub block: usize,
    pub segment: usize,
    pub kind: StopKind,
    /// What the change means ([`EditKind::Moved`] for both ends of a move).
    pub edit: EditKind,
    /// Which change it is (0-based, in order of first stop): both ends of a move
    /// are one change, as the comparison's edit kinds count them.
    pub change: usize,
}

/// What a stop is, as the reader would say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopKind {
    Deleted,
    Inserted,
    Replaced,
    /// A passage that moved away from here (its source end).
    MovedAway,
    /// A passage that moved here (its derivative end).
    MovedHere,
}

impl StopKind {
    /// Words for screen readers and the navigator.
    pub fn label(self) -> &'static str {
        match self {
            StopKind::Deleted => "cut",
            StopKind::Inserted => "added",
            StopKind::Replaced => "changed",
            StopKind::MovedAway => "moved away",
            StopKind::MovedHere => "moved here",
        }
    }

    /// A short class-friendly name.
    pub fn name(self) -> &'static str {
        match self {
            StopKind::Deleted => "deleted",
            StopKind::Inserted => "inserted",
            StopKind::Replaced => "replaced",
            StopKind::MovedAway => "moved-away",
            StopKind::MovedHere => "moved-here",
        }
    }
}

/// One row of the view: a block, or a folded run of unchanged blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Block(usize),
    Folded { blocks: Range<usize> },
}

/// A mark on the overview strip.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Where it stands, from 0 (top) to 1 (bottom), by text length before it.
    pub at: f64,
    pub kind: StopKind,
    /// The stop a click jumps to.
    pub stop: usize,
}

/// Stops, rows and marks of one comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub stops: Vec<Stop>,
    /// How many changes the stops are (a move's two ends are one).
    pub changes: usize,
    /// For each block, for each segment, the stop it belongs to.
    pub stop_of: Vec<Vec<Option<usize>>>,
    pub rows: Vec<Row>,
    /// For each block, the row that shows it (a folded row for folded blocks).
    pub row_of_block: Vec<usize>,
    pub marks: Vec<Mark>,
}

/// The reuse matrix of several texts: for each row, the share of its words copied
/// verbatim from each column's text (`None` on the diagonal).
///
/// ```
/// use syndiff::display::reuse_matrix;
///
/// let a = "The teams visited 620,000 households across the province so far.";
/// let b = "Officials say the teams visited 620,000 households across the province so far.";
/// let m = reuse_matrix(&[a, b, "Something else entirely, about the weather."], &Default::default());
/// assert_eq!(m[0][0], None);
/// assert!(m[1][0].unwrap() > 0.7, "b copies most of a");
/// assert_eq!(m[2][0], Some(0.0));
/// ```
pub fn reuse_matrix(texts: &[&str], options: &Options) -> Vec<Vec<Option<f64>>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, row)| {
            texts
                .iter()
                .enumerate()
                .map(|(j, column)| {
                    (i != j).then(|| {
                        compare(column, row, options)
                            .explanation
                            .figures
                            .derivative_verbatim
                    })
                })
                .collect()
        })
        .collect()
}

/// Whether a block has anything to show as a change.
pub fn is_unchanged(block: &Block) -> bool {
    block
        .segments
        .iter()
        .all(|s| s.kind == SegmentKind::Equal && s.move_id.is_none())
}

fn stop_kind(segment: &Segment, previous: Option<&Segment>) -> Option<StopKind> {
    if segment.arrived() {
        let continues = previous.is_some_and(|p| p.arrived() && p.move_id == segment.move_id);
        return (!continues).then_some(StopKind::MovedHere);
    }
    match segment.kind {
        SegmentKind::Equal => None,
        SegmentKind::Deleted => Some(StopKind::Deleted),
        SegmentKind::Inserted => Some(StopKind::Inserted),
        SegmentKind::Replaced => Some(StopKind::Replaced),
        SegmentKind::Moved => Some(StopKind::MovedAway),
    }
}

impl Layout {
    pub fn of(comparison: &Comparison) -> Self {
        let blocks = &comparison.blocks;
        let mut stops: Vec<Stop> = Vec::new();
        let mut stop_of = Vec::with_capacity(blocks.len());
        // The change number of each move (by its id), from its first end on.
        let mut move_change: Vec<Option<usize>> = vec![None; comparison.moves.len()];
        let mut changes = 0;
        for (b, block) in blocks.iter().enumerate() {
            let mut of = Vec::with_capacity(block.segments.len());
            for (s, segment) in block.segments.iter().enumerate() {
                let previous = s.checked_sub(1).map(|p| &block.segments[p]);
                match stop_kind(segment, previous) {
                    Some(kind) => {
                        of.push(Some(stops.len()));
                        let edit = match kind {
                            StopKind::MovedAway | StopKind::MovedHere => EditKind::Moved,
                            _ => segment.edit.unwrap_or(EditKind::Wording),
                        };
                        let of_move = segment.move_id.map(|id| &mut move_change[id as usize]);
                        let change = match of_move {
                            Some(Some(seen)) => *seen,
                            first_end => {
                                if let Some(slot) = first_end {
                                    *slot = Some(changes);
                                }
                                changes += 1;
                                changes - 1
                            }
                        };
                        stops.push(Stop {
                            block: b,
                            segment: s,
                            kind,
                            edit,
                            change,
                        });
                    }
                    // The rest of a moved passage belongs to the stop at its start.
                    None if segment.arrived() => of.push(of.last().copied().flatten()),
                    None => of.push(None),
                }
            }
            stop_of.push(of);
        }

        let mut rows = Vec::new();
        let mut b = 0;
        while b < blocks.len() {
            let run = blocks[b..]
                .iter()
                .take_while(|block| is_unchanged(block))
                .count();
            if run >= FOLD_MIN_BLOCKS {
                rows.push(Row::Block(b));
                rows.push(Row::Folded {
                    blocks: b + 1..b + run - 1,
                });
                rows.push(Row::Block(b + run - 1));
                b += run;
            } else if run > 0 {
                rows.extend((b..b + run).map(Row::Block));
                b += run;
            } else {
                rows.push(Row::Block(b));
                b += 1;
            }
        }

        let mut row_of_block = vec![0; blocks.len()];
        for (r, row) in rows.iter().enumerate() {
            match row {
                Row::Block(b) => row_of_block[*b] = r,
                Row::Folded { blocks } => row_of_block[blocks.clone()].fill(r),
            }
        }

        let length = |block: &Block| -> usize {
            block
                .segments
                .iter()
                .map(|s| s.derivative.len().max(s.source.len()))
                .sum()
        };
        let total: usize = blocks.iter().map(length).sum::<usize>().max(1);
        let mut before = vec![0usize; blocks.len()];
        let mut acc = 0;
        for (b, block) in blocks.iter().enumerate() {
            before[b] = acc;
            acc += length(block);
        }
        let mut marks: Vec<Mark> = Vec::new();
        for (n, stop) in stops.iter().enumerate() {
            let at = before[stop.block] as f64 / total as f64;
            // Marks closer than a thousandth of the text apart show as one.
            if marks.last().is_some_and(|m| (at - m.at) < 0.001) {
                continue;
            }
            marks.push(Mark {
                at,
                kind: stop.kind,
                stop: n,
            });
        }
        Layout {
            stops,
            changes,
            stop_of,
            rows,
            row_of_block,
            marks,
        }
    }

    /// Where the reader is, as the navigator says it: the current stop's change
    /// number among the changes shown (those of `filter`'s kind, or all), and how
    /// many changes are shown. A move's two ends are one change.
    pub fn position(
        &self,
        current: Option<usize>,
        filter: Option<EditKind>,
    ) -> (Option<usize>, usize) {
        let mut shown: Vec<usize> = self
            .stops
            .iter()
            .filter(|s| filter.is_none_or(|k| s.edit == k))
            .map(|s| s.change)
            .collect();
        crate::engine::order::sort_by(&mut shown, Ord::cmp);
        shown.dedup();
        let current = current.and_then(|c| self.stops.get(c));
        (
            current.and_then(|s| shown.binary_search(&s.change).ok()),
            shown.len(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, Options};
    use crate::samples::{DERIVATIVE, RFERL_REPORT};

    #[test]
    fn the_sample_pair_has_a_stop_at_each_end_of_the_move() {
        let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
        let layout = Layout::of(&c);
        let kinds: Vec<_> = layout.stops.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds.iter().filter(|k| **k == StopKind::MovedAway).count(),
            1
        );
        assert_eq!(
            kinds.iter().filter(|k| **k == StopKind::MovedHere).count(),
            1
        );
        // Every change segment has a stop; the arrived passage's segments share one.
        for (b, block) in c.blocks.iter().enumerate() {
            for (s, segment) in block.segments.iter().enumerate() {
                if segment.kind.is_change() || segment.arrived() {
                    assert!(layout.stop_of[b][s].is_some());
                }
            }
        }
        assert!(layout.marks.windows(2).all(|w| w[0].at < w[1].at));
        for (b, &r) in layout.row_of_block.iter().enumerate() {
            assert!(
                matches!(&layout.rows[r], Row::Block(x) if *x == b)
                    || matches!(&layout.rows[r], Row::Folded { blocks } if blocks.contains(&b))
            );
        }
        assert!(layout.marks.iter().all(|m| (0.0..1.0).contains(&m.at)));
    }

    #[test]
    fn a_move_is_one_change_as_the_edit_kinds_count_it() {
        let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
        let layout = Layout::of(&c);
        let kinds: usize = c.explanation.edits.iter().map(|e| e.count).sum();
        assert_eq!(layout.changes, kinds);
        assert_eq!(layout.stops.len(), kinds + 1, "the move has two stops");
        let ends: Vec<&Stop> = layout
            .stops
            .iter()
            .filter(|s| s.edit == EditKind::Moved)
            .collect();
        assert_eq!(ends.len(), 2);
        assert_eq!(ends[0].change, ends[1].change);
        // Numbered in order of first stop, each number used.
        let mut next = 0;
        for stop in &layout.stops {
            assert!(stop.change <= next);
            next = next.max(stop.change + 1);
        }
        assert_eq!(next, layout.changes);
    }

    #[test]
    fn short_unchanged_runs_are_not_folded() {
        let source = (1..=5)
            .map(|i| format!("Paragraph {i}."))
            .collect::<Vec<_>>()
            .join("\n");
        let derivative = source.replace("Paragraph 5.", "Paragraph five.");
        let layout = Layout::of(&compare(&source, &derivative, &Options::default()));
        assert!(layout.rows.iter().all(|r| matches!(r, Row::Block(_))));
    }
}
