//! The guided tour: one edit at a time with what its kind means; as a quiz, the reader names the kind first and gets a score.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::state::Tour;
use crate::display::Layout;
use crate::engine::{Comparison, EditKind};
use crate::format::{count, counted, first_words};

#[derive(Properties)]
pub struct Props {
    pub tour: Option<Tour>,
    pub comparison: Rc<Comparison>,
    pub layout: Rc<Layout>,
    pub on_start: Callback<bool>,
    pub on_step: Callback<bool>,
    pub on_answer: Callback<EditKind>,
    pub on_end: Callback<()>,
}

impl PartialEq for Props {
    /// The comparison and layout by identity: comparing a book's comparison by
    /// value on every render of the page would cost more than the render.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comparison, &other.comparison)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.tour == other.tour
            && self.on_start == other.on_start
            && self.on_step == other.on_step
            && self.on_answer == other.on_answer
            && self.on_end == other.on_end
    }
}

/// Up to four kinds to choose from: the right one and others, in legend order.
pub fn choices(right: EditKind, step: usize, present: &[EditKind]) -> Vec<EditKind> {
    let mut pool: Vec<EditKind> = present.iter().copied().filter(|&k| k != right).collect();
    for k in EditKind::ALL {
        if !pool.contains(&k) && k != right && k != EditKind::Formatting {
            pool.push(k);
        }
    }
    let mut out = vec![right];
    out.extend((0..3).map(|i| pool[(step + i * 2) % pool.len()]));
    crate::engine::order::sort_by(&mut out, Ord::cmp);
    out.dedup();
    out
}

/// A side of a change, shortened for the panel.
fn excerpt(text: &str) -> String {
    first_words(text, 30)
}

