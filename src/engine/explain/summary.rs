//! The plain-language summary: the analysis told in a few sentences, every figure taken from it.

use super::figures::Figures;
use super::verdict::{Derivation, Verdict};
use super::{EditCount, EditKind};
use crate::engine::comparison::{Block, SegmentKind, Status};
use crate::engine::unicode::lowercase;
use crate::format::{count, percent};

/// Writes the summary of a labelled comparison.
pub(crate) fn summary(
    blocks: &[Block],
    figures: &Figures,
    edits: &[EditCount],
    verdict: Option<&Verdict>,
    status: Status,
) -> String {
    match status {
        Status::BothEmpty => return "Both texts are empty.".into(),
        Status::SourceEmpty => {
            return "The source is empty: every word of the derivative is new.".into()
        }
        Status::DerivativeEmpty => {
            return "The derivative is empty: every word of the source is cut.".into()
        }
        Status::Identical => return "The two texts are identical.".into(),
        Status::WhitespaceOnly | Status::Equivalent => {
            return "The two texts say the same thing word for word; only formatting differs."
                .into()
        }
        _ => {}
    }
    let mut out = String::new();
    if status == Status::NoSharedPassages {
        out.push_str("The two texts share no passage");
        out.push_str(if verdict.is_some_and(|v| v.derivation != Derivation::Non) {
            " word for word, but the derivative\u{2019}s sentences hold much of the source\u{2019}s content: it may be a heavy rewrite of the source."
        } else {
            ": what they have in common is topic, not text."
        });
        return out;
    }
    let paragraphs = if figures.source_paragraphs == 1 {
        if figures.source_paragraphs_reused == 1 {
            "reuses its only paragraph".to_string()
        } else {
            "reuses none of its one paragraph".to_string()
        }
    } else {
        format!(
            "reuses {} of the source's {} paragraphs",
            count(figures.source_paragraphs_reused),
            count(figures.source_paragraphs)
        )
    };
    out.push_str(&format!(
        "The derivative copies {} of its words verbatim from the source and {paragraphs}.",
        percent(figures.derivative_verbatim)
    ));
    let examples = Examples::of(blocks);
    let count_of = |k: EditKind| edits.iter().find(|e| e.kind == k).map_or(0, |e| e.count);
    let mut clauses: Vec<String> = Vec::new();
    if count_of(EditKind::DatelineRemoved) > 0 {
        clauses.push(format!(
            "drops the dateline ({})",
            listed(&examples.datelines)
        ));
    }
    let n = count_of(EditKind::AttributionAdded);
    if n > 0 {
        clauses.push(format!(
            "adds attribution {} ({})",
            times(n),
            quoted(&examples.attributions)
        ));
    }
    let n = count_of(EditKind::AttributionRemoved);
    if n > 0 {
        clauses.push(format!("removes attribution {}", times(n)));
    }
    let n = count_of(EditKind::HedgeAdded);
    if n > 0 {
        clauses.push(format!(
            "hedges {} {} ({})",
            count(n),
            plural(n, "statement", "statements"),
            quoted(&examples.hedges)
        ));
    }
    counted(
        &mut clauses,
        "drops",
        count_of(EditKind::HedgeRemoved),
        ("hedge", "hedges"),
    );
    let (names, words, honorifics) = (
        examples.names.len(),
        examples.words.len(),
        examples.honorifics.len(),
    );
    if names + words + honorifics > 0 {
        let respelled: Vec<String> = [
            (&examples.names, ("name", "names")),
            (&examples.words, ("word", "words")),
        ]
        .into_iter()
        .filter(|(list, _)| !list.is_empty())
        .map(|(list, (one, many))| {
            let n = list.len();
            format!("{} {} ({})", count(n), plural(n, one, many), listed(list))
        })
        .collect();
        let mut clause = String::new();
        if !respelled.is_empty() {
            clause.push_str("respells ");
            clause.push_str(&respelled.join(" and "));
        }
        if honorifics > 0 {
            clause.push_str(if respelled.is_empty() {
                "adds "
            } else {
                " with "
            });
            clause.push_str(&format!(
                "{} {} added ({})",
                count(honorifics),
                plural(honorifics, "honorific", "honorifics"),
                listed(&examples.honorifics)
            ));
        }
        clauses.push(clause);
    }
    counted(
        &mut clauses,
        "changes",
        count_of(EditKind::NumberChanged),
        ("number or date", "numbers or dates"),
    );
    counted(
        &mut clauses,
        "alters",
        count_of(EditKind::QuotationChanged),
        ("quotation", "quotations"),
    );
    let cut = figures.source_paragraphs - figures.source_paragraphs_reused;
    counted(&mut clauses, "cuts", cut, ("paragraph", "paragraphs"));
    let new = figures.derivative_paragraphs_new;
    counted(
        &mut clauses,
        "adds",
        new,
        ("new paragraph", "new paragraphs"),
    );
    counted(
        &mut clauses,
        "moves",
        count_of(EditKind::Moved),
        ("passage", "passages"),
    );
    if !clauses.is_empty() {
        out.push_str(" It ");
        out.push_str(&join(&clauses));
        out.push('.');
    }
    out
}

