//! In-word changes: which characters changed inside a replaced word, and which
//! old and new words of a short replacement belong together.
//!
//! ```
//! use syndiff::engine::refine::{refine_chars, Edit};
//! use syndiff::engine::CharKind::*;
//!
//! let parts = refine_chars("Saeed", "Said").unwrap();
//! let shown: Vec<_> = parts.iter().map(|p| (p.kind, p.text.as_str())).collect();
//! assert_eq!(shown, [(Equal, "Sa"), (Deleted, "ee"), (Inserted, "i"), (Equal, "d")]);
//! assert!(refine_chars("study", "article").is_none()); // too different: a plain replacement
//! ```

use std::ops::Range;

use rustc_hash::FxHashMap;
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};

use super::unicode::graphemes;

pub use super::comparison::{CharEdit as Edit, CharKind};

/// Two words are respellings of each other when this share of their characters match.
pub const RESPELLING_MIN: f64 = 0.5;

/// The most words either side of a replacement may hold for its words to be paired.
const PAIRING_MAX_WORDS: usize = 3;

/// Character edits that turn `old` into `new`, compared by grapheme cluster,
/// or `None` when the words share too little to be one word respelled.
///
/// The letters are diffed with `similar`'s Histogram algorithm, as words are:
/// it anchors on the longest common run first, so on scrambled letters it may
/// keep fewer than the most possible (Myers); respellings share long runs.
pub fn refine_chars(old: &str, new: &str) -> Option<Vec<Edit>> {
    let a = graphemes(old);
    let b = graphemes(new);
    // Diffed as integer ids (an ASCII character is its byte) with the word diff's
    // own call and algorithm, so that the page's module carries one copy of
    // similar's code (Myers here adds 18 KB to the gzipped module).
    let mut others: FxHashMap<&str, u32> = FxHashMap::default();
    let [ia, ib] = [&a, &b].map(|graphemes| {
        graphemes
            .iter()
            .map(|&g| match g.as_bytes() {
                [byte] => u32::from(*byte),
                _ => {
                    let next = 256 + others.len() as u32;
                    *others.entry(g).or_insert(next)
                }
            })
            .collect::<Vec<u32>>()
    });
    let ops = capture_diff_slices_deadline(Algorithm::Histogram, &ia, &ib, None);
    let same: usize = ops
        .iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .map(|op| op.old_range().len())
        .sum();
    if a.is_empty()
        || b.is_empty()
        || (2 * same) as f64 / (a.len() + b.len()) as f64 <= RESPELLING_MIN - f64::EPSILON
    {
        return None;
    }
    let mut parts: Vec<Edit> = Vec::new();
    let mut push = |kind: CharKind, text: String| {
        if text.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(&text),
            _ => parts.push(Edit { kind, text }),
        }
    };
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(CharKind::Equal, a[o].concat()),
            DiffTag::Delete => push(CharKind::Deleted, a[o].concat()),
            DiffTag::Insert => push(CharKind::Inserted, b[n].concat()),
            DiffTag::Replace => {
                push(CharKind::Deleted, a[o].concat());
                push(CharKind::Inserted, b[n].concat());
            }
        }
    }
    Some(parts)
}

/// One step of a paired replacement, over token positions within it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// Old token `.0` became new token `.1`, respelled.
    Respelled(usize, usize, Vec<Edit>),
    /// Old tokens cut.
    Cut(Range<usize>),
    /// New tokens added.
    Added(Range<usize>),
    /// Old tokens replaced by new ones, not respellings of each other.
    Replaced(Range<usize>, Range<usize>),
}

