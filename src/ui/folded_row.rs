//! A folded run of unchanged paragraphs, with the button that unfolds it.

use yew::prelude::*;

use crate::format::count;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// How many paragraphs are folded.
    pub count: usize,
    pub on_unfold: Callback<()>,
    /// Inside the side-by-side table: drawn as a row with one cell.
    #[prop_or_default]
    pub in_table: bool,
}

#[function_component]
pub fn FoldedRow(props: &Props) -> Html {
    let onclick = props.on_unfold.reform(|_| ());
    let label = if props.count == 1 {
        "Show 1 unchanged paragraph".to_owned()
    } else {
        format!("Show {} unchanged paragraphs", count(props.count))
    };
    // On paper the button cannot unfold: a line says what is left out instead.
    let printed = if props.count == 1 {
        "(1 unchanged paragraph not shown)".to_owned()
    } else {
        format!("({} unchanged paragraphs not shown)", count(props.count))
    };
    let button = html! {
        <>
            <button type="button" class="folded-button" {onclick}>{ label }</button>
            <span class="folded-print">{ printed }</span>
        </>
    };
    if props.in_table {
        html! { <div class="folded" role="row"><div role="cell">{ button }</div></div> }
    } else {
        html! { <div class="folded">{ button }</div> }
    }
}
