//! Word diff between alignment anchors, moves at both ends, and the blocks of the view.
//!
//! The alignment ([`super::align`]) gives anchors (pairs of sentences or
//! paragraphs in order) and moves. Each *region* runs from one anchor's start
//! to the next's on both sides; its words are diffed with `similar`
//! (histogram), leaving out the moved passages, which are emitted where they
//! stand: at the source end as one `moved` segment, at the derivative end as
//! the word diff of the passage against its source. Only compared tokens are
//! diffed; whitespace (and punctuation, when ignored) rides with the token
//! before it. Blocks end where the view's text ends a paragraph.

use std::collections::VecDeque;
use std::ops::Range;

use similar::{capture_diff_slices_deadline, Algorithm, DiffOp, DiffTag};
use web_time::{Duration, Instant};

use super::align::{align, Plan};
use super::anchors;
use super::comparison::{Block, CharEdit, Counts, Move, Segment, SegmentKind};
use super::refine::{pair_words, Step};
use super::resemble::{resemblance, Resemblance};
use super::side::{Interner, Side};
use super::Options;

/// Below this many words on either side, texts with no shared sentence are
/// still word-diffed (a one-line edit shares no sentence with its original).
pub const PASSAGE_MIN_WORDS: usize = 20;

/// A region longer than this many compared tokens on both sides between two
/// anchors is not word-diffed at once: runs of tokens found once on each side
/// split it ([`anchors`]), and the parts between them are. What is still this
/// long, or a region those runs do not split (unrelated text), is shown cut
/// and added, and the result is marked coarse.
pub const REGION_MAX_TOKENS: usize = 20_000;

/// Word diffs stop refining after this long; what is left is shown cut and
/// added, and the result is marked coarse.
pub const TIME_BUDGET: Duration = Duration::from_millis(600);

/// A word diff with no more than this many tokens on either side runs without
/// checking the clock (a few milliseconds at worst); the budget is checked
/// before it. On wasm each look at the clock is a call to the host, and a light
/// edit of a book has thousands of such diffs. (Both sides count: a short side
/// against a long one can still take seconds.)
const UNTIMED_TOKENS: usize = 1_000;

/// The deadline for a word diff of `a` against `b`: none when both are short (see [`UNTIMED_TOKENS`]).
fn deadline_for(a: &[u32], b: &[u32], deadline: Instant) -> Option<Instant> {
    (a.len().max(b.len()) > UNTIMED_TOKENS).then_some(deadline)
}

/// What the diff returns to [`super::compare`].
pub(crate) struct Diffed {
    pub blocks: Vec<Block>,
    pub moves: Vec<Move>,
    pub counts: Counts,
    pub shared: bool,
    pub coarse: bool,
    pub resemblance: Resemblance,
}

pub(crate) fn diff(source: &str, derivative: &str, options: &Options) -> Diffed {
    let deadline = Instant::now() + TIME_BUDGET;
    let mut interner = Interner::default();
    let src = Side::new(source, options, &mut interner);
    let der = Side::new(derivative, options, &mut interner);
    drop(interner);
    let resemblance = resemblance(&src, &der);
    let plan = align(&src, &der);

    let mut out = Builder::new(&src, &der, &plan, deadline);
    out.lead();
    let (n, m) = (src.compared.len(), der.compared.len());
    let unrelated = !plan.shared && src.words(0..n).min(der.words(0..m)) >= PASSAGE_MIN_WORDS;
    if unrelated {
        out.region(0..n, 0..m, false);
    } else {
        let unit_start =
            |side: &Side<'_>, u: usize| side.units.get(u).map_or(side.compared.len(), |u| u.start);
        let mut from = (0, 0);
        for anchor in &plan.anchors {
            let to = (
                unit_start(&src, anchor.source.start),
                unit_start(&der, anchor.derivative.start),
            );
            if joined_sentence(&src, from.0..to.0, &der, from.1..to.1) {
                // The gap goes with the anchor's region (see `joined_sentence`).
                continue;
            }
            out.region(from.0..to.0, from.1..to.1, true);
            from = to;
        }
        out.region(from.0..n, from.1..m, true);
    }
    let coarse = out.coarse;
    let (blocks, moves, counts) = out.finish();
    Diffed {
        blocks,
        moves,
        counts,
        shared: !unrelated,
        coarse,
        resemblance,
    }
}

