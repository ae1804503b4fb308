//! Property: for any two texts, the result rebuilds both byte for byte and its counts add up.

use proptest::prelude::*;
use syndiff::engine::{compare, Options, SegmentKind};

/// Prose-like text: words, punctuation, spaces and line breaks, with some non-ASCII.
fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec!["the", "Said", "Saeed", "report", "1,800", "Liberty’s", "東京", "مرحبا", "👨‍👩‍👧", "e\u{301}"]).prop_map(str::to_owned),
        2 => prop::sample::select(vec![" ", "  ", "\n", "\n\n", "\r\n", "\r", "\t"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec![".", ",", "--", "\"", "“", "(", "/"]).prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(a: &str, b: &str, options: &Options) -> Result<(), TestCaseError> {
    let c = compare(a, b, options);
    prop_assert_eq!(c.source_text(), a);
    prop_assert_eq!(c.derivative_text(), b);
    let n = &c.counts;
    prop_assert_eq!(n.source_words, n.unchanged + n.deleted);
    prop_assert_eq!(n.derivative_words, n.unchanged + n.inserted);
    prop_assert_eq!(n.changes, c.changes().count());
    prop_assert!((0.0..=1.0).contains(&n.copied_share));
    for s in c.segments() {
        match s.kind {
            SegmentKind::Deleted => prop_assert!(s.derivative.is_empty()),
            SegmentKind::Inserted => prop_assert!(s.source.is_empty()),
            SegmentKind::Equal if !options.ignore_whitespace => prop_assert_eq!(&s.source, &s.derivative),
            _ => {}
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_rebuild(a in any::<String>(), b in any::<String>(), ignore in any::<bool>()) {
        check(&a, &b, &Options { ignore_whitespace: ignore })?;
    }

    #[test]
    fn prose_rebuilds(a in prose(), b in prose(), ignore in any::<bool>()) {
        check(&a, &b, &Options { ignore_whitespace: ignore })?;
    }

    #[test]
    fn a_text_compared_with_itself_is_unchanged(a in prose()) {
        let c = compare(&a, &a, &Options::default());
        prop_assert_eq!(c.counts.changes, 0);
    }
}
