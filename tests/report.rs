//! The HTML report: escaped, self-contained, faithful to the comparison's figures and texts.

mod common;

use common::{fixture, FIXTURES};
use scraper::node::{Element, Node};
use scraper::{ElementRef, Html, Selector};
use syndiff::engine::{compare, Comparison, Options, Status};
use syndiff::export::{report, Titles};
use syndiff::samples::{DERIVATIVE, OPINION, RFERL_REPORT};

const TITLES: Titles<'static> = Titles {
    source: "Source",
    derivative: "Derivative",
    source_origin: "",
    derivative_origin: "",
};

/// Compares as strictly as the options allow, but for whitespace: kept words
/// are then byte for byte the same on both sides.
fn strict() -> Options {
    Options {
        ignore_whitespace: true,
        ignore_case: false,
        ignore_punctuation: false,
        fold_quotes_and_dashes: false,
        normalize_unicode: false,
    }
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn has_class(e: &Element, class: &str) -> bool {
    e.classes().any(|c| c == class)
}

/// The text under `el`, leaving out elements `skip` says to.
fn text_without(el: ElementRef<'_>, skip: &dyn Fn(&Element) -> bool, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if !skip(e) => {
                text_without(ElementRef::wrap(child).unwrap(), skip, out)
            }
            _ => {}
        }
    }
}

/// The words of the diff's paragraphs, leaving out what `skip` says.
fn diff_words(doc: &Html, skip: &dyn Fn(&Element) -> bool) -> Vec<String> {
    let mut text = String::new();
    for p in select(doc, "section.diff p.block") {
        text_without(p, skip, &mut text);
        text.push('\n');
    }
    text.split_whitespace().map(str::to_owned).collect()
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// The derivative as it reads: everything but cuts and labels.
fn derivative_words(doc: &Html) -> Vec<String> {
    diff_words(doc, &|e| e.name() == "del" || has_class(e, "label"))
}

/// The source: everything but additions, labels, and moves' derivative ends
/// (a moved passage counts once, where it stood in the source).
fn source_words(doc: &Html) -> Vec<String> {
    diff_words(doc, &|e| {
        e.name() == "ins" || has_class(e, "label") || has_class(e, "moved-here")
    })
}

/// `12,345`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// What a self-contained, script-free document never holds.
fn assert_self_contained(html: &str) {
    let doc = Html::parse_document(html);
    for tag in [
        "script", "img", "link", "iframe", "object", "embed", "base", "form", "svg", "video",
        "audio", "source",
    ] {
        assert!(select(&doc, tag).is_empty(), "a <{tag}> element");
    }
    assert!(!html.to_lowercase().contains("<script"));
    let styles = select(&doc, "style");
    assert_eq!(styles.len(), 1);
    let style: String = styles[0].text().collect();
    for raw in ["@import", "url(", "@font-face", "image-set("] {
        assert!(!style.contains(raw), "{raw} in the style");
    }
    for el in select(&doc, "*") {
        for (name, value) in el.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}={value}");
            assert!(
                !matches!(
                    name,
                    "src" | "srcset" | "action" | "formaction" | "data" | "poster" | "style"
                ),
                "{name}={value}"
            );
            if name == "href" {
                assert!(value.starts_with('#'), "external link {value}");
            }
        }
        if el.value().name() == "a" {
            let target = &el.value().attr("href").unwrap()[1..];
            assert_eq!(
                select(&doc, &format!("[id=\"{target}\"]")).len(),
                1,
                "link to #{target} has one target"
            );
        }
    }
    let csp = select(&doc, "meta[http-equiv=\"Content-Security-Policy\"]");
    assert_eq!(
        csp[0].value().attr("content"),
        Some("default-src 'none'; style-src 'unsafe-inline'")
    );
    assert_eq!(select(&doc, "meta[charset=\"utf-8\"]").len(), 1);
    assert!(html.starts_with("<!doctype html>\n"));
}

