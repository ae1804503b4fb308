//! One labelled, editable text area: the source or the derivative.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Element id, also the test hook (`source` or `derivative`).
    pub id: AttrValue,
    /// What the text is ("Source").
    pub label: AttrValue,
    /// A short explanation under the label.
    pub hint: AttrValue,
    /// The current text.
    pub text: String,
    /// Called with the whole new text on every edit.
    pub on_input: Callback<String>,
}

/// A text area with its label, hint and word count.
///
/// The text area is not re-filled on every render: it already holds what the
/// user typed, and writing a book-length value back costs the browser hundreds
/// of milliseconds. It is written only when the text differs from what it
/// shows (a sample loaded, texts put back).
#[function_component]
pub fn ArticleEditor(props: &Props) -> Html {
    let area = use_node_ref();
    {
        let area = area.clone();
        use_effect_with(props.text.clone(), move |text| {
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                if el.value() != *text {
                    el.set_value(text);
                }
            }
        });
    }
    let words = use_memo(props.text.clone(), |text| text.split_whitespace().count());
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_input.emit(area.value());
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class={classes!("editor", format!("editor-{}", props.id))}>
            <div class="editor-head">
                <label for={props.id.clone()} class="editor-label">{ &props.label }</label>
                <span id={hint_id.clone()} class="editor-hint">{ &props.hint }</span>
                <span class="editor-count" aria-live="off">{ format!("{} words", *words) }</span>
            </div>
            <textarea
                id={props.id.clone()}
                class="editor-text"
                aria-describedby={hint_id}
                spellcheck="false"
                dir="auto"
                rows="9"
                ref={area}
                {oninput}
            />
        </div>
    }
}
