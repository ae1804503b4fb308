//! Reading a rewrite: alignment, moves, in-word changes and options, on fixtures under `tests/fixtures/`.

mod common;

use common::{fixture, FIXTURES};
use syndiff::engine::{
    compare, CharKind, Comparison, Options, SegmentKind, Status, MOVE_MIN_WORDS,
};
use syndiff::export::wdiff;
use syndiff::samples::{DERIVATIVE, OPINION, RFERL_REPORT};

fn compare_fixture(name: &str, options: &Options) -> Comparison {
    let (a, b) = fixture(name);
    let c = compare(&a, &b, options);
    assert_eq!(c.source_text(), a, "{name}: source rebuilds");
    assert_eq!(c.derivative_text(), b, "{name}: derivative rebuilds");
    c
}

#[test]
fn snapshots_of_every_fixture() {
    for name in FIXTURES {
        let c = compare_fixture(name, &Options::default());
        insta::assert_snapshot!(name, format!("status: {:?}\n{}", c.status, wdiff(&c)));
    }
}

#[test]
fn sample_pair_snapshot() {
    let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
    insta::assert_snapshot!("sample-pair", wdiff(&c));
}

#[test]
fn authorities_claim_is_moved_and_merged_with_the_authors_warned() {
    let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
    assert_eq!(c.moves.len(), 1, "{:?}", c.moves);
    let id = c.moves[0].id;
    // Source end: where it stood in the source, before the "Targeted By" heading.
    let departed = c.segments().find(|s| s.kind == SegmentKind::Moved).unwrap();
    assert_eq!(departed.move_id, Some(id));
    assert!(departed
        .source
        .starts_with("Authorities claim that a majority of Tajik nationals"));
    // Derivative end: in the same block as "The authors of the article warned".
    let block = c
        .blocks
        .iter()
        .find(|b| {
            b.segments
                .iter()
                .any(|s| s.arrived() && s.move_id == Some(id))
        })
        .unwrap();
    let text: String = block
        .segments
        .iter()
        .map(|s| s.derivative.as_str())
        .collect();
    assert!(text.starts_with("Authorities claim"));
    assert!(text.contains("The authors of the article warned"));
    assert!(block
        .segments
        .iter()
        .any(|s| s.kind == SegmentKind::Replaced
            && s.source.trim() == "study"
            && s.derivative.trim() == "article"));
    // Not shown as a deletion plus an insertion.
    assert!(!c.changes().any(
        |s| matches!(s.kind, SegmentKind::Deleted | SegmentKind::Inserted)
            && (s.source.contains("Authorities claim")
                || s.derivative.contains("Authorities claim"))
    ));
    assert_eq!(c.moves[0].source_paragraph, 8);
    assert_eq!(c.moves[0].derivative_paragraph, 9);
}

#[test]
fn saeed_to_said_is_refined_to_characters() {
    let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
    let respelled: Vec<_> = c
        .segments()
        .filter(|s| s.kind == SegmentKind::Replaced && s.source.trim() == "Saeed")
        .collect();
    assert_eq!(respelled.len(), 2);
    for s in respelled {
        assert_eq!(s.derivative.trim(), "Said");
        let chars: Vec<_> = s
            .chars
            .as_ref()
            .expect("refined")
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            chars,
            [
                (CharKind::Equal, "Sa"),
                (CharKind::Deleted, "ee"),
                (CharKind::Inserted, "i"),
                (CharKind::Equal, "d")
            ]
        );
    }
    // "Mr." stands on its own as an addition before the respelled name.
    assert!(c
        .changes()
        .any(|s| s.kind == SegmentKind::Inserted && s.derivative.trim() == "Mr."));
}

#[test]
fn a_moved_paragraph_is_one_move_with_its_inner_edit() {
    let c = compare_fixture("moved-paragraph", &Options::default());
    assert_eq!(c.moves.len(), 1);
    assert!(c.moves[0].words >= MOVE_MIN_WORDS);
    let arrived: Vec<_> = c.segments().filter(|s| s.arrived()).collect();
    assert!(arrived
        .iter()
        .any(|s| s.kind == SegmentKind::Inserted && s.derivative.trim() == "finally"));
    assert_eq!(c.counts.deleted, 0);
    assert_eq!(c.counts.inserted, 1);
}