fn assert_texts_in_order(c: &Comparison, source: &str, derivative: &str, html: &str) {
    let doc = Html::parse_document(html);
    assert_eq!(
        derivative_words(&doc),
        words(derivative),
        "derivative words"
    );
    // Kept words show as the derivative has them, so the source's words are
    // checked letter by letter, whitespace aside (`85 percent` may read `85`
    // kept, `percent` cut, when the derivative has `85%`).
    if c.options == strict() {
        assert_eq!(
            source_words(&doc).concat(),
            words(source).concat(),
            "source text"
        );
    }
}

const HOSTILE: [&str; 5] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(document.cookie)",
    "'; background:url(//x) '",
    "abc\u{202E}fdp.exe\u{202C} \u{2067}isolated\u{2069} \u{200F}mark &amp; </p></section><script>",
];

#[test]
fn hostile_titles_and_texts_appear_only_escaped() {
    for (i, evil) in HOSTILE.iter().enumerate() {
        let source = format!("Officials met on Monday. {evil} They agreed on a plan.");
        // Credit added: the analysis's summary may quote it, hostile text and all.
        let derivative = format!(
            "According to {evil}, officials met on Tuesday. They agreed on a plan. {evil} {evil}"
        );
        let title = format!("{evil} {i}");
        // The origin is hostile too: it is shown as text, never as a link.
        let titles = Titles {
            source: &title,
            derivative: evil,
            source_origin: evil,
            derivative_origin: "javascript:alert(1)",
        };
        for options in [Options::default(), strict()] {
            let c = compare(&source, &derivative, &options);
            let html = report(&c, &titles);
            assert_self_contained(&html);
            for raw in ["<img", "<script>", "</p></section>", "<i>"] {
                assert!(!html.contains(raw), "{raw} reached the report");
            }
            assert!(
                !html.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
                "a raw bidi control"
            );
            let doc = Html::parse_document(&html);
            let page_title: String = select(&doc, "title")[0].text().collect();
            assert_eq!(
                page_title,
                format!("Syndiff report: {title} \u{2192} {evil}")
            );
            let heading: String = select(&doc, "h1")[0].text().collect();
            assert_eq!(heading, format!("{title} \u{2192} {evil}"));
            // The user's text is text: every word comes back, no element was made of it.
            assert_texts_in_order(&c, &source, &derivative, &html);
            assert_eq!(select(&doc, "section.diff p.block").len(), 1);
            let verdict: String = select(&doc, "p.verdict")[0].text().collect();
            assert!(verdict.contains(&c.explanation.summary), "{verdict}");
        }
    }
}

#[test]
fn escapes_every_markup_character_and_bidi_control() {
    let c = compare("a", "a & b < c > d \" e ' f \u{202E}g", &Options::default());
    let html = report(&c, &TITLES);
    assert!(html.contains("<ins>&amp; b &lt; c &gt; d &quot; e &#39; f &#x202E;g</ins>"));
}

