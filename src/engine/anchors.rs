//! Unique-run anchors: how a stretch too long to word-diff at once is split into parts that can be.
//!
//! Sentences anchor the alignment, so a text without sentence ends (a
//! transcript, a run-on, a list of one-word lines) can leave one stretch of
//! tens of thousands of tokens between two anchors. A word diff of it costs
//! too much, so it used to be shown cut and added. Here, runs of
//! [`RUN_TOKENS`] token ids found exactly once on each side are matched, and
//! the longest chain of them in the order of both sides splits the stretch:
//! between two of them the gaps are short enough to word-diff.
//!
//! The work is a pass or two over each side and one over the unique runs,
//! whatever the text: on a small vocabulary few runs are unique, and on unrelated
//! texts few are shared. Either way the chain covers little of the stretch,
//! and [`split`] declines ([`MIN_COVER`]): unrelated stretches stay cut and
//! added rather than stitched together by chance matches.
//!
//! (`split` is the crate's own; its unit tests below show it at work.)

use std::ops::Range;

use rustc_hash::FxHashMap;

/// Tokens in a run (a shorter run is unique less often; a longer one is broken by more edits).
pub const RUN_TOKENS: usize = 4;

/// The chain must cover at least this share of the shorter side (in tokens) to
/// split a stretch: a light or moderate edit of one text covers most of it,
/// unrelated texts next to none.
pub const MIN_COVER: f64 = 0.1;

/// The equal runs, as (range of `a`, range of `b`) in the order of both, that
/// split `a` against `b`: unique runs, joined where they overlap on one
/// diagonal, never overlapping each other (equal tokens next to them are left
/// to the gap diffs).
/// `None` when they would cover less than [`MIN_COVER`] of the shorter side.
pub(crate) fn split(a: &[u32], b: &[u32]) -> Option<Vec<(Range<usize>, Range<usize>)>> {
    if a.len() < RUN_TOKENS || b.len() < RUN_TOKENS {
        return None;
    }
    let chain = chain(&unique_pairs(a, b));
    // Consecutive runs on one diagonal overlap: they join into one equal run.
    let mut runs: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for (p, q) in chain {
        if let Some((ra, rb)) = runs.last_mut() {
            if p < ra.end || q < rb.end {
                if p - ra.start == q - rb.start {
                    ra.end = p + RUN_TOKENS;
                    rb.end = q + RUN_TOKENS;
                }
                // Off its diagonal and overlapping: left to the gap diffs.
                continue;
            }
        }
        runs.push((p..p + RUN_TOKENS, q..q + RUN_TOKENS));
    }
    let covered: usize = runs.iter().map(|(ra, _)| ra.len()).sum();
    (covered as f64 >= MIN_COVER * a.len().min(b.len()) as f64).then_some(runs)
}

/// The runs found exactly once on each side, as (start in `a`, start in `b`),
/// in the order of `b`.
fn unique_pairs(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    /// Where a run was seen on each side: its start, or `MANY` past the first time.
    #[derive(Clone, Copy)]
    struct Seen {
        a: u32,
        b: u32,
    }
    const NONE: u32 = u32::MAX;
    const MANY: u32 = u32::MAX - 1;
    let key = |w: &[u32]| -> u64 {
        // An FxHash-style mix of the run's ids; a collision only costs a missed anchor
        // (two different runs sharing a key are both counted as seen twice) or,
        // across sides, a run checked below and dropped.
        w.iter().fold(w.len() as u64, |h, &id| {
            (h.rotate_left(5) ^ u64::from(id)).wrapping_mul(0x517c_c1b7_2722_0a95)
        })
    };
    let mut seen: FxHashMap<u64, Seen> = FxHashMap::default();
    seen.reserve(a.len());
    for (p, w) in a.windows(RUN_TOKENS).enumerate() {
        let entry = seen.entry(key(w)).or_insert(Seen { a: NONE, b: NONE });
        entry.a = if entry.a == NONE { p as u32 } else { MANY };
    }
    for (q, w) in b.windows(RUN_TOKENS).enumerate() {
        if let Some(entry) = seen.get_mut(&key(w)) {
            entry.b = if entry.b == NONE { q as u32 } else { MANY };
        }
    }
    b.windows(RUN_TOKENS)
        .enumerate()
        .filter_map(|(q, w)| {
            let entry = seen.get(&key(w))?;
            let once = entry.a < MANY && entry.b == q as u32;
            let p = entry.a as usize;
            (once && a[p..p + RUN_TOKENS] == *w).then_some((p, q))
        })
        .collect()
}