/// Whether the gap before an anchor is one side's sentences in the anchor's own
/// paragraph, with nothing on the other side: most likely a sentence that was
/// joined to the anchor's (`Monday. He cited` → `Monday, and he cited`), or split
/// from it. Each sentence pairs with one other, so the anchor holds only one of the
/// two; cutting the region at the anchor's start would show the other as cut (or
/// added) whole, and its copied words again as new. The gap and the anchor are
/// then word-diffed as one region. A paragraph cut or added whole keeps its own.
fn joined_sentence(
    src: &Side<'_>,
    source: Range<usize>,
    der: &Side<'_>,
    derivative: Range<usize>,
) -> bool {
    let in_anchors_paragraph =
        |side: &Side<'_>, gap: &Range<usize>| match side.paragraph.get(gap.end) {
            Some(&anchor) => gap.end > gap.start && side.paragraph[gap.end - 1] == anchor,
            None => false,
        };
    match (source.is_empty(), derivative.is_empty()) {
        (false, true) => in_anchors_paragraph(src, &source),
        (true, false) => in_anchors_paragraph(der, &derivative),
        _ => false,
    }
}

/// A stretch of the diff: equal, or a change from `old` to `new` (positions
/// in the sequences diffed), either of which may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stretch {
    equal: bool,
    old: Range<usize>,
    new: Range<usize>,
}

impl Stretch {
    fn size(&self) -> usize {
        self.old.len().max(self.new.len())
    }
}

/// Diffs two id sequences into stretches, coincidences folded into changes.
/// Past `deadline` similar returns a coarser diff.
fn stretches(
    a: &[u32],
    b: &[u32],
    deadline: Instant,
    is_word: impl Fn(usize) -> bool,
) -> Vec<Stretch> {
    let ops =
        capture_diff_slices_deadline(Algorithm::Histogram, a, b, deadline_for(a, b, deadline));
    absorb_coincidences(merge_changes(&ops), is_word)
}

/// Turns diff ops into stretches, merging neighbouring changes into one.
fn merge_changes(ops: &[DiffOp]) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, old, new) = op.as_tag_tuple();
        let equal = tag == DiffTag::Equal;
        match out.last_mut() {
            Some(last) if !equal && !last.equal => {
                last.old.end = old.end;
                last.new.end = new.end;
            }
            _ => out.push(Stretch { equal, old, new }),
        }
    }
    out
}

/// Merges neighbouring stretches of one kind (equal with equal, change with
/// change) and drops empty ones.
fn joined(stretches: Vec<Stretch>) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::with_capacity(stretches.len());
    for st in stretches {
        if st.old.is_empty() && st.new.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.equal == st.equal => {
                last.old.end = st.old.end;
                last.new.end = st.new.end;
            }
            _ => out.push(st),
        }
    }
    out
}

/// The longest equal stretch that may be taken for a coincidence, in compared tokens.
const COINCIDENCE_MAX_TOKENS: usize = 4;

/// Folds coincidental matches into the changes around them (a "semantic
/// clean-up"): a short equal stretch between two changes is kept only when it
/// holds a word and is not dwarfed by both of them. Without this a rewritten
/// paragraph is stitched to an unrelated one by a shared `They` or a quote mark.
fn absorb_coincidences(stretches: Vec<Stretch>, is_word: impl Fn(usize) -> bool) -> Vec<Stretch> {
    // One pass, as a stack: each stretch is pushed, and the top three are folded
    // when they make a coincidence. (Splicing the list in place cost the square of
    // its length, and a long region split by unique runs has hundreds of thousands.)
    // A folded change is not looked at again as the end of an earlier triple.
    let mut out: Vec<Stretch> = Vec::with_capacity(stretches.len());
    for stretch in stretches {
        out.push(stretch);
        let n = out.len();
        if n < 3 {
            continue;
        }
        let (before, here, after) = (&out[n - 3], &out[n - 2], &out[n - 1]);
        let coincidence = here.equal
            && !before.equal
            && !after.equal
            && here.old.len() <= COINCIDENCE_MAX_TOKENS
            && (!here.old.clone().any(&is_word)
                || here.old.len() * 2 <= before.size().min(after.size()));
        if coincidence {
            let merged = Stretch {
                equal: false,
                old: before.old.start..after.old.end,
                new: before.new.start..after.new.end,
            };
            out.truncate(n - 3);
            out.push(merged);
        }
    }
    out
}

/// A piece of the view before it is merged into segments.
struct Piece {
    kind: SegmentKind,
    /// Byte ranges on each side.
    src: Range<usize>,
    der: Range<usize>,
    /// Compared-token ranges on each side (for paragraph numbers).
    src_tokens: Range<usize>,
    der_tokens: Range<usize>,
    move_id: Option<u32>,
    chars: Option<Vec<CharEdit>>,
    ends_paragraph: bool,
}

