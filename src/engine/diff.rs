//! Word diff: interns tokens, diffs them with `similar`, and builds the blocks.
//!
//! Only words and punctuation are compared when whitespace is ignored (the
//! default); each compared token then carries the whitespace that follows it,
//! so whitespace travels with the words but never counts as a change. Blocks
//! end where the view's text ends a paragraph: the derivative's paragraph
//! breaks, or the source's inside a deleted run.

use std::collections::HashMap;
use std::ops::Range;

use similar::{capture_diff_slices, Algorithm, DiffOp, DiffTag};

use super::comparison::{Block, Counts, Segment, SegmentKind};
use super::token::{tokenize, Token, TokenKind};
use super::Options;

/// One text, tokenised, with the tokens the diff compares.
struct Side<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// Indices into `tokens` of the compared tokens.
    compared: Vec<usize>,
}

impl<'t> Side<'t> {
    fn new(text: &'t str, options: &Options) -> Self {
        let tokens = tokenize(text);
        let compared = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| !(options.ignore_whitespace && t.kind.is_whitespace()))
            .map(|(i, _)| i)
            .collect();
        Side {
            text,
            tokens,
            compared,
        }
    }

    /// Bytes before the first compared token (leading whitespace).
    fn lead(&self) -> Range<usize> {
        0..self.start_of(0)
    }

    /// Start of compared token `k`, or the end of the text past the last one.
    fn start_of(&self, k: usize) -> usize {
        self.compared
            .get(k)
            .map_or(self.text.len(), |&i| self.tokens[i].start)
    }

    /// Compared token `k` with the whitespace that follows it.
    fn extent(&self, k: usize) -> Range<usize> {
        self.start_of(k)..self.start_of(k + 1)
    }

    /// Whether a paragraph ends right after compared token `k`.
    fn breaks_after(&self, k: usize) -> bool {
        let token = self.compared[k];
        let next = self.compared.get(k + 1).copied().unwrap_or(self.tokens.len());
        self.tokens[token..next]
            .iter()
            .any(|t| t.kind == TokenKind::Break)
    }

    fn is_word(&self, k: usize) -> bool {
        self.tokens[self.compared[k]].kind == TokenKind::Word
    }

    fn words(&self, range: Range<usize>) -> usize {
        range.filter(|&k| self.is_word(k)).count()
    }

    fn compared_text(&self, k: usize) -> &'t str {
        self.tokens[self.compared[k]].text(self.text)
    }
}

/// Gives each distinct compared token one integer id, so the diff compares
/// integers rather than strings.
fn intern<'t>(source: &Side<'t>, derivative: &Side<'t>) -> (Vec<u32>, Vec<u32>) {
    let mut ids: HashMap<&'t str, u32> = HashMap::new();
    let mut ids_of = |side: &Side<'t>| -> Vec<u32> {
        (0..side.compared.len())
            .map(|k| {
                let next = ids.len() as u32;
                *ids.entry(side.compared_text(k)).or_insert(next)
            })
            .collect()
    };
    let a = ids_of(source);
    let b = ids_of(derivative);
    (a, b)
}

/// Compares the two texts word by word; returns the blocks and the counts
/// (`copied_share` and `changes` included).
pub(crate) fn diff(source: &str, derivative: &str, options: &Options) -> (Vec<Block>, Counts) {
    let src = Side::new(source, options);
    let der = Side::new(derivative, options);
    let (a, b) = intern(&src, &der);
    let ops = capture_diff_slices(Algorithm::Histogram, &a, &b);
    let stretches = absorb_coincidences(stretches(&ops), &src);

    let mut out = Builder::new(&src, &der);
    out.push(SegmentKind::Equal, src.lead(), der.lead(), false);
    for Stretch { equal, old, new } in stretches {
        if equal {
            out.equal(old, new);
        } else if new.is_empty() {
            out.delete(old);
        } else if old.is_empty() {
            out.insert(new);
        } else {
            out.replace(old, new);
        }
    }
    out.finish()
}

/// A stretch of the diff: equal, or a change from `old` (compared source
/// tokens) to `new` (compared derivative tokens), either of which may be empty.
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

