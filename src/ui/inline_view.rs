//! The inline view: one column, the derivative as it reads, with cuts and moves shown in place.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::folded_row::FoldedRow;
use super::marks::Column;
use super::passage::passage;
use crate::display::{is_unchanged, Layout, Row};
use crate::engine::{Block, Comparison, SegmentKind};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    /// First blocks of the folded runs the reader unfolded.
    pub unfolded: Rc<HashSet<usize>>,
    pub on_unfold: Callback<usize>,
}

fn block_class(block: &Block) -> Option<&'static str> {
    let only = |kind| {
        block.segments.iter().all(|s| {
            s.kind == kind && s.move_id.is_none()
                || s.source.trim().is_empty() && s.derivative.trim().is_empty()
        })
    };
    if only(SegmentKind::Deleted) {
        Some("block-cut")
    } else if only(SegmentKind::Inserted) {
        Some("block-added")
    } else if is_unchanged(block) {
        None
    } else {
        Some("block-changed")
    }
}

#[function_component]
pub fn InlineView(props: &Props) -> Html {
    let c = &props.comparison;
    let rows = props.layout.rows.iter().map(|row| match row {
        Row::Block(b) => render_block(c, &props.layout, *b),
        Row::Folded { blocks } if props.unfolded.contains(&blocks.start) => {
            html! { { for blocks.clone().map(|b| render_block(c, &props.layout, b)) } }
        }
        Row::Folded { blocks } => {
            let start = blocks.start;
            html! { <FoldedRow count={blocks.len()} on_unfold={props.on_unfold.reform(move |_| start)} /> }
        }
    });
    html! {
        <article class="diff-text inline-view" aria-label="The derivative with changes from the source marked">
            { for rows }
        </article>
    }
}

fn render_block(c: &Comparison, layout: &Layout, b: usize) -> Html {
    let block = &c.blocks[b];
    if block
        .segments
        .iter()
        .all(|s| s.source.trim().is_empty() && s.derivative.trim().is_empty())
    {
        return html! {};
    }
    html! {
        <p class={classes!("block", block_class(block))} dir="auto" data-block={b.to_string()}>
            { passage(block, b, Column::Inline, layout, &c.moves) }
        </p>
    }
}