/// The longest chain of pairs increasing on both sides (pairs come in the
/// order of `b`, each `b` start once): a longest increasing subsequence of the
/// `a` starts, by patience sorting.
fn chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: the pair ending the best chain of length k + 1 found so far.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = Vec::with_capacity(pairs.len());
    for (i, &(p, _)) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].0 < p);
        before.push(k.checked_sub(1).map(|k| tails[k]));
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.push(pairs[i]);
        at = before[i];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_around_a_changed_and_an_added_id() {
        let a: Vec<u32> = (1..=12).collect();
        let mut b = a.clone();
        b[5] = 60;
        b.insert(10, 99);
        assert_eq!(split(&a, &b).unwrap(), [(0..5, 0..5), (6..10, 6..10)]);
    }

    #[test]
    fn keeps_the_order_of_both_sides_when_a_run_moved() {
        // 20..30 moved from the end of `a` to the start of `b`: the chain keeps
        // the longer order (1..19) and leaves the moved run to the gap diffs.
        let a: Vec<u32> = (1..30).collect();
        let b: Vec<u32> = (20..30).chain(1..20).collect();
        let runs = split(&a, &b).unwrap();
        assert_eq!(runs, [(0..19, 10..29)]);
    }

    #[test]
    fn declines_runs_that_repeat_and_unrelated_sides() {
        // A small vocabulary: no run of four is unique.
        let a: Vec<u32> = (0..10_000).map(|i| i % 12).collect();
        let b: Vec<u32> = (0..10_000).map(|i| (i * 7) % 12).collect();
        assert_eq!(split(&a, &b), None);
        assert_eq!(split(&a, &a), None);
        // Unrelated sides sharing one run by chance.
        let a: Vec<u32> = (0..1_000).collect();
        let mut b: Vec<u32> = (5_000..6_000).collect();
        b[500..504].copy_from_slice(&a[200..204]);
        assert_eq!(split(&a, &b), None);
    }

    proptest::proptest! {
        /// Whatever the sides, the runs are equal on both, in order on both, and
        /// apart; or there are none.
        #[test]
        fn runs_are_equal_ordered_and_apart(
            a in proptest::collection::vec(0u32..40, 0..400),
            edits in proptest::collection::vec((0usize..400, 0u32..60), 0..40),
        ) {
            let mut b = a.clone();
            for (at, id) in edits {
                match id % 3 {
                    0 if !b.is_empty() => { b.remove(at % b.len()); }
                    1 => b.insert(at % (b.len() + 1), id),
                    _ if !b.is_empty() => { let n = b.len(); b[at % n] = id; }
                    _ => {}
                }
            }
            if let Some(runs) = split(&a, &b) {
                for (ra, rb) in &runs {
                    proptest::prop_assert!(ra.len() >= RUN_TOKENS && ra.len() == rb.len());
                    proptest::prop_assert_eq!(&a[ra.clone()], &b[rb.clone()]);
                }
                for w in runs.windows(2) {
                    proptest::prop_assert!(w[0].0.end <= w[1].0.start && w[0].1.end <= w[1].1.start);
                }
            }
        }
    }

    #[test]
    fn the_chain_is_a_longest_increasing_one() {
        let pairs = [(5, 0), (1, 1), (2, 2), (9, 3), (3, 4), (4, 5)];
        assert_eq!(chain(&pairs), [(1, 1), (2, 2), (3, 4), (4, 5)]);
    }
}
