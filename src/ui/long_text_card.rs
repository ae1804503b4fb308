//! A long text shown in short: its size and first lines, with a button to edit it.
//!
//! A book-length text area costs the browser hundreds of milliseconds to fill and lay
//! out, and again on every style change; a loaded or pasted long text is shown here
//! instead until the reader asks to edit it.

use yew::prelude::*;

use crate::engine::token::{paragraph_count, word_count};
use crate::format::{counted, size};

/// How much of the text the card shows.
const PREVIEW_CHARS: usize = 400;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Element id of the card (the editor's id with `-card`).
    pub id: AttrValue,
    /// Id of the element that names the text ("Source").
    pub labelled_by: AttrValue,
    /// The whole text.
    pub text: String,
    /// Called when the reader asks to edit the text in full.
    pub on_edit: Callback<()>,
}

/// The size, word and paragraph counts, and the first lines of a long text.
#[function_component]
pub fn LongTextCard(props: &Props) -> Html {
    let facts = use_memo(props.text.clone(), |text| {
        let words = word_count(text);
        let paragraphs = paragraph_count(text);
        let preview = match text.char_indices().nth(PREVIEW_CHARS) {
            Some((end, _)) => format!("{}…", text[..end].trim_end()),
            None => text.clone(),
        };
        (
            format!(
                "{} · {} · {}",
                size(text.len()),
                counted(words, "word", "words"),
                counted(paragraphs, "paragraph", "paragraphs")
            ),
            preview,
        )
    });
    let onclick = props.on_edit.reform(|_: MouseEvent| ());
    html! {
        <div id={props.id.clone()} class="long-text" tabindex="-1" role="group" aria-labelledby={props.labelled_by.clone()}>
            <p class="long-text-facts">{ &facts.0 }</p>
            <p class="long-text-preview" dir="auto">{ &facts.1 }</p>
            <p class="long-text-note">
                { "A long text is shown in short to keep the page quick; the comparison uses all of it. " }
                <button type="button" class="link-button" {onclick}>{ "Edit the whole text" }</button>
            </p>
        </div>
    }
}