#[test]
fn the_sample_pair_shows_the_comparisons_figures() {
    let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
    let html = report(
        &c,
        &Titles {
            source: RFERL_REPORT.title,
            derivative: DERIVATIVE.title,
            source_origin: "Radio Free Europe/Radio Liberty",
            derivative_origin: "",
        },
    );
    assert_self_contained(&html);
    assert!(html.contains(", from <bdi class=\"origin\">Radio Free Europe/Radio Liberty</bdi>"));
    for raw in ["src=", "href=\"h", "href=\"/", "//", "javascript:"] {
        assert!(!html.contains(raw), "{raw} in the report");
    }
    let n = c.counts;
    assert!(n.moves == 1 && n.deleted > 0 && n.inserted > 0);
    let doc = Html::parse_document(&html);
    let figure = |name: &str| -> String {
        select(&doc, &format!("[data-figure=\"{name}\"]"))[0]
            .text()
            .collect()
    };
    let share = format!("{}%", (n.copied_share * 100.0).round() as u32);
    assert_eq!(figure("unchanged"), thousands(n.unchanged));
    assert_eq!(figure("deleted"), thousands(n.deleted));
    assert_eq!(figure("inserted"), thousands(n.inserted));
    assert_eq!(figure("moved"), thousands(n.moved));
    assert_eq!(figure("copied"), share);
    let figures: String = select(&doc, ".figures")[0].text().collect();
    for wording in [
        format!("{} words unchanged", thousands(n.unchanged)),
        format!("{} deleted", thousands(n.deleted)),
        format!("{} inserted", thousands(n.inserted)),
        format!("{} moved (1 passage)", thousands(n.moved)),
        format!("{share} of the derivative copied verbatim from the source"),
    ] {
        assert!(figures.contains(&wording), "{wording:?} in {figures:?}");
    }
    let plain: String = select(&doc, "p.plain")[0].text().collect();
    for number in [
        n.source_words,
        n.derivative_words,
        n.unchanged + n.moved,
        n.unchanged,
        n.moved,
        n.inserted,
        n.deleted,
        n.changes,
    ] {
        assert!(plain.contains(&thousands(number)), "{number} in {plain:?}");
    }
    assert!(plain.contains(&format!("({share})")), "{plain:?}");
    let title: String = select(&doc, "title")[0].text().collect();
    assert_eq!(
        title,
        "Syndiff report: RFE/RL report \u{2192} Derivative text"
    );
    // Both ends of the one move are labelled with its number, each linked to the other.
    let labels: Vec<String> = select(&doc, "section.diff .move-label")
        .iter()
        .map(|l| l.text().collect())
        .collect();
    assert!(labels
        .iter()
        .any(|l| l.starts_with("\u{2193} moved 1: now in derivative paragraph")));
    assert!(labels
        .iter()
        .any(|l| l.starts_with("\u{2191} moved 1: from source paragraph")));
    assert!(labels.iter().any(|l| l == "end of moved 1"));
    assert_eq!(select(&doc, "#move-1-source").len(), 1);
    assert_eq!(select(&doc, "#move-1-derivative").len(), 1);
    assert!(select(&doc, ".note").is_empty(), "not coarse: no note");
}

#[test]
fn every_word_of_both_texts_appears_in_order() {
    let mut pairs: Vec<(String, String)> = vec![
        (RFERL_REPORT.text.to_owned(), DERIVATIVE.text.to_owned()),
        (RFERL_REPORT.text.to_owned(), OPINION.text.to_owned()),
        (
            "One line\nsecond line\n\nA cut paragraph here.\n\nLast one.".to_owned(),
            "One line\nsecond line changed\n\nLast one.\n\nAn added paragraph.".to_owned(),
        ),
    ];
    pairs.extend(FIXTURES.map(fixture));
    for (source, derivative) in &pairs {
        for options in [Options::default(), strict()] {
            let c = compare(source, derivative, &options);
            let html = report(&c, &TITLES);
            assert_self_contained(&html);
            assert_texts_in_order(&c, source, derivative, &html);
        }
    }
}

#[test]
fn line_breaks_inside_a_paragraph_stay() {
    let c = compare(
        "Roses are red,\nviolets are blue.\n\nSecond verse.",
        "Roses are red,\nviolets are green.\n\nSecond verse.",
        &Options::default(),
    );
    let html = report(&c, &TITLES);
    assert!(
        html.contains("<p class=\"block\" dir=\"auto\">Roses are red,\nviolets are <span class=\"edit\" title=\"Wording changed\"><del>blue</del><ins>green</ins></span>.</p>"),
        "{html}"
    );
    assert!(html.contains("white-space: pre-wrap"));
}

