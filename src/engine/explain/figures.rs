//! Reuse figures both ways: verbatim, rewritten, new and cut shares, the longest verbatim run, paragraphs reused.
//!
//! Word shares use the comparison's own [`Counts`]: verbatim words are the
//! kept ones (in place or moved); the changed words are split into
//! *rewritten* (in a sentence that keeps some source words) and *new* or
//! *cut* (whole sentences), so the three shares of each side add up to 1.

use serde::{Deserialize, Serialize};

use super::Sides;
use crate::engine::comparison::{Block, Counts, Segment, SegmentKind};
use crate::engine::token::line_breaks;
use crate::engine::unicode::Alphanumeric;

/// The reuse figures of a comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    /// Share of the derivative's words copied verbatim from the source (in place or moved), 0 to 1.
    pub derivative_verbatim: f64,
    /// Share of the derivative's words in sentences rewritten from the source.
    pub derivative_rewritten: f64,
    /// Share of the derivative's words in sentences the source does not have.
    pub derivative_new: f64,
    /// Share of the source's words the derivative keeps verbatim.
    pub source_verbatim: f64,
    /// Share of the source's words changed or dropped in sentences the derivative keeps in part.
    pub source_rewritten: f64,
    /// Share of the source's words in sentences the derivative left out.
    pub source_cut: f64,
    /// The longest stretch copied word for word.
    pub longest_run: Run,
    /// Paragraphs of the source, and how many of them the derivative reuses
    /// (keeps at least a fifth of their words, in place or moved).
    pub source_paragraphs: usize,
    pub source_paragraphs_reused: usize,
    /// Paragraphs of the derivative, and how many are new (less than a fifth of their words kept).
    pub derivative_paragraphs: usize,
    pub derivative_paragraphs_new: usize,
}

/// A stretch of kept words in a row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// Its length in words.
    pub words: usize,
    /// Its first words (up to twelve), for showing it.
    pub opening: String,
}

/// Runs of letters or digits in a text: a cheap word count for the shares and
/// thresholds here, which only compare such counts with each other. The longest
/// run's length, shown as a number of words, is counted as the comparison counts
/// words ([`crate::engine::token::word_count`]).
fn letter_runs(text: &str) -> usize {
    if text.is_ascii() {
        // Most text: byte by byte, without decoding characters.
        let mut n = 0;
        let mut in_word = false;
        for &b in text.as_bytes() {
            let w = b.is_ascii_alphanumeric();
            n += usize::from(w && !in_word);
            in_word = w;
        }
        return n;
    }
    let mut n = 0;
    let mut in_word = false;
    let mut alphanumeric = Alphanumeric::default();
    for c in text.chars() {
        let w = alphanumeric.test(c);
        n += usize::from(w && !in_word);
        in_word = w;
    }
    n
}

