//! The side-by-side view: aligned paragraphs in two columns that scroll together.

use yew::prelude::*;

use super::marks::Column;
use super::passage::passage;
use super::view_rows::{rows, ViewProps};
use crate::display::Layout;
use crate::engine::Comparison;

#[function_component]
pub fn SideBySideView(props: &ViewProps) -> Html {
    let rows = rows(props, true, render_row);
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
    let source_side = block
        .segments
        .iter()
        .any(|s| !s.arrived() && !s.source.trim().is_empty());
    let derivative_side = block
        .segments
        .iter()
        .any(|s| !s.derivative.trim().is_empty());
    if !source_side && !derivative_side {
        return html! {};
    }
    html! {
        <div class="sbs-row" role="row" data-block={b.to_string()}>
            { cell(c, layout, b, Column::Source, source_side, block.source_paragraph) }
            { cell(c, layout, b, Column::Derivative, derivative_side, block.derivative_paragraph) }
        </div>
    }
}

/// One side of a row: its paragraph number and passage, or a hatched empty cell.
fn cell(
    c: &Comparison,
    layout: &Layout,
    b: usize,
    column: Column,
    filled: bool,
    paragraph: Option<usize>,
) -> Html {
    let (class, side) = match column {
        Column::Source => ("sbs-source", "source"),
        _ => ("sbs-derivative", "derivative"),
    };
    html! {
        <div class={classes!("sbs-cell", class, (!filled).then_some("is-empty"))} role="cell" dir="auto">
            if filled {
                if let Some(p) = paragraph {
                    <span class="para-number" aria-label={format!("{side} paragraph {}", p + 1)}>
                        { format!("\u{b6}{}", p + 1) }
                    </span>
                }
                { passage(&c.blocks[b], b, column, layout, &c.moves) }
            }
        </div>
    }
}
