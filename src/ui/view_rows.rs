//! What the inline and side-by-side views share: their props, and walking the
//! layout's rows with folded stretches drawn as a button until unfolded.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::folded_row::FoldedRow;
use crate::display::{Layout, Row};
use crate::engine::Comparison;

/// Props of both views.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    /// First blocks of the folded runs the reader unfolded.
    pub unfolded: Rc<HashSet<usize>>,
    pub on_unfold: Callback<usize>,
}

/// The view's rows: each block drawn by `block`, folded runs as a button unless unfolded.
pub fn rows(props: &ViewProps, in_table: bool, block: impl Fn(usize) -> Html) -> Html {
    html! {
        { for props.layout.rows.iter().map(|row| match row {
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
