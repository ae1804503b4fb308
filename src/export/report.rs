//! A self-contained HTML report of a comparison: opens offline, in any browser, without script.
//!
//! One HTML document: the two titles, the figures the page's summary line
//! shows, a plain summary, the verdict and what it rests on, the options, the
//! explanation the page shows (reuse both ways, the kinds of edit with their
//! counts and meanings), a legend, and the derivative as it reads with the
//! source's cuts in place (one `<p>` per block). Cuts are `<del>` (struck
//! through), additions `<ins>` (underlined), a change is the old words then the
//! new, each change carries its kind of edit (a `title`, drawn as a small label
//! after it by CSS, so no text is added per change), and a moved passage
//! carries a visible label with its number at both ends, linked to each other.
//! Inline CSS only (light, dark and print), no script, no external resource,
//! and a Content Security Policy that allows nothing else. Every piece of user
//! text is escaped. Figures are worded by [`crate::format`], as the page words them.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::engine::{
    Block, CharKind, Comparison, Counts, Derivation, EditKind, Figures, Looks, Move, Options,
    Segment, SegmentKind, Status,
};
use crate::format::{
    count, counted, derivative_paragraphs, percent, reuse_bars, run_words, sentence_match_means,
    source_paragraphs, verdict_measures, SAME_TOPIC,
};

/// What the report says about each side besides its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Titles<'a> {
    /// The source's title, as the reader knows it (any text: it is escaped).
    pub source: &'a str,
    /// The derivative's title (any text: it is escaped).
    pub derivative: &'a str,
    /// Where the source came from: an outlet, an address, a file name (may be empty;
    /// shown as text, never as a link).
    pub source_origin: &'a str,
    /// Where the derivative came from (may be empty).
    pub derivative_origin: &'a str,
}

