//! The two texts' names on a printout, which leaves the editors out: each text's title
//! and where it is from, or else its first words. Shown only in print.

use yew::prelude::*;

use crate::format::first_words;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Each text's title (a sample's own when untitled), empty when it has none.
    pub source_title: AttrValue,
    pub derivative_title: AttrValue,
    pub source_origin: AttrValue,
    pub derivative_origin: AttrValue,
    /// The texts, for their first words when they have no title.
    pub source: AttrValue,
    pub derivative: AttrValue,
}

/// "Title (origin)", or the text's first words in quotes.
fn name(title: &str, origin: &str, text: &str) -> String {
    let (title, origin) = (title.trim(), origin.trim());
    let mut name = if !title.is_empty() {
        title.to_owned()
    } else if text.trim().is_empty() {
        "empty".to_owned()
    } else {
        format!("\u{201c}{}\u{201d}", first_words(text, 12))
    };
    if !origin.is_empty() {
        name.push_str(&format!(" ({origin})"));
    }
    name
}

#[function_component]
pub fn PrintedTexts(props: &Props) -> Html {
    let line = |role: &'static str, title: &str, origin: &str, text: &str| {
        html! { <p><strong>{ role }</strong>{ name(title, origin, text) }</p> }
    };
    html! {
        <div class="printed-texts">
            { line("Source: ", &props.source_title, &props.source_origin, &props.source) }
            { line("Derivative: ", &props.derivative_title, &props.derivative_origin, &props.derivative) }
        </div>
    }
}
