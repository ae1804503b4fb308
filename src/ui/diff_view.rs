//! The comparison itself: the chosen view, the overview strip, and the behaviour they share
//! (unfolding, the current change, counterparts lit on hover and focus).

use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::dom::{link_counterparts, show_current};
use super::inline_view::InlineView;
use super::overview_strip::OverviewStrip;
use super::side_by_side_view::SideBySideView;
use crate::display::Layout;
use crate::engine::{Comparison, Status};
use crate::io::storage::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    pub view: View,
    pub current: Option<usize>,
    pub on_go: Callback<usize>,
}

#[function_component]
pub fn DiffView(props: &Props) -> Html {
    let unfolded = use_state(|| Rc::new(HashSet::<usize>::new()));
    // A new comparison starts folded again.
    {
        let unfolded = unfolded.clone();
        use_effect_with(Rc::as_ptr(&props.comparison) as usize, move |_| {
            unfolded.set(Rc::new(HashSet::new()));
        });
    }
    // Keep the current change marked and in view, whenever it or the view changes.
    use_effect_with(
        (
            props.current,
            props.view,
            Rc::as_ptr(&props.layout) as usize,
        ),
        |(current, _, _)| {
            show_current(*current);
        },
    );

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
                            <InlineView comparison={c.clone()} layout={props.layout.clone()} {unfolded} {on_unfold} />
                        },
                        View::SideBySide => html! {
                            <SideBySideView comparison={c.clone()} layout={props.layout.clone()} {unfolded} {on_unfold} />
                        },
                    }
                }
            </div>
            <OverviewStrip layout={props.layout.clone()} current={props.current} on_go={props.on_go.clone()} />
        </div>
    }
}