/// The report as one HTML document (UTF-8), no script, no external resource.
///
/// ```
/// use syndiff::engine::{compare, Options};
/// use syndiff::export::{report, Titles};
///
/// let c = compare("Tom & Jerry ran off.", "Tom & Jerry ran far off <fast>.", &Options::default());
/// let titles = Titles {
///     source: "Old",
///     derivative: "New <draft>",
///     source_origin: "https://example.org/old",
///     derivative_origin: "",
/// };
/// let html = report(&c, &titles);
/// assert!(html.starts_with("<!doctype html>"));
/// assert!(html.contains("<title>Syndiff report: Old → New &lt;draft&gt;</title>"));
/// // Each change carries its kind of edit.
/// assert!(html.contains("Tom &amp; Jerry ran <span class=\"edit\" title=\"Wording changed\"><ins>far</ins></span> off <span class=\"edit\" title=\"Wording changed\"><ins>&lt;fast&gt;</ins></span>."));
/// assert!(!html.contains("<script") && !html.contains("<draft>"));
/// // Where a text came from is told as text, not as a link.
/// assert!(html.contains(", from <bdi class=\"origin\">https://example.org/old</bdi>"));
///
/// let c = compare("The study was read.", "The article was read.", &Options::default());
/// let html = report(&c, &Titles { source: "A", derivative: "B", source_origin: "", derivative_origin: "" });
/// assert!(html.contains("The <span class=\"edit\" title=\"Wording changed\"><del>study</del><ins>article</ins></span> was read."));
/// ```
pub fn report(comparison: &Comparison, titles: &Titles<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024 + 2 * comparison_len(comparison));
    let title = format!(
        "Syndiff report: {} \u{2192} {}",
        titles.source, titles.derivative
    );
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    out.push_str("<meta name=\"generator\" content=\"Syndiff\">\n<title>");
    escape_into(&mut out, &title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    bar_widths(&mut out, &comparison.explanation.figures);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");

    header(&mut out, comparison, titles);
    summary(&mut out, comparison);
    reuse(&mut out, &comparison.explanation.figures);
    kinds(&mut out, comparison);
    legend(&mut out);
    diff(&mut out, comparison);

    let _ = write!(
        out,
        "<footer>\n<p>Made with Syndiff (comparison schema {}). The report holds both texts; it loads nothing and runs no script.</p>\n</footer>\n",
        comparison.schema
    );
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Bytes of text in the comparison, to size the output once.
fn comparison_len(c: &Comparison) -> usize {
    c.segments()
        .map(|s| s.source.len().max(s.derivative.len()))
        .sum()
}

fn header(out: &mut String, c: &Comparison, titles: &Titles<'_>) {
    out.push_str("<header>\n<p class=\"kicker\">Syndiff report</p>\n<h1><bdi>");
    escape_into(out, titles.source);
    out.push_str("</bdi> <span class=\"arrow\">\u{2192}</span> <bdi>");
    escape_into(out, titles.derivative);
    out.push_str("</bdi></h1>\n<dl class=\"sides\">\n<div><dt>Source</dt><dd><bdi>");
    escape_into(out, titles.source);
    let _ = write!(out, "</bdi> ({})", words(c.counts.source_words));
    origin_into(out, titles.source_origin);
    out.push_str("</dd></div>\n<div><dt>Derivative</dt><dd><bdi>");
    escape_into(out, titles.derivative);
    let _ = write!(out, "</bdi> ({})", words(c.counts.derivative_words));
    origin_into(out, titles.derivative_origin);
    out.push_str("</dd></div>\n</dl>\n</header>\n");
}

/// ", from <origin>" when a side says where it came from.
fn origin_into(out: &mut String, origin: &str) {
    if !origin.trim().is_empty() {
        out.push_str(", from <bdi class=\"origin\">");
        escape_into(out, origin.trim());
        out.push_str("</bdi>");
    }
}

/// The figures (as the page's summary line words them), a plain summary, the
/// options, and the note on a simplified comparison.
fn summary(out: &mut String, c: &Comparison) {
    let n = c.counts;
    out.push_str("<section class=\"summary\" aria-labelledby=\"summary-heading\">\n");
    out.push_str("<h2 id=\"summary-heading\">Summary</h2>\n<ul class=\"figures\">\n");
    let _ = writeln!(
        out,
        "<li><strong data-figure=\"unchanged\">{}</strong> words unchanged</li>",
        count(n.unchanged)
    );
    let _ = writeln!(
        out,
        "<li class=\"figure-deleted\"><strong data-figure=\"deleted\">{}</strong> deleted</li>",
        count(n.deleted)
    );
    let _ = writeln!(
        out,
        "<li class=\"figure-inserted\"><strong data-figure=\"inserted\">{}</strong> inserted</li>",
        count(n.inserted)
    );
    if n.moves > 0 {
        let passages = if n.moves == 1 {
            "1 passage".to_owned()
        } else {
            format!("{} passages", count(n.moves))
        };
        let _ = writeln!(
            out,
            "<li class=\"figure-moved\"><strong data-figure=\"moved\">{}</strong> moved ({passages})</li>",
            count(n.moved)
        );
    }
    let _ = writeln!(
        out,
        "<li class=\"figure-share\"><strong data-figure=\"copied\">{}</strong> of the derivative copied verbatim from the source</li>",
        percent(n.copied_share)
    );
    out.push_str("</ul>\n<p class=\"plain\">");
    let derived = c
        .explanation
        .verdict
        .is_some_and(|v| v.derivation != Derivation::Non);
    out.push_str(&plain_summary(c.status, &n, derived));
    out.push_str("</p>\n");
    explanation(out, c);
    if c.coarse {
        out.push_str(
            "<p class=\"note\" role=\"note\"><strong>Simplified comparison.</strong> Some long stretches with no shared sentence between them were too long to compare word by word in time. They are shown as cut and added, and counted so; everything else is compared in full.</p>\n",
        );
    }
    options(out, &c.options);
    out.push_str("</section>\n");
}

/// The verdict, the analysis's own summary (it quotes the texts: escaped) and the direction.
fn explanation(out: &mut String, c: &Comparison) {
    let x = &c.explanation;
    out.push_str("<p class=\"verdict\">");
    if let Some(v) = x.verdict {
        let _ = write!(
            out,
            "<strong>{}</strong> (sentence match {}, derived above {}). ",
            v.derivation.label(),
            percent(v.sentence_match),
            percent(v.threshold)
        );
    }
    escape_into(out, &x.summary);
    out.push_str("</p>\n");
    if let Some(d) = x.direction.as_ref().filter(|d| d.looks != Looks::Unclear) {
        out.push_str("<p class=\"direction\">");
        out.push_str(d.looks.lead());
        out.push_str(": ");
        escape_into(out, &d.reasons.join("; "));
        out.push_str(".</p>\n");
    }
    if let Some(v) = x.verdict {
        out.push_str("<div class=\"why\">\n<h3>Why this verdict</h3>\n<dl>\n");
        for (measure, value) in verdict_measures(&v) {
            let _ = writeln!(out, "<div><dt>{measure}</dt><dd>{value}</dd></div>");
        }
        let _ = writeln!(out, "</dl>\n<p>{}</p>", sentence_match_means());
        if v.derivation == Derivation::Non {
            let _ = writeln!(out, "<p>{SAME_TOPIC}</p>");
        }
        out.push_str("</div>\n");
    }
}

/// The widths of the reuse bars' parts, as style rules (the report has no style attributes).
fn bar_widths(out: &mut String, f: &Figures) {
    for bar in reuse_bars(f) {
        for part in bar.parts {
            let _ = writeln!(
                out,
                ".bar-{}-{} {{ width: {:.2}%; }}",
                bar.id,
                part.id,
                part.share * 100.0
            );
        }
    }
}

/// Reuse both ways, as the page's panel shows it: two bars with their shares,
/// the longest verbatim run, paragraphs reused and new.
fn reuse(out: &mut String, f: &Figures) {
    out.push_str("<section class=\"reuse\" aria-labelledby=\"reuse-heading\">\n<h2 id=\"reuse-heading\">Reuse, both ways</h2>\n");
    for bar in reuse_bars(f) {
        let _ = writeln!(
            out,
            "<figure class=\"reuse-bar\"><figcaption>{}</figcaption>",
            bar.caption
        );
        out.push_str("<div class=\"bar\" aria-hidden=\"true\">");
        for part in bar.parts.iter().filter(|p| p.share > 0.0) {
            let _ = write!(
                out,
                "<span class=\"bar-part {} bar-{}-{}\"></span>",
                part.id, bar.id, part.id
            );
        }
        out.push_str("</div>\n<ul class=\"bar-key\">\n");
        for part in bar.parts {
            let _ = writeln!(
                out,
                "<li><span class=\"swatch {}\"></span><strong data-figure=\"{}-{}\">{}</strong> {}</li>",
                part.id,
                bar.id,
                part.id,
                percent(part.share),
                part.label
            );
        }
        out.push_str("</ul>\n</figure>\n");
    }
    let _ = write!(
        out,
        "<dl class=\"facts\">\n<div><dt>Longest verbatim run</dt><dd><strong data-figure=\"longest-run\">{}</strong>{}",
        count(f.longest_run.words),
        run_words(f)
    );
    if !f.longest_run.opening.is_empty() {
        out.push_str(" <span class=\"run-opening\">\u{201c}");
        escape_into(out, &f.longest_run.opening);
        out.push_str("\u{201d}</span>");
    }
    let _ = writeln!(
        out,
        "</dd></div>\n<div><dt>Source paragraphs</dt><dd><strong data-figure=\"paragraphs-reused\">{}</strong>{}</dd></div>",
        count(f.source_paragraphs_reused),
        source_paragraphs(f)
    );
    let _ = writeln!(
        out,
        "<div><dt>New paragraphs</dt><dd><strong data-figure=\"paragraphs-new\">{}</strong>{}</dd></div>\n</dl>\n</section>",
        count(f.derivative_paragraphs_new),
        derivative_paragraphs(f)
    );
}

/// Each kind of edit found, with its count and what it means in syndication.
fn kinds(out: &mut String, c: &Comparison) {
    let edits = &c.explanation.edits;
    if edits.is_empty() {
        return;
    }
    out.push_str("<section class=\"kinds\" aria-labelledby=\"kinds-heading\">\n<h2 id=\"kinds-heading\">Kinds of edit</h2>\n");
    out.push_str("<p class=\"hint\">Each change in the comparison below is labelled with its kind.</p>\n<dl class=\"kind-list\">\n");
    for e in edits {
        let _ = write!(
            out,
            "<div data-edit=\"{}\"><dt>{} <span class=\"kind-count\">{}</span></dt><dd>",
            e.kind.id(),
            e.kind.label(),
            count(e.count)
        );
        escape_into(out, e.kind.meaning());
        out.push_str("</dd></div>\n");
    }
    out.push_str("</dl>\n</section>\n");
}

/// One paragraph in words, from the status, the counts and whether the verdict finds the derivative derived.
fn plain_summary(status: Status, n: &Counts, derived: bool) -> String {
    let (s, d) = (n.source_words, n.derivative_words);
    match status {
        Status::BothEmpty => "Both texts are empty: there is nothing to compare.".to_owned(),
        Status::SourceEmpty => format!(
            "The source is empty, so all {} of the derivative show as added.",
            words(d)
        ),
        Status::DerivativeEmpty => format!(
            "The derivative is empty, so all {} of the source show as cut.",
            words(s)
        ),
        Status::Identical => format!(
            "The two texts are identical: all {} of the derivative stand in the source, in the same order.",
            words(d)
        ),
        Status::WhitespaceOnly => format!(
            "The texts differ only in spacing and line breaks, which this comparison counts as the same: all {} are unchanged.",
            words(d)
        ),
        Status::Equivalent => format!(
            "The texts differ only in what this comparison counts as the same (see the options below): all {} are unchanged.",
            words(d)
        ),
        Status::NoSharedPassages if derived => format!(
            "The texts share no passage word for word, but the derivative\u{2019}s sentences hold much of the source\u{2019}s content: it may be a heavy rewrite. All {} of the source show as cut and all {} of the derivative as added.",
            words(s),
            words(d)
        ),
        Status::NoSharedPassages => format!(
            "The texts share no passage: the derivative does not reuse the source\u{2019}s wording. All {} of the source show as cut and all {} of the derivative as added.",
            words(s),
            words(d)
        ),
        Status::Changed => {
            let copied = n.unchanged + n.moved;
            let whence = if n.moves == 0 {
                ", in the same order".to_owned()
            } else {
                format!(
                    ": {} where {} stood and {} in {} that moved",
                    count(n.unchanged),
                    if n.unchanged == 1 { "it" } else { "they" },
                    count(n.moved),
                    if n.moves == 1 {
                        "1 passage".to_owned()
                    } else {
                        format!("{} passages", count(n.moves))
                    }
                )
            };
            // The words added and left out stand in the changes; moves are counted apart
            // (the page's count of changes takes each move as one more).
            let mut changes = counted(n.changes, "change", "changes");
            if n.moves > 0 {
                changes.push_str(if n.moves == 1 {
                    " besides the move"
                } else {
                    " besides the moves"
                });
            }
            format!(
                "The source has {} and the derivative {}. Of the derivative\u{2019}s words, {} ({}) {} copied verbatim from the source{whence}. The derivative adds {}, new or in place of others, and leaves out {} of the source\u{2019}s, in {changes}.",
                words(s),
                count(d),
                count(copied),
                percent(n.copied_share),
                if copied == 1 { "is" } else { "are" },
                words(n.inserted),
                count(n.deleted),
            )
        }
    }
}

/// What the comparison counted as the same and what it told apart.
fn options(out: &mut String, o: &Options) {
    let all = [
        ("spacing and line breaks", o.ignore_whitespace),
        (
            "curly and straight quotes, dash styles",
            o.fold_quotes_and_dashes,
        ),
        ("Unicode forms of one letter (NFC)", o.normalize_unicode),
        ("upper and lower case", o.ignore_case),
        ("punctuation", o.ignore_punctuation),
    ];
    let list = |same: bool| {
        let names: Vec<&str> = all
            .iter()
            .filter(|(_, on)| *on == same)
            .map(|(name, _)| *name)
            .collect();
        if names.is_empty() {
            "nothing".to_owned()
        } else {
            names.join("; ")
        }
    };
    let _ = writeln!(
        out,
        "<p class=\"options\"><strong>Options.</strong> Counted as the same: {}. Told apart: {}. Options change only what is compared, never the text shown.</p>",
        list(true),
        list(false)
    );
}

fn legend(out: &mut String) {
    out.push_str(
        "<section class=\"legend\" aria-labelledby=\"legend-heading\">\n\
<h2 id=\"legend-heading\">How to read it</h2>\n\
<ul>\n\
<li><del>struck through</del> cut: in the source only</li>\n\
<li><ins>underlined</ins> added: in the derivative only</li>\n\
<li><del>old</del><ins>new</ins> changed: the source\u{2019}s words, then the derivative\u{2019}s; <del>Sa<mark>ee</mark>d</del><ins>Sa<mark>i</mark>d</ins> marks the letters that changed</li>\n\
<li><span class=\"moved moved-away\"><span class=\"label move-label\" dir=\"ltr\">\u{2193} moved 1</span><del class=\"moved-text\">dotted strike</del></span> where a passage stood in the source before it moved</li>\n\
<li><span class=\"moved moved-here\"><span class=\"label move-label\" dir=\"ltr\">\u{2191} moved 1</span>outlined<span class=\"label move-label move-end\" dir=\"ltr\">end of moved 1</span></span> where it stands in the derivative, with the edits made inside it; each label links to the other end</li>\n\
<li><span class=\"label block-tag\" dir=\"ltr\">cut</span> <span class=\"label block-tag\" dir=\"ltr\">added</span> a whole paragraph cut or added</li>\n\
<li><span class=\"edit\" title=\"Hedge added\"><ins>reportedly</ins></span> each change is followed by its kind of edit (see \u{201c}Kinds of edit\u{201d})</li>\n\
</ul>\n\
</section>\n",
    );
}

/// The derivative as it reads, with cuts and moves in place: one paragraph per block.
fn diff(out: &mut String, c: &Comparison) {
    out.push_str("<section class=\"diff\" aria-labelledby=\"diff-heading\">\n<h2 id=\"diff-heading\">The comparison</h2>\n");
    // Which ends of which moves exist, so that every link has a target.
    let mut away_ends = HashSet::new();
    let mut here_ends = HashSet::new();
    for s in c.segments() {
        match (s.kind, s.move_id) {
            (SegmentKind::Moved, Some(id)) => {
                away_ends.insert(id);
            }
            (_, Some(id)) => {
                here_ends.insert(id);
            }
            _ => {}
        }
    }
    let mut ends = Ends {
        moves: &c.moves,
        away: away_ends,
        here: here_ends,
        named: HashSet::new(),
    };
    let mut any = false;
    for block in &c.blocks {
        if block
            .segments
            .iter()
            .all(|s| s.source.trim().is_empty() && s.derivative.trim().is_empty())
        {
            continue;
        }
        any = true;
        paragraph(out, block, &mut ends);
    }
    if !any {
        out.push_str("<p class=\"empty\">Neither text has any words to show.</p>\n");
    }
    out.push_str("</section>\n");
}

/// The moves, the ends that exist, and the anchors already written.
struct Ends<'a> {
    moves: &'a [Move],
    away: HashSet<u32>,
    here: HashSet<u32>,
    /// Anchors written (`"move-1-source"`): each goes on the first piece of its end only.
    named: HashSet<String>,
}

