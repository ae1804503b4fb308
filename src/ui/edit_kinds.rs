//! The edit kinds legend: each kind found, how often, what it means in syndication; pressing one filters the view.

use yew::prelude::*;

use crate::engine::{EditCount, EditKind};
use crate::format::count;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub edits: Vec<EditCount>,
    pub filter: Option<EditKind>,
    pub on_filter: Callback<Option<EditKind>>,
}

#[function_component]
pub fn EditKinds(props: &Props) -> Html {
    if props.edits.is_empty() {
        return html! {};
    }
    let all = {
        let on_filter = props.on_filter.clone();
        Callback::from(move |_: MouseEvent| on_filter.emit(None))
    };
    html! {
        <section class="edit-kinds" aria-labelledby="kinds-heading">
            <h3 id="kinds-heading">{ "Kinds of edit" }</h3>
            <p class="hint">{ "Press a kind to show only its changes; next and previous change then step through them." }</p>
            <ul role="list" class="kind-list">
                <li>
                    <button type="button" class="kind-filter" aria-pressed={props.filter.is_none().to_string()} onclick={all}>
                        { "All kinds" }
                    </button>
                </li>
                { for props.edits.iter().map(|e| {
                    let kind = e.kind;
                    let pressed = props.filter == Some(kind);
                    let onclick = {
                        let on_filter = props.on_filter.clone();
                        Callback::from(move |_: MouseEvent| on_filter.emit(if pressed { None } else { Some(kind) }))
                    };
                    html! {
                        <li>
                            <button type="button" class="kind-filter" data-edit={kind.id()} aria-pressed={pressed.to_string()} {onclick}>
                                <span class="kind-swatch" aria-hidden="true"></span>
                                { kind.label() }{ " " }<span class="kind-count">{ count(e.count) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if let Some(kind) = props.filter {
                <p class="kind-meaning" role="status"><strong>{ kind.label() }{ ": " }</strong>{ kind.meaning() }</p>
            }
            <details class="kind-meanings">
                <summary>{ "What each kind means" }</summary>
                <dl>
                    { for props.edits.iter().map(|e| html! {
                        <div><dt data-edit={e.kind.id()}>{ e.kind.label() }{ " " }<span class="kind-count">{ count(e.count) }</span></dt><dd>{ e.kind.meaning() }</dd></div>
                    }) }
                </dl>
            </details>
        </section>
    }
}