/// Examples of edits to name in the summary, in text order, without repeats.
#[derive(Default)]
struct Examples {
    datelines: Vec<String>,
    attributions: Vec<String>,
    hedges: Vec<String>,
    names: Vec<String>,
    words: Vec<String>,
    honorifics: Vec<String>,
}

impl Examples {
    fn of(blocks: &[Block]) -> Examples {
        let mut x = Examples::default();
        let push = |list: &mut Vec<String>, item: String| {
            if !item.is_empty() && !list.contains(&item) {
                list.push(item);
            }
        };
        for s in blocks.iter().flat_map(|b| &b.segments) {
            let (src, der) = (s.source.trim(), s.derivative.trim());
            match s.edit {
                Some(EditKind::DatelineRemoved) => push(&mut x.datelines, src.to_owned()),
                Some(EditKind::AttributionAdded) => push(&mut x.attributions, opening(der, 6)),
                Some(EditKind::HedgeAdded) => push(&mut x.hedges, lowercase(der)),
                Some(EditKind::NameVariant) if s.kind == SegmentKind::Replaced => {
                    // The words alone: punctuation beside them is not part of the respelling.
                    let bare = |t: &str| t.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
                    let (src, der) = (bare(src), bare(der));
                    let capital = src.chars().next().is_some_and(char::is_uppercase);
                    push(
                        if capital { &mut x.names } else { &mut x.words },
                        format!("{src} \u{2192} {der}"),
                    )
                }
                Some(EditKind::NameVariant) if s.kind == SegmentKind::Inserted => {
                    push(&mut x.honorifics, der.to_owned())
                }
                _ => {}
            }
        }
        x
    }
}

/// Adds "`verb` `n` `noun`" to the clauses when `n` is not 0 ("cuts 18 paragraphs").
fn counted(clauses: &mut Vec<String>, verb: &str, n: usize, (one, many): (&str, &str)) {
    if n > 0 {
        clauses.push(format!("{verb} {} {}", count(n), plural(n, one, many)));
    }
}

/// The first `n` words of a text, "…" after them when there are more.
fn opening(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push('…');
    }
    out
}

/// The most examples a list in the summary names; the rest are counted.
const EXAMPLES_SHOWN: usize = 5;

/// Items joined with commas, the first [`EXAMPLES_SHOWN`] of them and "and N more".
fn listed(items: &[String]) -> String {
    let shown = items[..items.len().min(EXAMPLES_SHOWN)].join(", ");
    match items.len().checked_sub(EXAMPLES_SHOWN) {
        Some(more) if more > 0 => format!("{shown} and {} more", count(more)),
        _ => shown,
    }
}

fn quoted(items: &[String]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|i| format!("\u{201c}{i}\u{201d}"))
        .collect();
    listed(&quoted)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn times(n: usize) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{} times", count(n)),
    }
}

/// Joins clauses as English does: "a, b and c".
fn join(clauses: &[String]) -> String {
    match clauses {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
