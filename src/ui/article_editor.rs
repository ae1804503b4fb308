//! One labelled, editable text area: the source or the derivative.

use gloo_timers::callback::Timeout;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// How long typing must pause before the text is read and sent on.
const PAUSE_MS: u32 = 250;

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
    /// Called with the whole new text once typing pauses, and at once after a paste or drop.
    pub on_input: Callback<String>,
    /// Called on every key that changes the text (before `on_input` follows).
    pub on_typing: Callback<()>,
}

/// A text area with its label, hint and word count.
///
/// The text area is not re-filled on every render: it already holds what the
/// user typed, and writing a book-length value back costs the browser hundreds
/// of milliseconds. It is written only when the text differs from what it
/// shows (a sample loaded, texts put back). Nor is it read on every key: a
/// book-length value is read once typing pauses, so keys never wait for it.
#[function_component]
pub fn ArticleEditor(props: &Props) -> Html {
    let area = use_node_ref();
    // The text the area holds, as last read from it or written to it.
    let shown = use_mut_ref(String::new);
    let pending = use_mut_ref(|| None::<Timeout>);
    // Whether typed text waits to be read (the pending timeout has not fired).
    let waiting = use_mut_ref(|| false);
    {
        let (area, shown) = (area.clone(), shown.clone());
        use_effect_with(props.text.clone(), move |text| {
            if *shown.borrow() != *text {
                if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                    el.set_value(text);
                    *shown.borrow_mut() = text.clone();
                }
            }
        });
    }
    let words = use_memo(props.text.clone(), |text| text.split_whitespace().count());
    // Reads the area and sends its text on.
    let read: std::rc::Rc<dyn Fn()> = {
        let (on_input, area) = (props.on_input.clone(), area.clone());
        let waiting = waiting.clone();
        std::rc::Rc::new(move || {
            *waiting.borrow_mut() = false;
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                let text = el.value();
                *shown.borrow_mut() = text.clone();
                on_input.emit(text);
            }
        })
    };
    let oninput = {
        let (on_typing, read, pending, waiting) = (
            props.on_typing.clone(),
            read.clone(),
            pending.clone(),
            waiting.clone(),
        );
        Callback::from(move |e: InputEvent| {
            // Pastes, drops and scripted input events (no `inputType`) are read at once.
            let input_type = js_sys::Reflect::get(&e, &"inputType".into())
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            let at_once = matches!(
                input_type.as_str(),
                "insertFromPaste" | "insertFromDrop" | ""
            );
            *pending.borrow_mut() = if at_once {
                read();
                None
            } else {
                on_typing.emit(());
                *waiting.borrow_mut() = true;
                let read = read.clone();
                Some(Timeout::new(PAUSE_MS, move || read()))
            };
        })
    };
    // Leaving the area (to pick a sample, say) sends what was typed at once.
    let onblur = Callback::from(move |_: FocusEvent| {
        if *waiting.borrow() {
            pending.borrow_mut().take();
            read();
        }
    });
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
                {onblur}
            />
        </div>
    }
}
