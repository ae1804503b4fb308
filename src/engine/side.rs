//! One text prepared for comparison: tokens, interned keys, sentences and paragraphs.
//!
//! Both sides share one interner, so equal keys get equal integer ids and the
//! later stages compare integers. A *unit* is a sentence: the unit of
//! alignment and of moves.

use std::borrow::Cow;
use std::ops::Range;

use super::key::key;
use super::token::{tokenize, Token, TokenKind};
use super::Options;

/// A sentence, as a range of compared-token indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub start: usize,
    pub end: usize,
    /// The paragraph it stands in (0-based).
    pub paragraph: usize,
    /// How many words it holds.
    pub words: usize,
}

impl Unit {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One text, tokenised, keyed and split into units.
pub(crate) struct Side<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Indices into `tokens` of the compared tokens (words and punctuation,
    /// plus whitespace when it is not ignored, minus punctuation when it is).
    pub compared: Vec<usize>,
    /// Interned key of each compared token.
    pub ids: Vec<u32>,
    /// Paragraph of each compared token.
    pub paragraph: Vec<usize>,
    /// Sentences, in order; they cover `compared` exactly.
    pub units: Vec<Unit>,
}

/// Gives equal keys equal ids across both sides.
///
/// An open-addressing hash table specialised for short keys: one pass over
/// the key to hash it, and a full comparison only when the hashes agree.
/// (Interning runs once per word of both texts, so it is among the hottest
/// loops of a comparison.)
#[derive(Default)]
pub(crate) struct Interner<'t> {
    /// Id + 1 of the key filed at each slot, or 0 for an empty slot.
    slots: Vec<u32>,
    /// Each id's key and its hash.
    keys: Vec<(Cow<'t, str>, u32)>,
}

impl<'t> Interner<'t> {
    #[inline]
    fn id(&mut self, key: Cow<'t, str>) -> u32 {
        if 2 * self.keys.len() >= self.slots.len() {
            self.grow();
        }
        let hash = hash(key.as_bytes());
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            match self.slots[at] {
                0 => {
                    let id = self.keys.len() as u32;
                    self.keys.push((key, hash));
                    self.slots[at] = id + 1;
                    return id;
                }
                filed => {
                    let (other, other_hash) = &self.keys[filed as usize - 1];
                    if *other_hash == hash && same_bytes(other.as_bytes(), key.as_bytes()) {
                        return filed - 1;
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        let mask = size - 1;
        self.slots = vec![0; size];
        for (id, (_, hash)) in self.keys.iter().enumerate() {
            let mut at = *hash as usize & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = id as u32 + 1;
        }
    }
}

/// A multiply-rotate hash over 8-byte words (in the manner of FxHash), high
/// bits kept. The last word is read as two overlapping 4-byte loads (or
/// three single bytes), never copied: a short copy is a call in wasm.
#[inline]
fn hash(bytes: &[u8]) -> u32 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = mix(h, u64::from_le_bytes(w.try_into().unwrap()));
    }
    let rest = words.remainder();
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes(rest[..4].try_into().unwrap());
        let hi = u32::from_le_bytes(rest[n - 4..].try_into().unwrap());
        h = mix(h, u64::from(lo) | u64::from(hi) << 32);
    } else if n > 0 {
        let w = u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16;
        h = mix(h, w);
    }
    (h >> 32) as u32
}

/// Byte equality without a call to `memcmp` (keys are mostly a few bytes long).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl<'t> Side<'t> {
    pub fn new(text: &'t str, options: &Options, interner: &mut Interner<'t>) -> Self {
        let tokens = tokenize(text);
        let mut sentences = Sentences::default();
        let mut compared = Vec::with_capacity(tokens.len() * 3 / 5 + 1);
        let mut ids = Vec::with_capacity(tokens.len() * 3 / 5 + 1);
        let mut paragraph = Vec::with_capacity(tokens.len() * 3 / 5 + 1);
        let mut units: Vec<Unit> = Vec::new();
        let mut last_sentence = usize::MAX;
        // One pass: sentence and paragraph numbers are followed for every token,
        // kept only for the tokens that are compared.
        for (i, token) in tokens.iter().enumerate() {
            let (s, p) = sentences.step(text, token);
            let is_compared = match token.kind {
                TokenKind::Word => true,
                TokenKind::Punct => !options.ignore_punctuation,
                TokenKind::Space | TokenKind::Break => !options.ignore_whitespace,
            };
            if !is_compared {
                continue;
            }
            let k = compared.len();
            compared.push(i);
            ids.push(interner.id(key(token.text(text), options)));
            paragraph.push(p);
            let word = usize::from(token.kind == TokenKind::Word);
            match units.last_mut() {
                Some(unit) if s == last_sentence => {
                    unit.end = k + 1;
                    unit.words += word;
                }
                _ => {
                    units.push(Unit {
                        start: k,
                        end: k + 1,
                        paragraph: p,
                        words: word,
                    });
                    last_sentence = s;
                }
            }
        }
        Side {
            text,
            tokens,
            compared,
            ids,
            paragraph,
            units,
        }
    }