/// Computes the figures from the labelled blocks and the counts.
/// `sides` holds each block's two texts when it has a change.
pub(crate) fn figures(blocks: &[Block], sides: &[Option<Sides>], counts: &Counts) -> Figures {
    let share = |n: usize, of: usize| if of == 0 { 0.0 } else { n as f64 / of as f64 };
    // Changed words split into those in partly kept sentences and those in whole ones.
    let (mut der_whole, mut der_changed, mut src_whole, mut src_changed) = (0, 0, 0, 0);
    let mut paragraphs = Paragraphs::default();
    let segments = || blocks.iter().flat_map(|b| &b.segments);
    let blank_lines = (
        has_blank_line(
            segments()
                .filter(|s| !s.arrived())
                .map(|s| s.source.as_str()),
        ),
        has_blank_line(segments().map(|s| s.derivative.as_str())),
    );
    // Runs of kept text are measured in bytes first; only the longest few are
    // counted in words (counting every kept word of a book costs more than the rest).
    let mut run: Option<((usize, usize), usize)> = None;
    let mut runs: Vec<((usize, usize), usize)> = Vec::new();
    for (b, (block, sides)) in blocks.iter().zip(sides).enumerate() {
        paragraphs.block(block, blank_lines, sides.is_some());
        for (i, s) in block.segments.iter().enumerate() {
            if s.kind == SegmentKind::Equal {
                let r = run.get_or_insert(((b, i), 0));
                r.1 += s.derivative.len();
                continue;
            }
            if s.kind == SegmentKind::Moved {
                continue;
            }
            runs.extend(run.take());
            let (src, der) = sides
                .as_ref()
                .expect("a block with a change has sides")
                .spans[i]
                .clone();
            let sides = sides.as_ref().expect("sides");
            let (w, c) = split_whole(&sides.derivative, der);
            der_whole += w;
            der_changed += c;
            if !s.arrived() {
                let (w, c) = split_whole(&sides.source, src);
                src_whole += w;
                src_changed += c;
            } else {
                src_changed += letter_runs(&s.source);
            }
        }
    }
    runs.extend(run.take());
    runs.sort_unstable_by_key(|r| std::cmp::Reverse(r.1));
    let longest_run = runs
        .iter()
        .take(RUN_CANDIDATES)
        .map(|&(start, _)| run_from(blocks, start))
        .max_by_key(|r| r.words)
        .unwrap_or_default();
    // Scale the whole-sentence shares onto the counts, so each side adds up to its words.
    let scaled = |whole: usize, changed: usize, total: usize| {
        if changed == 0 {
            0
        } else {
            (total as f64 * whole as f64 / changed as f64).round() as usize
        }
    };
    let der_new = scaled(der_whole, der_changed, counts.inserted).min(counts.inserted);
    let src_cut = scaled(src_whole, src_changed, counts.deleted).min(counts.deleted);
    let kept = counts.unchanged + counts.moved;
    Figures {
        derivative_verbatim: share(kept, counts.derivative_words),
        derivative_rewritten: share(counts.inserted - der_new, counts.derivative_words),
        derivative_new: share(der_new, counts.derivative_words),
        source_verbatim: share(kept, counts.source_words),
        source_rewritten: share(counts.deleted - src_cut, counts.source_words),
        source_cut: share(src_cut, counts.source_words),
        longest_run,
        source_paragraphs: paragraphs.source.len(),
        source_paragraphs_reused: paragraphs.source.iter().filter(|p| p.reused()).count(),
        derivative_paragraphs: paragraphs.derivative.len(),
        derivative_paragraphs_new: paragraphs.derivative.iter().filter(|p| !p.reused()).count(),
    }
}

/// The words of the change at `span` of a side's paragraph text that stand in
/// whole sentences of their own, and all its words.
fn split_whole(text: &str, span: std::ops::Range<usize>) -> (usize, usize) {
    whole_sentence_words(&text[..span.start], &text[span.clone()], &text[span.end..])
}

/// The words of `change` that stand in whole sentences of their own, and all
/// its words, given the text of its paragraph before and after it. The figures
/// count those words as new or cut, and the kinds call a change whose words
/// stand mostly in whole sentences a sentence added or cut.
pub(super) fn whole_sentence_words(before: &str, change: &str, after: &str) -> (usize, usize) {
    let opens_sentence = super::kinds::sentence_ends(before);
    let closes_sentence = super::kinds::sentence_ends(change) || after.trim().is_empty();
    if opens_sentence && closes_sentence {
        // Whole sentences (a paragraph cut or added): all of it.
        let total = letter_runs(change);
        return (total, total);
    }
    // Sentence pieces of the change, counted in one pass; the first joins kept
    // text before it unless it opens a sentence, the last joins text after it
    // unless it closes one.
    let counts: Vec<usize> = change
        .split_inclusive(['.', '!', '?'])
        .map(letter_runs)
        .filter(|&n| n > 0)
        .collect();
    let total: usize = counts.iter().sum();
    let Some(last) = counts.len().checked_sub(1) else {
        return (0, 0);
    };
    let whole = counts
        .iter()
        .enumerate()
        .filter(|&(k, _)| (k > 0 || opens_sentence) && (k < last || closes_sentence))
        .map(|(_, n)| n)
        .sum();
    (whole, total)
}

/// Runs of kept text counted in words, the longest in bytes first.
const RUN_CANDIDATES: usize = 4;

