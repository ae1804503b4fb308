//! The fast paths give the same results as the straightforward reference paths.

use proptest::prelude::*;
use syndiff::engine::token::{tokenize, tokenize_reference};

/// ASCII-heavy text with every character the fast path treats specially, and some non-ASCII.
fn mixed() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => "[a-zA-Z0-9_]{1,6}",
        4 => prop::sample::select(vec![".", "'", ":", ",", ";", "-", "--", "\"", "(", ")", "/", "!", "?", "_", "\u{0}", "\u{7f}"]).prop_map(str::to_owned),
        3 => prop::sample::select(vec![" ", "  ", "\n", "\r\n", "\r", "\t", "\u{b}", "\u{c}", "\n\n"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["’", "é", "e\u{301}", "\u{301}", "\u{a0}", "东京", "ภาษา", "👨‍👩‍👧", "\u{200d}", "\u{2060}", "🇫🇷", "—"]).prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn tokenizer_fast_path_matches_unicode_segmentation(text in mixed()) {
        prop_assert_eq!(tokenize(&text), tokenize_reference(&text));
    }

    #[test]
    fn tokenizer_fast_path_matches_on_any_string(text in any::<String>()) {
        prop_assert_eq!(tokenize(&text), tokenize_reference(&text));
    }
}

#[test]
fn tokenizer_fast_path_matches_on_the_samples_and_the_book() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in [
        root.join("samples/rferl-door-to-door.txt"),
        root.join("samples/derivative-door-to-door.txt"),
        root.join("samples/opinion-digital-trap.txt"),
        root.join("../shared/corpora/gutenberg/pride_and_prejudice.txt"),
    ] {
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(
            tokenize(&text),
            tokenize_reference(&text),
            "{}",
            file.display()
        );
    }
}