impl Ends<'_> {
    fn find(&self, id: u32) -> Option<&Move> {
        self.moves.iter().find(|m| m.id == id)
    }

    /// An `id="…"` attribute the first time an anchor is named, else nothing.
    fn anchor(&mut self, name: String) -> String {
        let attr = format!(" id=\"{name}\"");
        if self.named.insert(name) {
            attr
        } else {
            String::new()
        }
    }

    /// A move's label: a link to its other end when that end exists.
    fn label(&self, id: u32, away: bool) -> String {
        let number = id + 1;
        let (text, target, exists) = if away {
            let whither = self
                .find(id)
                .map(|m| {
                    format!(
                        ": now in derivative paragraph {}",
                        m.derivative_paragraph + 1
                    )
                })
                .unwrap_or_default();
            (
                format!("\u{2193} moved {number}{whither}"),
                format!("move-{number}-derivative"),
                self.here.contains(&id),
            )
        } else {
            let whence = self
                .find(id)
                .map(|m| format!(": from source paragraph {}", m.source_paragraph + 1))
                .unwrap_or_default();
            (
                format!("\u{2191} moved {number}{whence}"),
                format!("move-{number}-source"),
                self.away.contains(&id),
            )
        };
        if exists {
            format!("<a class=\"label move-label\" dir=\"ltr\" href=\"#{target}\">{text}</a>")
        } else {
            format!("<span class=\"label move-label\" dir=\"ltr\">{text}</span>")
        }
    }
}

