//! The inline view: one column, the derivative as it reads, with cuts and moves shown in place.

use yew::prelude::*;

use super::marks::Column;
use super::passage::passage;
use super::view_rows::{rows, ViewProps};
use crate::display::{is_unchanged, Layout};
use crate::engine::{Block, Comparison, SegmentKind};

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
pub fn InlineView(props: &ViewProps) -> Html {
    let rows = rows(props, false, render_block);
    html! {
        <article class="diff-text inline-view" aria-label="The derivative with changes from the source marked">
            { rows }
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