#[test]
fn states_are_summed_up_in_words() {
    let say = |a: &str, b: &str| {
        let html = report(&compare(a, b, &Options::default()), &TITLES);
        let doc = Html::parse_document(&html);
        let plain: String = select(&doc, "p.plain")[0].text().collect();
        plain
    };
    assert_eq!(
        say("Same words here.", "Same words here."),
        "The two texts are identical: all 3 words of the derivative stand in the source, in the same order."
    );
    assert_eq!(
        say("", ""),
        "Both texts are empty: there is nothing to compare."
    );
    assert_eq!(
        say("", "One word"),
        "The source is empty, so all 2 words of the derivative show as added."
    );
    assert!(say("Same  words\nhere.", "Same words here.")
        .starts_with("The texts differ only in spacing"));
    assert_eq!(
        say("One two three four.", "One two three five."),
        "The source has 4 words and the derivative 4. Of the derivative\u{2019}s words, 3 (75%) are copied verbatim from the source, in the same order. The derivative adds 1 word, new or in place of others, and leaves out 1 of the source\u{2019}s, in 1 change."
    );
    let c = compare(RFERL_REPORT.text, OPINION.text, &Options::default());
    assert_eq!(c.status, Status::NoSharedPassages);
    let html = report(&c, &TITLES);
    assert!(html.contains("The texts share no passage"));
}

#[test]
fn a_simplified_comparison_says_so_and_options_are_listed() {
    let mut c = compare("One two three.", "One two four.", &strict());
    let html = report(&c, &TITLES);
    assert!(!html.contains("Simplified comparison"));
    assert!(html.contains("Counted as the same: spacing and line breaks. Told apart: curly and straight quotes, dash styles; Unicode forms of one letter (NFC); upper and lower case; punctuation."));
    c.coarse = true;
    let html = report(&c, &TITLES);
    assert!(html.contains("<strong>Simplified comparison.</strong>"));
}

#[test]
fn snapshot_of_a_small_pair() {
    let source = "The council met on Monday in the old town hall. Members agreed to repair the bridge before the winter.\n\n\
                  Mayor Saeed said \"the work\" would cost two million dollars & more. Residents have waited many years for the repairs to begin.\n";
    let derivative = "Residents have waited many years for the repairs to begin. The council met on Tuesday in the town hall. Members agreed to repair the bridge before the winter, officials said.\n\n\
                      Mayor Said said \"the work\" would cost two million dollars & more.\n";
    let c = compare(source, derivative, &Options::default());
    let html = report(
        &c,
        &Titles {
            source: "Council <news>",
            derivative: "Rewrite & co",
            source_origin: "",
            derivative_origin: "",
        },
    );
    assert_self_contained(&html);
    assert_texts_in_order(&c, source, derivative, &html);
    insta::assert_snapshot!("two-paragraphs", html);
}

/// The percent the page shows for a share.
fn pc(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as u32)
}

