//! The side-by-side view: aligned paragraphs in two columns that scroll together.

use yew::prelude::*;

use super::marks::Column;
use super::passage::passage;
use super::view_rows::{row, rows, ViewProps};
use crate::display::Layout;
use crate::engine::{Comparison, SegmentKind};

#[function_component]
pub fn SideBySideView(props: &ViewProps) -> Html {
    let rows = rows(props, true, |b| row(props, b, render_row));
    html! {
        <div class="diff-text side-by-side" role="table" aria-label="Source and derivative, paragraph by paragraph">
            <div class="sbs-row sbs-head" role="row">
                <div class="sbs-cell" role="columnheader">{ "Source" }</div>
                <div class="sbs-cell" role="columnheader">{ "Derivative" }</div>
            </div>
            { rows }
        </div>
    }
}

fn render_row(c: &Comparison, layout: &Layout, b: usize) -> Html {
    let block = &c.blocks[b];
    let has = |pick: fn(&crate::engine::Segment) -> &str| {
        block.segments.iter().any(|s| !pick(s).trim().is_empty())
    };
    let source_side = block
        .segments
        .iter()
        .any(|s| !s.arrived() && !s.source.trim().is_empty());
    let derivative_side = has(|s| &s.derivative);
    if !source_side && !derivative_side {
        return html! {};
    }
    let number = |p: Option<usize>| p.map(|p| format!("\u{b6}{}", p + 1));
    let cut = block.segments.iter().all(|s| {
        matches!(s.kind, SegmentKind::Deleted | SegmentKind::Moved)
            || s.derivative.trim().is_empty()
    });
    html! {
        <div class="sbs-row" role="row" data-block={b.to_string()}>
            <div class={classes!("sbs-cell", "sbs-source", (!source_side).then_some("is-empty"))} role="cell" dir="auto">
                if source_side {
                    <span class="para-number" aria-label={number(block.source_paragraph).map(|n| format!("source paragraph {}", &n[2..]))}>
                        { number(block.source_paragraph) }
                    </span>
                    { passage(block, b, Column::Source, layout, &c.moves) }
                }
            </div>
            <div class={classes!("sbs-cell", "sbs-derivative", (!derivative_side || cut).then_some("is-empty"))} role="cell" dir="auto">
                if derivative_side {
                    <span class="para-number" aria-label={number(block.derivative_paragraph).map(|n| format!("derivative paragraph {}", &n[2..]))}>
                        { number(block.derivative_paragraph) }
                    </span>
                    { passage(block, b, Column::Derivative, layout, &c.moves) }
                }
            </div>
        </div>
    }
}