/// The run of kept text starting at segment `start` (block, segment): its words
/// and its first twelve. A move's source end within it does not break it (it is
/// not in the derivative); any change does.
fn run_from(blocks: &[Block], start: (usize, usize)) -> Run {
    let mut run = Run::default();
    let mut shown = 0;
    let segments = blocks[start.0..]
        .iter()
        .enumerate()
        .flat_map(|(k, b)| b.segments[if k == 0 { start.1 } else { 0 }..].iter());
    for s in segments {
        match s.kind {
            SegmentKind::Equal => {}
            SegmentKind::Moved => continue,
            _ => break,
        }
        run.words += crate::engine::token::word_count(&s.derivative);
        for w in s.derivative.split_whitespace() {
            if shown == 12 {
                if !run.opening.ends_with('…') {
                    run.opening.push('…');
                }
                break;
            }
            if !run.opening.is_empty() {
                run.opening.push(' ');
            }
            run.opening.push_str(w);
            shown += usize::from(letter_runs(w) > 0);
        }
    }
    run
}

/// Words kept and words in all, per paragraph of each side.
#[derive(Default)]
struct Paragraphs {
    source: Vec<Kept>,
    derivative: Vec<Kept>,
}

/// A paragraph's kept words and all its words.
#[derive(Default, Clone, Copy)]
struct Kept {
    kept: usize,
    all: usize,
}

impl Kept {
    /// Whether at least a fifth of its words are kept.
    fn reused(self) -> bool {
        self.all > 0 && 5 * self.kept >= self.all
    }
}

impl Paragraphs {
    /// Counts one block's words into the paragraphs they stand in: a block starts in
    /// its paragraph, and every paragraph break inside it moves on to the next.
    /// A block without changes is all kept: its paragraphs are marked, not counted.
    fn block(&mut self, block: &Block, blank_lines: (bool, bool), changed: bool) {
        if let Some(start) = block.source_paragraph {
            let segments = block.segments.iter().filter(|s| !s.arrived());
            let kept = |s: &Segment| matches!(s.kind, SegmentKind::Equal | SegmentKind::Moved);
            count_into(
                &mut self.source,
                start,
                segments.map(|s| (s.source.as_str(), kept(s))),
                blank_lines.0,
                changed,
            );
        }
        if let Some(start) = block.derivative_paragraph {
            let segments = block
                .segments
                .iter()
                .map(|s| (s.derivative.as_str(), s.kind == SegmentKind::Equal));
            count_into(
                &mut self.derivative,
                start,
                segments,
                blank_lines.1,
                changed,
            );
        }
    }
}

/// Adds the words of `(text, kept)` pieces to paragraphs from `start` on; with
/// `exact` false (all kept), a piece with any text counts as one word.
fn count_into<'a>(
    list: &mut Vec<Kept>,
    start: usize,
    pieces: impl Iterator<Item = (&'a str, bool)>,
    blank_lines: bool,
    exact: bool,
) {
    let mut p = start;
    for (text, kept) in pieces {
        let mut rest = text;
        loop {
            let (head, tail) = match next_break(rest, blank_lines) {
                Some((at, after)) => (&rest[..at], Some(&rest[after..])),
                None => (rest, None),
            };
            let n = if exact {
                letter_runs(head)
            } else {
                usize::from(head.bytes().any(|b| !b.is_ascii_whitespace()))
            };
            if n > 0 {
                let entry = at(list, p);
                entry.all += n;
                if kept {
                    entry.kept += n;
                }
            }
            match tail {
                Some(tail) => {
                    p += 1;
                    rest = tail;
                }
                None => break,
            }
        }
    }
}

/// The next paragraph break in `text`: a whitespace run holding a blank line (when
/// the text has blank lines) or a line break (when it has none), as the tokeniser
/// tells paragraphs apart. Returns where the run starts and ends.
fn next_break(text: &str, blank_lines: bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'\n' || b == b'\r') {
        let at = i + offset;
        let start = at
            - bytes[..at]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        let end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        if !blank_lines || line_breaks(&text[start..end]) >= 2 {
            return Some((start, end));
        }
        i = end;
    }
    None
}

/// Whether a side's text has a blank line anywhere (then only blank lines end paragraphs).
fn has_blank_line<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    texts.into_iter().any(|t| next_break(t, true).is_some())
}

fn at(list: &mut Vec<Kept>, p: usize) -> &mut Kept {
    if list.len() <= p {
        list.resize(p + 1, Kept::default());
    }
    &mut list[p]
}
