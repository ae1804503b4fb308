//! The view toggle: inline or side by side (remembered).

use yew::prelude::*;

use crate::io::storage::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    pub on_change: Callback<View>,
}

#[function_component]
pub fn ViewToggle(props: &Props) -> Html {
    let option = |view: View, id: &'static str, label: &'static str| {
        let onchange = props.on_change.reform(move |_: Event| view);
        html! {
            <label class="segmented-option" for={id}>
                <input type="radio" name="view" {id} checked={props.view == view} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset class="segmented view-toggle">
            <legend class="visually-hidden">{ "View" }</legend>
            { option(View::Inline, "view-inline", "Inline") }
            { option(View::SideBySide, "view-side-by-side", "Side by side") }
        </fieldset>
    }
}
