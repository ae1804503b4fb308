//! The notice that the texts (or those put aside) could not be saved in this browser,
//! and so will not come back after a reload; or that the last visit's could not.

use yew::prelude::*;

use crate::io::storage::Kept;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Whether the texts on show are saved.
    pub texts: Kept,
    /// Whether the texts put aside are saved.
    pub aside: Kept,
    /// The last visit's texts could not be saved: the ones shown are older.
    pub before: bool,
}

/// What to say, if anything: a title and a detail.
fn message(props: &Props) -> Option<(&'static str, &'static str)> {
    Some(match (props.texts, props.aside) {
        (Kept::TooLarge, _) => (
            "These texts will not survive a reload.",
            "They are too large for the space this browser gives the page (about 5 MB in most browsers), so they could not be saved: a reload or a closed tab brings back the last texts that were. Keep your files, or download the report or the JSON.",
        ),
        (Kept::No, _) => (
            "These texts will not survive a reload.",
            "This browser does not let the page save them (its storage is off, as in some private windows): a reload or a closed tab loses them. Download the report or the JSON to keep the comparison.",
        ),
        (Kept::Yes, Kept::TooLarge | Kept::No) => (
            "The texts put aside will not survive a reload.",
            "They could not be saved in this browser (too large for its storage, or storage is off). Put them back now if you still need them.",
        ),
        (Kept::Yes, Kept::Yes) if props.before => (
            "Your last texts could not be saved.",
            "They were too large for this browser's storage, or it was off: these are the last texts that were saved.",
        ),
        (Kept::Yes, Kept::Yes) => return None,
    })
}

/// A notice in the page's notice style, announced as it appears; nothing while all is saved.
#[function_component]
pub fn UnsavedNotice(props: &Props) -> Html {
    match message(props) {
        Some((title, detail)) => html! {
            <div class="notice notice-unsaved" id="unsaved" role="alert">
                <p class="notice-title">{ title }</p>
                <p class="notice-detail">{ detail }</p>
            </div>
        },
        None => html! {},
    }
}
