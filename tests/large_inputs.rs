//! Large and unrelated inputs: a valid result in bounded time, coarsened and flagged when it must be.

use syndiff::engine::{compare, Options, SegmentKind, Status, REGION_MAX_TOKENS};

/// Deterministic pseudo-random prose: made-up words of 2 to 8 letters, with
/// common English words among them (an LCG, no dependencies).
fn prose(seed: u64, bytes: usize) -> String {
    const COMMON: &[&str] = &["the", "of", "and", "a", "to", "in", "was", "that"];
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state >> 33
    };
    let mut out = String::with_capacity(bytes + 16);
    while out.len() < bytes {
        if next() % 3 == 0 {
            out.push_str(COMMON[next() as usize % COMMON.len()]);
        } else {
            for _ in 0..2 + next() % 7 {
                out.push((b'a' + (next() % 26) as u8) as char);
            }
        }
        let state = next();
        out.push_str(match (state >> 20) % 23 {
            0 => ".\n\n",
            1 | 2 => ". ",
            _ => " ",
        });
    }
    out
}

#[test]
fn a_two_megabyte_unrelated_pair_gives_a_valid_result() {
    let a = prose(1, 2 << 20);
    let b = prose(2, 2 << 20);
    let c = compare(&a, &b, &Options::default());
    assert_eq!(c.source_text(), a);
    assert_eq!(c.derivative_text(), b);
    assert!(matches!(
        c.status,
        Status::NoSharedPassages | Status::Changed
    ));
    let n = c.counts;
    assert_eq!(n.source_words, n.unchanged + n.moved + n.deleted);
    // Random text from one vocabulary shares a few sentences by chance at most.
    assert!(n.unchanged + n.moved < n.source_words / 10, "{n:?}");
}

#[test]
fn a_region_too_long_to_word_diff_is_cut_and_added_and_flagged() {
    // One shared sentence at the start, then two long unrelated stretches.
    let shared =
        "The council met on Monday to discuss the budget for the coming year and the library.\n\n";
    let a = format!("{shared}{}", prose(3, REGION_MAX_TOKENS * 12));
    let b = format!("{shared}{}", prose(4, REGION_MAX_TOKENS * 12));
    let c = compare(&a, &b, &Options::default());
    assert!(c.coarse);
    assert_eq!(c.status, Status::Changed);
    assert_eq!(c.source_text(), a);
    assert_eq!(c.derivative_text(), b);
    // The shared sentence stays equal; the long stretches after it are cut and added
    // (but for a few short sentences of common words that coincide by chance).
    assert_eq!(c.blocks[0].segments[0].kind, SegmentKind::Equal);
    assert!(c.blocks[0].segments[0]
        .source
        .starts_with("The council met"));
    let n = c.counts;
    assert!(
        n.deleted + n.inserted > 99 * (n.unchanged + n.moved),
        "{n:?}"
    );
}

#[test]
fn ordinary_comparisons_are_not_flagged() {
    let c = compare(
        syndiff::samples::RFERL_REPORT.text,
        syndiff::samples::DERIVATIVE.text,
        &Options::default(),
    );
    assert!(!c.coarse);
}

/// The changes of a comparison, as (source, derivative) text pairs.
fn changes(c: &syndiff::engine::Comparison) -> Vec<(String, String)> {
    c.changes()
        .map(|s| (s.source.trim().to_owned(), s.derivative.trim().to_owned()))
        .collect()
}

#[test]
fn a_list_of_one_word_lines_with_one_line_changed_shows_that_one_change() {
    // No sentence here is long enough to anchor the alignment, yet it is one text.
    let lines: Vec<String> = (0..20_000).map(|i| format!("word{}", i % 500)).collect();
    let mut edited = lines.clone();
    edited[12_345] = "changed".to_owned();
    let (a, b) = (lines.join("\n"), edited.join("\n"));
    let c = compare(&a, &b, &Options::default());
    assert_eq!(c.status, Status::Changed);
    assert!(!c.coarse);
    assert_eq!(changes(&c), [("word345".to_owned(), "changed".to_owned())]);
}

#[test]
fn a_long_run_on_without_sentence_ends_is_word_diffed_and_shows_each_edit() {
    // A transcript-like text: 60,000 lower-case words, no full stop, no line
    // break, so one stretch with no sentence to anchor it, three times longer
    // than a word diff takes at once (REGION_MAX_TOKENS).
    let words: Vec<String> = prose(7, 400_000)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(60_000)
        .map(str::to_owned)
        .collect();
    assert!(words.len() > 2 * REGION_MAX_TOKENS);
    let mut edited = words.clone();
    edited[10_000] = "changed".to_owned();
    edited.remove(30_000);
    edited.insert(45_000, "added".to_owned());
    let (a, b) = (words.join(" "), edited.join(" "));
    let c = compare(&a, &b, &Options::default());
    assert!(!c.coarse);
    assert_eq!(c.source_text(), a);
    assert_eq!(c.derivative_text(), b);
    assert_eq!(
        changes(&c),
        [
            (words[10_000].clone(), "changed".to_owned()),
            (words[30_000].clone(), String::new()),
            (String::new(), "added".to_owned()),
        ]
    );
}

#[test]
fn one_token_repeated_a_million_times_with_one_word_added_shows_that_word() {
    let a = "the ".repeat(1_000_000);
    let b = format!("{}cat {}", &a[..2_000_000], &a[2_000_000..]);
    let c = compare(&a, &b, &Options::default());
    assert_eq!(c.status, Status::Changed);
    assert!(!c.coarse);
    assert_eq!(changes(&c), [(String::new(), "cat".to_owned())]);
    assert_eq!(c.counts.unchanged, 1_000_000);
}

#[test]
fn a_megabyte_without_spaces_with_one_letter_changed_is_one_changed_token() {
    let a: String = (0..1_000_000u32)
        .map(|i| char::from(b'a' + (i.wrapping_mul(2_654_435_761) >> 27) as u8 % 26))
        .collect();
    let mut b = a.clone();
    b.replace_range(500_000..500_001, "Z");
    let c = compare(&a, &b, &Options::default());
    assert_eq!(c.source_text(), a);
    assert_eq!(c.derivative_text(), b);
    assert_eq!((c.counts.deleted, c.counts.inserted), (1, 1));
}
