//! How much two texts resemble each other beyond shared passages: the measures the derivation verdict rests on.
//!
//! The measure is **sentence match**: for each sentence of the derivative, the
//! largest share of its content words that one source sentence holds, averaged
//! over the derivative's sentences by their size (0 to 1); only the words that
//! can tell source sentences apart count (see `STEM_MAX_SENTENCES`). A content word is any
//! word outside a short list of function words, cut to its first five letters,
//! in lower case, so `recruited` and `recruitment` count as the same. Copying
//! keeps whole sentences; a heavy rewrite breaks most word pairs but keeps each
//! sentence's facts, which sentence match still sees; independent texts on the
//! same topic share topic words, but spread over different sentences. It is
//! taken both ways: the source's sentences in the derivative tell direction.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::side::Side;
use super::unicode::lowercase;

/// The resemblance measures of a derivative against its source, both ways.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resemblance {
    /// How much of each derivative sentence's content one source sentence holds, on average.
    pub sentence_match: f64,
    /// The same, of the source's sentences in the derivative (for direction).
    pub reverse_sentence_match: f64,
}

/// Words that carry grammar rather than content; left out of ordered content.
const FUNCTION_WORDS: &[&str] = &[
    "a", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
    "each", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is",
    "it", "its", "may", "more", "most", "not", "of", "on", "one", "or", "other", "she", "so",
    "some", "such", "than", "that", "the", "their", "then", "there", "these", "they", "this",
    "those", "to", "use", "used", "using", "was", "we", "were", "which", "who", "with", "you",
];

/// Letters of a word kept as its stem.
const STEM_CHARS: usize = 5;

/// Sentences of fewer telling content words (see [`STEM_MAX_SENTENCES`]) are
/// too short to match on their own; they are left out.
const SENTENCE_MIN_STEMS: usize = 3;

/// A stem found in more source sentences than this says nothing about which
/// one a sentence came from (a main character's name in a novel); sentence
/// match leaves it out of the share, matched or not, which also bounds its
/// work on book-length texts. In a text of up to this many sentences every
/// stem tells.
const STEM_MAX_SENTENCES: usize = 16;

/// Measures the derivative's resemblance to the source.
pub(crate) fn resemblance(src: &Side<'_>, der: &Side<'_>) -> Resemblance {
    let mut stems = Stems::default();
    let src_stems = stems.of(src);
    let der_stems = stems.of(der);
    let count = stems.len();
    Resemblance {
        sentence_match: sentence_match(&src_stems, &der_stems, count),
        reverse_sentence_match: sentence_match(&der_stems, &src_stems, count),
    }
}

/// Each sentence's content-word stem ids, without repeats: sentence
/// `u`'s are `ids[ends[u - 1]..ends[u]]` (from 0 for the first).
#[derive(Default)]
struct SentenceStems {
    ids: Vec<u32>,
    ends: Vec<usize>,
}

impl SentenceStems {
    fn iter(&self) -> impl Iterator<Item = &[u32]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.ids[start..end])
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// The sentence match of sentences given as deduplicated stem ids.
fn sentence_match(source: &SentenceStems, derivative: &SentenceStems, stems: usize) -> f64 {
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); stems];
    for (u, sentence) in source.iter().enumerate() {
        for &stem in sentence {
            postings[stem as usize].push(u as u32);
        }
    }
    let mut hits = vec![0u32; source.len()];
    let mut touched: Vec<u32> = Vec::new();
    let (mut matched, mut total) = (0usize, 0usize);
    for sentence in derivative.iter() {
        // Only stems that can tell source sentences apart count, on both sides of the share:
        // a stem in too many source sentences counted as missed would make a book
        // copied word for word look barely alike.
        let mut telling = 0;
        for &stem in sentence {
            let list = &postings[stem as usize];
            if list.len() > STEM_MAX_SENTENCES {
                continue;
            }
            telling += 1;
            for &u in list {
                if hits[u as usize] == 0 {
                    touched.push(u);
                }
                hits[u as usize] += 1;
            }
        }
        let best = touched.iter().map(|&u| hits[u as usize]).max().unwrap_or(0);
        for u in touched.drain(..) {
            hits[u as usize] = 0;
        }
        if telling >= SENTENCE_MIN_STEMS {
            matched += best as usize;
            total += telling;
        }
    }
    if total == 0 {
        0.0
    } else {
        matched as f64 / total as f64
    }
}

