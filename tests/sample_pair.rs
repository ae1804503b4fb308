//! The bundled sample pair shows the edits a reader must see (`../shared/articles/README.md`).

use syndiff::engine::{compare, Comparison, Options, SegmentKind, Status};
use syndiff::samples::{Pair, DERIVATIVE, OPINION, RFERL_REPORT};

fn sample() -> Comparison {
    compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default())
}

/// Changes as (kind, source words, derivative words), whitespace trimmed.
fn changes(c: &Comparison) -> Vec<(SegmentKind, String, String)> {
    c.changes()
        .map(|s| {
            (
                s.kind,
                s.source.trim().to_owned(),
                s.derivative.trim().to_owned(),
            )
        })
        .collect()
}

fn has(c: &Comparison, kind: SegmentKind, source: &str, derivative: &str) -> bool {
    changes(c)
        .iter()
        .any(|(k, s, d)| *k == kind && s == source && d == derivative)
}

#[test]
fn bundled_samples_are_the_shared_articles() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/articles");
    for (file, article) in [
        ("rferl-door-to-door.txt", &RFERL_REPORT),
        ("derivative-door-to-door.txt", &DERIVATIVE),
        ("opinion-digital-trap.txt", &OPINION),
    ] {
        let text = std::fs::read_to_string(shared.join(file))
            .expect("../shared/articles is beside the checkout");
        assert_eq!(text, article.text, "{file} drifted from ../shared/articles");
    }
}

#[test]
fn saeed_is_respelled_said_both_times() {
    let c = sample();
    let respelled = changes(&c)
        .into_iter()
        .filter(|(k, s, d)| *k == SegmentKind::Replaced && s == "Saeed" && d == "Said")
        .count();
    assert_eq!(respelled, 2, "{:#?}", changes(&c));
    assert!(
        has(&c, SegmentKind::Inserted, "", "Mr."),
        "{:#?}",
        changes(&c)
    );
}

#[test]
fn reportedly_is_inserted_twice() {
    let c = sample();
    let inserted = changes(&c)
        .into_iter()
        .filter(|(k, _, d)| *k == SegmentKind::Inserted && d == "reportedly")
        .count();
    assert_eq!(inserted, 2, "{:#?}", changes(&c));
}

#[test]
fn attribution_to_rferl_is_inserted() {
    let c = sample();
    assert!(
        changes(&c)
            .iter()
            .any(|(k, _, d)| k.is_change() && d.starts_with("According to RFE/RL,")),
        "{:#?}",
        changes(&c)
    );
}

#[test]
fn dateline_is_deleted() {
    let c = sample();
    assert!(
        changes(&c).iter().any(|(k, s, _)| matches!(
            k,
            SegmentKind::Deleted | SegmentKind::Replaced
        ) && s.starts_with("BOKHTAR, Tajikistan --")),
        "{:#?}",
        changes(&c)
    );
}

/// Counts "double spaces" after full stops: in the derivative they are a space and a
/// no-break space (U+00A0), in either order.
fn double_spaces(text: &str) -> usize {
    text.matches(". \u{a0}").count() + text.matches(".\u{a0} ").count()
}

#[test]
fn double_spaces_after_full_stops_are_no_change() {
    assert_eq!(double_spaces(DERIVATIVE.text), 5);
    let c = sample();
    let in_equal_segments: usize = c
        .segments()
        .filter(|s| s.kind == SegmentKind::Equal)
        .map(|s| double_spaces(&s.derivative))
        .sum();
    // "alarming. \u{a0}The" and "numbers. \u{a0}He" are in kept text; the other three are in added paragraphs.
    assert_eq!(in_equal_segments, 2);
    let kept = c
        .segments()
        .find(|s| s.derivative.contains("alarming. \u{a0}The"))
        .unwrap();
    assert_eq!(kept.kind, SegmentKind::Equal);
    assert!(kept.source.contains("alarming. The number"));
    // No change anywhere consists of whitespace alone.
    assert!(c
        .changes()
        .all(|s| !(s.source.trim().is_empty() && s.derivative.trim().is_empty())));
}

#[test]
fn cut_paragraph_is_a_block_of_its_own() {
    let c = sample();
    let block = c
        .blocks
        .iter()
        .find(|b| {
            b.segments
                .iter()
                .any(|s| s.source.contains("said Gulandom"))
        })
        .unwrap();
    assert_eq!(block.segments.len(), 1);
    assert_eq!(block.segments[0].kind, SegmentKind::Deleted);
    assert!(block.segments[0].source.starts_with("\"They told me"));
}

#[test]
fn most_of_the_derivative_is_copied_and_the_control_shares_little() {
    let derived = sample();
    assert_eq!(derived.status, Status::Changed);
    assert!(derived.counts.copied_share > 0.5, "{:?}", derived.counts);

    let control = Pair::by_id("control").unwrap();
    let c = compare(
        control.source.text,
        control.derivative.text,
        &Options::default(),
    );
    assert!(c.counts.copied_share < 0.15, "{:?}", c.counts);
}

#[test]
fn result_serialises_with_its_schema_and_round_trips() {
    let c = sample();
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["schema"], 4);
    assert_eq!(json["status"], "changed");
    assert_eq!(json["counts"]["sourceWords"], c.counts.source_words);
    // The dateline is cut on its own, then the opening words are replaced.
    let first = &json["blocks"][0]["segments"];
    assert_eq!(
        (&first[0]["kind"], &first[0]["edit"]),
        (&"deleted".into(), &"datelineRemoved".into())
    );
    assert_eq!(
        (&first[1]["kind"], &first[1]["edit"]),
        (&"replaced".into(), &"attributionAdded".into())
    );
    let back: Comparison = serde_json::from_value(json).unwrap();
    assert_eq!(back, c);
}

#[test]
fn a_text_s_word_and_paragraph_counts_are_the_ones_its_comparison_counts() {
    // The page shows each pane's word count (engine::token::word_count), and a long
    // text's paragraph count, beside the comparison's figures: they must agree,
    // whichever way round.
    use syndiff::engine::token::{paragraph_count, word_count};
    let texts = [RFERL_REPORT.text, DERIVATIVE.text, OPINION.text];
    for a in texts {
        for b in texts {
            let c = compare(a, b, &Options::default());
            assert_eq!(word_count(a), c.counts.source_words);
            assert_eq!(word_count(b), c.counts.derivative_words);
            let f = &c.explanation.figures;
            assert_eq!(paragraph_count(a), f.source_paragraphs);
            assert_eq!(paragraph_count(b), f.derivative_paragraphs);
        }
    }
    // Without a blank line, each line is a paragraph, on the card as in the comparison.
    let lines = "First line here.\nSecond line here.\nThird line here.\n";
    let c = compare(lines, &lines.replace("Second", "2nd"), &Options::default());
    assert_eq!(paragraph_count(lines), 3);
    assert_eq!(c.explanation.figures.source_paragraphs, 3);
}
