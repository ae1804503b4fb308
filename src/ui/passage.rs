//! One block's content in one column, with moved passages wrapped and badged.

use yew::prelude::*;

use super::dom::jump_to_move;
use super::marks::{segment, Column};
use crate::display::Layout;
use crate::engine::{Block, Move, Segment, SegmentKind};

/// A badge on one end of a move; activating it goes to the other end.
fn move_badge(m: &Move, here: &'static str) -> Html {
    let (id, number) = (m.id, m.id + 1);
    let (arrow, label, to) = if here == "source" {
        (
            "\u{2193}",
            format!(
                "moved {number}: this passage now stands in derivative paragraph {}. Go there.",
                m.derivative_paragraph + 1
            ),
            "derivative",
        )
    } else {
        (
            "\u{2191}",
            format!(
                "moved {number}: this passage came from source paragraph {}. Go there.",
                m.source_paragraph + 1
            ),
            "source",
        )
    };
    let onclick = Callback::from(move |_| jump_to_move(id, to));
    html! {
        <button type="button" class="move-badge" aria-label={label.clone()} title={label} {onclick}>
            { format!("{arrow} moved {number}") }
        </button>
    }
}

/// The content of `block` (index `b`) in `column`.
pub fn passage(block: &Block, b: usize, column: Column, layout: &Layout, moves: &[Move]) -> Html {
    let stop = |s: usize| layout.stop_of[b][s];
    let segments = &block.segments;
    let mut out: Vec<Html> = Vec::with_capacity(segments.len());
    let mut s = 0;
    while s < segments.len() {
        let seg: &Segment = &segments[s];
        let the_move = seg.move_id.and_then(|id| moves.get(id as usize));
        match (seg.kind, the_move) {
            (SegmentKind::Moved, Some(m)) if column != Column::Derivative => {
                out.push(html! {
                    <span class="moved-away" data-move={m.id.to_string()} data-move-end="source"
                        data-change={stop(s).map(|n| n.to_string())}>
                        { move_badge(m, "source") }
                        <span class="visually-hidden">{ "moved away from here: " }</span>
                        { segment(seg, column, None) }
                    </span>
                });
                s += 1;
            }
            (_, Some(m)) if seg.arrived() && column != Column::Source => {
                let end = segments[s..]
                    .iter()
                    .position(|x| !(x.arrived() && x.move_id == seg.move_id))
                    .map_or(segments.len(), |n| s + n);
                let inner: Vec<Html> = (s..end)
                    .map(|i| {
                        let own =
                            stop(i).filter(|_| segments[i].kind.is_change() && stop(i) != stop(s));
                        segment(&segments[i], column, own)
                    })
                    .collect();
                out.push(html! {
                    <span class="moved-here" data-move={m.id.to_string()} data-move-end="derivative"
                        data-change={stop(s).map(|n| n.to_string())}>
                        { move_badge(m, "derivative") }
                        <span class="visually-hidden">{ "moved here: " }</span>
                        { for inner }
                    </span>
                });
                s = end;
            }
            _ => {
                out.push(segment(seg, column, stop(s)));
                s += 1;
            }
        }
    }
    html! { { for out } }
}
