//! Property: for any two texts, the comparison keeps every guarantee of
//! `engine::invariants` (both texts rebuild byte for byte, counts add up, moves are
//! symmetric, figures in range).
//!
//! The case count is proptest's (`PROPTEST_CASES`, 256 by default, which keeps
//! `tools/test` quick); for a longer local run: `PROPTEST_CASES=20000 cargo test --release --test rebuild_props`.

use proptest::prelude::*;
use syndiff::engine::{compare, invariants, Options};

/// Prose-like text: words, punctuation, spaces and line breaks, with the hard cases of
/// real text: emoji ZWJ sequences and flags, combining marks, right-to-left script and
/// marks, CJK and Thai, zero-width characters, lone CR, and a very long token.
fn prose() -> impl Strategy<Value = String> {
    prose_of(120)
}

/// Like [`prose`], at most `pieces` pieces long.
fn prose_of(pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(vec![
            "the", "Said", "Saeed", "report", "1,800", "Liberty’s", "U.S.", "e-mail", "Mr.",
        ]).prop_map(str::to_owned),
        3 => prop::sample::select(vec![
            "東京", "新聞報道", "ภาษาไทย", "مرحبا", "שלום", "\u{200F}قال\u{200E}", "\u{202E}evil\u{202C}",
            "👨‍👩‍👧", "🏳️‍🌈", "🇹🇯", "👍🏽", "e\u{301}", "n\u{303}\u{308}", "Zoë", "zero\u{200B}width",
            "\u{FEFF}", "\u{2060}", "a\u{0}b",
        ]).prop_map(str::to_owned),
        3 => prop::sample::select(vec![" ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{A0}", "\u{2028}"]).prop_map(str::to_owned),
        2 => prop::sample::select(vec![".", ",", "--", "—", "\"", "“", "”", "(", "/", "…", "!?", "。"]).prop_map(str::to_owned),
        1 => (1usize..1500, prop::sample::select(vec!["x", "é", "😀", "-"])).prop_map(|(n, c)| c.repeat(n)),
    ];
    prop::collection::vec(piece, 0..pieces).prop_map(|v| v.concat())
}

/// A text and a rewrite of it: paragraphs moved, merged, split and dropped, words respelled.
fn rewritten_prose() -> impl Strategy<Value = (String, String)> {
    (
        prop::collection::vec(prose_of(30), 1..6),
        prop::collection::vec((any::<prop::sample::Index>(), 0u8..5), 0..6),
    )
        .prop_map(|(paras, edits)| {
            let source = paras.join("\n\n");
            let mut out = paras;
            for (at, edit) in edits {
                let i = at.index(out.len());
                match edit {
                    // Move a paragraph to the end.
                    0 => {
                        let p = out.remove(i);
                        out.push(p);
                    }
                    // Merge it with the next one.
                    1 if i + 1 < out.len() => {
                        let next = out.remove(i + 1);
                        out[i] = format!("{} {next}", out[i]);
                    }
                    // Split it in the middle of a line (at a char boundary).
                    2 => {
                        let p = &out[i];
                        let mid = (0..=p.len() / 2)
                            .rev()
                            .find(|&k| p.is_char_boundary(k))
                            .unwrap_or(0);
                        let (a, b) = p.split_at(mid);
                        out[i] = format!("{a}\n\n{b}");
                    }
                    // Drop it (keep one).
                    3 if out.len() > 1 => {
                        out.remove(i);
                    }
                    // Respell a name.
                    _ => out[i] = out[i].replacen("Saeed", "Said", 1),
                }
            }
            (source, out.join("\n\n"))
        })
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
    invariants::check(a, b, options, &c).map_err(TestCaseError::fail)
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
    #![proptest_config(ProptestConfig::default())]

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
    fn rewritten_prose_rebuilds((a, b) in rewritten_prose(), options in options()) {
        check(&a, &b, &options)?;
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
