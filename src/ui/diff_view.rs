//! The inline diff view: the derivative as it reads, with cuts and additions marked in place.
//!
//! Colour is never the only cue: cut words are struck through, added words are
//! underlined, and each change carries hidden words for screen readers
//! ("deleted:", "inserted:", "replaced: … with: …") and a tooltip.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Block, Comparison, Segment, SegmentKind, Status};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub comparison: Rc<Comparison>,
}

/// The comparison as one column of paragraphs.
#[function_component]
pub fn DiffView(props: &Props) -> Html {
    let c = &props.comparison;
    if matches!(
        c.status,
        Status::BothEmpty | Status::SourceEmpty | Status::DerivativeEmpty
    ) {
        return html! {};
    }
    html! {
        <div class="diff-view">
            <ul class="legend" aria-label="How changes are marked">
                <li><span class="legend-swatch"><del>{ "struck through" }</del></span>{ " in the source only (cut)" }</li>
                <li><span class="legend-swatch"><ins>{ "underlined" }</ins></span>{ " in the derivative only (added)" }</li>
            </ul>
            <article class="diff-text" id="diff" aria-label="The derivative with changes from the source marked">
                { for c.blocks.iter().map(block) }
            </article>
        </div>
    }
}

fn block(block: &Block) -> Html {
    let only = |kind| block.segments.iter().all(|s| s.kind == kind || is_blank(s));
    let class = if only(SegmentKind::Deleted) {
        Some("block-cut")
    } else if only(SegmentKind::Inserted) {
        Some("block-added")
    } else {
        None
    };
    if block.segments.iter().all(is_blank) {
        return html! {};
    }
    html! {
        <p class={classes!("block", class)} dir="auto">
            { for block.segments.iter().map(segment) }
        </p>
    }
}

fn is_blank(s: &Segment) -> bool {
    s.source.trim().is_empty() && s.derivative.trim().is_empty()
}

/// Splits a run into its words and the whitespace after them.
fn words_and_space(text: &str) -> (&str, &str) {
    let words = text.trim_end();
    (words, &text[words.len()..])
}

/// Whitespace between words, as one space (paragraphs are the blocks).
fn gap(space: &str) -> &'static str {
    if space.is_empty() {
        ""
    } else {
        " "
    }
}

fn segment(s: &Segment) -> Html {
    match s.kind {
        SegmentKind::Equal => html! { { s.derivative.as_str() } },
        SegmentKind::Deleted => {
            let (words, space) = words_and_space(&s.source);
            html! {
                <>
                    <del class="change" data-kind="deleted" title="Cut: in the source only">
                        <span class="visually-hidden">{ "deleted: " }</span>{ words }
                    </del>
                    { gap(space) }
                </>
            }
        }
        SegmentKind::Inserted => {
            let (words, space) = words_and_space(&s.derivative);
            html! {
                <>
                    <ins class="change" data-kind="inserted" title="Added: in the derivative only">
                        <span class="visually-hidden">{ "inserted: " }</span>{ words }
                    </ins>
                    { gap(space) }
                </>
            }
        }
        SegmentKind::Replaced => {
            let (old, _) = words_and_space(&s.source);
            let (new, space) = words_and_space(&s.derivative);
            html! {
                <>
                    <span class="change" data-kind="replaced" title={format!("Changed: \u{201c}{old}\u{201d} became \u{201c}{new}\u{201d}")}>
                        <del><span class="visually-hidden">{ "replaced: " }</span>{ old }</del>
                        { " " }
                        <ins><span class="visually-hidden">{ " with: " }</span>{ new }</ins>
                    </span>
                    { gap(space) }
                </>
            }
        }
    }
}
