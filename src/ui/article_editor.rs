//! One labelled, editable text: the source or the derivative, as a text area (or as a
//! short card while it is book-length, and as paragraph blocks when a book-length
//! text is opened for editing), with its title, a file button, a drop zone for files,
//! and what the page has to say about the last file.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::long_text_card::LongTextCard;
use super::note_line::NoteLine;
use super::paragraph_blocks::{
    blocks_with_pasted, edits_plain_text, fill_blocks, shown_text, type_in, typing_document,
};
use super::state::Note;
use crate::engine::token::word_count;
use crate::format::counted;
use crate::input::decode::line_endings_as_lf;
use crate::io::html::text_of_fragment;

/// How long typing must pause before the text is read and sent on.
const PAUSE_MS: u32 = 250;

/// Sent on the window when the page is about to be hidden or left: each editor sends
/// what was typed at once, without waiting for the pause, so that it can be saved.
pub const SEND_NOW_EVENT: &str = "syndiff-send-now";

/// From this many bytes on, a pasted or loaded text is shown as a card, not in a text area.
const LONG_TEXT: usize = 100_000;

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
    /// What the text is called (may be empty).
    pub title: String,
    /// Called with the new title as the reader types it.
    pub on_title: Callback<String>,
    /// Where the text came from (may be empty).
    pub origin: String,
    /// Called with the new origin as the reader types it.
    pub on_origin: Callback<String>,
    /// Called with a file the reader chose or dropped.
    pub on_file: Callback<web_sys::File>,
    /// How the last file was read, or why it was refused.
    #[prop_or_default]
    pub note: Option<Note>,
}

/// File types the picker offers (any file may still be dropped, and is checked).
const ACCEPT: &str =
    ".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/html,text/markdown";

/// Pasted rich text (a page, a word processor) as text with its paragraphs, when the
/// plain text the clipboard also holds has lost them (no blank line between paragraphs).
fn rich_paste(data: &web_sys::DataTransfer, plain: &str) -> Option<String> {
    if plain.contains("\n\n") || plain.contains("\r\n\r\n") {
        return None;
    }
    let html = data.get_data("text/html").ok().filter(|h| !h.is_empty())?;
    let text = text_of_fragment(&html);
    let paragraphs = |t: &str| t.split("\n\n").filter(|p| !p.trim().is_empty()).count();
    (paragraphs(&text) > paragraphs(plain).max(1)).then_some(text)
}

/// The area's text with `pasted` in place of its selection (offsets are UTF-16, as the DOM counts).
fn with_pasted(area: &HtmlTextAreaElement, pasted: &str) -> String {
    let len = area.text_length();
    let start = area
        .selection_start()
        .ok()
        .flatten()
        .unwrap_or(len)
        .min(len);
    let end = area
        .selection_end()
        .ok()
        .flatten()
        .unwrap_or(len)
        .clamp(start, len);
    if start == 0 && end == len {
        return pasted.to_owned();
    }
    let value = js_sys::JsString::from(area.value());
    let before = String::from(value.slice(0, start));
    let after = String::from(value.slice(end, len));
    [before.as_str(), pasted, after.as_str()].concat()
}

/// Types `text` into the focused text area in place of its selection, as the
/// browser's own paste does, so that undo takes it back (setting the value
/// instead would cut the area's undo history short). A text area keeps line
/// breaks typed in one go. False when the browser cannot ([`typing_document`]).
fn type_into_area(area: &HtmlTextAreaElement, text: &str) -> bool {
    typing_document(area).is_some_and(|doc| {
        doc.exec_command_with_show_ui_and_value("insertText", false, text)
            .unwrap_or(false)
    })
}

/// The editing element when it is a text area (`NodeRef::cast` does not check the type).
fn text_area(area: &NodeRef) -> Option<HtmlTextAreaElement> {
    area.get()?.dyn_into().ok()
}

