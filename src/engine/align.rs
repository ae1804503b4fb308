//! Alignment: which source sentences and paragraphs each part of the derivative came from.
//!
//! 1. **Sentence matches.** Every sentence (unit) is fingerprinted by its word
//!    bigrams; an inverted index over the source finds, for each derivative
//!    sentence, the source sentences that share them. A pair matches when it
//!    shares at least two bigrams, half of the shorter sentence's and a quarter
//!    of the longer's (a copied, lightly edited, merged or split sentence;
//!    bigrams found in over 64 source sentences are too common to count);
//!    each sentence is used once, best pairs first. Sentences kept word for
//!    word pair up first through an exact-match map; sentences of fewer than
//!    three words never match (a shared "Yes." is no evidence of reuse).
//! 2. **Rewritten paragraphs.** When the texts share sentences, paragraphs
//!    with no matched sentence on either side are paired when much of the
//!    rarer vocabulary of one stands in the other (IDF-weighted containment ≥
//!    [`REWRITE_MIN`], with ≥ 5 shared rare words): a heavy rewrite of the same
//!    paragraph. Texts that share no sentence get no such pairs: on the
//!    labelled corpus, independently written answers on the same topic reach
//!    0.4–0.5 by this measure.
//! 3. **Order.** The heaviest chain of pairs that keeps both texts' order
//!    (weighted by words) is the backbone: those pairs are *anchors*. A
//!    matched sentence off the chain stands elsewhere in the derivative: runs
//!    of such sentences that are consecutive on both sides are *moves* when
//!    they hold at least [`MOVE_MIN_WORDS`] words; shorter ones are left to the
//!    word diff.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::side::{Side, Unit};

/// A moved passage holds at least this many words (about a sentence).
pub const MOVE_MIN_WORDS: usize = 8;

/// How much of a paragraph's rare vocabulary must stand in another for the two
/// to count as one paragraph rewritten (only in texts that share sentences).
pub const REWRITE_MIN: f64 = 0.4;

/// How many rare words a rewritten paragraph must share with its source paragraph.
const REWRITE_MIN_SHARED: usize = 5;

/// A sentence shorter than this many words is no evidence of reuse: it never
/// anchors the alignment (the word diff still sees its words).
const MATCH_MIN_WORDS: usize = 3;

/// Texts that share no sentence are still one text (word-diffed as a whole) when
/// this share of the smaller one's distinct token trigrams stands in the other.
/// Independent texts on one topic share few trigrams (the sample control pair:
/// under 0.05).
pub const SAME_TEXT_MIN: f64 = 0.5;

/// Postings longer than this are too common to find candidates by.
const MAX_POSTINGS: usize = 64;

/// A pair of unit ranges: source units and derivative units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    pub source: Range<usize>,
    pub derivative: Range<usize>,
}

/// What the alignment decided.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Pairs in the order of both texts: the backbone the word diff runs between.
    pub anchors: Vec<Pair>,
    /// Passages that stand at different places in the two texts, in derivative order.
    pub moves: Vec<Pair>,
    /// Whether any sentence or paragraph was found in both texts.
    pub shared: bool,
}

/// One candidate pair for the chain.
#[derive(Debug, Clone)]
struct Item {
    pair: Pair,
    weight: usize,
    /// A sentence match (may become a move); otherwise a rewritten paragraph.
    sentence: bool,
}

