//! A folded run of unchanged paragraphs, with the button that unfolds it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// How many paragraphs are folded.
    pub count: usize,
    pub on_unfold: Callback<()>,
}

#[function_component]
pub fn FoldedRow(props: &Props) -> Html {
    let onclick = props.on_unfold.reform(|_| ());
    let label = if props.count == 1 {
        "Show 1 unchanged paragraph".to_owned()
    } else {
        format!("Show {} unchanged paragraphs", props.count)
    };
    html! {
        <div class="folded">
            <button type="button" class="folded-button" {onclick}>{ label }</button>
        </div>
    }
}