/// Turns diff ops into stretches, merging neighbouring changes into one.
fn stretches(ops: &[DiffOp]) -> Vec<Stretch> {
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

/// The longest equal stretch that may be taken for a coincidence, in compared tokens.
const COINCIDENCE_MAX_TOKENS: usize = 4;

/// Folds coincidental matches into the changes around them (a "semantic
/// clean-up"): a short equal stretch between two changes is kept only when it
/// holds a word and is not dwarfed by both of them. Without this a rewritten
/// paragraph is stitched to an unrelated one by a shared `They` or a quote mark.
fn absorb_coincidences(mut stretches: Vec<Stretch>, src: &Side<'_>) -> Vec<Stretch> {
    let mut i = 1;
    while i + 1 < stretches.len() {
        let (before, here, after) = (&stretches[i - 1], &stretches[i], &stretches[i + 1]);
        let coincidence = here.equal
            && here.old.len() <= COINCIDENCE_MAX_TOKENS
            && (src.words(here.old.clone()) == 0
                || here.old.len() * 2 <= before.size().min(after.size()));
        if coincidence {
            let merged = Stretch {
                equal: false,
                old: before.old.start..after.old.end,
                new: before.new.start..after.new.end,
            };
            stretches.splice(i - 1..=i + 1, [merged]);
            i = i.saturating_sub(1).max(1);
        } else {
            i += 1;
        }
    }
    stretches
}

/// Collects pieces into segments and segments into blocks.
struct Builder<'s, 't> {
    src: &'s Side<'t>,
    der: &'s Side<'t>,
    blocks: Vec<Block>,
    block: Vec<Segment>,
    /// The open segment: its kind and the byte ranges it covers so far.
    open: Option<(SegmentKind, Range<usize>, Range<usize>)>,
    /// Where the next piece starts on each side.
    src_at: usize,
    der_at: usize,
    counts: Counts,
}

impl<'s, 't> Builder<'s, 't> {
    fn new(src: &'s Side<'t>, der: &'s Side<'t>) -> Self {
        Builder {
            src,
            der,
            blocks: Vec::new(),
            block: Vec::new(),
            open: None,
            src_at: 0,
            der_at: 0,
            counts: Counts::default(),
        }
    }

    fn equal(&mut self, old: Range<usize>, new: Range<usize>) {
        for (s, d) in old.zip(new) {
            self.counts.unchanged += usize::from(self.der.is_word(d));
            self.push(SegmentKind::Equal, self.src.extent(s), self.der.extent(d), self.der.breaks_after(d));
        }
    }

    fn delete(&mut self, range: Range<usize>) {
        self.counts.deleted += self.src.words(range.clone());
        self.start_block_if(range.start > 0 && self.src.breaks_after(range.start - 1));
        for k in range {
            let here = self.der_at..self.der_at;
            self.push(SegmentKind::Deleted, self.src.extent(k), here, self.src.breaks_after(k));
        }
    }

    fn insert(&mut self, range: Range<usize>) {
        self.counts.inserted += self.der.words(range.clone());
        self.start_block_if(range.start > 0 && self.der.breaks_after(range.start - 1));
        for k in range {
            let here = self.src_at..self.src_at;
            self.push(SegmentKind::Inserted, here, self.der.extent(k), self.der.breaks_after(k));
        }
    }

    /// A replacement stays one segment unless a paragraph ends inside it on
    /// either side; then it is shown as a cut followed by an addition.
    fn replace(&mut self, old: Range<usize>, new: Range<usize>) {
        let inner_break = |side: &Side<'_>, r: &Range<usize>| (r.start..r.end - 1).any(|k| side.breaks_after(k));
        if inner_break(self.src, &old) || inner_break(self.der, &new) {
            self.delete(old);
            self.insert(new);
            return;
        }
        self.counts.deleted += self.src.words(old.clone());
        self.counts.inserted += self.der.words(new.clone());
        let src_range = self.src.start_of(old.start)..self.src.start_of(old.end);
        let der_range = self.der.start_of(new.start)..self.der.start_of(new.end);
        let ends_paragraph = self.der.breaks_after(new.end - 1);
        self.push(SegmentKind::Replaced, src_range, der_range, ends_paragraph);
    }

    /// Adds a piece; merges it into the open segment when the kinds match.
    fn push(&mut self, kind: SegmentKind, src: Range<usize>, der: Range<usize>, ends_paragraph: bool) {
        debug_assert_eq!((src.start, der.start), (self.src_at, self.der_at));
        self.src_at = src.end;
        self.der_at = der.end;
        match &mut self.open {
            Some((open_kind, s, d)) if *open_kind == kind => {
                s.end = src.end;
                d.end = der.end;
            }
            _ => {
                self.close_segment();
                self.open = Some((kind, src, der));
            }
        }
        self.start_block_if(ends_paragraph);
    }

    /// Closes the open segment and the block, when `cond` holds and the block has anything.
    fn start_block_if(&mut self, cond: bool) {
        if cond {
            self.close_segment();
            if !self.block.is_empty() {
                self.blocks.push(Block {
                    segments: std::mem::take(&mut self.block),
                });
            }
        }
    }

    fn close_segment(&mut self) {
        if let Some((kind, s, d)) = self.open.take() {
            if s.is_empty() && d.is_empty() {
                return;
            }
            self.counts.changes += usize::from(kind.is_change());
            self.block.push(Segment {
                kind,
                source: self.src.text[s].to_owned(),
                derivative: self.der.text[d].to_owned(),
            });
        }
    }

    fn finish(mut self) -> (Vec<Block>, Counts) {
        self.close_segment();
        if !self.block.is_empty() {
            self.blocks.push(Block { segments: self.block });
        }
        let mut counts = self.counts;
        counts.source_words = counts.unchanged + counts.deleted;
        counts.derivative_words = counts.unchanged + counts.inserted;
        counts.copied_share = if counts.derivative_words == 0 {
            0.0
        } else {
            counts.unchanged as f64 / counts.derivative_words as f64
        };
        (self.blocks, counts)
    }
}
