//! Comparison options (remembered): what counts as the same.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::engine::Options;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub options: Options,
    pub on_change: Callback<Options>,
}

#[function_component]
pub fn OptionsPanel(props: &Props) -> Html {
    let checkbox = |id: &'static str,
                    label: &'static str,
                    get: fn(&Options) -> bool,
                    set: fn(&mut Options, bool)| {
        let options = props.options.clone();
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = options.clone();
            set(&mut next, input.checked());
            on_change.emit(next);
        });
        html! {
            <label class="option" for={id}>
                <input type="checkbox" {id} checked={get(&props.options)} {onchange} />
                { label }
            </label>
        }
    };
    // Esc closes the open popover and gives the focus back to its button, as a
    // disclosure does; the key goes no further (a running tour does not end with it).
    let panel = use_node_ref();
    let onkeydown = {
        let panel = panel.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(details) = panel.cast::<HtmlElement>() else {
                return;
            };
            if e.key() != "Escape" || !details.has_attribute("open") {
                return;
            }
            e.prevent_default();
            e.stop_propagation();
            let _ = details.remove_attribute("open");
            if let Some(summary) = details
                .query_selector("summary")
                .ok()
                .flatten()
                .and_then(|s| s.dyn_into::<HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        })
    };
    html! {
        <details class="options-panel" ref={panel} {onkeydown}>
            <summary>{ "Options" }</summary>
            <fieldset>
                <legend>{ "Count as the same" }</legend>
                { checkbox("opt-whitespace", "Spacing and line breaks", |o| o.ignore_whitespace, |o, v| o.ignore_whitespace = v) }
                { checkbox("opt-quotes", "Curly and straight quotes, dash styles", |o| o.fold_quotes_and_dashes, |o, v| o.fold_quotes_and_dashes = v) }
                { checkbox("opt-unicode", "Unicode forms of one letter (NFC)", |o| o.normalize_unicode, |o, v| o.normalize_unicode = v) }
                { checkbox("opt-case", "Upper and lower case", |o| o.ignore_case, |o, v| o.ignore_case = v) }
                { checkbox("opt-punctuation", "Punctuation (ignore it)", |o| o.ignore_punctuation, |o, v| o.ignore_punctuation = v) }
            </fieldset>
        </details>
    }
}