/// Pairs the old and new tokens of a short replacement: respelled words pair
/// up (best total similarity, order kept), what lies between them is cut,
/// added or replaced. Returns `None` when nothing pairs (or the replacement
/// is too long to pair), leaving one plain replacement.
pub(crate) fn pair_words(old: &[(&str, bool)], new: &[(&str, bool)]) -> Option<Vec<Step>> {
    let words = |side: &[(&str, bool)]| side.iter().filter(|(_, w)| *w).count();
    if words(old) > PAIRING_MAX_WORDS || words(new) > PAIRING_MAX_WORDS {
        return None;
    }
    let (n, m) = (old.len(), new.len());
    // For each old and new token: their similarity and character edits, if they are respellings.
    type Respelling = Option<(f64, Vec<Edit>)>;
    let edits: Vec<Vec<Respelling>> = old
        .iter()
        .map(|(a, a_word)| {
            new.iter()
                .map(|(b, b_word)| {
                    (*a_word && *b_word)
                        .then(|| refine_chars(a, b))
                        .flatten()
                        .map(|parts| (similarity(&parts), parts))
                })
                .collect()
        })
        .collect();
    // score[i][j]: best total similarity pairing old[i..] with new[j..].
    let mut score = vec![vec![0.0f64; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let mut best = score[i + 1][j].max(score[i][j + 1]);
            if let Some((s, _)) = &edits[i][j] {
                best = best.max(s + score[i + 1][j + 1]);
            }
            score[i][j] = best;
        }
    }
    if score[0][0] == 0.0 {
        return None;
    }
    let mut steps = Vec::new();
    let (mut i, mut j, mut from) = (0, 0, (0, 0));
    let gap = |steps: &mut Vec<Step>, (oi, nj): (usize, usize), i: usize, j: usize| match (
        oi < i,
        nj < j,
    ) {
        (true, true) => steps.push(Step::Replaced(oi..i, nj..j)),
        (true, false) => steps.push(Step::Cut(oi..i)),
        (false, true) => steps.push(Step::Added(nj..j)),
        (false, false) => {}
    };
    while i < n && j < m {
        match &edits[i][j] {
            Some((s, parts)) if (score[i][j] - (s + score[i + 1][j + 1])).abs() < 1e-9 => {
                gap(&mut steps, from, i, j);
                steps.push(Step::Respelled(i, j, parts.clone()));
                i += 1;
                j += 1;
                from = (i, j);
            }
            _ if score[i][j] == score[i + 1][j] => i += 1,
            _ => j += 1,
        }
    }
    gap(&mut steps, from, n, m);
    Some(steps)
}

fn similarity(parts: &[Edit]) -> f64 {
    let len = |k: CharKind| {
        parts
            .iter()
            .filter(|p| p.kind == k)
            .map(|p| p.text.chars().count())
            .sum::<usize>()
    };
    let same = len(CharKind::Equal);
    (2 * same) as f64 / (2 * same + len(CharKind::Deleted) + len(CharKind::Inserted)) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(texts: &[&'static str]) -> Vec<(&'static str, bool)> {
        texts
            .iter()
            .map(|t| (*t, t.chars().any(char::is_alphanumeric)))
            .collect()
    }

    #[test]
    fn an_honorific_added_before_a_respelled_name() {
        let steps = pair_words(&words(&["Saeed"]), &words(&["Mr", ".", "Said"])).unwrap();
        assert!(matches!(&steps[..], [Step::Added(r), Step::Respelled(0, 2, _)] if *r == (0..2)));
    }

    #[test]
    fn unrelated_words_do_not_pair() {
        assert_eq!(pair_words(&words(&["study"]), &words(&["article"])), None);
        assert_eq!(
            pair_words(&words(&["Tajik", "region"]), &words(&["province"])),
            None
        );
    }

    #[test]
    fn long_replacements_are_left_whole() {
        let old = words(&["BOKHTAR", ",", "Tajikistan", "--", "More"]);
        let new = words(&[
            "Radio",
            "Liberty’s",
            "Tajik",
            "Service",
            "reported",
            "yesterday",
            "that",
            "more",
        ]);
        assert_eq!(pair_words(&old, &new), None);
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let parts = refine_chars("cafe\u{301}s", "cafes").unwrap();
        let deleted: Vec<_> = parts
            .iter()
            .filter(|p| p.kind == CharKind::Deleted)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(deleted, ["e\u{301}"]);
    }
}
