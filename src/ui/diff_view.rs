//! The comparison itself: the chosen view, the overview strip, and the behaviour they share
//! (unfolding, the current change, counterparts lit on hover and focus).

use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use super::dom::{link_counterparts, show_current};
use super::inline_view::InlineView;
use super::overview_strip::OverviewStrip;
use super::side_by_side_view::SideBySideView;
use super::view_rows::CHUNK_ROWS;
use crate::display::Layout;
use crate::engine::{Comparison, Status};
use crate::io::storage::View;

#[derive(Properties)]
pub struct Props {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    pub view: View,
    pub current: Option<usize>,
    pub on_go: Callback<usize>,
}

/// By pointer: a book-length comparison is never compared field by field on a render.
impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comparison, &other.comparison)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.view == other.view
            && self.current == other.current
            && self.on_go == other.on_go
    }
}

/// Sent on the window before the page prints itself: draw every row.
pub const PRINT_EVENT: &str = "syndiff-print";

/// Rows drawn at first; a book-length comparison draws the rest as the reader nears them.
const FIRST_ROWS: usize = CHUNK_ROWS;
/// Rows added each time the reader nears the end of what is drawn: one chunk.
const MORE_ROWS: usize = CHUNK_ROWS;

#[function_component]
pub fn DiffView(props: &Props) -> Html {
    let unfolded = use_state(|| Rc::new(HashSet::<usize>::new()));
    let limit = use_state(|| FIRST_ROWS);
    let sentinel = use_node_ref();
    // A new comparison starts folded again, and is drawn from the top.
    {
        let (unfolded, limit) = (unfolded.clone(), limit.clone());
        use_effect_with(Rc::as_ptr(&props.comparison) as usize, move |_| {
            unfolded.set(Rc::new(HashSet::new()));
            limit.set(FIRST_ROWS);
        });
    }
    // Draw more rows when the sentinel after the last one comes near the window
    // (watched anew for each comparison and each step, as the sentinel comes and goes).
    {
        let limit = limit.clone();
        let deps = (sentinel.clone(), *limit, Rc::as_ptr(&props.layout) as usize);
        use_effect_with(deps, move |(sentinel, _, _)| {
            let observer = sentinel
                .cast::<web_sys::Element>()
                .and_then(|el| draw_more_when_near(&el, limit));
            move || {
                if let Some((observer, _closure)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    // Printing prints the whole comparison: every row is drawn first (the Print button
    // sends `PRINT_EVENT` and prints once drawn; the browser's own print sends `beforeprint`).
    {
        let (limit, rows) = (limit.clone(), props.layout.rows.len());
        use_effect_with(rows, move |&rows| {
            let listeners = web_sys::window().map(|window| {
                let draw_all = move |_: &Event| limit.set(rows);
                [
                    gloo_events::EventListener::new(&window, "beforeprint", draw_all.clone()),
                    gloo_events::EventListener::new(&window, PRINT_EVENT, draw_all),
                ]
            });
            move || drop(listeners)
        });
    }
    // Keep the current change marked and in view, whenever it or the view
    // changes; draw ahead first if it lies beyond what is drawn.
    {
        let limit = limit.clone();
        let layout = props.layout.clone();
        let deps = (
            props.current,
            props.view,
            Rc::as_ptr(&props.layout) as usize,
            *limit,
        );
        use_effect_with(deps, move |(current, _, _, drawn)| {
            let row = current
                .and_then(|n| layout.stops.get(n))
                .map(|stop| layout.row_of_block[stop.block]);
            match row {
                Some(row) if row >= *drawn => limit.set(row + MORE_ROWS),
                _ => show_current(*current),
            }
        });
    }

    let c = &props.comparison;
    if matches!(
        c.status,
        Status::BothEmpty | Status::SourceEmpty | Status::DerivativeEmpty
    ) {
        return html! {};
    }
    let on_unfold = {
        let unfolded = unfolded.clone();
        Callback::from(move |start: usize| {
            let mut next = (**unfolded).clone();
            next.insert(start);
            unfolded.set(Rc::new(next));
        })
    };
    let light = |e: Event| {
        link_counterparts(
            e.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
        )
    };
    let onmouseover = Callback::from(move |e: MouseEvent| light(e.into()));
    let onfocusin = Callback::from(move |e: FocusEvent| light(e.into()));
    let onmouseleave = Callback::from(|_: MouseEvent| link_counterparts(None));

    let unfolded = (*unfolded).clone();
    html! {
        <div class="diff-area">
            <div id="diff" class="diff-body" data-view={match props.view { View::Inline => "inline", View::SideBySide => "side-by-side" }}
                {onmouseover} {onfocusin} {onmouseleave}>
                {
                    match props.view {
                        View::Inline => html! {
                            <InlineView comparison={c.clone()} layout={props.layout.clone()} {unfolded} {on_unfold} limit={*limit} />
                        },
                        View::SideBySide => html! {
                            <SideBySideView comparison={c.clone()} layout={props.layout.clone()} {unfolded} {on_unfold} limit={*limit} />
                        },
                    }
                }
                if *limit < props.layout.rows.len() {
                    <div class="more-rows" ref={sentinel}>{ "Drawing more of the comparison…" }</div>
                }
            </div>
            <OverviewStrip layout={props.layout.clone()} current={props.current} on_go={props.on_go.clone()} />
        </div>
    }
}

/// An observer and the callback it calls (kept alive as long as the observer).
type Watch = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Watches `el`; when it comes within about two screens of the window, draws more rows.
fn draw_more_when_near(el: &web_sys::Element, limit: UseStateHandle<usize>) -> Option<Watch> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries
            .iter()
            .filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
            .any(|e| e.is_intersecting());
        if near {
            limit.set(*limit + MORE_ROWS);
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("1600px 0px");
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(el);
    Some((observer, callback))
}
