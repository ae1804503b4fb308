//! The root component: owns the page state, remembers preferences and work, opens
//! links, reads files, makes exports, listens for the navigation keys, and lays out the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::article_editor::ArticleEditor;
use super::change_navigator::ChangeNavigator;
use super::diff_view::DiffView;
use super::edit_kinds::EditKinds;
use super::edit_tour::EditTour;
use super::legend::Legend;
use super::note_line::NoteLine;
use super::notice::Notice;
use super::options_panel::OptionsPanel;
use super::printed_texts::{self, PrintedTexts};
use super::put_back_line::{items as put_back_items, PutBackLine};
use super::reuse_figures::ReuseFigures;
use super::reuse_matrix::ReuseMatrix;
use super::sample_picker::SamplePicker;
use super::share_bar::{Export, ShareBar};
use super::state::{Action, Note, Pane, State};
use super::summary_line::SummaryLine;
use super::theme_picker::ThemePicker;
use super::unsaved_notice::UnsavedNotice;
use super::verdict_card::VerdictCard;
use super::view_toggle::ViewToggle;
use crate::display::StopKind;
use crate::engine::{compare, Derivation};
use crate::export::{report, wdiff, Titles};
use crate::input::permalink::{Shared, MAX_SHARE_CHARS};
use crate::io::files;
use crate::io::permalink::{self, Opened, ShareError};
use crate::io::storage::{
    load_aside, load_prefs, load_texts, save_aside, save_prefs, save_texts, texts_unsaved_before,
    Theme, View,
};
use crate::io::worker::{CompareWorker, SharedWorker};