/// One block's paragraph, its text kept as written (line breaks inside it show).
fn paragraph(out: &mut String, block: &Block, ends: &mut Ends<'_>) {
    let only = |kind: SegmentKind| {
        block.segments.iter().all(|s| {
            s.kind == kind && s.move_id.is_none()
                || s.source.trim().is_empty() && s.derivative.trim().is_empty()
        })
    };
    let (class, tag) = if only(SegmentKind::Deleted) {
        (" block-cut", "cut")
    } else if only(SegmentKind::Inserted) {
        (" block-added", "added")
    } else {
        ("", "")
    };
    let _ = write!(out, "<p class=\"block{class}\" dir=\"auto\">");
    let mut p = Para::default();
    if !tag.is_empty() {
        let _ = write!(
            p.html,
            "<span class=\"label block-tag\" dir=\"ltr\">{tag}</span>"
        );
    }
    // The whitespace after the block's last derivative words ends its
    // paragraph: when source-only words follow it, it is one space, not a break.
    let last = block
        .segments
        .iter()
        .rposition(|s| s.kind != SegmentKind::Moved && !s.derivative.trim().is_empty());
    let mut in_move: Option<u32> = None;
    for (i, s) in block.segments.iter().enumerate() {
        let arrived = if s.arrived() { s.move_id } else { None };
        if arrived != in_move {
            if let Some(id) = in_move {
                p.close_move(id);
            }
            if let Some(id) = arrived {
                let anchor = ends.anchor(format!("move-{}-derivative", id + 1));
                let _ = write!(
                    p.html,
                    "<span class=\"moved moved-here\"{anchor}>{}",
                    ends.label(id, false)
                );
            }
            in_move = arrived;
        }
        segment(&mut p, s, ends, Some(i) == last);
    }
    if let Some(id) = in_move {
        p.close_move(id);
    }
    let end = p.html.trim_end().len();
    p.html.truncate(end);
    out.push_str(&p.html);
    out.push_str("</p>\n");
}