pub(crate) fn align(src: &Side<'_>, der: &Side<'_>) -> Plan {
    let mut items = match_sentences(src, der);
    if items.is_empty() {
        // Texts that share no sentence are not one text rewritten: independent
        // texts on one topic share rare words too (see REWRITE_MIN). Unless they
        // are one text without sentences to match by (a list of one-word lines,
        // a run-on without stops): then they share most of their token trigrams,
        // and the word diff runs over the whole.
        return Plan {
            shared: trigram_containment(src, der) >= SAME_TEXT_MIN,
            ..Plan::default()
        };
    }
    items.extend(match_rewritten_paragraphs(src, der, &items));
    super::order::sort_by(&mut items, |a, b| {
        a.pair.derivative.start.cmp(&b.pair.derivative.start)
    });
    let on_chain = heaviest_chain(&items);

    let mut plan = Plan {
        shared: true,
        ..Plan::default()
    };
    let mut off_chain: Vec<Pair> = Vec::new();
    for (item, chained) in items.into_iter().zip(on_chain) {
        if chained {
            plan.anchors.push(item.pair);
        } else if item.sentence {
            off_chain.push(item.pair);
        }
    }
    // Runs of off-chain sentences that are consecutive on both sides move together.
    let mut runs: Vec<Pair> = Vec::new();
    for pair in off_chain {
        match runs.last_mut() {
            Some(run)
                if run.source.end == pair.source.start
                    && run.derivative.end == pair.derivative.start =>
            {
                run.source.end = pair.source.end;
                run.derivative.end = pair.derivative.end;
            }
            _ => runs.push(pair),
        }
    }
    let words = |side: &Side<'_>, r: &Range<usize>| {
        side.units[r.clone()].iter().map(|u| u.words).sum::<usize>()
    };
    plan.moves = runs
        .into_iter()
        .filter(|run| words(src, &run.source).min(words(der, &run.derivative)) >= MOVE_MIN_WORDS)
        .collect();
    plan
}

/// Word ids of a unit (punctuation and whitespace left out).
fn word_ids<'s>(side: &'s Side<'_>, unit: &Unit) -> &'s [u32] {
    &side.word_ids[unit.word_range()]
}

