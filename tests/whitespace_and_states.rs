//! Whitespace-only differences are no change by default, and each empty state is told apart.

use syndiff::engine::{compare, Options, SegmentKind, Status};

fn status(a: &str, b: &str) -> Status {
    compare(a, b, &Options::default()).status
}

#[test]
fn whitespace_differences_are_no_change() {
    let source = "One sentence. Another one.\nA second paragraph.";
    for derivative in [
        "One sentence.  Another one.\nA second paragraph.", // two spaces after a full stop
        "One sentence. Another\none.\n\nA second paragraph.", // line break inside a paragraph
        "One sentence. Another one.\r\nA second paragraph.\r\n", // CRLF
        "One sentence. Another one.   \nA second paragraph.  ", // trailing spaces
    ] {
        let c = compare(source, derivative, &Options::default());
        assert_eq!(c.status, Status::WhitespaceOnly, "{derivative:?}");
        assert_eq!(c.counts.changes, 0);
        assert_eq!(c.counts.unchanged, 7);
        assert_eq!(c.derivative_text(), derivative);
    }
}

#[test]
fn whitespace_counts_when_not_ignored() {
    let options = Options {
        ignore_whitespace: false,
        ..Options::default()
    };
    let c = compare("a b", "a  b", &options);
    assert_eq!(c.status, Status::Changed);
    let change = c.changes().next().unwrap();
    assert_eq!(
        (
            change.kind,
            change.source.as_str(),
            change.derivative.as_str()
        ),
        (SegmentKind::Replaced, " ", "  ")
    );
}

#[test]
fn empty_states() {
    assert_eq!(status("", ""), Status::BothEmpty);
    assert_eq!(status("  \n", "\t"), Status::BothEmpty);
    assert_eq!(status("", "Some text."), Status::SourceEmpty);
    assert_eq!(status("Some text.", " "), Status::DerivativeEmpty);
    assert_eq!(status("Same text.", "Same text."), Status::Identical);
    assert_eq!(status("Same  text.", "Same text."), Status::WhitespaceOnly);
    assert_eq!(status("Some text.", "Other text."), Status::Changed);
}

#[test]
fn one_side_empty_is_all_inserted() {
    let c = compare("", "Brand new words.", &Options::default());
    assert_eq!(c.counts.inserted, 3);
    assert_eq!(c.counts.copied_share, 0.0);
    assert!(c.segments().all(|s| s.kind == SegmentKind::Inserted));
}

#[test]
fn a_replacement_pairs_old_and_new_words() {
    let c = compare(
        "Governor Davlatali Saeed told reporters",
        "Governor Davlatali Said told reporters",
        &Options::default(),
    );
    let changes: Vec<_> = c.changes().collect();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, SegmentKind::Replaced);
    assert_eq!(
        (changes[0].source.as_str(), changes[0].derivative.as_str()),
        ("Saeed ", "Said ")
    );
    assert_eq!(
        (c.counts.unchanged, c.counts.deleted, c.counts.inserted),
        (4, 1, 1)
    );
}

#[test]
fn paragraphs_become_blocks() {
    let c = compare(
        "First.\nSecond.\nThird.",
        "First.\n\nThird.",
        &Options::default(),
    );
    let blocks: Vec<Vec<_>> = c
        .blocks
        .iter()
        .map(|b| {
            b.segments
                .iter()
                .map(|s| (s.kind, s.source.trim(), s.derivative.trim()))
                .collect()
        })
        .collect();
    assert_eq!(
        blocks,
        [
            vec![(SegmentKind::Equal, "First.", "First.")],
            vec![(SegmentKind::Deleted, "Second.", "")],
            vec![(SegmentKind::Equal, "Third.", "Third.")],
        ]
    );
}