/// A paragraph being written: text is escaped, leading whitespace dropped.
#[derive(Default)]
struct Para {
    html: String,
    /// Some text was written (whitespace before it is dropped).
    started: bool,
    /// The text so far ends in a word or mark, not whitespace: a cut placed
    /// here is spaced off by CSS, since a space in the text would split the
    /// derivative's words.
    glued: bool,
}

impl Para {
    fn text(&mut self, text: &str) {
        let text = if self.started {
            text
        } else {
            text.trim_start()
        };
        if !text.is_empty() {
            self.started = true;
            self.glued = !text.ends_with(char::is_whitespace);
            escape_into(&mut self.html, text);
        }
    }

    /// A space after a cut, where the derivative already has one before it.
    fn space(&mut self) {
        self.html.push(' ');
        self.glued = false;
    }

    /// Whether a cut followed by whitespace in the source, placed here, is
    /// spaced off by CSS (see [`Para::glued`]) rather than by a space.
    fn spaced(&self, gap: &str) -> bool {
        self.glued && !gap.is_empty()
    }

    fn tag(&mut self, markup: &str) {
        self.html.push_str(markup);
    }

    /// Opens a change's wrapper, which names its kind of edit (when it has one).
    fn open_edit(&mut self, kind: Option<EditKind>) {
        if let Some(kind) = kind {
            let _ = write!(
                self.html,
                "<span class=\"edit\" title=\"{}\">",
                kind.label()
            );
        }
    }