#[test]
fn merged_and_split_paragraphs_align_without_moves() {
    let merged = compare_fixture("merged-paragraphs", &Options::default());
    assert!(merged.moves.is_empty());
    let changes: Vec<_> = merged
        .changes()
        .map(|s| (s.kind, s.source.trim(), s.derivative.trim()))
        .collect();
    assert_eq!(changes, [(SegmentKind::Deleted, "of Orzu", "")]);
    // The merged paragraph is one block holding both source paragraphs' words.
    assert_eq!(merged.blocks[0].source_paragraph, Some(0));
    assert!(merged.blocks[0]
        .segments
        .iter()
        .map(|s| s.source.as_str())
        .collect::<String>()
        .contains("Rescue teams"));

    let split = compare_fixture("split-paragraph", &Options::default());
    assert!(split.moves.is_empty());
    assert_eq!(split.blocks.len(), 2);
    assert_eq!(split.blocks[1].source_paragraph, Some(0));
    assert_eq!(split.blocks[1].derivative_paragraph, Some(1));
    let changes: Vec<_> = split
        .changes()
        .map(|s| (s.source.trim(), s.derivative.trim()))
        .collect();
    assert_eq!(changes, [("four", "five")]);
}

#[test]
fn unrelated_texts_share_no_passage_and_show_no_fragments() {
    let c = compare_fixture("unrelated", &Options::default());
    assert_eq!(c.status, Status::NoSharedPassages);
    assert!(c.moves.is_empty());
    assert_eq!(c.counts.unchanged, 0);
    assert!(c
        .segments()
        .all(|s| matches!(s.kind, SegmentKind::Deleted | SegmentKind::Inserted)));

    let control = compare(RFERL_REPORT.text, OPINION.text, &Options::default());
    assert_eq!(control.status, Status::NoSharedPassages);
    assert!(control.moves.is_empty());
}

#[test]
fn cjk_and_rtl_changes_are_found_word_by_word() {
    let cjk = compare_fixture("cjk", &Options::default());
    let changes: Vec<_> = cjk
        .changes()
        .map(|s| (s.source.as_str(), s.derivative.as_str()))
        .collect();
    assert_eq!(changes, [("个", "座")]);

    let rtl = compare_fixture("rtl", &Options::default());
    let changes: Vec<_> = rtl
        .changes()
        .map(|s| (s.source.trim(), s.derivative.trim()))
        .collect();
    assert_eq!(changes, [("أغسطس", "سبتمبر")]);
}

#[test]
fn unicode_forms_and_quote_styles_are_equal_by_default_and_not_when_asked() {
    for name in ["nfc-nfd", "curly-quotes"] {
        let c = compare_fixture(name, &Options::default());
        assert_eq!(c.status, Status::Equivalent, "{name}");
        assert_eq!(c.counts.changes, 0, "{name}");
    }
    let strict = Options {
        normalize_unicode: false,
        fold_quotes_and_dashes: false,
        ..Options::default()
    };
    assert_eq!(compare_fixture("nfc-nfd", &strict).counts.changes, 3);
    let quotes = compare_fixture("curly-quotes", &strict);
    assert!(quotes
        .changes()
        .any(|s| s.source.trim() == "--" && s.derivative.trim() == "—"));
    assert!(quotes
        .changes()
        .any(|s| s.source.contains("Liberty's") && s.derivative.contains("Liberty’s")));
}

#[test]
fn ignore_case_and_punctuation() {
    let a = "More than 1,800 workers, officials said.";
    let b = "more than 1,800 workers officials said";
    let c = compare(a, b, &Options::default());
    assert!(c.counts.changes > 0);
    let lenient = Options {
        ignore_case: true,
        ignore_punctuation: true,
        ..Options::default()
    };
    let c = compare(a, b, &lenient);
    assert_eq!((c.counts.changes, c.status), (0, Status::Equivalent));
    assert_eq!(c.derivative_text(), b);
}

#[test]
fn one_huge_paragraph_still_aligns_by_sentence() {
    let sentences: Vec<String> = (0..400)
        .map(|i| format!("Sentence number {i} tells of the town, the river and the people who lived there in year {}.", 1800 + i))
        .collect();
    let source = sentences.join(" ");
    let mut moved = sentences.clone();
    let first = moved.remove(3);
    moved.push(first);
    moved[200] = moved[200].replace("river", "stream");
    let derivative = moved.join(" ");
    let c = compare(&source, &derivative, &Options::default());
    assert_eq!(c.moves.len(), 1);
    assert!(c
        .changes()
        .any(|s| s.source.trim() == "river" && s.derivative.trim() == "stream"));
    assert_eq!(c.source_text(), source);
    assert_eq!(c.derivative_text(), derivative);
}

/// The text of each segment of `kind`, as shown: the derivative's for an insertion, the
/// source's otherwise.
fn of_kind(c: &Comparison, kind: SegmentKind) -> Vec<&str> {
    c.segments()
        .filter(|s| s.kind == kind)
        .map(|s| match kind {
            SegmentKind::Inserted => s.derivative.as_str(),
            _ => s.source.as_str(),
        })
        .collect()
}