/// The share of the smaller side's distinct trigrams of compared tokens (its
/// distinct tokens, when it has fewer than three) that the other side has too.
fn trigram_containment(src: &Side<'_>, der: &Side<'_>) -> f64 {
    use rustc_hash::FxHashSet;
    let grams = |ids: &[u32]| -> FxHashSet<u64> {
        if ids.len() < 3 {
            return ids.iter().map(|&id| u64::from(id)).collect();
        }
        ids.windows(3)
            .map(|w| {
                (u64::from(w[0]) << 42 | u64::from(w[1]) << 21 | u64::from(w[2]))
                    .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
            .collect()
    };
    let (a, b) = (grams(&src.ids), grams(&der.ids));
    let (small, large) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if small.is_empty() {
        return 0.0;
    }
    small.iter().filter(|g| large.contains(g)).count() as f64 / small.len() as f64
}

/// The source sentences holding each bigram, in order: one flat list, with
/// each bigram's run found by a hash map (not a vector per bigram: a book has
/// a hundred thousand distinct bigrams, a run-on megabytes of them).
struct Postings {
    /// Each bigram's run in `sentences`: its start and length.
    runs: HashMap<u64, (u32, u32)>,
    sentences: Vec<u32>,
}

impl Postings {
    /// From each sentence's distinct bigrams.
    fn new(sets: &[Vec<u64>]) -> Self {
        let total: usize = sets.iter().map(Vec::len).sum();
        let mut runs: HashMap<u64, (u32, u32)> = HashMap::default();
        for &s in sets.iter().flatten() {
            runs.entry(s).or_default().1 += 1;
        }
        // Starts by a running sum; lengths counted again as the run fills.
        let mut start = 0;
        for run in runs.values_mut() {
            let len = run.1;
            *run = (start, 0);
            start += len;
        }
        let mut sentences = vec![0u32; total];
        for (i, set) in sets.iter().enumerate() {
            for s in set {
                let run = runs.get_mut(s).expect("counted");
                sentences[(run.0 + run.1) as usize] = i as u32;
                run.1 += 1;
            }
        }
        Postings { runs, sentences }
    }

    /// The sentences holding `bigram`, in order (none when no sentence does).
    fn get(&self, bigram: &u64) -> Option<&[u32]> {
        let &(start, len) = self.runs.get(bigram)?;
        Some(&self.sentences[start as usize..(start + len) as usize])
    }
}

/// A unit's distinct word bigrams (its single word, for a one-word unit).
fn shingles(side: &Side<'_>, unit: &Unit) -> Vec<u64> {
    let words = word_ids(side, unit);
    let mut out: Vec<u64> = match words.len() {
        0 => Vec::new(),
        1 => vec![u64::from(words[0]) << 32 | u64::from(u32::MAX)],
        _ => words
            .windows(2)
            .map(|w| u64::from(w[0]) << 32 | u64::from(w[1]))
            .collect(),
    };
    // Sorted in place, without `order::sort_by`'s list of positions: this runs per sentence.
    out.sort_unstable();
    out.dedup();
    out
}

fn match_sentences(src: &Side<'_>, der: &Side<'_>) -> Vec<Item> {
    let mut candidates: Vec<(f64, usize, usize, usize)> = Vec::new(); // (dice, j, i, weight)

    // A sentence kept word for word pairs with its one identical source
    // sentence straight away; only the others go through the bigram count,
    // against the source sentences nothing claimed that way.
    let src_words: Vec<&[u32]> = src.units.iter().map(|u| word_ids(src, u)).collect();
    let mut exact: HashMap<&[u32], Option<usize>> = HashMap::default();
    for (i, &words) in src_words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.len() >= MATCH_MIN_WORDS)
    {
        exact
            .entry(words)
            .and_modify(|seen| *seen = None)
            .or_insert(Some(i));
    }
    let mut claimed = vec![false; src.units.len()];
    let mut rest: Vec<(usize, &[u32])> = Vec::new();
    for (j, unit) in der.units.iter().enumerate() {
        let words = word_ids(der, unit);
        if words.len() < MATCH_MIN_WORDS {
            continue;
        }
        match exact.get(words) {
            Some(&Some(i)) => {
                claimed[i] = true;
                candidates.push((1.0, j, i, src.units[i].words.min(unit.words)));
            }
            _ => rest.push((j, words)),
        }
    }

    let src_shingles: Vec<Vec<u64>> = src
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            if claimed[i] {
                Vec::new()
            } else {
                shingles(src, u)
            }
        })
        .collect();
    let postings = Postings::new(&src_shingles);
    // Bigrams found in more than MAX_POSTINGS source sentences say nothing
    // about where a sentence came from: they count on neither side.
    let informative = |s: &u64| postings.get(s).is_none_or(|l| l.len() <= MAX_POSTINGS);
    let src_informative: Vec<usize> = src_shingles
        .iter()
        .map(|set| set.iter().filter(|s| informative(s)).count())
        .collect();

    let mut shared = vec![0u32; src.units.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (j, words) in rest {
        let unit = &der.units[j];
        let set = shingles(der, unit);
        let mut own = 0;
        for s in &set {
            match postings.get(s) {
                Some(list) if list.len() <= MAX_POSTINGS => {
                    own += 1;
                    for &i in list {
                        let i = i as usize;
                        if shared[i] == 0 {
                            touched.push(i);
                        }
                        shared[i] += 1;
                    }
                }
                Some(_) => {}
                None => own += 1,
            }
        }
        for &i in &touched {
            let n = shared[i] as usize;
            shared[i] = 0;
            let (a, b) = (src_informative[i], own);
            let (short, long) = (a.min(b), a.max(b));
            let matches = if short == 1 {
                long == 1 && n == 1 && src_words[i] == words
            } else {
                n >= 2 && 2 * n >= short && 4 * n >= long
            };
            if matches {
                let dice = 2.0 * n as f64 / (a + b) as f64;
                let weight = src.units[i].words.min(unit.words);
                candidates.push((dice, j, i, weight));
            }
        }
        touched.clear();
    }
    super::order::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    });

    let mut src_used = vec![false; src.units.len()];
    let mut der_used = vec![false; der.units.len()];
    let mut items = Vec::new();
    for (_, j, i, weight) in candidates {
        if src_used[i] || der_used[j] {
            continue;
        }
        src_used[i] = true;
        der_used[j] = true;
        items.push(Item {
            pair: Pair {
                source: i..i + 1,
                derivative: j..j + 1,
            },
            weight,
            sentence: true,
        });
    }
    items
}