    fn close_edit(&mut self, kind: Option<EditKind>) {
        if kind.is_some() {
            self.html.push_str("</span>");
        }
    }

    /// Ends a move's derivative end, its closing label before the whitespace after it.
    fn close_move(&mut self, id: u32) {
        let end = self.html.trim_end().len();
        let gap = self.html.split_off(end);
        let _ = write!(
            self.html,
            "<span class=\"label move-label move-end\" dir=\"ltr\">end of moved {}</span></span>",
            id + 1
        );
        self.html.push_str(&gap);
    }

    /// `<tag>words</tag>`, the words with their letter changes marked when known.
    fn marked(&mut self, tag: &str, class: &str, words: &str, chars: Option<&[(bool, &str)]>) {
        let _ = write!(self.html, "<{tag}{class}>");
        match chars {
            Some(parts) => {
                for (changed, text) in parts {
                    if *changed {
                        self.tag("<mark>");
                        self.text(text);
                        self.tag("</mark>");
                    } else {
                        self.text(text);
                    }
                }
            }
            None => self.text(words),
        }
        let _ = write!(self.html, "</{tag}>");
    }
}

/// Splits a run into its words and the whitespace after them.
fn words_and_gap(text: &str) -> (&str, &str) {
    let words = text.trim_end();
    (words, &text[words.len()..])
}

/// The parts of one side of a respelling, `(changed, text)`, when they spell
/// exactly `words`; else `None` (the words are shown whole).
fn letters<'a>(s: &'a Segment, side: CharKind, words: &str) -> Option<Vec<(bool, &'a str)>> {
    let parts: Vec<(bool, &str)> = s
        .chars
        .as_ref()?
        .iter()
        .filter(|p| p.kind == CharKind::Equal || p.kind == side)
        .map(|p| (p.kind != CharKind::Equal, p.text.as_str()))
        .collect();
    let spelled: String = parts.iter().map(|(_, t)| *t).collect();
    (spelled == words).then_some(parts)
}

/// Writes one segment; `last`: it holds the block's last derivative words.
fn segment(p: &mut Para, s: &Segment, ends: &mut Ends<'_>, last: bool) {
    let tail = |text: &str| -> String {
        let (_, gap) = words_and_gap(text);
        if last && !gap.is_empty() {
            " ".to_owned()
        } else {
            gap.to_owned()
        }
    };
    match s.kind {
        // Kept words as the derivative has them (whitespace or case may differ
        // from the source when the options count them as the same).
        SegmentKind::Equal => {
            let (words, _) = words_and_gap(&s.derivative);
            p.text(words);
            p.text(&tail(&s.derivative));
        }
        SegmentKind::Deleted => {
            let (words, gap) = words_and_gap(&s.source);
            if words.is_empty() {
                return;
            }
            let spaced = p.spaced(gap);
            p.open_edit(s.edit);
            p.marked(
                "del",
                if spaced { " class=\"spaced\"" } else { "" },
                words,
                None,
            );
            p.close_edit(s.edit);
            if !spaced && !gap.is_empty() {
                p.space();
            }
        }
        SegmentKind::Inserted => {
            let (words, _) = words_and_gap(&s.derivative);
            if !words.is_empty() {
                p.open_edit(s.edit);
                p.marked("ins", "", words, None);
                p.close_edit(s.edit);
            }
            p.text(&tail(&s.derivative));
        }
        SegmentKind::Replaced => {
            let (old, _) = words_and_gap(&s.source);
            let (new, _) = words_and_gap(&s.derivative);
            let kind = s.edit.filter(|_| !old.is_empty() || !new.is_empty());
            p.open_edit(kind);
            if !old.is_empty() {
                let parts = letters(s, CharKind::Deleted, old);
                p.marked("del", "", old, parts.as_deref());
            }
            if !new.is_empty() {
                let parts = letters(s, CharKind::Inserted, new);
                p.marked("ins", "", new, parts.as_deref());
            }
            p.close_edit(kind);
            p.text(&tail(&s.derivative));
        }
        SegmentKind::Moved => {
            let (words, gap) = words_and_gap(&s.source);
            if words.is_empty() {
                return;
            }
            let id = s.move_id.unwrap_or(0);
            let anchor = ends.anchor(format!("move-{}-source", id + 1));
            let label = ends.label(id, true);
            let spaced = p.spaced(gap);
            let class = if spaced { " spaced" } else { "" };
            // Its kind is named (moved), but not drawn again: its label says it.
            let title = s
                .edit
                .map(|k| format!(" title=\"{}\"", k.label()))
                .unwrap_or_default();
            let _ = write!(
                p.html,
                "<span class=\"moved moved-away{class}\"{anchor}{title}>{label}"
            );
            p.marked("del", " class=\"moved-text\"", words, None);
            p.tag("</span>");
            if !spaced && !gap.is_empty() {
                p.space();
            }
        }
    }
}