#[test]
fn an_added_sentence_is_shown_whole_where_repeated_marks_allow_two_places() {
    // The diff could mark `[. The end, said Mr. Darcy]` after `eBooks` or
    // `[The end, said Mr. Darcy.]` after `eBooks.`: the reader gets the sentence.
    let source = "Subscribe to our email newsletter to hear about new eBooks.\n";
    let derivative =
        "Subscribe to our email newsletter to hear about new eBooks. The end, said Mr. Darcy.\n";
    let c = compare(source, derivative, &Options::default());
    let added = of_kind(&c, SegmentKind::Inserted);
    assert_eq!(added, ["The end, said Mr. Darcy.\n"], "{}", wdiff(&c));
    // Typed after the last line of a text, where the only token left to match is the stop.
    // (The other edit makes the shared stop at the end all that follows the addition.)
    let typed = format!("{} The end, said Mr. Darcy.", source.replace("our", "the"));
    let c = compare(source, &typed, &Options::default());
    assert_eq!(
        wdiff(&c),
        "Subscribe to [-our-]{+the+} email newsletter to hear about new eBooks.\n{+The end, said Mr. Darcy.+}\n"
    );

    // The same holds for a cut sentence, and for a clause after a comma.
    let c = compare(derivative, source, &Options::default());
    let cut = of_kind(&c, SegmentKind::Deleted);
    assert_eq!(cut, ["The end, said Mr. Darcy.\n"], "{}", wdiff(&c));
    let c = compare(
        "Yes, he said, and left.",
        "Yes, he said, she said, and left.",
        &Options::default(),
    );
    assert_eq!(wdiff(&c), "Yes, he said, {+she said,+} and left.\n");
}

#[test]
fn a_short_kept_sentence_between_changes_stays_kept() {
    // "Last one." is too short to align as a sentence; the word diff finds it, and
    // the full stop the two texts end with must not be split off and leave it to be
    // taken for a coincidence.
    let source = "One line\nsecond line\n\nA cut paragraph here.\n\nLast one.";
    let derivative = "One line\nsecond line, changed\n\nLast one.\n\nAn added paragraph.";
    let c = compare(source, derivative, &Options::default());
    let kept: Vec<&str> = of_kind(&c, SegmentKind::Equal)
        .into_iter()
        .map(str::trim)
        .collect();
    assert!(kept.contains(&"Last one."), "{}", wdiff(&c));
    let added: Vec<&str> = of_kind(&c, SegmentKind::Inserted)
        .into_iter()
        .map(str::trim)
        .collect();
    assert_eq!(added, ["An added paragraph."], "{}", wdiff(&c));
}

#[test]
fn a_sentence_joined_to_the_next_or_split_from_it_keeps_its_words() {
    // Each sentence pairs with one other, so the joined sentence pairs with one of the
    // two; the other's words were shown cut, and again as new ("Number or date changed").
    let joined = |source: &str, derivative: &str, options: &Options| {
        let c = compare(source, derivative, options);
        assert_eq!(c.source_text(), source);
        assert_eq!(c.derivative_text(), derivative);
        c
    };
    let source = "The mayor resigned on Monday. He cited health reasons for the move.";
    let derivative = "The mayor resigned on Monday, and he cited health reasons for the move.";
    let c = joined(source, derivative, &Options::default());
    assert_eq!(
        wdiff(&c),
        "The mayor resigned on Monday[-.-]{+, and+} [-He-]{+he+} cited health reasons for the move.\n"
    );
    assert_eq!((c.counts.deleted, c.counts.inserted), (1, 2));
    // Split: the other way round.
    let c = joined(derivative, source, &Options::default());
    assert_eq!(
        (c.counts.deleted, c.counts.inserted),
        (2, 1),
        "{}",
        wdiff(&c)
    );
    // Punctuation left out: the texts differ in nothing else.
    let options = Options {
        ignore_punctuation: true,
        ..Options::default()
    };
    let c = joined(
        "Hello, world. We met at noon; it rained.",
        "Hello world We met at noon it rained",
        &options,
    );
    assert_eq!(
        (c.counts.deleted, c.counts.inserted),
        (0, 0),
        "{}",
        wdiff(&c)
    );
    // A paragraph cut before a kept one still stands alone, cut whole.
    let c = joined(
        "A paragraph that was cut whole.\n\nThe mayor resigned on Monday. He cited health reasons.",
        "The mayor resigned on Monday. He cited health reasons.",
        &Options::default(),
    );
    assert_eq!(
        of_kind(&c, SegmentKind::Deleted),
        ["A paragraph that was cut whole.\n\n"]
    );
}
