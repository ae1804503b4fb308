//! The theme picker: light, dark, or as the system prefers (remembered).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::io::storage::Theme;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub theme: Theme,
    pub on_change: Callback<Theme>,
}

const THEMES: [(Theme, &str, &str); 3] = [
    (Theme::System, "system", "As the system"),
    (Theme::Light, "light", "Light"),
    (Theme::Dark, "dark", "Dark"),
];

/// A labelled select in the masthead.
#[function_component]
pub fn ThemePicker(props: &Props) -> Html {
    let onchange = props.on_change.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        THEMES
            .iter()
            .find(|(_, id, _)| *id == value)
            .map_or(Theme::System, |(theme, _, _)| *theme)
    });
    html! {
        <div class="theme-picker">
            <label for="theme">{ "Theme" }</label>
            <select id="theme" {onchange}>
                { for THEMES.iter().map(|(theme, id, label)| html! {
                    <option value={*id} selected={*theme == props.theme}>{ *label }</option>
                }) }
            </select>
        </div>
    }
}
