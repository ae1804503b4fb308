//! The root component: owns the page state and lays out the page.

use std::time::Duration;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::article_editor::ArticleEditor;
use super::diff_view::DiffView;
use super::notice::Notice;
use super::sample_picker::SamplePicker;
use super::state::{Action, State};
use super::summary_line::SummaryLine;

/// How long typing must pause before the texts are compared again.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// The Syndiff page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);

    // Compare again once edits pause; a new edit cancels the pending comparison.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.revision, move |_| {
            let pending = Timeout::new(DEBOUNCE.as_millis() as u32, move || {
                dispatcher.dispatch(Action::Compare)
            });
            move || drop(pending)
        });
    }

    let on_source = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text| dispatcher.dispatch(Action::EditSource(text)))
    };
    let on_derivative = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text| dispatcher.dispatch(Action::EditDerivative(text)))
    };
    let on_pick = {
        let dispatcher = state.dispatcher();
        Callback::from(move |pair| dispatcher.dispatch(Action::LoadPair(pair)))
    };
    let on_restore = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::RestoreReplaced))
    };

    let comparison = state.comparison.clone();
    html! {
        <>
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
                        <ArticleEditor
                            id="source"
                            label="Source"
                            hint="the earlier text"
                            text={state.source.clone()}
                            on_input={on_source}
                        />
                        <ArticleEditor
                            id="derivative"
                            label="Derivative"
                            hint="the later text, compared with the source"
                            text={state.derivative.clone()}
                            on_input={on_derivative}
                        />
                    </div>
                </section>
                <section class="result" aria-labelledby="result-heading">
                    <h2 id="result-heading" class="result-heading">{ "What changed" }</h2>
                    <SummaryLine counts={comparison.counts} status={comparison.status} updating={state.is_stale()} />
                    <Notice status={comparison.status} />
                    <DiffView comparison={comparison.clone()} />
                </section>
            </main>
            <footer class="colophon">
                <p>{ "Syndiff runs entirely in your browser: nothing you paste or load leaves this page." }</p>
            </footer>
        </>
    }
}
