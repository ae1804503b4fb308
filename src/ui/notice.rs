//! The notice above the diff for the states that need words: empty, identical, whitespace only.

use yew::prelude::*;

use crate::engine::Status;
use crate::format::no_shared_passages;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub status: Status,
    /// Some long stretches were shown cut and added without a word diff.
    #[prop_or_default]
    pub coarse: bool,
    /// The verdict finds the derivative derived (with no shared passage: a heavy rewrite).
    #[prop_or_default]
    pub derived: bool,
}

/// What to say for a status, if anything.
fn message(status: Status, derived: bool) -> Option<(&'static str, &'static str)> {
    Some(match status {
        Status::BothEmpty => (
            "Nothing to compare yet.",
            "Paste or type a source and a derivative above, or pick a sample.",
        ),
        Status::SourceEmpty => (
            "The source is empty.",
            "Add the earlier text the derivative may have been made from.",
        ),
        Status::DerivativeEmpty => (
            "The derivative is empty.",
            "Add the later text to compare with the source.",
        ),
        Status::Identical => (
            "The two texts are identical.",
            "Every word of the derivative stands in the source, in the same order.",
        ),
        Status::WhitespaceOnly => (
            "The texts differ only in whitespace.",
            "Extra spaces and line breaks are not counted as changes, so every word is unchanged.",
        ),
        Status::Equivalent => (
            "The texts differ only in what the options count as the same.",
            "Quote styles, dashes, Unicode forms, case or punctuation differ; every word is unchanged. Change this under Options.",
        ),
        Status::NoSharedPassages => no_shared_passages(derived),
        Status::Changed => return None,
    })
}

/// A short notice, or nothing when the texts simply differ.
#[function_component]
pub fn Notice(props: &Props) -> Html {
    let status = match message(props.status, props.derived) {
        Some((title, detail)) => html! {
            <div class="notice" data-status={format!("{:?}", props.status)}>
                <p class="notice-title">{ title }</p>
                <p class="notice-detail">{ detail }</p>
            </div>
        },
        None => html! {},
    };
    html! {
        <>
            { status }
            if props.coarse {
                <div class="notice notice-coarse" data-status="coarse">
                    <p class="notice-title">{ "Simplified comparison." }</p>
                    <p class="notice-detail">
                        { "Some long stretches with no shared sentence between them were too long to compare word by word in time. They are shown as cut and added; everything else is compared in full." }
                    </p>
                </div>
            }
        </>
    }
}