/// A moved passage still to be emitted at one of its ends.
struct Hole {
    tokens: Range<usize>,
    move_id: u32,
}

/// Collects pieces into segments and segments into blocks.
struct Builder<'s, 't> {
    src: &'s Side<'t>,
    der: &'s Side<'t>,
    /// Each move's compared-token ranges (source, derivative).
    move_tokens: Vec<(Range<usize>, Range<usize>)>,
    src_holes: VecDeque<Hole>,
    der_holes: VecDeque<Hole>,
    /// Which compared tokens belong to a moved passage, on each side.
    src_moved: Vec<bool>,
    der_moved: Vec<bool>,
    /// Where the next piece starts on each side, in compared tokens (moves'
    /// derivative ends do not advance the source side).
    src_at: usize,
    der_at: usize,
    blocks: Vec<Block>,
    block: Block,
    open: Option<Piece>,
    counts: Counts,
    deadline: Instant,
    /// Some stretch was shown cut and added without a word diff (too long, or out of time).
    coarse: bool,
}

impl<'s, 't> Builder<'s, 't> {
    fn new(src: &'s Side<'t>, der: &'s Side<'t>, plan: &Plan, deadline: Instant) -> Self {
        let unit_tokens = |side: &Side<'_>, r: &Range<usize>| {
            side.units[r.start].start..side.units[r.end - 1].end
        };
        let move_tokens: Vec<_> = plan
            .moves
            .iter()
            .map(|m| (unit_tokens(src, &m.source), unit_tokens(der, &m.derivative)))
            .collect();
        let mut src_holes: Vec<Hole> = move_tokens
            .iter()
            .enumerate()
            .map(|(id, (s, _))| Hole {
                tokens: s.clone(),
                move_id: id as u32,
            })
            .collect();
        super::order::sort_by(&mut src_holes, |a, b| a.tokens.start.cmp(&b.tokens.start));
        let der_holes = move_tokens
            .iter()
            .enumerate()
            .map(|(id, (_, d))| Hole {
                tokens: d.clone(),
                move_id: id as u32,
            })
            .collect();
        let mut src_moved = vec![false; src.compared.len()];
        let mut der_moved = vec![false; der.compared.len()];
        for (s, d) in &move_tokens {
            src_moved[s.clone()].fill(true);
            der_moved[d.clone()].fill(true);
        }
        Builder {
            src,
            der,
            src_moved,
            der_moved,
            move_tokens,
            src_holes: src_holes.into(),
            der_holes,
            src_at: 0,
            der_at: 0,
            blocks: Vec::new(),
            block: empty_block(),
            open: None,
            counts: Counts::default(),
            deadline,
            coarse: false,
        }
    }

    /// Leading whitespace of both texts, as one equal piece.
    fn lead(&mut self) {
        self.push(Piece {
            kind: SegmentKind::Equal,
            src: 0..self.src.start_of(0),
            der: 0..self.der.start_of(0),
            src_tokens: 0..0,
            der_tokens: 0..0,
            move_id: None,
            chars: None,
            ends_paragraph: false,
        });
    }

    /// Diffs the compared tokens `old` and `new` (moved passages left out and
    /// emitted where they stand). With `word_diff` off, everything is cut and added.
    fn region(&mut self, old: Range<usize>, new: Range<usize>, word_diff: bool) {
        // Most regions of a light edit are a sentence kept as it was: no diff needed.
        let holes = self.src_moved[old.clone()].contains(&true)
            || self.der_moved[new.clone()].contains(&true);
        if word_diff && !holes && self.src.ids[old.clone()] == self.der.ids[new.clone()] {
            self.equal_run(old, new);
            return;
        }
        let old_idx: Vec<usize> = old.clone().filter(|&k| !self.src_moved[k]).collect();
        let new_idx: Vec<usize> = new.clone().filter(|&k| !self.der_moved[k]).collect();
        // What a word diff would find at once: the tokens both ends share. Only the
        // middle is diffed (and only its length can make the region too long).
        let (head, tail) = if word_diff {
            let same = |p: usize, q: usize| self.src.ids[old_idx[p]] == self.der.ids[new_idx[q]];
            let shorter = old_idx.len().min(new_idx.len());
            let head = (0..shorter).take_while(|&p| same(p, p)).count();
            let tail = (0..shorter - head)
                .take_while(|&t| same(old_idx.len() - 1 - t, new_idx.len() - 1 - t))
                .count();
            (head, tail)
        } else {
            (0, 0)
        };
        let (mid_old, mid_new) = (head..old_idx.len() - tail, head..new_idx.len() - tail);
        // A middle empty on one side is a plain cut or addition: nothing to search.
        let trivial = mid_old.is_empty() || mid_new.is_empty();
        let late = Instant::now() > self.deadline;
        let word_diff = if word_diff && !trivial && late {
            self.coarse = true;
            false
        } else {
            word_diff
        };
        let middle = if word_diff {
            let a: Vec<u32> = old_idx[mid_old.clone()]
                .iter()
                .map(|&k| self.src.ids[k])
                .collect();
            let b: Vec<u32> = new_idx[mid_new.clone()]
                .iter()
                .map(|&k| self.der.ids[k])
                .collect();
            // Coincidences are folded in once the ends are back and changes slid.
            let (found, timed_out) = if a.len().min(b.len()) > REGION_MAX_TOKENS {
                self.long_middle(&a, &b)
            } else {
                let deadline = deadline_for(&a, &b, self.deadline);
                let ops = capture_diff_slices_deadline(Algorithm::Histogram, &a, &b, deadline);
                (
                    merge_changes(&ops),
                    deadline.is_some_and(|d| Instant::now() > d),
                )
            };
            if timed_out && !trivial {
                self.coarse = true;
            }
            found
                .into_iter()
                .map(|st| Stretch {
                    equal: st.equal,
                    old: st.old.start + head..st.old.end + head,
                    new: st.new.start + head..st.new.end + head,
                })
                .collect()
        } else {
            vec![Stretch {
                equal: false,
                old: mid_old.clone(),
                new: mid_new.clone(),
            }]
        };
        let ends = |range: (Range<usize>, Range<usize>)| {
            (!range.0.is_empty()).then_some(Stretch {
                equal: true,
                old: range.0,
                new: range.1,
            })
        };
        let found: Vec<Stretch> = ends((0..head, 0..head))
            .into_iter()
            .chain(middle)
            .chain(ends((
                mid_old.end..old_idx.len(),
                mid_new.end..new_idx.len(),
            )))
            .collect();
        let found = if word_diff {
            let slid = joined(self.slide_to_boundaries(joined(found), &old_idx, &new_idx));
            absorb_coincidences(slid, |p| self.src.is_word(old_idx[p]))
        } else {
            found
        };
        for st in found {
            let o: Vec<usize> = old_idx[st.old.clone()].to_vec();
            let n: Vec<usize> = new_idx[st.new.clone()].to_vec();
            if st.equal {
                self.equal_tokens(&o, &n);
            } else if word_diff && o.len().min(n.len()) <= REGION_MAX_TOKENS {
                self.change(&o, &n, None);
            } else {
                // Nothing shared: all cut, then all added; never one giant replacement.
                self.change(&o, &[], None);
                self.start_block_if(true);
                self.change(&[], &n, None);
            }
        }
        self.flush_src_holes(old.end);
        self.flush_der_holes(new.end);
    }

    /// The word diff of a middle too long to diff at once: split by unique
    /// runs ([`anchors::split`]), with each gap between them diffed on its
    /// own. A gap still too long, or the whole middle when the runs cover too
    /// little of it, is one change (shown cut and added, and flagged coarse).
    /// Also returns whether the time budget ran out on the way.
    fn long_middle(&mut self, a: &[u32], b: &[u32]) -> (Vec<Stretch>, bool) {
        let whole = |old: Range<usize>, new: Range<usize>| Stretch {
            equal: false,
            old,
            new,
        };
        let Some(runs) = anchors::split(a, b) else {
            self.coarse = true;
            return (vec![whole(0..a.len(), 0..b.len())], false);
        };
        let mut out: Vec<Stretch> = Vec::new();
        let mut timed_out = false;
        let mut at = (0, 0);
        let ends = runs.into_iter().map(Some).chain([None]);
        for (k, run) in ends.enumerate() {
            let (old, new) = match &run {
                Some((ra, rb)) => (at.0..ra.start, at.1..rb.start),
                None => (at.0..a.len(), at.1..b.len()),
            };
            // The clock is a call to the host on wasm: looked at every 64 gaps.
            if !timed_out && k % 64 == 63 && Instant::now() > self.deadline {
                timed_out = true;
            }
            if old.is_empty() || new.is_empty() || timed_out {
                out.push(whole(old, new));
            } else if old.len().min(new.len()) > REGION_MAX_TOKENS {
                self.coarse = true;
                out.push(whole(old, new));
            } else {
                let (x, y) = (&a[old.clone()], &b[new.clone()]);
                let deadline = deadline_for(x, y, self.deadline);
                let ops = capture_diff_slices_deadline(Algorithm::Histogram, x, y, deadline);
                timed_out |= deadline.is_some_and(|d| Instant::now() > d);
                out.extend(merge_changes(&ops).into_iter().map(|st| Stretch {
                    equal: st.equal,
                    old: st.old.start + old.start..st.old.end + old.start,
                    new: st.new.start + new.start..st.new.end + new.start,
                }));
            }
            if let Some((ra, rb)) = run {
                at = (ra.end, rb.end);
                out.push(Stretch {
                    equal: true,
                    old: ra,
                    new: rb,
                });
            }
        }
        (joined(out), timed_out)
    }

    /// Slides each plain cut or addition between two equal stretches to where it
    /// reads best. Where repeated tokens make several places equally right
    /// (`eBooks[. The end.]` or `eBooks.[ The end.]`), the diff may pick any;
    /// the reader expects the one that starts and ends at a sentence or clause
    /// boundary. `old_idx` and `new_idx` map stretch positions to compared tokens.
    fn slide_to_boundaries(
        &self,
        mut found: Vec<Stretch>,
        old_idx: &[usize],
        new_idx: &[usize],
    ) -> Vec<Stretch> {
        for i in 1..found.len().saturating_sub(1) {
            let (before, here, after) = (&found[i - 1], &found[i], &found[i + 1]);
            if here.equal || !before.equal || !after.equal {
                continue;
            }
            // The side that has tokens here, and its positions.
            let (side, idx, range, before_len, after_len) = if here.old.is_empty() {
                (
                    self.der,
                    new_idx,
                    here.new.clone(),
                    before.new.len(),
                    after.new.len(),
                )
            } else if here.new.is_empty() {
                (
                    self.src,
                    old_idx,
                    here.old.clone(),
                    before.old.len(),
                    after.old.len(),
                )
            } else {
                continue;
            };
            let id = |p: usize| side.ids[idx[p]];
            // A neighbour may be used up only where no other change lies beyond
            // it (two changes never meet).
            let free = |j: Option<usize>| j.and_then(|j| found.get(j)).is_none_or(|s| s.equal);
            let before_max = before_len - usize::from(!free(i.checked_sub(2)));
            let after_max = after_len - usize::from(!free(Some(i + 2)));
            let left = (1..=before_max.min(range.len()))
                .take_while(|&k| id(range.start - k) == id(range.end - k))
                .count();
            let right = (0..after_max.min(range.len()))
                .take_while(|&k| id(range.start + k) == id(range.end + k))
                .count();
            if left == 0 && right == 0 {
                continue;
            }
            // How well a cut between positions p - 1 and p reads.
            let boundary = |p: usize| -> u8 {
                // The token before position p (before the region, for p = 0).
                let Some(k) = p.checked_sub(1).map(|q| idx[q]).or(idx[0].checked_sub(1)) else {
                    return 4;
                };
                if side.breaks_after(k) {
                    return 4;
                }
                match side.token_text(k) {
                    "." | "!" | "?" | "…" => 3,
                    ";" | ":" => 2,
                    "," | ")" | "]" | "\u{201d}" | "\u{2019}" => 1,
                    _ => 0,
                }
            };
            let score = |shift: isize| {
                let start = range
                    .start
                    .checked_add_signed(shift)
                    .expect("within the stretch");
                boundary(start) + boundary(start + range.len())
            };
            // The best shift; the diff's own place wins a tie.
            let best = (-(left as isize)..=right as isize)
                .max_by_key(|&shift| (score(shift), shift == 0))
                .expect("shift 0 is in range");
            if best == 0 {
                continue;
            }
            let moved = |r: &Range<usize>| {
                r.start.checked_add_signed(best).expect("within")
                    ..r.end.checked_add_signed(best).expect("within")
            };
            found[i - 1].old.end = found[i - 1]
                .old
                .end
                .checked_add_signed(best)
                .expect("within");
            found[i - 1].new.end = found[i - 1]
                .new
                .end
                .checked_add_signed(best)
                .expect("within");
            found[i + 1].old.start = found[i + 1]
                .old
                .start
                .checked_add_signed(best)
                .expect("within");
            found[i + 1].new.start = found[i + 1]
                .new
                .start
                .checked_add_signed(best)
                .expect("within");
            found[i].old = moved(&found[i].old);
            found[i].new = moved(&found[i].new);
        }
        found.retain(|st| !st.old.is_empty() || !st.new.is_empty());
        found
    }

    /// Emits moved passages whose source end starts before compared token `k`.
    fn flush_src_holes(&mut self, k: usize) {
        while self.src_holes.front().is_some_and(|h| h.tokens.start < k) {
            let hole = self.src_holes.pop_front().expect("checked");
            let r = hole.tokens;
            self.start_block_if(r.start > 0 && self.src.breaks_after(r.start - 1));
            self.push(Piece {
                kind: SegmentKind::Moved,
                src: self.src.bytes(r.clone()),
                der: self.der.start_of(self.der_at)..self.der.start_of(self.der_at),
                src_tokens: r.clone(),
                der_tokens: self.der_at..self.der_at,
                move_id: Some(hole.move_id),
                chars: None,
                ends_paragraph: self.src.breaks_after(r.end - 1),
            });
        }
    }

    /// Emits moved passages whose derivative end starts before compared token
    /// `k`: the passage's word diff against where it came from.
    fn flush_der_holes(&mut self, k: usize) {
        while self.der_holes.front().is_some_and(|h| h.tokens.start < k) {
            let hole = self.der_holes.pop_front().expect("checked");
            let (old, new) = self.move_tokens[hole.move_id as usize].clone();
            let a: Vec<u32> = old.clone().map(|k| self.src.ids[k]).collect();
            let b: Vec<u32> = new.clone().map(|k| self.der.ids[k]).collect();
            self.start_block_if(new.start > 0 && self.der.breaks_after(new.start - 1));
            for st in stretches(&a, &b, self.deadline, |p| self.src.is_word(old.start + p)) {
                let o: Vec<usize> = st.old.clone().map(|p| old.start + p).collect();
                let n: Vec<usize> = st.new.clone().map(|p| new.start + p).collect();
                if st.equal {
                    for (s, d) in o.into_iter().zip(n) {
                        self.equal(s, d, Some(hole.move_id));
                    }
                } else {
                    self.change(&o, &n, Some(hole.move_id));
                }
            }
        }
    }

    fn equal(&mut self, s: usize, d: usize, move_id: Option<u32>) {
        self.flush_holes_before(Some(s), Some(d), move_id);
        let word = usize::from(self.der.is_word(d));
        if move_id.is_some() {
            self.counts.moved += word;
        } else {
            self.counts.unchanged += word;
        }
        self.push(Piece {
            kind: SegmentKind::Equal,
            src: self.src.bytes(s..s + 1),
            der: self.der.bytes(d..d + 1),
            src_tokens: s..s + 1,
            der_tokens: d..d + 1,
            move_id,
            chars: None,
            ends_paragraph: self.der.breaks_after(d),
        });
    }

    /// Equal source tokens `old` and derivative tokens `new` (ascending, in
    /// pairs, none moved, possibly with moved passages between them): each
    /// stretch contiguous on both sides goes through [`Self::equal_run`].
    fn equal_tokens(&mut self, old: &[usize], new: &[usize]) {
        let mut i = 0;
        while i < old.len() {
            let mut j = i + 1;
            while j < old.len() && old[j] == old[j - 1] + 1 && new[j] == new[j - 1] + 1 {
                j += 1;
            }
            self.equal_run(old[i]..old[i] + (j - i), new[i]..new[i] + (j - i));
            i = j;
        }
    }

    /// An equal run: compared tokens `old` and `new`, of one length, none of
    /// them moved, with no moved passage starting inside the run (a moved
    /// passage is whole sentences, left out of the stretches diffed). Gives what
    /// [`Self::equal`] token by token would, in pieces that end where the
    /// derivative ends a paragraph, and at the run's end.
    fn equal_run(&mut self, old: Range<usize>, new: Range<usize>) {
        debug_assert_eq!(old.len(), new.len());
        if old.is_empty() {
            return;
        }
        self.flush_holes_before(Some(old.start), Some(new.start), None);
        let clear = |holes: &VecDeque<Hole>, end: usize| {
            holes.front().is_none_or(|h| h.tokens.start >= end)
        };
        debug_assert!(
            clear(&self.src_holes, old.end) && clear(&self.der_holes, new.end),
            "a moved passage starts inside an equal run"
        );
        self.counts.unchanged += self.der.words(new.clone());
        let (mut s, mut d) = (old.start, new.start);
        for k in new.clone() {
            let ends_paragraph = self.der.breaks_after(k);
            if ends_paragraph || k + 1 == new.end {
                let (s_end, d_end) = (s + (k + 1 - d), k + 1);
                self.push(Piece {
                    kind: SegmentKind::Equal,
                    src: self.src.bytes(s..s_end),
                    der: self.der.bytes(d..d_end),
                    src_tokens: s..s_end,
                    der_tokens: d..d_end,
                    move_id: None,
                    chars: None,
                    ends_paragraph,
                });
                (s, d) = (s_end, d_end);
            }
        }
    }

    /// Before a piece that covers source token `s` / derivative token `d`,
    /// emits the moved passages that stand before it (not inside a move's own diff).
    fn flush_holes_before(&mut self, s: Option<usize>, d: Option<usize>, move_id: Option<u32>) {
        if move_id.is_some() {
            return;
        }
        if let Some(s) = s {
            self.flush_src_holes(s + 1);
        }
        if let Some(d) = d {
            self.flush_der_holes(d + 1);
        }
    }

    /// A change from source tokens `old` to derivative tokens `new` (ascending,
    /// possibly with moved passages between them).
    fn change(&mut self, old: &[usize], new: &[usize], move_id: Option<u32>) {
        let contiguous = |v: &[usize]| v.windows(2).all(|w| w[1] == w[0] + 1);
        let inner_break = |side: &Side<'_>, v: &[usize]| {
            v[..v.len().saturating_sub(1)]
                .iter()
                .any(|&k| side.breaks_after(k))
        };
        let whole = !old.is_empty()
            && !new.is_empty()
            && contiguous(old)
            && contiguous(new)
            && !inner_break(self.src, old)
            && !inner_break(self.der, new);
        if whole {
            self.flush_holes_before(Some(old[0]), Some(new[0]), move_id);
            self.replace(
                old[0]..old[old.len() - 1] + 1,
                new[0]..new[new.len() - 1] + 1,
                move_id,
            );
            return;
        }
        for &s in old {
            self.flush_holes_before(Some(s), None, move_id);
            self.delete(s..s + 1, move_id);
        }
        for &d in new {
            self.flush_holes_before(None, Some(d), move_id);
            self.insert(d..d + 1, move_id);
        }
    }

    fn delete(&mut self, r: Range<usize>, move_id: Option<u32>) {
        self.counts.deleted += self.src.words(r.clone());
        if move_id.is_none() {
            self.start_block_if(r.start > 0 && self.src.breaks_after(r.start - 1));
        }
        let here = self.der.start_of(self.der_at);
        self.push(Piece {
            kind: SegmentKind::Deleted,
            src: self.src.bytes(r.clone()),
            der: here..here,
            src_tokens: r.clone(),
            der_tokens: self.der_at..self.der_at,
            move_id,
            chars: None,
            ends_paragraph: move_id.is_none() && self.src.breaks_after(r.end - 1),
        });
    }

    fn insert(&mut self, r: Range<usize>, move_id: Option<u32>) {
        self.counts.inserted += self.der.words(r.clone());
        self.start_block_if(r.start > 0 && self.der.breaks_after(r.start - 1));
        let here = self.src.start_of(self.src_at);
        self.push(Piece {
            kind: SegmentKind::Inserted,
            src: here..here,
            der: self.der.bytes(r.clone()),
            src_tokens: self.src_at..self.src_at,
            der_tokens: r.clone(),
            move_id,
            chars: None,
            ends_paragraph: self.der.breaks_after(r.end - 1),
        });
    }

    /// A replacement: its words paired when it is short (a respelled name, an
    /// honorific added), otherwise one segment, old words then new.
    fn replace(&mut self, old: Range<usize>, new: Range<usize>, move_id: Option<u32>) {
        let tokens = |side: &Side<'t>, r: &Range<usize>| -> Vec<(&'t str, bool)> {
            r.clone()
                .map(|k| (side.token_text(k), side.is_word(k)))
                .collect()
        };
        let steps = pair_words(&tokens(self.src, &old), &tokens(self.der, &new));
        let steps = steps.unwrap_or_else(|| vec![Step::Replaced(0..old.len(), 0..new.len())]);
        for step in steps {
            let shift = |r: Range<usize>, by: usize| r.start + by..r.end + by;
            match step {
                Step::Cut(r) => self.delete(shift(r, old.start), move_id),
                Step::Added(r) => self.insert(shift(r, new.start), move_id),
                Step::Respelled(i, j, chars) => self.replaced(
                    old.start + i..old.start + i + 1,
                    new.start + j..new.start + j + 1,
                    Some(chars),
                    move_id,
                ),
                Step::Replaced(o, n) => {
                    self.replaced(shift(o, old.start), shift(n, new.start), None, move_id)
                }
            }
        }
    }

    fn replaced(
        &mut self,
        old: Range<usize>,
        new: Range<usize>,
        chars: Option<Vec<CharEdit>>,
        move_id: Option<u32>,
    ) {
        self.counts.deleted += self.src.words(old.clone());
        self.counts.inserted += self.der.words(new.clone());
        self.push(Piece {
            kind: SegmentKind::Replaced,
            src: self.src.bytes(old.clone()),
            der: self.der.bytes(new.clone()),
            src_tokens: old,
            der_tokens: new.clone(),
            move_id,
            chars,
            ends_paragraph: self.der.breaks_after(new.end - 1),
        });
    }

    /// Adds a piece; merges it into the open segment when both are plain and of one kind.
    fn push(&mut self, piece: Piece) {
        let arrived = piece.move_id.is_some() && piece.kind != SegmentKind::Moved;
        if !arrived {
            debug_assert_eq!(
                piece.src_tokens.start, self.src_at,
                "source pieces come in order"
            );
            self.src_at = piece.src_tokens.end;
        }
        debug_assert_eq!(
            piece.der_tokens.start, self.der_at,
            "derivative pieces come in order"
        );
        self.der_at = piece.der_tokens.end;

        if self.block.source_paragraph.is_none() && !arrived && !piece.src_tokens.is_empty() {
            self.block.source_paragraph = Some(self.src.paragraph[piece.src_tokens.start]);
        }
        if self.block.derivative_paragraph.is_none() && !piece.der_tokens.is_empty() {
            self.block.derivative_paragraph = Some(self.der.paragraph[piece.der_tokens.start]);
        }
        let ends_paragraph = piece.ends_paragraph;
        match &mut self.open {
            Some(open)
                if open.kind == piece.kind
                    && open.move_id == piece.move_id
                    && open.chars.is_none()
                    && piece.chars.is_none() =>
            {
                open.src.end = piece.src.end;
                open.der.end = piece.der.end;
            }
            _ => {
                self.close_segment();
                self.open = Some(piece);
            }
        }
        self.start_block_if(ends_paragraph);
    }

    /// Closes the open segment and the block, when `cond` holds and the block has anything.
    fn start_block_if(&mut self, cond: bool) {
        if cond {
            self.close_segment();
            if !self.block.segments.is_empty() {
                let block = std::mem::replace(&mut self.block, empty_block());
                self.blocks.push(block);
            }
        }
    }

    fn close_segment(&mut self) {
        let Some(piece) = self.open.take() else {
            return;
        };
        if piece.src.is_empty() && piece.der.is_empty() {
            return;
        }
        let arrived_equal = piece.move_id.is_some() && piece.kind == SegmentKind::Equal;
        if piece.kind.is_change() && piece.kind != SegmentKind::Moved && !arrived_equal {
            self.counts.changes += 1;
        }
        self.block.segments.push(Segment {
            kind: piece.kind,
            source: self.src.text[piece.src].to_owned(),
            derivative: self.der.text[piece.der].to_owned(),
            move_id: piece.move_id,
            chars: piece.chars,
            edit: None,
        });
    }

    fn finish(mut self) -> (Vec<Block>, Vec<Move>, Counts) {
        self.flush_src_holes(usize::MAX);
        self.flush_der_holes(usize::MAX);
        self.start_block_if(true);
        let moves = self
            .move_tokens
            .iter()
            .enumerate()
            .map(|(id, (s, d))| Move {
                id: id as u32,
                source_paragraph: self.src.paragraph[s.start],
                derivative_paragraph: self.der.paragraph[d.start],
                words: self.src.words(s.clone()),
            })
            .collect::<Vec<_>>();
        let mut counts = self.counts;
        counts.moves = moves.len();
        counts.source_words = counts.unchanged + counts.moved + counts.deleted;
        counts.derivative_words = counts.unchanged + counts.moved + counts.inserted;
        counts.copied_share = if counts.derivative_words == 0 {
            0.0
        } else {
            (counts.unchanged + counts.moved) as f64 / counts.derivative_words as f64
        };
        (self.blocks, moves, counts)
    }
}

fn empty_block() -> Block {
    Block {
        source_paragraph: None,
        derivative_paragraph: None,
        segments: Vec::new(),
    }
}