/// Content-word stems, interned across both sides; each word id is stemmed once.
#[derive(Default)]
struct Stems {
    /// Stem id of each word id seen (`NONE` for a function word, `UNSEEN` before),
    /// indexed by word id (ids are dense: they count the distinct keys).
    of_word: Vec<u32>,
    /// Stem ids: of ASCII stems by their bytes packed in a `u64` (no string
    /// to allocate: most stems of most texts), of the others by their text.
    ascii: FxHashMap<u64, u32>,
    other: FxHashMap<String, u32>,
    /// For each stem id, the last sentence (numbered from 1 across both sides)
    /// that took it: how a sentence's repeats are left out without sorting.
    taken_by: Vec<u32>,
    /// The number of the sentence being gathered.
    sentence: u32,
}

const NONE: u32 = u32::MAX;
const UNSEEN: u32 = u32::MAX - 1;

impl Stems {
    /// Each sentence's content-word stem ids (no repeats).
    fn of(&mut self, side: &Side<'_>) -> SentenceStems {
        let mut out = SentenceStems {
            ids: Vec::with_capacity(side.word_ids.len()),
            ends: Vec::with_capacity(side.units.len()),
        };
        for unit in &side.units {
            self.sentence += 1;
            // The unit's tokens are walked only as far as a word seen for the
            // first time (rare), and never twice: `token` is the `passed`-th word's.
            let (mut token, mut passed) = (unit.start, 0);
            for (nth, &word) in side.word_ids[unit.word_range()].iter().enumerate() {
                let slot = word as usize;
                if slot >= self.of_word.len() {
                    self.of_word.resize(slot + 1, UNSEEN);
                }
                if self.of_word[slot] == UNSEEN {
                    while !side.is_word(token) || passed < nth {
                        passed += usize::from(side.is_word(token));
                        token += 1;
                    }
                    self.of_word[slot] = self.stem(side.token_text(token));
                }
                let stem = self.of_word[slot];
                if stem != NONE && self.taken_by[stem as usize] != self.sentence {
                    self.taken_by[stem as usize] = self.sentence;
                    out.ids.push(stem);
                }
            }
            out.ends.push(out.ids.len());
        }
        out
    }

    /// The stem id of a word (`NONE` for a function word).
    fn stem(&mut self, word: &str) -> u32 {
        // Every function word is at most STEM_CHARS letters long (a unit test
        // checks), so an ASCII word is looked at no further than its stem.
        if word.is_ascii() {
            let mut stem = [0u8; STEM_CHARS];
            let n = word.len().min(STEM_CHARS);
            for (to, from) in stem.iter_mut().zip(word.bytes()) {
                *to = from.to_ascii_lowercase();
            }
            let text = std::str::from_utf8(&stem[..n]).expect("ASCII");
            if word.len() <= STEM_CHARS && FUNCTION_WORDS.binary_search(&text).is_ok() {
                return NONE;
            }
            return self.ascii_id(&stem[..n]);
        }
        let text = lowercase(word);
        if FUNCTION_WORDS.binary_search(&text.as_str()).is_ok() {
            return NONE;
        }
        let stem: String = text.chars().take(STEM_CHARS).collect();
        if stem.is_ascii() {
            // "Washington’s" stems as "washi", as "Washington" does.
            return self.ascii_id(stem.as_bytes());
        }
        let next = self.len() as u32;
        let id = *self.other.entry(stem).or_insert(next);
        if id == next {
            self.taken_by.push(0);
        }
        id
    }

    /// The id of an ASCII stem (at most 5 bytes, so it packs into a `u64` with its length).
    fn ascii_id(&mut self, stem: &[u8]) -> u32 {
        let key = stem
            .iter()
            .fold(stem.len() as u64, |key, &b| key << 8 | u64::from(b));
        let next = self.len() as u32;
        let id = *self.ascii.entry(key).or_insert(next);
        if id == next {
            self.taken_by.push(0);
        }
        id
    }

    /// How many distinct stems there are.
    fn len(&self) -> usize {
        self.ascii.len() + self.other.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted_for_binary_search_and_no_longer_than_a_stem() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(FUNCTION_WORDS.iter().all(|w| w.len() <= STEM_CHARS));
    }

    #[test]
    fn a_word_and_its_longer_forms_share_a_stem_whatever_their_letters() {
        let mut stems = Stems::default();
        let washington = stems.stem("Washington");
        assert_eq!(stems.stem("WASHINGTON’S"), washington);
        assert_eq!(stems.stem("washing"), washington);
        assert_ne!(stems.stem("Washer"), washington);
        let naive = stems.stem("Naïve");
        assert_eq!(stems.stem("naïvety"), naive);
        assert_eq!(stems.stem("The"), NONE);
        assert_eq!(stems.stem("Which"), NONE);
        assert_ne!(stems.stem("Whichever"), NONE);
        assert_eq!(stems.len(), 3 + 1);
    }
}
