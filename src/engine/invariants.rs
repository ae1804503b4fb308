//! What every comparison guarantees, as a check: the property tests, the fuzz target and
//! its regression corpus all hold results to it.
//!
//! - Both texts rebuild byte for byte from the segments (a move counted once, where it left).
//! - Every word of each text is counted once: `source_words` and `derivative_words` match
//!   the tokeniser, and split into unchanged, moved, deleted and inserted.
//! - Moves are symmetric: each has a departure and an arrival with the same source text,
//!   and its word count is the departure's.
//! - Figures stay in range: the copied share is `(unchanged + moved) / derivative_words`,
//!   between 0 and 1.
//! - Segments are consistent: a deletion has no derivative text, an insertion no source
//!   text; under options where equal means byte-equal, kept text is the same on both sides.
//!
//! ```
//! use syndiff::engine::{compare, invariants, Options};
//!
//! let (a, b) = ("One two three.\n\nFour five.", "Four five.\n\nOne two 3.");
//! let options = Options::default();
//! assert_eq!(invariants::check(a, b, &options, &compare(a, b, &options)), Ok(()));
//! ```

use super::token::{tokenize, TokenKind};
use super::{Comparison, Options, SegmentKind};

fn words(text: &str) -> usize {
    tokenize(text)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count()
}

/// Whether `options` make equal mean byte-equal.
fn byte_equal(options: &Options) -> bool {
    let Options {
        ignore_whitespace,
        ignore_case,
        ignore_punctuation,
        fold_quotes_and_dashes,
        normalize_unicode,
    } = *options;
    !(ignore_whitespace
        || ignore_case
        || ignore_punctuation
        || fold_quotes_and_dashes
        || normalize_unicode)
}

/// Checks `c`, the comparison of `source` with `derivative` under `options`; says what broke.
pub fn check(
    source: &str,
    derivative: &str,
    options: &Options,
    c: &Comparison,
) -> Result<(), String> {
    let ensure = |ok: bool, what: &str| if ok { Ok(()) } else { Err(what.to_owned()) };
    ensure(c.source_text() == source, "the source does not rebuild")?;
    ensure(
        c.derivative_text() == derivative,
        "the derivative does not rebuild",
    )?;
    let n = &c.counts;
    ensure(n.source_words == words(source), "source words miscounted")?;
    ensure(
        n.derivative_words == words(derivative),
        "derivative words miscounted",
    )?;
    ensure(
        n.source_words == n.unchanged + n.moved + n.deleted,
        "source words do not split into unchanged, moved and deleted",
    )?;
    ensure(
        n.derivative_words == n.unchanged + n.moved + n.inserted,
        "derivative words do not split into unchanged, moved and inserted",
    )?;
    ensure(n.moves == c.moves.len(), "the move count is wrong")?;
    let share = if n.derivative_words == 0 {
        0.0
    } else {
        (n.unchanged + n.moved) as f64 / n.derivative_words as f64
    };
    ensure(
        (0.0..=1.0).contains(&n.copied_share) && (n.copied_share - share).abs() < 1e-9,
        "the copied share is out of range or disagrees with the counts",
    )?;
    for m in &c.moves {
        let ends = |arrived: bool| -> String {
            c.segments()
                .filter(|s| s.move_id == Some(m.id) && s.arrived() == arrived)
                .map(|s| s.source.as_str())
                .collect()
        };
        let (departed, arrived) = (ends(false), ends(true));
        ensure(!departed.is_empty(), "a move has no departure")?;
        ensure(
            departed == arrived,
            "a move's two ends hold different source text",
        )?;
        ensure(
            m.words == words(&departed),
            "a move's word count is not its departure's",
        )?;
    }
    for s in c.segments() {
        match s.kind {
            SegmentKind::Deleted => {
                ensure(s.derivative.is_empty(), "a deletion has derivative text")?
            }
            SegmentKind::Inserted => ensure(s.source.is_empty(), "an insertion has source text")?,
            SegmentKind::Equal if byte_equal(options) => ensure(
                s.source == s.derivative,
                "kept text differs under byte-equal options",
            )?,
            _ => {}
        }
    }
    Ok(())
}

/// Turns a fuzzer's bytes into a comparison to check: the first byte's low five bits
/// are the options, the next two (little-endian) where the rest splits into source and
/// derivative, each decoded lossily as UTF-8. Used by `fuzz/` and its regression test.
///
/// ```
/// use syndiff::engine::invariants::fuzz_input;
///
/// let (source, derivative, options) = fuzz_input(b"\x01\x03\x00abcdef");
/// assert_eq!((source.as_str(), derivative.as_str()), ("abc", "def"));
/// assert!(options.ignore_whitespace && !options.ignore_case);
/// ```
pub fn fuzz_input(data: &[u8]) -> (String, String, Options) {
    let flags = data.first().copied().unwrap_or(0);
    let bit = |n: u8| flags & (1 << n) != 0;
    let options = Options {
        ignore_whitespace: bit(0),
        ignore_case: bit(1),
        ignore_punctuation: bit(2),
        fold_quotes_and_dashes: bit(3),
        normalize_unicode: bit(4),
    };
    let rest = data.get(3..).unwrap_or_default();
    let at = match data.get(1..3) {
        Some(&[lo, hi]) => usize::from(u16::from_le_bytes([lo, hi])) % (rest.len() + 1),
        _ => 0,
    };
    let (a, b) = rest.split_at(at);
    (
        String::from_utf8_lossy(a).into_owned(),
        String::from_utf8_lossy(b).into_owned(),
        options,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compare;

    #[test]
    fn a_tampered_comparison_fails_the_check() {
        let (a, b) = (
            "Officials urge people.",
            "Officials reportedly urge people.",
        );
        let options = Options::default();
        let mut c = compare(a, b, &options);
        assert_eq!(check(a, b, &options, &c), Ok(()));
        c.blocks[0].segments[0].source.push('!');
        assert_eq!(
            check(a, b, &options, &c),
            Err("the source does not rebuild".to_owned())
        );
        let mut c = compare(a, b, &options);
        c.counts.copied_share = 1.5;
        assert!(check(a, b, &options, &c).is_err());
    }
}
