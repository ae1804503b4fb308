//! One text prepared for comparison: tokens, interned keys, sentences and paragraphs.
//!
//! Both sides share one interner, so equal keys get equal integer ids and the
//! later stages compare integers. A *unit* is a sentence: the unit of
//! alignment and of moves.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

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
    /// Where its words' ids start in [`Side::word_ids`].
    pub first_word: usize,
}

impl Unit {
    /// Its words' range in [`Side::word_ids`].
    pub fn word_range(&self) -> Range<usize> {
        self.first_word..self.first_word + self.words
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
    /// Interned keys of the words alone, in order (a unit's are `word_ids[unit.word_range()]`).
    pub word_ids: Vec<u32>,
    /// Sentences, in order; they cover `compared` exactly.
    pub units: Vec<Unit>,
}

/// Gives equal keys equal ids across both sides.
///
/// An open-addressing hash table specialised for short keys. A key of up to 8
/// bytes is held in its slot (its bytes and length), so a lookup touches one
/// slot and never the text; a longer key is held as a 64-bit hash there and
/// compared in full only when hash and length agree. (Interning runs once per
/// word of both texts, so it is among the hottest loops of a comparison, and
/// its cost is cache misses: the keys' first occurrences lie anywhere in the
/// texts.)
#[derive(Default)]
pub(crate) struct Interner<'t> {
    slots: Vec<Slot>,
    /// Each id's key when it is longer than 8 bytes (empty otherwise).
    long: Vec<Cow<'t, str>>,
    /// The key id of each non-ASCII token text seen: keying one may call into
    /// the host (NFC, lower case), so each distinct spelling is keyed once.
    spelled: FxHashMap<&'t str, u32>,
}

/// One slot of the table: a key's head (its bytes, or its hash when longer than
/// 8 bytes), its length, and its id + 1 (0 for an empty slot).
#[derive(Clone, Copy, Default)]
struct Slot {
    head: u64,
    len: u32,
    id1: u32,
}

impl<'t> Interner<'t> {
    /// The id of `token`'s key under `options` (one set of options per interner).
    #[inline]
    fn token_id(&mut self, token: &'t str, options: &Options) -> u32 {
        if token.is_ascii() {
            return self.id(key(token, options));
        }
        if let Some(&id) = self.spelled.get(token) {
            return id;
        }
        let id = self.id(key(token, options));
        self.spelled.insert(token, id);
        id
    }

