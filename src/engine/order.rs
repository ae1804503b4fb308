//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Each element type `slice::sort_by` is used with adds its own copy of the
//! standard library's stable sort to the page's module, about 3.5 KB of wasm
//! (1 KB gzipped) apiece. [`sort_by`] sorts positions instead, with one comparison
//! type, so that every caller shares one copy; each element type adds only the
//! few swaps that put the elements in that order. The result is the one
//! `slice::sort_by` gives: a stable sort has only one.
//!
//! ```
//! let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
//! syndiff::engine::order::sort_by(&mut v, |x, y| x.0.cmp(&y.0));
//! assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
//! ```

use std::cmp::Ordering;

/// Sorts `v` by `compare`, stably, with the result of `v.sort_by(compare)`.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order = sorted_positions(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    // Position i takes the element now at order[i]: each cycle of the permutation
    // is followed once, and a placed position is marked by order[i] == i.
    for i in 0..order.len() {
        let mut at = i;
        while order[at] != i {
            let next = order[at];
            v.swap(at, next);
            order[at] = at;
            at = next;
        }
        order[at] = at;
    }
}

/// The positions `0..len`, stably sorted by `compare` (the one instance of the sort).
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 0x2545_f491_u64;
        for len in 0..200 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            let mut got = v;
            sort_by(&mut got, |x, y| x.0.cmp(&y.0));
            assert_eq!(got, expected, "length {len}");
        }
    }
}
