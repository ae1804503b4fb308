//! The root component: owns the page state, remembers preferences, listens for
//! the navigation keys, and lays out the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::article_editor::ArticleEditor;
use super::change_navigator::ChangeNavigator;
use super::diff_view::DiffView;
use super::legend::Legend;
use super::notice::Notice;
use super::options_panel::OptionsPanel;
use super::sample_picker::SamplePicker;
use super::state::{Action, State};
use super::summary_line::SummaryLine;
use super::view_toggle::ViewToggle;
use crate::io::storage::{load_prefs, load_texts, save_prefs, save_texts, View};
use crate::io::worker::{CompareWorker, SharedWorker};

/// Whether a key press belongs to a text field or a control rather than to the page.
fn typing_into(event: &KeyboardEvent) -> bool {
    let Some(el) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
        || el.closest("[contenteditable]").ok().flatten().is_some()
}

/// The Syndiff page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(load_prefs(), load_texts()));

    // The comparison worker, started once; `None` where workers are unavailable.
    let worker: SharedWorker = (*use_state(|| Rc::new(RefCell::new(None)))).clone();
    let worker_failed = (*use_state(|| Rc::new(Cell::new(false)))).clone();
    {
        let (worker, failed, dispatcher) =
            (worker.clone(), worker_failed.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let on_reply = {
                let dispatcher = dispatcher.clone();
                move |(revision, reply): crate::io::worker::Reply| match reply {
                    Ok(comparison) => {
                        dispatcher.dispatch(Action::Compared(revision, Rc::new(comparison)))
                    }
                    // The worker could not answer: compare here instead.
                    Err(_) => dispatcher.dispatch(Action::Compare),
                }
            };
            let on_failure = {
                let failed = failed.clone();
                move || {
                    failed.set(true);
                    dispatcher.dispatch(Action::Compare);
                }
            };
            *worker.borrow_mut() = CompareWorker::start(on_reply, on_failure);
        });
    }

    // Compare each new revision (the editors send text once typing pauses);
    // a newer revision cancels a pending request. The worker keeps the page responsive.
    // The texts are saved before each comparison.
    {
        let (state, worker, failed) = (state.clone(), worker.clone(), worker_failed.clone());
        use_effect_with(state.revision, move |_| {
            let pending = Timeout::new(0, move || {
                if !state.is_stale() {
                    return;
                }
                // Saved first: should the comparison fail, a reload brings the texts back.
                save_texts(&state.source, &state.derivative);
                let sent = !failed.get()
                    && worker.borrow().as_ref().is_some_and(|w| {
                        w.compare(
                            state.revision,
                            &state.source,
                            &state.derivative,
                            &state.prefs.options,
                        )
                        .is_ok()
                    });
                if !sent {
                    state.dispatcher().dispatch(Action::Compare);
                }
            });
            move || drop(pending)
        });
    }
    use_effect_with((), |_| super::dom::page_ready());
    // Remember the view and options.
    use_effect_with(state.prefs.clone(), save_prefs);
    // j / n: next change; k / p: previous change (not while typing).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                EventListener::new(&doc, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || typing_into(e) {
                        return;
                    }
                    let action = match e.key().as_str() {
                        "j" | "n" => Action::NextChange,
                        "k" | "p" => Action::PreviousChange,
                        _ => return,
                    };
                    e.prevent_default();
                    dispatcher.dispatch(action);
                })
            });
            move || drop(listener)
        });
    }

    // Callbacks for the components: each turns what the user did into an action.
    let actions = state.dispatcher().to_callback();
    let on_source = actions.reform(Action::EditSource);
    let on_derivative = actions.reform(Action::EditDerivative);
    let on_typing = actions.reform(|()| Action::Typing);
    let on_pick = actions.reform(Action::LoadPair);
    let on_restore = actions.reform(|_: MouseEvent| Action::RestoreReplaced);
    let on_view = actions.reform(Action::SetView);
    let on_options = actions.reform(Action::SetOptions);
    let on_previous = actions.reform(|()| Action::PreviousChange);
    let on_next = actions.reform(|()| Action::NextChange);
    // Stable across renders, so the diff does not redraw on every keystroke.
    let on_go = use_callback(state.dispatcher(), |n: usize, dispatcher| {
        dispatcher.dispatch(Action::GoToChange(n))
    });

    let comparison = state.comparison.clone();
    let layout = state.layout.clone();
    let current_label = state
        .current
        .and_then(|n| layout.stops.get(n))
        .map(|s| s.kind.label());
    html! {
        <>
            <a class="skip-link" href="#result-heading">{ "Skip to the comparison" }</a>
            <header class="masthead">
                <h1 class="wordmark">{ "Syndiff" }</h1>
                <p class="tagline">{ "See, word by word, how one text was made from another." }</p>
            </header>
            <main id="main">
                <section class="inputs" aria-labelledby="inputs-heading">
                    <h2 id="inputs-heading" class="visually-hidden">{ "Texts to compare" }</h2>
                    <SamplePicker selected={state.pair} {on_pick} />
                    if state.replaced.is_some() {
                        <p class="restore" role="status">
                            { "The sample replaced your texts. " }
                            <button type="button" class="link-button" onclick={on_restore}>{ "Put my texts back" }</button>
                        </p>
                    }
                    <div class="editors">
                        <ArticleEditor id="source" label="Source" hint="the earlier text"
                            text={state.source.clone()} on_input={on_source} on_typing={on_typing.clone()} />
                        <ArticleEditor id="derivative" label="Derivative" hint="the later text, compared with the source"
                            text={state.derivative.clone()} on_input={on_derivative} {on_typing} />
                    </div>
                </section>
                <section class={classes!("result", (state.prefs.view == View::SideBySide).then_some("is-wide"))} aria-labelledby="result-heading">
                    <h2 id="result-heading" class="result-heading" tabindex="-1">{ "What changed" }</h2>
                    <SummaryLine counts={comparison.counts} status={comparison.status} updating={state.is_stale()} />
                    <Notice status={comparison.status} coarse={comparison.coarse} />
                    <div class="toolbar" role="toolbar" aria-label="View and navigation">
                        <ViewToggle view={state.prefs.view} on_change={on_view} />
                        <ChangeNavigator current={state.current} total={layout.stops.len()} {current_label} {on_previous} {on_next} />
                        <OptionsPanel options={state.prefs.options.clone()} on_change={on_options} />
                    </div>
                    <Legend />
                    <DiffView comparison={comparison.clone()} layout={layout.clone()} view={state.prefs.view} current={state.current} {on_go} />
                </section>
            </main>
            <footer class="colophon">
                <p>{ "Syndiff runs entirely in your browser: nothing you paste or load leaves this page." }</p>
                <p>{ "Keys: " }<kbd>{ "j" }</kbd>{ " or " }<kbd>{ "n" }</kbd>{ " next change, " }<kbd>{ "k" }</kbd>{ " or " }<kbd>{ "p" }</kbd>{ " previous change." }</p>
            </footer>
        </>
    }
}
