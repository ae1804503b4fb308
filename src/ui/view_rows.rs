//! What the inline and side-by-side views share: their props, and walking the
//! layout's rows in chunks, with folded stretches drawn as a button until unfolded.

use std::collections::HashSet;
use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::folded_row::FoldedRow;
use crate::display::{Layout, Row};
use crate::engine::Comparison;

/// Props of both views.
#[derive(Properties)]
pub struct ViewProps {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    /// First blocks of the folded runs the reader unfolded.
    pub unfolded: Rc<HashSet<usize>>,
    pub on_unfold: Callback<usize>,
    /// How many rows to draw: a long comparison is drawn progressively.
    pub limit: usize,
}

/// By pointer for the shared data: never a field-by-field walk of a book.
impl PartialEq for ViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comparison, &other.comparison)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && Rc::ptr_eq(&self.unfolded, &other.unfolded)
            && self.on_unfold == other.on_unfold
            && self.limit == other.limit
    }
}

/// Rows per chunk: drawing more rows renders one new chunk, and the chunks already
/// drawn are skipped as a whole (their props compare by pointer).
pub const CHUNK_ROWS: usize = 60;

/// The view's rows up to `props.limit`, in chunks: each block drawn by `draw`,
/// folded runs as a button unless unfolded.
pub fn rows(props: &ViewProps, in_table: bool, draw: Draw) -> Html {
    let end = props.limit.min(props.layout.rows.len());
    html! {
        { for (0..end).step_by(CHUNK_ROWS).map(|start| html! {
            <RowChunk key={start} comparison={props.comparison.clone()} layout={props.layout.clone()}
                unfolded={props.unfolded.clone()} on_unfold={props.on_unfold.clone()}
                rows={start..(start + CHUNK_ROWS).min(end)} {in_table} {draw} />
        }) }
    }
}

/// Draws block `b` of a comparison.
pub type Draw = fn(&Comparison, &Layout, usize) -> Html;

/// A run of rows of a view.
#[derive(Properties)]
pub struct ChunkProps {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    pub unfolded: Rc<HashSet<usize>>,
    pub on_unfold: Callback<usize>,
    /// Which of `layout.rows`.
    pub rows: Range<usize>,
    pub in_table: bool,
    pub draw: Draw,
}

impl PartialEq for ChunkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comparison, &other.comparison)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && Rc::ptr_eq(&self.unfolded, &other.unfolded)
            && self.on_unfold == other.on_unfold
            && self.rows == other.rows
            && self.in_table == other.in_table
            && std::ptr::fn_addr_eq(self.draw, other.draw)
    }
}

#[function_component]
fn RowChunk(props: &ChunkProps) -> Html {
    let rows = &props.layout.rows[props.rows.clone()];
    let block = |b: usize| {
        html! {
            <ViewRow key={b} comparison={props.comparison.clone()} layout={props.layout.clone()} block={b} draw={props.draw} />
        }
    };
    html! {
        { for rows.iter().map(|row| match row {
            Row::Block(b) => block(*b),
            Row::Folded { blocks } if props.unfolded.contains(&blocks.start) => {
                html! { { for blocks.clone().map(block) } }
            }
            Row::Folded { blocks } => {
                let start = blocks.start;
                html! { <FoldedRow count={blocks.len()} on_unfold={props.on_unfold.reform(move |_| start)} in_table={props.in_table} /> }
            }
        }) }
    }
}

/// One row of a view: a block of `comparison`, drawn by `draw`. A component of
/// its own so that drawing more rows, or any other re-render, skips the rows
/// already drawn (props compare by pointer).
#[derive(Properties)]
pub struct RowProps {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    pub block: usize,
    pub draw: Draw,
}

impl PartialEq for RowProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comparison, &other.comparison)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.block == other.block
            && std::ptr::fn_addr_eq(self.draw, other.draw)
    }
}

#[function_component]
pub fn ViewRow(props: &RowProps) -> Html {
    (props.draw)(&props.comparison, &props.layout, props.block)
}
