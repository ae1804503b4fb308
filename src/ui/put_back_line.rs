//! The line above the editors that offers back the texts a sample, a link, a file or a
//! new comparison replaced: the newest with "Put my texts back", each older set by its
//! title or first words; past the next newest, the older sets fold into "N more kept
//! texts", so that the line does not push the editors down, and none is dropped.

use yew::prelude::*;

use crate::format::{counted, first_words};
use crate::io::storage::{PutAside, Saved};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What each set put aside is called, and what put it aside; newest first.
    pub items: Vec<(AttrValue, AttrValue)>,
    /// Called with the index of the set to put back.
    pub on_restore: Callback<usize>,
}

/// What a set of texts is called: its titles, or else its first words.
fn name(saved: &Saved) -> String {
    let words = |text: &str| first_words(text, 7);
    let titled = [&saved.source_title, &saved.derivative_title]
        .into_iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>();
    if !titled.is_empty() {
        return titled.join(" and ");
    }
    if saved.source.trim().is_empty() {
        words(&saved.derivative)
    } else {
        words(&saved.source)
    }
}

/// The props' items for the texts put aside.
pub fn items(aside: &[PutAside]) -> Vec<(AttrValue, AttrValue)> {
    aside
        .iter()
        .map(|a| (name(&a.saved).into(), a.why.clone().into()))
        .collect()
}

/// Nothing while no texts are put aside.
#[function_component]
pub fn PutBackLine(props: &Props) -> Html {
    let Some((_, why)) = props.items.first() else {
        return html! {};
    };
    // The button pressed may go with the texts it put back: the focus then goes to
    // them, not to the page's start.
    let restore = |n: usize| {
        props.on_restore.reform(move |_: MouseEvent| {
            super::dom::refocus_if_lost(&["source", "source-card"]);
            n
        })
    };
    let put_back = |n: usize, name: &AttrValue| {
        html! {
            <button type="button" class="link-button" onclick={restore(n)}>
                { format!("Put back “{name}”") }
            </button>
        }
    };
    // The third newest set and older: folded, each still one button away.
    let folded = props.items.len().saturating_sub(2);
    html! {
        <div class="restore" role="status">
            <p>
                { why }{ " " }
                <button type="button" class="link-button" onclick={restore(0)}>{ "Put my texts back" }</button>
            </p>
            if let Some((name, _)) = props.items.get(1) {
                <p>{ "Also kept: " }{ put_back(1, name) }</p>
            }
            if folded > 0 {
                <details class="restore-more">
                    <summary>{ counted(folded, "more kept text", "more kept texts") }</summary>
                    { for props.items.iter().enumerate().skip(2).map(|(n, (name, _))| html! {
                        <p>{ put_back(n, name) }</p>
                    }) }
                </details>
            }
        </div>
    }
}