/// The editing element when it is paragraph blocks.
fn blocks(area: &NodeRef) -> Option<HtmlElement> {
    area.get()
        .filter(|node| !node.has_type::<HtmlTextAreaElement>())?
        .dyn_into()
        .ok()
}

/// What the editing element holds: a text area's value, or the paragraph blocks' text.
fn text_in(area: &NodeRef) -> Option<String> {
    match text_area(area) {
        Some(el) => Some(el.value()),
        None => blocks(area).map(|el| shown_text(&el)),
    }
}

/// A text area with its label, hint and word count; a book-length text pasted or loaded
/// from elsewhere is shown as a [`LongTextCard`] until the reader asks to edit it.
///
/// The text area is not re-filled on every render: it already holds what the
/// user typed, and writing a book-length value back costs the browser hundreds
/// of milliseconds. It is written only when the text differs from what it
/// shows (a sample loaded, texts put back). Nor is it read on every key: a
/// book-length value is read once typing pauses, so keys never wait for it.
/// A long paste skips the text area altogether: the text goes straight to the page.
///
/// A book-length text opened for editing is shown as paragraph blocks in one
/// element that edits plain text (`contenteditable="plaintext-only"`, where the
/// browser has it): a key press there lays out one paragraph, where a text area
/// lays out the whole book, a pause the reader can feel on every key.
#[function_component]
pub fn ArticleEditor(props: &Props) -> Html {
    let area = use_node_ref();
    // The text on show, in the area or on the card, as last read, written or pasted.
    let shown = use_mut_ref(String::new);
    let pending = use_mut_ref(|| None::<Timeout>);
    // Whether typed text waits to be read (the pending timeout has not fired).
    let waiting = use_mut_ref(|| false);
    // Whether the reader asked to edit a long text in full.
    let editing = use_mut_ref(|| false);
    // Whether the area or card should take focus once drawn (it replaced the focused one).
    let take_focus = use_mut_ref(|| false);
    // Bumped for each text from elsewhere: the fields are then made afresh (a new `key`),
    // so undo in them cannot reach the typing that came before. A browser's undo in a
    // field whose value a script replaced re-inserts the old typing into the new text.
    let generation = use_mut_ref(|| 0_u32);
    let redraw = use_force_update();

    let long = props.text.len() >= LONG_TEXT;
    if props.text != *shown.borrow() {
        // A text from elsewhere (a sample, texts put back, a file): a long one is shown
        // in short again, and keys typed just before it are not read over it.
        *editing.borrow_mut() = false;
        pending.borrow_mut().take();
        *waiting.borrow_mut() = false;
        *generation.borrow_mut() += 1;
        // The fresh text area takes the focus when the old one had it.
        let focused = area.get().zip(
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element()),
        );
        if focused.is_some_and(|(el, active)| el.is_same_node(Some(&active))) {
            *take_focus.borrow_mut() = true;
        }
    }
    let key = generation.borrow().to_string();
    let as_card = long && !*editing.borrow();
    let as_blocks = *editing.borrow() && edits_plain_text();
    {
        let (area, shown, take_focus) = (area.clone(), shown.clone(), take_focus.clone());
        let card_id = format!("{}-card", props.id);
        use_effect_with((props.text.clone(), as_card), move |(text, as_card)| {
            let focus = std::mem::take(&mut *take_focus.borrow_mut());
            if *as_card {
                *shown.borrow_mut() = text.clone();
                if focus {
                    let card = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&card_id))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(card) = card {
                        let _ = card.focus();
                    }
                }
            } else if let Some(el) = text_area(&area) {
                // A freshly opened area is empty even when `shown` matches.
                let fresh = el.text_length() == 0 && !text.is_empty();
                if fresh || *shown.borrow() != *text {
                    el.set_value(text);
                    *shown.borrow_mut() = text.clone();
                }
                if focus {
                    let _ = el.focus();
                }
            } else if let Some(el) = blocks(&area) {
                let fresh = el.first_child().is_none() && !text.is_empty();
                if fresh || *shown.borrow() != *text {
                    fill_blocks(&el, text);
                    *shown.borrow_mut() = text.clone();
                }
                if focus {
                    let _ = el.focus();
                }
            }
        });
    }
    let words = use_memo(props.text.clone(), |text| word_count(text));
    // Reads the area and sends its text on.
    let read: Rc<dyn Fn()> = {
        let (on_input, area) = (props.on_input.clone(), area.clone());
        let (waiting, shown) = (waiting.clone(), shown.clone());
        Rc::new(move || {
            *waiting.borrow_mut() = false;
            if let Some(text) = text_in(&area) {
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
    // A long paste goes straight to the page and is shown as a card: filling and
    // laying out a book-length text area would hold the page for a second.
    let onpaste = {
        let (on_input, area) = (props.on_input.clone(), area.clone());
        let (shown, editing, pending, waiting, take_focus) = (
            shown.clone(),
            editing.clone(),
            pending.clone(),
            waiting.clone(),
            take_focus.clone(),
        );
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<ClipboardEvent>()
                .and_then(ClipboardEvent::clipboard_data)
            else {
                return;
            };
            let Ok(plain) = data.get_data("text/plain") else {
                return;
            };
            let rich = rich_paste(&data, &plain);
            // Line breaks as a text area holds them: CRLF and lone CR become LF.
            let pasted = line_endings_as_lf(&rich.clone().unwrap_or(plain)).into_owned();
            let text = if let Some(el) = blocks(&area) {
                // Paragraph blocks edit plain text: the browser pastes the clipboard's
                // plain text, or the page types in rich text's paragraphs.
                if pasted.len() < LONG_TEXT {
                    if rich.is_some() && type_in(&el, &pasted) {
                        e.prevent_default();
                    }
                    return;
                }
                let Some(text) = blocks_with_pasted(&el, &pasted) else {
                    return;
                };
                text
            } else {
                if pasted.len() < LONG_TEXT && rich.is_none() {
                    return;
                }
                let Some(el) = text_area(&area) else {
                    return;
                };
                let mut text = with_pasted(&el, &pasted);
                if text.len() < LONG_TEXT {
                    // Rich text with its paragraphs, in place; the caret after it.
                    if type_into_area(&el, &pasted) {
                        text = el.value();
                    } else {
                        let caret = el.selection_start().ok().flatten().unwrap_or(0)
                            + pasted.encode_utf16().count() as u32;
                        el.set_value(&text);
                        let _ = el.set_selection_range(caret, caret);
                    }
                }
                text
            };
            e.prevent_default();
            pending.borrow_mut().take();
            *waiting.borrow_mut() = false;
            if text.len() >= LONG_TEXT {
                // A long text goes to the page, which shows it in short again.
                *editing.borrow_mut() = false;
                *take_focus.borrow_mut() = true;
            }
            *shown.borrow_mut() = text.clone();
            on_input.emit(text);
        })
    };
    let on_edit = {
        let (editing, take_focus) = (editing.clone(), take_focus.clone());
        Callback::from(move |()| {
            *editing.borrow_mut() = true;
            *take_focus.borrow_mut() = true;
            redraw.force_update();
        })
    };
    // Leaving the area (to pick a sample, say) sends what was typed at once; so does
    // leaving the page (`SEND_NOW_EVENT`), read with the latest `read`.
    let send_now: Rc<dyn Fn()> = Rc::new(move || {
        if *waiting.borrow() {
            pending.borrow_mut().take();
            read();
        }
    });
    let latest = use_mut_ref(|| send_now.clone());
    *latest.borrow_mut() = send_now.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, SEND_NOW_EVENT, move |_| {
                let send_now = latest.borrow().clone();
                send_now();
            })
        });
        move || drop(listener)
    });
    let onblur = Callback::from(move |_: FocusEvent| send_now());
    // Files: chosen with the button (a hidden file input) or dropped anywhere on the editor.
    let picker = use_node_ref();
    let dragging = use_state(|| false);
    let on_choose = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_picked = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            // The same file may be chosen again.
            input.set_value("");
        })
    };
    let has_files = super::dom::drags_files;
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if has_files(&e) {
                e.prevent_default();
                if !*dragging {
                    dragging.set(true);
                }
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving for a child of the editor is not leaving the editor.
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(
                    e.current_target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
                )
                .is_some_and(|(to, editor)| editor.contains(Some(&to)));
            if !inside {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, on_file) = (dragging.clone(), props.on_file.clone());
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0));
            dragging.set(false);
            // Dropped text goes into the text area as usual; a file is read.
            if let Some(file) = file {
                e.prevent_default();
                on_file.emit(file);
            }
        })
    };
    let on_title = props
        .on_title
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_origin = props
        .on_origin
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let title_id = format!("{}-title", props.id);
    let origin_id = format!("{}-origin", props.id);
    let note_id = format!("{}-note", props.id);
    let hint_id = format!("{}-hint", props.id);
    let label_id = format!("{}-label", props.id);
    html! {
        <div class={classes!("editor", format!("editor-{}", props.id), dragging.then_some("is-dropping"))}
            {ondragover} {ondragleave} {ondrop}>
            <div class="editor-head">
                if as_card || as_blocks {
                    <span id={label_id.clone()} class="editor-label">{ &props.label }</span>
                } else {
                    <label id={label_id.clone()} for={props.id.clone()} class="editor-label">{ &props.label }</label>
                }
                <span id={hint_id.clone()} class="editor-hint">{ &props.hint }</span>
                <span class="editor-count" aria-live="off">{ counted(*words, "word", "words") }</span>
            </div>
            <div class="editor-tools">
                <input key={format!("title-{key}")} id={title_id} class="editor-title" type="text" value={props.title.clone()}
                    placeholder="Title (optional)" aria-label={format!("{} title", props.label)}
                    autocomplete="off" spellcheck="false" dir="auto" oninput={on_title} />
                <button type="button" class="file-button" id={format!("{}-open", props.id)} onclick={on_choose}
                    aria-label={format!("Open a file as the {}", props.label.to_ascii_lowercase())}>
                    { "Open a file…" }
                </button>
                <input ref={picker} type="file" class="visually-hidden" tabindex="-1" aria-hidden="true"
                    accept={ACCEPT} onchange={on_picked} />
                <input key={format!("origin-{key}")} id={origin_id} class="editor-origin" type="text" value={props.origin.clone()}
                    placeholder="From (outlet, address or file; optional)"
                    aria-label={format!("Where the {} is from", props.label.to_ascii_lowercase())}
                    autocomplete="off" spellcheck="false" dir="auto" oninput={on_origin} />
            </div>
            if as_card {
                <LongTextCard id={format!("{}-card", props.id)} labelled_by={label_id}
                    text={props.text.clone()} {on_edit} />
            } else if as_blocks {
                <div
                    id={props.id.clone()}
                    class="editor-text editor-blocks"
                    contenteditable="plaintext-only"
                    role="textbox"
                    aria-multiline="true"
                    tabindex="0"
                    aria-labelledby={label_id}
                    aria-describedby={hint_id}
                    spellcheck="false"
                    dir="auto"
                    ref={area}
                    {oninput}
                    {onpaste}
                    {onblur}
                />
            } else {
                <textarea
                    key={format!("text-{key}")}
                    id={props.id.clone()}
                    class="editor-text"
                    aria-describedby={hint_id}
                    spellcheck="false"
                    dir="auto"
                    rows="9"
                    ref={area}
                    {oninput}
                    {onpaste}
                    {onblur}
                />
            }
            <NoteLine id={note_id} class="editor-note" note={props.note.clone()} />
            <p class="drop-hint" aria-hidden="true">{ "Drop the file to read it into the " }{ props.label.to_ascii_lowercase() }</p>
        </div>
    }
}