/// Unit ranges of each paragraph.
fn paragraph_units(side: &Side<'_>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, unit) in side.units.iter().enumerate() {
        match out.last_mut() {
            Some(r) if side.units[r.start].paragraph == unit.paragraph => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

fn match_rewritten_paragraphs(
    src: &Side<'_>,
    der: &Side<'_>,
    sentence_items: &[Item],
) -> Vec<Item> {
    let src_paras = paragraph_units(src);
    let der_paras = paragraph_units(der);
    let mut src_matched = vec![false; src.units.len()];
    let mut der_matched = vec![false; der.units.len()];
    for item in sentence_items {
        src_matched[item.pair.source.clone()].fill(true);
        der_matched[item.pair.derivative.clone()].fill(true);
    }
    let free = |paras: &[Range<usize>], matched: &[bool]| -> Vec<Range<usize>> {
        paras
            .iter()
            .filter(|r| !matched[(*r).clone()].iter().any(|&m| m))
            .cloned()
            .collect()
    };
    let src_free = free(&src_paras, &src_matched);
    let der_free = free(&der_paras, &der_matched);
    if src_free.is_empty() || der_free.is_empty() {
        return Vec::new();
    }

    let vocabulary = |side: &Side<'_>, r: &Range<usize>| -> Vec<u32> {
        let mut v: Vec<u32> = side.units[r.clone()]
            .iter()
            .flat_map(|u| word_ids(side, u).iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let src_vocab: Vec<Vec<u32>> = src_free.iter().map(|r| vocabulary(src, r)).collect();
    let der_vocab: Vec<Vec<u32>> = der_free.iter().map(|r| vocabulary(der, r)).collect();

    // Document frequency over every paragraph of both texts (ids are dense:
    // count in a vector, remembering the last paragraph each id was seen in).
    let ids = src
        .ids
        .iter()
        .chain(&der.ids)
        .max()
        .map_or(0, |&m| m as usize + 1);
    let mut df = vec![0u32; ids];
    let mut last_seen = vec![u32::MAX; ids];
    let mut paragraph_no = 0u32;
    for side in [src, der] {
        let mut current = usize::MAX;
        for unit in &side.units {
            if unit.paragraph != current {
                current = unit.paragraph;
                paragraph_no += 1;
            }
            for &id in &side.word_ids[unit.word_range()] {
                let id = id as usize;
                if last_seen[id] != paragraph_no {
                    last_seen[id] = paragraph_no;
                    df[id] += 1;
                }
            }
        }
    }
    let n = (src_paras.len() + der_paras.len()) as f64;
    // Each id's weight once (a logarithm per id, not per shared word).
    let idf_of: Vec<f64> = df.iter().map(|&d| (n / f64::from(d.max(1))).ln()).collect();
    let idf = |w: &u32| idf_of[*w as usize];
    let rare = |w: &u32| idf(w) > 1.0;

    let mut postings: HashMap<u32, Vec<usize>> = HashMap::default();
    for (p, vocab) in src_vocab.iter().enumerate() {
        for w in vocab.iter().filter(|w| rare(w)) {
            postings.entry(*w).or_default().push(p);
        }
    }
    let mass = |vocab: &[u32]| vocab.iter().filter(|w| rare(w)).map(idf).sum::<f64>();
    let src_mass: Vec<f64> = src_vocab.iter().map(|v| mass(v)).collect();

    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    // Shared weight and count per source paragraph, and which were touched.
    let mut shared: Vec<(f64, usize)> = vec![(0.0, 0); src_free.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (q, vocab) in der_vocab.iter().enumerate() {
        for w in vocab.iter().filter(|w| rare(w)) {
            if let Some(list) = postings.get(w).filter(|l| l.len() <= MAX_POSTINGS) {
                for &p in list {
                    let e = &mut shared[p];
                    if e.1 == 0 {
                        touched.push(p);
                    }
                    e.0 += idf(w);
                    e.1 += 1;
                }
            }
        }
        let der_mass = mass(vocab);
        for p in touched.drain(..) {
            let (weight, count) = std::mem::take(&mut shared[p]);
            let containment = weight / src_mass[p].min(der_mass).max(f64::MIN_POSITIVE);
            if count >= REWRITE_MIN_SHARED && containment >= REWRITE_MIN {
                candidates.push((containment, q, p));
            }
        }
    }
    super::order::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    });
    let mut src_used = vec![false; src_free.len()];
    let mut der_used = vec![false; der_free.len()];
    let mut items = Vec::new();
    for (_, q, p) in candidates {
        if src_used[p] || der_used[q] {
            continue;
        }
        src_used[p] = true;
        der_used[q] = true;
        let words = |side: &Side<'_>, r: &Range<usize>| {
            side.units[r.clone()].iter().map(|u| u.words).sum::<usize>()
        };
        items.push(Item {
            weight: words(src, &src_free[p]).min(words(der, &der_free[q])),
            pair: Pair {
                source: src_free[p].clone(),
                derivative: der_free[q].clone(),
            },
            sentence: false,
        });
    }
    items
}

/// Marks the heaviest chain of items (sorted by derivative position) whose
/// source positions strictly increase. O(n log n) with a Fenwick tree of
/// prefix maxima over source positions.
fn heaviest_chain(items: &[Item]) -> Vec<bool> {
    let size = items.iter().map(|i| i.pair.source.end).max().unwrap_or(0) + 1;
    // tree[k] = (best chain weight, item index) over source positions ≤ k.
    let mut tree: Vec<(usize, usize)> = vec![(0, usize::MAX); size + 1];
    let mut best: Vec<(usize, usize)> = Vec::with_capacity(items.len()); // (chain weight, previous item)
    for (n, item) in items.iter().enumerate() {
        // Best chain ending strictly before this item's source start.
        let mut k = item.pair.source.start;
        let mut prev = (0, usize::MAX);
        while k > 0 {
            if tree[k].0 > prev.0 {
                prev = tree[k];
            }
            k &= k - 1;
        }
        let total = prev.0 + item.weight;
        best.push((total, prev.1));
        let mut k = item.pair.source.end;
        while k <= size {
            if total > tree[k].0 {
                tree[k] = (total, n);
            }
            k += k & k.wrapping_neg();
        }
    }
    let mut on = vec![false; items.len()];
    let mut at = (0..items.len()).max_by_key(|&n| (best[n].0, usize::MAX - n));
    while let Some(n) = at {
        on[n] = true;
        at = Some(best[n].1).filter(|&p| p != usize::MAX);
    }
    on
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(source: Range<usize>, derivative: Range<usize>, weight: usize) -> Item {
        Item {
            pair: Pair { source, derivative },
            weight,
            sentence: true,
        }
    }

    #[test]
    fn chain_keeps_the_heavier_order() {
        // Derivative order: s0, s3 (10 words), s1, s2 (3 + 3 words).
        let items = [
            item(0..1, 0..1, 5),
            item(3..4, 1..2, 10),
            item(1..2, 2..3, 3),
            item(2..3, 3..4, 3),
        ];
        assert_eq!(heaviest_chain(&items), [true, true, false, false]);
        let items = [
            item(0..1, 0..1, 5),
            item(3..4, 1..2, 4),
            item(1..2, 2..3, 3),
            item(2..3, 3..4, 3),
        ];
        assert_eq!(heaviest_chain(&items), [true, false, true, true]);
    }
}