#[test]
fn the_report_explains_the_comparison_as_the_page_does() {
    let c = compare(RFERL_REPORT.text, DERIVATIVE.text, &Options::default());
    let html = report(&c, &TITLES);
    assert_self_contained(&html);
    let doc = Html::parse_document(&html);
    let text_of = |css: &str| -> String {
        let found = select(&doc, css);
        assert_eq!(found.len(), 1, "one {css}");
        found[0].text().collect()
    };
    let x = &c.explanation;
    let f = &x.figures;

    // The verdict, with what it rests on.
    let v = x.verdict.expect("a verdict");
    let verdict = text_of("section.summary .verdict");
    assert!(verdict.contains(v.derivation.label()), "{verdict}");
    let why = text_of("section.summary .why");
    for wording in [
        format!(
            "{} (derived above {})",
            pc(v.sentence_match),
            pc(v.threshold)
        ),
        pc(v.reverse_sentence_match),
        format!(
            "{} (wholly derived at {} or less)",
            pc(v.new_share),
            pc(v.wholly_max_new)
        ),
    ] {
        assert!(why.contains(&wording), "{wording:?} in {why:?}");
    }

    // Reuse, both ways: every share, the longest run, paragraphs reused and new.
    let reuse = text_of("section.reuse");
    assert!(reuse.contains("Reuse, both ways"));
    for (name, share, wording) in [
        (
            "derivative-verbatim",
            f.derivative_verbatim,
            "copied verbatim",
        ),
        (
            "derivative-rewritten",
            f.derivative_rewritten,
            "rewritten from the source",
        ),
        ("derivative-new", f.derivative_new, "new"),
        ("source-verbatim", f.source_verbatim, "kept verbatim"),
        (
            "source-rewritten",
            f.source_rewritten,
            "reworded or dropped in kept sentences",
        ),
        ("source-cut", f.source_cut, "cut with whole sentences"),
    ] {
        let shown = text_of(&format!("section.reuse [data-figure=\"{name}\"]"));
        assert_eq!(shown, pc(share), "{name}");
        assert!(
            reuse.contains(&format!("{} {wording}", pc(share))),
            "{name}: {reuse:?}"
        );
    }
    assert_eq!(
        text_of("section.reuse [data-figure=\"longest-run\"]"),
        thousands(f.longest_run.words)
    );
    assert!(reuse.contains(&f.longest_run.opening), "{reuse:?}");
    assert_eq!(
        text_of("section.reuse [data-figure=\"paragraphs-reused\"]"),
        thousands(f.source_paragraphs_reused)
    );
    assert!(reuse.contains(&format!(
        " of {} reused, {} cut",
        f.source_paragraphs,
        f.source_paragraphs - f.source_paragraphs_reused
    )));
    assert_eq!(
        text_of("section.reuse [data-figure=\"paragraphs-new\"]"),
        thousands(f.derivative_paragraphs_new)
    );

    // Kinds of edit: each kind found, with its count and what it means.
    assert!(x.edits.len() >= 6, "the sample has many kinds");
    let kinds = select(&doc, "section.kinds [data-edit]");
    assert_eq!(kinds.len(), x.edits.len());
    for (shown, e) in kinds.iter().zip(&x.edits) {
        assert_eq!(shown.value().attr("data-edit"), Some(e.kind.id()));
        let said: String = shown.text().collect();
        assert!(said.contains(e.kind.label()), "{said:?}");
        assert!(said.contains(&e.count.to_string()), "{said:?}");
        assert!(said.contains(e.kind.meaning()), "{said:?}");
    }

    // Each change in the text carries its kind, as many of each as the list counts.
    let mut labelled = std::collections::BTreeMap::<String, usize>::new();
    for el in select(&doc, "section.diff [title]") {
        *labelled
            .entry(el.value().attr("title").unwrap().to_owned())
            .or_default() += 1;
    }
    let counted: std::collections::BTreeMap<String, usize> = x
        .edits
        .iter()
        .map(|e| (e.kind.label().to_owned(), e.count))
        .collect();
    assert_eq!(labelled, counted);
    // A change's kind shows without script, in print too: its label is drawn from its title.
    let style: String = select(&doc, "style")[0].text().collect();
    assert!(style.contains(".edit::after") && style.contains("content: attr(title)"));
    assert_eq!(
        select(&doc, "section.diff .edit[title]").len()
            + select(&doc, "section.diff .moved-away[title]").len(),
        c.changes().filter(|s| s.edit.is_some()).count()
    );
}

#[test]
fn a_book_length_report_grows_with_its_changes_not_its_words() {
    // Thirty copies of the sample pair: a book's worth of words and changes.
    let source = [RFERL_REPORT.text; 30].join("\n\n");
    let derivative = [DERIVATIVE.text; 30].join("\n\n");
    let c = compare(&source, &derivative, &Options::default());
    let html = report(&c, &TITLES);
    let texts = source.len() + derivative.len();
    let changes = c.changes().count();
    let words = c.counts.source_words + c.counts.derivative_words;
    assert!(changes * 20 < words, "{changes} changes in {words} words");
    // The page, the explanation and its style, then markup for each change:
    // nothing is added per word.
    let bound = texts + 24_000 + 120 * changes;
    assert!(
        html.len() < bound,
        "report {} bytes for {texts} bytes of text and {changes} changes (at most {bound})",
        html.len()
    );
}
