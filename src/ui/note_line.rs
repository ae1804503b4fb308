//! A line the page says about a pane or a link: how a file was read, a link copied, a
//! refusal.

use yew::prelude::*;

use super::state::Note;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Element id of the line (a test hook, and what a field may point to).
    pub id: AttrValue,
    /// Class of the line (`editor-note`, `share-note`) and, with `-live`, of its region.
    pub class: &'static str,
    pub note: Option<Note>,
}

/// A polite live region present from the start, so that screen readers announce what
/// comes into it; a refusal or error is an alert instead, announced as it appears.
#[function_component]
pub fn NoteLine(props: &Props) -> Html {
    let live = props.class.replace("-note", "-live");
    html! {
        <>
            <div role="status" class={live}>
                if let Some(note) = props.note.as_ref().filter(|n| !n.is_error) {
                    <p id={props.id.clone()} class={props.class}>{ &note.text }</p>
                }
            </div>
            if let Some(note) = props.note.as_ref().filter(|n| n.is_error) {
                <p id={props.id.clone()} class={classes!(props.class, "is-error")} role="alert">{ &note.text }</p>
            }
        </>
    }
}