    /// Start of compared token `k`, or the end of the text past the last one.
    pub fn start_of(&self, k: usize) -> usize {
        self.compared
            .get(k)
            .map_or(self.text.len(), |&i| self.tokens[i].start)
    }

    /// Compared tokens `range` with the whitespace that follows them, as bytes.
    pub fn bytes(&self, range: Range<usize>) -> Range<usize> {
        self.start_of(range.start)..self.start_of(range.end)
    }

    /// Whether a paragraph ends right after compared token `k`.
    pub fn breaks_after(&self, k: usize) -> bool {
        let next = self
            .compared
            .get(k + 1)
            .copied()
            .unwrap_or(self.tokens.len());
        self.tokens[self.compared[k]..next]
            .iter()
            .any(|t| t.kind == TokenKind::Break)
    }

    pub fn is_word(&self, k: usize) -> bool {
        self.tokens[self.compared[k]].kind == TokenKind::Word
    }

    pub fn words(&self, range: Range<usize>) -> usize {
        range.filter(|&k| self.is_word(k)).count()
    }

    /// The text of compared token `k` (without the whitespace after it).
    pub fn token_text(&self, k: usize) -> &'t str {
        self.tokens[self.compared[k]].text(self.text)
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Col", "Capt",
    "Lt", "Sgt", "No", "vs", "etc", "e.g", "i.e", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
];

/// Follows sentences and paragraphs token by token.
///
/// A sentence ends at a paragraph break, or at `.`, `!`, `?` or `…` (after any
/// closing quotes or brackets) when whitespace and then a capital, a digit or
/// an opening quote follow; a full stop after a known abbreviation or a single
/// letter does not end one. `。`, `！` and `？` end a sentence with or without
/// a following space.
#[derive(Default)]
struct Sentences<'t> {
    sentence: usize,
    paragraph: usize,
    /// Just saw a sentence terminal (possibly followed by closers)...
    terminal: bool,
    /// ...and then whitespace.
    spaced: bool,
    prev_word: Option<&'t str>,
}

impl<'t> Sentences<'t> {
    /// The numbers of the sentence and the paragraph `token` belongs to.
    fn step(&mut self, text: &'t str, token: &Token) -> (usize, usize) {
        let t = token.text(text);
        let here = match token.kind {
            TokenKind::Break => {
                let here = (self.sentence, self.paragraph);
                self.sentence += 1;
                self.paragraph += 1;
                self.terminal = false;
                self.spaced = false;
                return here;
            }
            TokenKind::Space => {
                self.spaced = self.terminal;
                (self.sentence, self.paragraph)
            }
            TokenKind::Word | TokenKind::Punct => {
                let starts = self.terminal && self.spaced && {
                    let first = t.chars().next().unwrap_or(' ');
                    let opener = matches!(
                        first,
                        '"' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}' | '\''
                    );
                    first.is_uppercase()
                        || first.is_numeric()
                        || (token.kind == TokenKind::Punct && opener)
                };
                if starts {
                    self.sentence += 1;
                }
                let here = (self.sentence, self.paragraph);
                if token.kind == TokenKind::Punct {
                    if t.chars()
                        .any(|c| matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}'))
                    {
                        self.sentence += 1;
                        self.terminal = false;
                        self.spaced = false;
                        self.prev_word = None;
                        return here;
                    }
                    let ends = t.chars().any(|c| matches!(c, '.' | '!' | '?' | '\u{2026}'));
                    let closer = t.chars().all(|c| {
                        matches!(
                            c,
                            '"' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}' | '\''
                        )
                    });
                    let abbreviation = t == "."
                        && self.prev_word.is_some_and(|w| {
                            ABBREVIATIONS.contains(&w) || w.chars().count() == 1 || w.contains('.')
                        });
                    self.terminal = if ends {
                        !abbreviation
                    } else {
                        self.terminal && closer && !self.spaced
                    };
                } else {
                    self.terminal = false;
                    self.prev_word = Some(t);
                }
                self.spaced = false;
                here
            }
        };
        here
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let mut interner = Interner::default();
        let side = Side::new(text, &Options::default(), &mut interner);
        side.units
            .iter()
            .map(|u| text[side.bytes(u.range())].trim().to_owned())
            .collect()
    }

    #[test]
    fn splits_sentences_but_not_after_abbreviations() {
        assert_eq!(
            sentences("He did not. Mr. Said added 620,000 more. \"Quote.\" Then U.S. soil."),
            [
                "He did not.",
                "Mr. Said added 620,000 more.",
                "\"Quote.\"",
                "Then U.S. soil."
            ]
        );
    }

    #[test]
    fn paragraph_breaks_end_sentences_and_cjk_needs_no_space() {
        assert_eq!(
            sentences("A heading\nA line。次の文。"),
            ["A heading", "A line。", "次の文。"]
        );
    }

    #[test]
    fn units_know_their_paragraph_and_words() {
        let mut interner = Interner::default();
        let side = Side::new(
            "One two. Three.\n\nFour -- five.",
            &Options::default(),
            &mut interner,
        );
        let shape: Vec<_> = side.units.iter().map(|u| (u.paragraph, u.words)).collect();
        assert_eq!(shape, [(0, 2), (0, 1), (1, 2)]);
    }
}