    #[inline]
    fn id(&mut self, key: Cow<'t, str>) -> u32 {
        if 2 * self.long.len() >= self.slots.len() {
            self.grow();
        }
        let bytes = key.as_bytes();
        let len = bytes.len() as u32;
        let head = head(bytes);
        let mask = self.slots.len() - 1;
        let mut at = spread(head, len) & mask;
        loop {
            let slot = self.slots[at];
            if slot.id1 == 0 {
                let id = self.long.len() as u32;
                self.slots[at] = Slot {
                    head,
                    len,
                    id1: id + 1,
                };
                self.long
                    .push(if len > 8 { key } else { Cow::Borrowed("") });
                return id;
            }
            if slot.head == head
                && slot.len == len
                && (len <= 8 || same_bytes(self.long[slot.id1 as usize - 1].as_bytes(), bytes))
            {
                return slot.id1 - 1;
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        let mask = size - 1;
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for slot in old.into_iter().filter(|s| s.id1 != 0) {
            let mut at = spread(slot.head, slot.len) & mask;
            while self.slots[at].id1 != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }
}

/// A key's head: up to 8 bytes exactly (with its length, it is the key), or a
/// multiply-rotate hash of a longer one (in the manner of FxHash). Short keys
/// are read as overlapping 4-byte loads (or three single bytes), never copied:
/// a short copy is a call in wasm.
#[inline]
fn head(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let tail = |rest: &[u8]| -> u64 {
        let n = rest.len();
        if n >= 4 {
            let lo = u32::from_le_bytes(rest[..4].try_into().unwrap());
            let hi = u32::from_le_bytes(rest[n - 4..].try_into().unwrap());
            u64::from(lo) | u64::from(hi) << 32
        } else if n > 0 {
            u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
        } else {
            0
        }
    };
    if n <= 8 {
        return tail(bytes);
    }
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = n as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = mix(h, u64::from_le_bytes(w.try_into().unwrap()));
    }
    mix(h, tail(words.remainder()))
}

/// Where a head of `len` bytes starts probing (before masking): high bits of a multiply.
#[inline]
fn spread(head: u64, len: u32) -> usize {
    ((head ^ u64::from(len) << 59).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize
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
        let mut word_ids = Vec::with_capacity(tokens.len() / 2 + 1);
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
            let id = interner.token_id(token.text(text), options);
            ids.push(id);
            paragraph.push(p);
            let word = usize::from(token.kind == TokenKind::Word);
            if word == 1 {
                word_ids.push(id);
            }
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
                        first_word: word_ids.len() - word,
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
            word_ids,
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

    /// Whether a paragraph ends right after compared token `k`: a paragraph
    /// break stands between it (itself included) and the next compared token.
    /// The paragraph number goes up by one at each break, so for every token
    /// but the last this is a change of paragraph number; after the last, the
    /// rest of the text is scanned.
    pub fn breaks_after(&self, k: usize) -> bool {
        match self.paragraph.get(k + 1) {
            Some(&next) => next != self.paragraph[k],
            None => self.tokens[self.compared[k]..]
                .iter()
                .any(|t| t.kind == TokenKind::Break),
        }
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
            .map(|u| text[side.bytes(u.start..u.end)].trim().to_owned())
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
    fn the_interner_gives_equal_keys_equal_ids_and_distinct_keys_distinct_ids() {
        // Every length up to 20 bytes, keys that differ in one byte anywhere
        // (the middle of a 5-to-7-byte key is read twice), enough to grow the table.
        let keys: Vec<String> = (0..=20)
            .flat_map(|len| {
                (0..len.max(1)).flat_map(move |at| {
                    (b'a'..=b'e').map(move |c| {
                        let mut k = vec![b'x'; len];
                        if len > 0 {
                            k[at] = c;
                        }
                        String::from_utf8(k).unwrap()
                    })
                })
            })
            .collect();
        let mut interner = Interner::default();
        let ids: Vec<u32> = keys.iter().map(|k| interner.id(Cow::Borrowed(k))).collect();
        let again: Vec<u32> = keys.iter().map(|k| interner.id(Cow::Borrowed(k))).collect();
        assert_eq!(ids, again);
        let mut distinct: Vec<(&String, u32)> = keys.iter().zip(ids.iter().copied()).collect();
        distinct.sort();
        distinct.dedup();
        let mut by_id: Vec<u32> = distinct.iter().map(|d| d.1).collect();
        by_id.sort_unstable();
        by_id.dedup();
        assert_eq!(by_id.len(), distinct.len(), "two distinct keys share an id");
        assert!(distinct.len() > 1024, "the table grew");
    }

    #[test]
    fn a_paragraph_ends_where_a_break_stands_before_the_next_compared_token() {
        let texts = [
            "One two.\n\nThree\nfour.\n\n\nFive.\n\n",
            "One line\nanother line\r\nthird",
            " Lead.\n\n\n",
        ];
        for text in texts {
            for (ignore_whitespace, ignore_punctuation) in
                [(false, false), (true, false), (false, true), (true, true)]
            {
                let options = Options {
                    ignore_whitespace,
                    ignore_punctuation,
                    ..Options::default()
                };
                let mut interner = Interner::default();
                let side = Side::new(text, &options, &mut interner);
                let shown: Vec<bool> = (0..side.compared.len())
                    .map(|k| side.breaks_after(k))
                    .collect();
                // The definition, by looking at the tokens themselves.
                let scanned: Vec<bool> = (0..side.compared.len())
                    .map(|k| {
                        let next = side
                            .compared
                            .get(k + 1)
                            .copied()
                            .unwrap_or(side.tokens.len());
                        side.tokens[side.compared[k]..next]
                            .iter()
                            .any(|t| t.kind == TokenKind::Break)
                    })
                    .collect();
                assert_eq!(
                    shown, scanned,
                    "{text:?}, ignore_whitespace {ignore_whitespace}"
                );
                assert!(shown.contains(&true), "{text:?} has a paragraph end");
            }
        }
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
