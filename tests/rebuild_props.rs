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
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// Options under which equal means byte-equal.
fn strict() -> Options {
    Options {
        ignore_whitespace: false,
        ignore_case: false,
        ignore_punctuation: false,
        fold_quotes_and_dashes: false,
        normalize_unicode: false,
    }
}

fn options() -> impl Strategy<Value = Options> {
    any::<[bool; 5]>().prop_map(|[w, c, p, q, n]| Options {
        ignore_whitespace: w,
        ignore_case: c,
        ignore_punctuation: p,
        fold_quotes_and_dashes: q,
        normalize_unicode: n,
    })
}

fn check(a: &str, b: &str, options: &Options) -> Result<(), TestCaseError> {
    let c = compare(a, b, options);
    prop_assert_eq!(c.source_text(), a);
    prop_assert_eq!(c.derivative_text(), b);
    let n = &c.counts;
    prop_assert_eq!(n.source_words, n.unchanged + n.moved + n.deleted);
    prop_assert_eq!(n.derivative_words, n.unchanged + n.moved + n.inserted);
    // A move's derivative end repeats exactly the source text of its source end.
    for m in &c.moves {
        let departed: String = c
            .segments()
            .filter(|s| s.kind == SegmentKind::Moved && s.move_id == Some(m.id))
            .map(|s| s.source.as_str())
            .collect();
        let arrived: String = c
            .segments()
            .filter(|s| s.arrived() && s.move_id == Some(m.id))
            .map(|s| s.source.as_str())
            .collect();
        prop_assert!(!departed.is_empty());
        prop_assert_eq!(departed, arrived);
    }
    prop_assert_eq!(n.moves, c.moves.len());
    prop_assert!((0.0..=1.0).contains(&n.copied_share));
    for s in c.segments() {
        match s.kind {
            SegmentKind::Deleted => prop_assert!(s.derivative.is_empty()),
            SegmentKind::Inserted => prop_assert!(s.source.is_empty()),
            SegmentKind::Equal if *options == strict() => prop_assert_eq!(&s.source, &s.derivative),
            _ => {}
        }
    }
    Ok(())
}

/// Paragraphs of distinct-enough sentences, and a derivative with one moved and one word changed.
fn moved_paragraphs() -> impl Strategy<Value = (String, String)> {
    let words = prop::sample::select(vec![
        "river",
        "council",
        "budget",
        "mayor",
        "library",
        "market",
        "station",
        "ferry",
        "choir",
        "school",
        "flood",
        "road",
        "village",
        "report",
        "prices",
        "officials",
        "residents",
        "teams",
        "campaign",
        "Khatlon",
        "Dushanbe",
    ]);
    let sentence = prop::collection::vec(words, 6..14).prop_map(|w| format!("{}.", w.join(" ")));
    let paragraph = prop::collection::vec(sentence, 1..4).prop_map(|s| s.join(" "));
    (
        prop::collection::vec(paragraph, 3..8),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(paras, from, to, edit)| {
            let source = paras.join("\n");
            let mut moved = paras.clone();
            let p = moved.remove(from.index(moved.len()));
            moved.insert(to.index(moved.len() + 1), p);
            let e = edit.index(moved.len());
            moved[e] = moved[e].replacen("river", "stream", 1);
            (source, moved.join("\n\n"))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_rebuild(a in any::<String>(), b in any::<String>(), options in options()) {
        check(&a, &b, &options)?;
    }

    #[test]
    fn prose_rebuilds(a in prose(), b in prose(), options in options()) {
        check(&a, &b, &options)?;
    }

    #[test]
    fn strict_options_rebuild(a in prose(), b in prose()) {
        check(&a, &b, &strict())?;
    }

    #[test]
    fn moved_paragraphs_rebuild((a, b) in moved_paragraphs(), options in options()) {
        check(&a, &b, &options)?;
    }

    #[test]
    fn a_text_compared_with_itself_is_unchanged(a in prose()) {
        let c = compare(&a, &a, &Options::default());
        prop_assert_eq!(c.counts.changes, 0);
    }
}