#[function_component]
pub fn EditTour(props: &Props) -> Html {
    // The current stop and, for the quiz, the kinds offered for it.
    let current = props
        .tour
        .as_ref()
        .and_then(|t| t.stops.get(t.step))
        .map(|&n| props.layout.stops[n]);
    let choice_list = match (&props.tour, current) {
        (Some(tour), Some(stop)) => {
            let present: Vec<EditKind> = props
                .comparison
                .explanation
                .edits
                .iter()
                .map(|e| e.kind)
                .collect();
            choices(stop.edit, tour.step, &present)
        }
        _ => Vec::new(),
    };
    // While the tour runs, its keys work wherever the focus is (the diff takes it
    // at each step), but not in a text field.
    {
        let (on_step, on_answer, on_end) = (
            props.on_step.clone(),
            props.on_answer.clone(),
            props.on_end.clone(),
        );
        let quiz_choices = props.tour.as_ref().map(|t| (t.quiz, choice_list.clone()));
        use_effect_with(quiz_choices, move |quiz_choices| {
            let listener = quiz_choices.clone().and_then(|(quiz, list)| {
                let doc = web_sys::window()?.document()?;
                // Passive listeners cannot prevent the key's default (scrolling).
                let options = EventListenerOptions::enable_prevent_default();
                Some(EventListener::new_with_options(
                    &doc,
                    "keydown",
                    options,
                    move |e| {
                        let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        if e.ctrl_key() || e.meta_key() || e.alt_key() || super::dom::typing_into(e)
                        {
                            return;
                        }
                        match e.key().as_str() {
                            "ArrowRight" => on_step.emit(true),
                            "ArrowLeft" => on_step.emit(false),
                            "Escape" => on_end.emit(()),
                            k if quiz => match k
                                .parse::<usize>()
                                .ok()
                                .and_then(|n| n.checked_sub(1))
                                .and_then(|i| list.get(i))
                            {
                                Some(&kind) => on_answer.emit(kind),
                                None => return,
                            },
                            _ => return,
                        }
                        e.prevent_default();
                    },
                ))
            });
            move || drop(listener)
        });
    }
    // The explanation scrolls in the panel when it is longer than the panel has room
    // for: each step is read from its start, and an answer brings its verdict into view.
    let body_ref = use_node_ref();
    {
        let body_ref = body_ref.clone();
        let at = props
            .tour
            .as_ref()
            .map(|t| (t.step, t.answers.get(t.step).copied().flatten()));
        use_effect_with(at, move |at| {
            let Some(body) = body_ref.cast::<HtmlElement>() else {
                return;
            };
            let verdict = at
                .and_then(|(_, answer)| answer)
                .and_then(|_| body.query_selector(".tour-kind").ok().flatten())
                .and_then(|kind| kind.dyn_into::<HtmlElement>().ok());
            // Scrolled just enough to show the verdict's end, or else its start. Both
            // offsets are from the panel, the element they are positioned in.
            body.set_scroll_top(verdict.map_or(0, |v| {
                let top = v.offset_top() - body.offset_top();
                top.min(top + v.offset_height() - body.client_height())
                    .max(0)
            }));
        });
    }
    let Some(tour) = &props.tour else {
        let start = |quiz: bool| {
            let on_start = props.on_start.clone();
            Callback::from(move |_: MouseEvent| on_start.emit(quiz))
        };
        let any = !props.layout.stops.is_empty();
        return html! {
            <div class="tour-start">
                <button type="button" class="tour-button" disabled={!any} onclick={start(false)}>{ "Tour the edits" }</button>
                <button type="button" class="tour-button" disabled={!any} onclick={start(true)}>{ "Quiz: name the edit" }</button>
            </div>
        };
    };
    let total = tour.stops.len();
    let answered = tour.answers.get(tour.step).copied().flatten();
    let step_button = |forward: bool, label: &'static str, disabled: bool| {
        let on_step = props.on_step.clone();
        html! { <button type="button" {disabled} onclick={Callback::from(move |_: MouseEvent| on_step.emit(forward))}>{ label }</button> }
    };
    let end = {
        let on_end = props.on_end.clone();
        Callback::from(move |_: MouseEvent| on_end.emit(()))
    };
    let body = match current {
        None => {
            let score = tour.score(&props.layout);
            html! {
                <div class="tour-end">
                    if tour.quiz {
                        <p class="quiz-score" role="status">{ format!("You named {} of {} right.", count(score), counted(total, "edit", "edits")) }</p>
                    } else if total == 1 {
                        <p role="status">{ "That was the only edit." }</p>
                    } else {
                        <p role="status">{ format!("That was all {} edits.", count(total)) }</p>
                    }
                </div>
            }
        }
        Some(stop) => {
            let segment = &props.comparison.blocks[stop.block].segments[stop.segment];
            let revealed = !tour.quiz || answered.is_some();
            let (from, to) = (excerpt(&segment.source), excerpt(&segment.derivative));
            html! {
                <>
                    <p class="tour-change">
                        if !from.is_empty() { <del>{ from.clone() }</del> }
                        if !from.is_empty() && !to.is_empty() { { " \u{2192} " } }
                        if !to.is_empty() { <ins>{ to.clone() }</ins> }
                    </p>
                    if tour.quiz {
                        <fieldset class="quiz-choices">
                            <legend>{ "What kind of edit is this?" }<span class="quiz-keys">{ " (keys 1\u{2013}" }{ choice_list.len() }{ ")" }</span></legend>
                            { for choice_list.iter().enumerate().map(|(i, &kind)| {
                                let on_answer = props.on_answer.clone();
                                let state = match answered {
                                    Some(_) if kind == stop.edit => "right",
                                    Some(a) if a == kind => "wrong",
                                    _ => "",
                                };
                                html! {
                                    <button type="button" class="quiz-choice" data-edit={kind.id()} data-state={state}
                                        disabled={answered.is_some()}
                                        onclick={Callback::from(move |_: MouseEvent| on_answer.emit(kind))}>
                                        <kbd>{ i + 1 }</kbd>{ " " }{ kind.label() }
                                    </button>
                                }
                            }) }
                        </fieldset>
                    }
                    if revealed {
                        <div class="tour-kind" role="status">
                            if let Some(a) = answered {
                                <p class="quiz-verdict">{ if a == stop.edit { "Right." } else { "Not quite." } }</p>
                            }
                            <h4 data-edit={stop.edit.id()}>{ stop.edit.label() }</h4>
                            <p>{ stop.edit.meaning() }</p>
                        </div>
                    }
                </>
            }
        }
    };
    html! {
        <section class="tour" aria-labelledby="tour-heading">
            <h3 id="tour-heading">
                { if tour.quiz { "Quiz" } else { "Tour" } }
                { format!(": edit {} of {}", count((tour.step + 1).min(total)), count(total)) }
            </h3>
            <div class="tour-body" ref={body_ref} tabindex="0" role="group" aria-label="This edit">
                { body }
                <p class="keys">{ "Keys: \u{2192} next, \u{2190} back, Esc end" }{ if tour.quiz { ", 1\u{2013}4 answer." } else { "." } }</p>
            </div>
            <div class="tour-controls">
                { step_button(false, "\u{2190} Back", tour.step == 0) }
                { step_button(true, "Next \u{2192}", tour.step >= total) }
                <button type="button" onclick={end}>{ "End" }</button>
            </div>
        </section>
    }
}