/// Whether a character steers the direction of text around it (bidi
/// embeddings, overrides, isolates and marks): written as a character
/// reference, so the document's source never carries one raw.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Appends `text` to `out` as HTML text or attribute value: `& < > " '` and
/// bidi controls as character references.
fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) =
        rest.find(|c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || is_bidi_control(c))
    {
        out.push_str(&rest[..at]);
        let c = rest[at..].chars().next().unwrap_or_default();
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => {
                let _ = write!(out, "&#x{:X};", c as u32);
            }
        }
        rest = &rest[at + c.len_utf8()..];
    }
    out.push_str(rest);
}

/// "1 word", "12,345 words".
fn words(n: usize) -> String {
    counted(n, "word", "words")
}

/// Light and dark themes, print, and widths from 360 px up. Colour is never
/// the only cue: cuts are struck through, additions underlined, moves
/// labelled, changed letters bold on their highlight; screen readers also hear
/// "cut:" and "added:" (generated content, so the document's text stays the
/// texts' own). Every text colour is at least 4.5:1 on what it stands on, the
/// changed letters' colours on the highlight too (#524204 in dark: 4.9:1 under
/// a cut's #ff9aa2, 5.3:1 under an addition's #93c1ff).
const STYLE: &str = r#":root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1c1c21; --muted: #5a5a66; --rule: #d6d6de; --panel: #f5f5f8;
  --del: #9f1a24; --del-bg: #fde9eb; --ins: #0a4ea3; --ins-bg: #e5effc;
  --move: #5d3596; --move-bg: #f2ecfa; --mark: #ffe173; --link: #0a4ea3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15161a; --fg: #e7e7ec; --muted: #a4a4b0; --rule: #383943; --panel: #1e1f25;
    --del: #ff9aa2; --del-bg: #3b1b20; --ins: #93c1ff; --ins-bg: #15273f;
    --move: #cdb0ff; --move-bg: #2a2139; --mark: #524204; --link: #93c1ff;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
