//! How one segment is marked up on each side: `<del>`, `<ins>`, in-word marks and hidden words.
//!
//! Functions rather than components: a book-length comparison has tens of
//! thousands of segments. All text goes in as text nodes.

use yew::prelude::*;

use crate::engine::{CharKind, Segment, SegmentKind};

/// Which column a segment is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The inline view: the derivative as it reads, cuts shown in place.
    Inline,
    /// The side-by-side view's source column.
    Source,
    /// The side-by-side view's derivative column.
    Derivative,
}

/// Splits a run into its words and whether whitespace follows them.
fn words_and_gap(text: &str) -> (&str, &'static str) {
    let words = text.trim_end();
    (words, if words.len() < text.len() { " " } else { "" })
}

fn hidden(words: &'static str) -> Html {
    html! { <span class="visually-hidden">{ words }</span> }
}

/// The old word of a respelling with its cut letters marked, or the new one with its added letters.
fn refined(segment: &Segment, keep: CharKind, fallback: &str) -> Html {
    match &segment.chars {
        Some(parts) => html! {
            { for parts.iter().filter(|p| p.kind == CharKind::Equal || p.kind == keep).map(|p| {
                if p.kind == CharKind::Equal {
                    html! { { p.text.as_str() } }
                } else {
                    html! { <mark class="char-change">{ p.text.as_str() }</mark> }
                }
            }) }
        },
        None => html! { { fallback } },
    }
}

/// A segment's markup in `column`; `stop` is its navigation stop, if it has one.
pub fn segment(s: &Segment, column: Column, stop: Option<usize>) -> Html {
    let change = stop.map(|n| n.to_string());
    let text_only = |t: &str| html! { { t.to_owned() } };
    match (s.kind, column) {
        (SegmentKind::Equal, Column::Source) => {
            if s.arrived() {
                html! {}
            } else {
                text_only(&s.source)
            }
        }
        (SegmentKind::Equal, _) => text_only(&s.derivative),
        (SegmentKind::Deleted, Column::Derivative) | (SegmentKind::Inserted, Column::Source) => {
            html! {}
        }
        (SegmentKind::Deleted, _) => {
            if column == Column::Source && s.arrived() {
                return html! {};
            }
            let (words, gap) = words_and_gap(&s.source);
            mark(
                "del",
                "deleted",
                s,
                change,
                "deleted: ",
                html! { { words } },
                gap,
            )
        }
        (SegmentKind::Inserted, _) => {
            let (words, gap) = words_and_gap(&s.derivative);
            mark(
                "ins",
                "inserted",
                s,
                change,
                "inserted: ",
                html! { { words } },
                gap,
            )
        }
        (SegmentKind::Replaced, Column::Source) => {
            if s.arrived() {
                return html! {};
            }
            let (old, gap) = words_and_gap(&s.source);
            mark(
                "del",
                "replaced",
                s,
                change,
                "replaced: ",
                refined(s, CharKind::Deleted, old),
                gap,
            )
        }
        (SegmentKind::Replaced, Column::Derivative) => {
            let (new, gap) = words_and_gap(&s.derivative);
            mark(
                "ins",
                "replaced",
                s,
                change,
                "replacement: ",
                refined(s, CharKind::Inserted, new),
                gap,
            )
        }
        (SegmentKind::Replaced, Column::Inline) => {
            let (old, _) = words_and_gap(&s.source);
            let (new, gap) = words_and_gap(&s.derivative);
            html! {
                <>
                    <span class="change" data-kind="replaced" data-edit={s.edit.map(|k| k.id())} data-change={change} title={titled(s, &title(s))}>
                        <del>{ hidden("replaced: ") }{ refined(s, CharKind::Deleted, old) }</del>
                        { " " }
                        <ins>{ hidden(" with: ") }{ refined(s, CharKind::Inserted, new) }</ins>
                    </span>
                    { gap }
                </>
            }
        }
        (SegmentKind::Moved, Column::Derivative) => html! {},
        (SegmentKind::Moved, _) => {
            let (words, gap) = words_and_gap(&s.source);
            html! { <><span class="moved-text">{ words }</span>{ gap }</> }
        }
    }
}

/// One marked change: `<del>` or `<ins>` with its kind, edit kind, stop, tooltip and the
/// words a screen reader hears first, then the whitespace after it.
fn mark(
    tag: &'static str,
    kind: &'static str,
    s: &Segment,
    change: Option<String>,
    heard: &'static str,
    content: Html,
    gap: &'static str,
) -> Html {
    let title = match kind {
        "deleted" => "Cut: in the source only".to_owned(),
        "inserted" => "Added: in the derivative only".to_owned(),
        _ => title(s),
    };
    html! {
        <>
            <@{tag} class="change" data-kind={kind} data-edit={s.edit.map(|k| k.id())} data-change={change} title={titled(s, &title)}>
                { hidden(heard) }{ content }
            </@>
            { gap }
        </>
    }
}

/// A change's tooltip: its edit kind, then what happened.
fn titled(s: &Segment, what: &str) -> String {
    match s.edit {
        Some(kind) => format!("{}. {what}", kind.label()),
        None => what.to_owned(),
    }
}

/// What happened to a replaced segment: "Respelled" only when letters changed (a word's
/// spelling); a number shown digit by digit is not respelled, and the edit kind's label
/// before it already says what changed.
fn title(s: &Segment) -> String {
    let became = format!(
        "\u{201c}{}\u{201d} became \u{201c}{}\u{201d}",
        s.source.trim(),
        s.derivative.trim()
    );
    let letters_changed = s.chars.as_ref().is_some_and(|parts| {
        parts
            .iter()
            .any(|p| p.kind != CharKind::Equal && p.text.chars().any(char::is_alphabetic))
    });
    if letters_changed {
        format!("Respelled: {became}")
    } else if s.edit.is_some() {
        became
    } else {
        format!("Changed: {became}")
    }
}
