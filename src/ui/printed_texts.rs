//! The two texts' names on a printout, which leaves the editors out: each text's title
//! and where it is from, or else its first words. Shown only in print.

use yew::prelude::*;

use crate::format::first_words;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Each text's name, as [`name`] gives it.
    pub source: AttrValue,
    pub derivative: AttrValue,
}

/// A text's name on paper: "title (origin)", or its first words in quotes.
pub fn name(title: &str, origin: &str, text: &str) -> String {
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
    html! {
        <div class="printed-texts">
            <p><strong>{ "Source: " }</strong>{ props.source.clone() }</p>
            <p><strong>{ "Derivative: " }</strong>{ props.derivative.clone() }</p>
        </div>
    }
}