h1 { font-size: clamp(1.35rem, 1rem + 2vw, 1.9rem); line-height: 1.25; margin: 0 0 .75rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; }
.kicker { margin: 0 0 .25rem; color: var(--muted); font-size: .85rem; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; }
.arrow { color: var(--muted); }
.sides { margin: 0; display: grid; gap: .15rem; color: var(--muted); }
.sides div { display: flex; flex-wrap: wrap; gap: .4rem; }
.sides dt { font-weight: 600; }
.sides dt::after { content: ":"; }
.sides dd { margin: 0; overflow-wrap: anywhere; }
.figures { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .5rem; }
.figures li { border: 1px solid var(--rule); border-radius: .5rem; padding: .3rem .7rem; background: var(--panel); }
.figures strong { font-size: 1.1em; font-variant-numeric: tabular-nums; }
.figure-deleted strong { color: var(--del); }
.figure-inserted strong { color: var(--ins); }
.figure-moved strong { color: var(--move); }
.plain, .options { margin: 0 0 .75rem; }
.options { color: var(--muted); font-size: .9rem; }
.note { border-left: .3rem solid var(--move); background: var(--panel); padding: .5rem .8rem; margin: 0 0 .75rem; }
.legend ul { list-style: none; padding: 0; margin: 0; display: grid; gap: .35rem; font-size: .95rem; }
h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
.why dl, .facts { display: grid; gap: .25rem; margin: .5rem 0 .75rem; }
.why dl div, .facts div { display: flex; flex-wrap: wrap; gap: 0 .5rem; }
.why dt, .facts dt { color: var(--muted); }
.why dt::after, .facts dt::after { content: ":"; }
.why dd, .facts dd { margin: 0; }
.why p { color: var(--muted); font-size: .9rem; margin: 0 0 .75rem; }
.reuse-bar { margin: 0 0 1rem; }
.reuse-bar figcaption { font-weight: 600; margin-bottom: .25rem; }
.bar { display: flex; height: .9rem; border-radius: 4px; overflow: hidden; background: var(--panel); border: 1px solid var(--rule); }
.bar-part { display: block; height: 100%; }
.verbatim { background: var(--move); }
.rewritten { background: repeating-linear-gradient(135deg, var(--move) 0 3px, var(--move-bg) 3px 6px); }
.new { background: var(--ins); }
.cut { background: var(--del); }
.bar-key { display: flex; flex-wrap: wrap; gap: .2rem .9rem; list-style: none; padding: 0; margin: .35rem 0 0; font-size: .92rem; }
.bar-key strong, .facts strong { font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .75rem; height: .75rem; border-radius: 2px; border: 1px solid var(--rule); margin-right: .3rem; vertical-align: -.05rem; }
.run-opening { color: var(--muted); overflow-wrap: anywhere; }
.hint { color: var(--muted); font-size: .9rem; margin: 0 0 .6rem; }
.kind-list { margin: 0; display: grid; gap: .55rem; }
.kind-list dt { font-weight: 600; }
.kind-count { display: inline-block; min-width: 1.7em; padding: 0 .4em; border: 1px solid var(--rule); border-radius: 1em; background: var(--panel); font-size: .85em; text-align: center; font-variant-numeric: tabular-nums; }
.kind-list dd { margin: .1rem 0 0; color: var(--muted); font-size: .92rem; }
del, ins { text-decoration-thickness: .09em; border-radius: .15em; padding: 0 .05em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
del { color: var(--del); background: var(--del-bg); text-decoration-line: line-through; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration-line: underline; text-underline-offset: .18em; }
del + ins { margin-left: .15em; }
del::before, del::after, ins::before, ins::after {
  position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap;
  clip-path: inset(100%); clip: rect(0 0 0 0);
}
del::before { content: " [cut: "; }
ins::before { content: " [added: "; }
del::after, ins::after { content: "] "; }
mark { background: var(--mark); color: inherit; font-weight: 700; border-radius: .1em; }
.moved-text { text-decoration-style: dotted; color: var(--move); background: var(--move-bg); }
.moved-here { border: 1px dashed var(--move); border-radius: .3em; padding: .05em .2em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.label { display: inline-block; font: 600 .75em/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--move); background: var(--move-bg); border: 1px solid currentColor; border-radius: .3em; padding: 0 .35em; margin: 0 .35em 0 0; text-decoration: none; white-space: nowrap; text-indent: 0; }
.move-end { margin: 0 0 0 .35em; }
.edit::after { content: attr(title); display: inline-block; font: 600 .68em/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--muted); background: var(--panel); border: 1px solid var(--rule); border-radius: .3em; padding: 0 .3em; margin: 0 .1em 0 .3em; vertical-align: .12em; white-space: nowrap; text-decoration: none; text-indent: 0; }
.spaced { margin: 0 .3em; }
a.label:hover, a.label:focus-visible { text-decoration: underline; outline: 2px solid var(--link); outline-offset: 1px; }
.block-tag { color: var(--muted); background: var(--panel); }
.diff p { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1em; }
.diff p.block-cut { border-left: .2rem solid var(--del); padding-left: .6rem; }
.diff p.block-added { border-left: .2rem double var(--ins); padding-left: .6rem; }
:target { outline: 2px solid var(--link); outline-offset: 2px; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85rem; }
@media (max-width: 30rem) {
  main { padding: 1rem .75rem 2rem; }
  .figures li { padding: .25rem .55rem; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #fff; --fg: #000; --muted: #333; --rule: #888; --panel: #fff;
    --del: #000; --del-bg: transparent; --ins: #000; --ins-bg: transparent;
    --move: #000; --move-bg: transparent; --mark: #e4e4e4; --link: #000;
  }
  body { font: 11pt/1.45 Georgia, "Times New Roman", serif; }
  main { max-width: none; padding: 0; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  .figures li { break-inside: avoid; }
  .kind-list div, .reuse-bar, .why { break-inside: avoid; }
  .bar, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .verbatim { background: #222; }
  .rewritten { background: repeating-linear-gradient(135deg, #222 0 2px, #fff 2px 5px); }
  .new, .cut { background: #fff; }
  .diff p { orphans: 3; widows: 3; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a.label { text-decoration: none; }
  :target { outline: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_quotes_and_bidi_controls() {
        let mut out = String::new();
        escape_into(&mut out, "a&b <i> \"q\" 'r' \u{202E}x\u{2066}y é");
        assert_eq!(
            out,
            "a&amp;b &lt;i&gt; &quot;q&quot; &#39;r&#39; &#x202E;x&#x2066;y é"
        );
    }
}
