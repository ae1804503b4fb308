//! What the inline and side-by-side views share: their props, and walking the
//! layout's rows with folded stretches drawn as a button until unfolded.

use std::collections::HashSet;
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

/// The view's rows: each block drawn by `block`, folded runs as a button unless unfolded.
pub fn rows(props: &ViewProps, in_table: bool, block: impl Fn(usize) -> Html) -> Html {
    html! {
        { for props.layout.rows.iter().take(props.limit).map(|row| match row {
            Row::Block(b) => block(*b),
            Row::Folded { blocks } if props.unfolded.contains(&blocks.start) => {
                html! { { for blocks.clone().map(&block) } }
            }
            Row::Folded { blocks } => {
                let start = blocks.start;
                html! { <FoldedRow count={blocks.len()} on_unfold={props.on_unfold.reform(move |_| start)} {in_table} /> }
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
    pub draw: fn(&Comparison, &Layout, usize) -> Html,
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

/// A row component for block `b`, keyed by its block.
pub fn row(props: &ViewProps, b: usize, draw: fn(&Comparison, &Layout, usize) -> Html) -> Html {
    html! {
        <ViewRow key={b} comparison={props.comparison.clone()} layout={props.layout.clone()} block={b} {draw} />
    }
}