/// The Syndiff page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let unsaved_before = texts_unsaved_before();
        State::new(load_prefs(), load_texts(), load_aside(), unsaved_before)
    });

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
                state.dispatch(Action::TextsKept(save_texts(&state.work)));
                let sent = !failed.get()
                    && worker.borrow().as_ref().is_some_and(|w| {
                        w.compare(
                            state.revision,
                            &state.work.source,
                            &state.work.derivative,
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
    // Titles are saved as they are typed (texts are saved with each comparison).
    {
        let state = state.clone();
        let titles = (
            state.work.source_title.clone(),
            state.work.derivative_title.clone(),
            state.work.source_origin.clone(),
            state.work.derivative_origin.clone(),
        );
        use_effect_with(titles, move |_| {
            state.dispatch(Action::TextsKept(save_texts(&state.work)));
        });
    }
    // What is put aside is saved too: a reload can still put it back.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.replaced.clone(), move |aside| {
            dispatcher.dispatch(Action::AsideKept(save_aside(aside)))
        });
    }
    // Leaving the page (a reload, a closed tab, another app in front) saves at once: the
    // editors first send keys typed since their last pause, then the texts are saved.
    // `state` here reads the reducer's latest state, which a dispatch updates at once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let save_now = move |e: &web_sys::Event| {
                let Some(window) = web_sys::window() else {
                    return;
                };
                let hidden = window.document().is_some_and(|d| d.hidden());
                if e.type_() != "pagehide" && !hidden {
                    return;
                }
                if let Ok(send) = web_sys::Event::new(super::article_editor::SEND_NOW_EVENT) {
                    let _ = window.dispatch_event(&send);
                }
                // Only an edit not saved yet: another tab may have saved since this
                // one did, and what is put aside is saved as soon as it changes.
                if state.is_stale() {
                    let _ = save_texts(&state.work);
                }
            };
            let listeners = web_sys::window().map(|w| {
                let document = w.document();
                (
                    EventListener::new(&w, "pagehide", save_now.clone()),
                    document.map(|d| EventListener::new(&d, "visibilitychange", save_now)),
                )
            });
            move || drop(listeners)
        });
    }
    // A file dropped beside the panes is ignored, rather than opened by the browser in
    // place of the page.
    use_effect_with((), |_| {
        let ignore = |e: &web_sys::Event| {
            let files = e
                .dyn_ref::<web_sys::DragEvent>()
                .is_some_and(super::dom::drags_files);
            if files && !e.default_prevented() {
                e.prevent_default();
            }
        };
        let listeners = web_sys::window().map(|w| {
            // Listeners are passive unless told otherwise: passive ones cannot prevent.
            let options = EventListenerOptions::enable_prevent_default();
            [
                EventListener::new_with_options(&w, "dragover", options, ignore),
                EventListener::new_with_options(&w, "drop", options, ignore),
            ]
        });
        move || drop(listeners)
    });
    // A link in the address opens its comparison, at load and when the fragment changes.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let open = move || {
                let dispatcher = dispatcher.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(opened) = permalink::open_fragment().await else {
                        return;
                    };
                    permalink::clear_fragment();
                    dispatcher.dispatch(match opened {
                        Ok(Opened::Sample(pair)) => Action::OpenSample(pair),
                        Ok(Opened::Comparison(shared)) => Action::OpenShared(shared),
                        Err(e) => Action::AddressRefused(Note::error(format!(
                            "This link could not be opened: {e}. Your texts are as you left them."
                        ))),
                    });
                });
            };
            open();
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| open()));
            move || drop(listener)
        });
    }
    // The chosen theme rules the page's colours (CSS `color-scheme` under `data-theme`).
    use_effect_with(state.prefs.theme, |theme| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
            };
        }
    });
    // A pair opened from the reuse matrix replaces the comparison: the reader, at the
    // matrix below, is taken to its start (each opening is a new revision).
    use_effect_with((state.revision, state.opened.is_some()), |&(_, opened)| {
        if opened {
            super::dom::show_result();
        }
    });
    // Remember the view and options.
    use_effect_with(state.prefs.clone(), save_prefs);
    // j / n: next change; k / p: previous change (not while typing).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                // Passive listeners cannot prevent the key's default.
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&doc, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || super::dom::typing_into(e) {
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

    // Files: read in the background; the pane changes only once the file is read.
    let on_file = |pane: Pane| {
        let dispatcher = state.dispatcher();
        Callback::from(move |file: web_sys::File| {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                dispatcher.dispatch(match files::read(file).await {
                    Ok(loaded) => Action::LoadFile(pane, loaded),
                    Err(message) => Action::RefuseFile(pane, message),
                });
            });
        })
    };
    let on_share = {
        let state = state.clone();
        Callback::from(move |()| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let shared = Shared::new(
                    &state.work.source,
                    &state.work.derivative,
                    &state.work.source_title,
                    &state.work.derivative_title,
                    state.prefs.options.clone(),
                )
                .with_origins(&state.work.source_origin, &state.work.derivative_origin);
                let pair = state.sample_link();
                let action = match permalink::link_to(&shared, pair).await {
                    Ok(link) => {
                        let copied = permalink::copy(&link).await;
                        let note = if permalink::from_a_file() {
                            // A file:// address names a file on this computer only.
                            if copied {
                                "Link copied, but this page was opened from a file: the link opens only on this computer, from this same file. To share the comparison, download the report and send that."
                            } else {
                                "Here is the link (the browser did not let the page copy it). This page was opened from a file: the link opens only on this computer, from this same file. To share the comparison, download the report and send that."
                            }
                        } else if !copied {
                            "Here is the link (the browser did not let the page copy it): select it and copy."
                        } else if link.contains("#sample=") {
                            "Link copied. It names this sample pair: opening it shows this comparison."
                        } else {
                            "Link copied. It holds both texts, their titles and where they are from, compressed: opening it shows this comparison. Nothing is sent to any server."
                        };
                        Action::Linked(link, Note::info(note))
                    }
                    Err(ShareError::TooLarge) => Action::LinkNote(Some(Note::error(format!(
                        "These texts are too large for a link (a link holds up to {} characters, compressed). Download the report or the JSON instead.",
                        crate::format::count(MAX_SHARE_CHARS)
                    )))),
                    Err(ShareError::Unsupported) => Action::LinkNote(Some(Note::error(
                        "This browser cannot make links (it lacks CompressionStream). Download the report or the JSON instead.",
                    ))),
                };
                state.dispatch(action);
            });
        })
    };
    let on_export = {
        let state = state.clone();
        Callback::from(move |what: Export| {
            // An edit not compared yet is compared here, so the export holds it.
            let fresh;
            let comparison = if state.is_stale() {
                fresh = compare(
                    &state.work.source,
                    &state.work.derivative,
                    &state.prefs.options,
                );
                &fresh
            } else {
                &*state.comparison
            };
            let done = match what {
                Export::Report => {
                    let titles = Titles {
                        source: state.title_or(Pane::Source),
                        derivative: state.title_or(Pane::Derivative),
                        source_origin: &state.work.source_origin,
                        derivative_origin: &state.work.derivative_origin,
                    };
                    files::download(
                        "syndiff-report.html",
                        "text/html",
                        &report(comparison, &titles),
                    )
                }
                Export::Json => match crate::json::to_string_pretty(comparison) {
                    Ok(json) => {
                        files::download("syndiff-comparison.json", "application/json", &json)
                    }
                    Err(e) => Err(e.into()),
                },
                Export::WordDiff => {
                    files::download("syndiff-word-diff.txt", "text/plain", &wdiff(comparison))
                }
                Export::Print => web_sys::window().map_or(Ok(()), |window| {
                    // The whole comparison is drawn first, then printed.
                    window.dispatch_event(&web_sys::Event::new(super::diff_view::PRINT_EVENT)?)?;
                    gloo_timers::callback::Timeout::new(100, move || {
                        let _ = window.print();
                    })
                    .forget();
                    Ok(())
                }),
            };
            if done.is_err() {
                state.dispatch(Action::LinkNote(Some(Note::error(
                    "The browser did not let the page save the file.",
                ))));
            }
        })
    };

    // Callbacks for the components: each turns what the user did into an action.
    let actions = state.dispatcher().to_callback();
    let on_source = actions.reform(Action::EditSource);
    let on_derivative = actions.reform(Action::EditDerivative);
    let on_typing = actions.reform(|()| Action::Typing);
    let on_pick = actions.reform(Action::LoadPair);
    let on_restore = actions.reform(Action::RestoreReplaced);
    let on_view = actions.reform(Action::SetView);
    let on_theme = actions.reform(Action::SetTheme);
    let on_options = actions.reform(Action::SetOptions);
    let on_previous = actions.reform(|()| Action::PreviousChange);
    let on_next = actions.reform(|()| Action::NextChange);
    // Stable across renders, so the diff does not redraw on every keystroke.
    let on_new = actions.reform(|()| Action::NewComparison);
    let on_title = |pane: Pane| actions.reform(move |title| Action::SetTitle(pane, title));
    let on_origin = |pane: Pane| actions.reform(move |origin| Action::SetOrigin(pane, origin));
    let on_filter = actions.reform(Action::Filter);
    let on_tour_start = actions.reform(Action::StartTour);
    let on_tour_step = actions.reform(Action::TourStep);
    let on_answer = actions.reform(Action::Answer);
    let on_tour_end = actions.reform(|()| Action::EndTour);
    let on_open_pair = actions.reform(Action::OpenArticles);
    let on_go = use_callback(state.dispatcher(), |n: usize, dispatcher| {
        dispatcher.dispatch(Action::GoToChange(n))
    });

    let comparison = state.comparison.clone();
    let layout = state.layout.clone();
    let current_label = state
        .current
        .and_then(|n| layout.stops.get(n))
        .map(|s| match s.kind {
            StopKind::MovedAway | StopKind::MovedHere => s.kind.label(),
            _ => s.edit.label(),
        });
    // The navigator counts changes as the edit kinds do, of the kind chosen if any.
    let (nav_current, nav_total) = layout.position(state.current, state.filter);
    // A printout names the texts by their titles, a sample's own when untitled.
    // (Named here, not in the component: the texts may be books, not to be copied into props.)
    let printed_name = |pane: Pane| {
        let (origin, text) = match pane {
            Pane::Source => (&state.work.source_origin, &state.work.source),
            Pane::Derivative => (&state.work.derivative_origin, &state.work.derivative),
        };
        AttrValue::from(printed_texts::name(
            state.title(pane).unwrap_or_default(),
            origin,
            text,
        ))
    };
    html! {
        <>
            <a class="skip-link" href="#result-heading">{ "Skip to the comparison" }</a>
            <header class="masthead">
                <h1 class="wordmark">{ "Syndiff" }</h1>
                <p class="tagline">{ "See, word by word, how one text was made from another." }</p>
                <ThemePicker theme={state.prefs.theme} on_change={on_theme} />
            </header>
            <main id="main">
                <section class="inputs" aria-labelledby="inputs-heading">
                    <h2 id="inputs-heading" class="visually-hidden">{ "Texts to compare" }</h2>
                    <SamplePicker selected={state.pair} credits={state.credits()} {on_pick} />
                    <NoteLine id="address-note" class="address-note" note={state.address_note.clone()} />
                    <PutBackLine items={put_back_items(&state.replaced)} {on_restore} />
                    <UnsavedNotice texts={state.kept.0} aside={state.kept.1} before={state.unsaved_before} />
                    <div class="editors">
                        <ArticleEditor id="source" label="Source" hint="the earlier text"
                            text={state.work.source.clone()} on_input={on_source} on_typing={on_typing.clone()}
                            title={state.work.source_title.clone()} on_title={on_title(Pane::Source)}
                            origin={state.work.source_origin.clone()} on_origin={on_origin(Pane::Source)}
                            on_file={on_file(Pane::Source)} note={state.notes.0.clone()} />
                        <ArticleEditor id="derivative" label="Derivative" hint="the later text, compared with the source"
                            text={state.work.derivative.clone()} on_input={on_derivative} {on_typing}
                            title={state.work.derivative_title.clone()} on_title={on_title(Pane::Derivative)}
                            origin={state.work.derivative_origin.clone()} on_origin={on_origin(Pane::Derivative)}
                            on_file={on_file(Pane::Derivative)} note={state.notes.1.clone()} />
                    </div>
                </section>
                <section class={classes!("result", (state.prefs.view == View::SideBySide).then_some("is-wide"), state.tour.is_some().then_some("is-touring"))} aria-labelledby="result-heading"
                    data-filter={state.filter.map(|k| k.id())}>
                    <h2 id="result-heading" class="result-heading" tabindex="-1">{ "What changed" }</h2>
                    <NoteLine id="opened-note" class="result-note" note={state.opened.clone()} />
                    <PrintedTexts source={printed_name(Pane::Source)} derivative={printed_name(Pane::Derivative)} />
                    <SummaryLine counts={comparison.counts} status={comparison.status} updating={state.is_stale()} />
                    <Notice status={comparison.status} coarse={comparison.coarse}
                        derived={comparison.explanation.verdict.is_some_and(|v| v.derivation != Derivation::Non)} />
                    <div class="explain">
                        <VerdictCard verdict={comparison.explanation.verdict} direction={comparison.explanation.direction.clone()}
                            summary={comparison.explanation.summary.clone()} />
                        <ReuseFigures figures={comparison.explanation.figures.clone()} />
                        <EditKinds edits={comparison.explanation.edits.clone()} filter={state.filter} {on_filter} />
                    </div>
                    <EditTour tour={state.tour.clone()} comparison={comparison.clone()} layout={layout.clone()}
                        on_start={on_tour_start} on_step={on_tour_step} {on_answer} on_end={on_tour_end} />
                    <div class="toolbar" role="toolbar" aria-label="View and navigation">
                        <ViewToggle view={state.prefs.view} on_change={on_view} />
                        <ChangeNavigator current={nav_current} total={nav_total} kind={state.filter.map(|k| k.label())} {current_label} {on_previous} {on_next} />
                        <OptionsPanel options={state.prefs.options.clone()} on_change={on_options} />
                    </div>
                    <Legend />
                    <DiffView comparison={comparison.clone()} layout={layout.clone()} view={state.prefs.view} current={state.current} {on_go} />
                    <ShareBar {on_share} {on_export} {on_new} note={state.link_note.clone()} link={state.link.clone()} />
                </section>
                <ReuseMatrix options={state.prefs.options.clone()} on_open={on_open_pair} />
            </main>
            <footer class="colophon">
                <p>{ "Syndiff runs entirely in your browser: nothing you paste or load leaves this page." }</p>
                <p class="keys">{ "Keys: " }<kbd>{ "j" }</kbd>{ " or " }<kbd>{ "n" }</kbd>{ " next change, " }<kbd>{ "k" }</kbd>{ " or " }<kbd>{ "p" }</kbd>{ " previous change." }</p>
            </footer>
        </>
    }
}
