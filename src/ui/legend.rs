//! The legend: how cuts, additions, respellings and moves are marked.

use yew::prelude::*;

#[function_component]
pub fn Legend() -> Html {
    html! {
        <ul class="legend" aria-label="How changes are marked">
            <li><del>{ "struck through" }</del>{ " cut (source only)" }</li>
            <li><ins>{ "underlined" }</ins>{ " added (derivative only)" }</li>
            <li><del>{ "Sa" }<mark class="char-change">{ "ee" }</mark>{ "d" }</del>{ " " }<ins>{ "Sa" }<mark class="char-change">{ "i" }</mark>{ "d" }</ins>{ " letters changed" }</li>
            <li><span class="move-badge legend-badge">{ "\u{2193} moved 1" }</span>{ " a passage that moved: the badge jumps to its other end" }</li>
        </ul>
    }
}
