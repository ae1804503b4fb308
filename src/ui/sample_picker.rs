//! The sample picker: the bundled article pairs, with their credits.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::samples::{Article, Pair, PAIRS};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The pair both texts come from, if they are a sample's.
    pub selected: Option<&'static Pair>,
    /// The bundled articles the texts are (source, derivative), credited under the
    /// picker: a sample's, still named by the panes after the reader edits it.
    pub credits: (Option<&'static Article>, Option<&'static Article>),
    /// Called with the pair the user picks.
    pub on_pick: Callback<&'static Pair>,
}

/// A select of sample pairs, and who wrote the bundled articles on show.
#[function_component]
pub fn SamplePicker(props: &Props) -> Html {
    let onchange = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(pair) = Pair::by_id(&select.value()) {
                on_pick.emit(pair);
            }
        })
    };
    let selected_id = props.selected.map_or("", |p| p.id);
    html! {
        <div class="sample-picker">
            <label for="sample" class="sample-label">{ "Sample" }</label>
            <select id="sample" {onchange}>
                if props.selected.is_none() {
                    <option value="" selected=true>{ "Your own texts" }</option>
                }
                { for PAIRS.iter().map(|pair| html! {
                    <option value={pair.id} selected={pair.id == selected_id}>{ pair.label }</option>
                }) }
            </select>
            if props.credits.0.is_some() || props.credits.1.is_some() {
                <dl class="credits">
                    { for [("Source", props.credits.0), ("Derivative", props.credits.1)].into_iter().filter_map(|(role, article)| {
                        article.map(|a| html! {
                            <>
                                <dt>{ format!("{role}: {}", a.title) }</dt>
                                <dd>{ a.credit }</dd>
                            </>
                        })
                    }) }
                </dl>
            }
        </div>
    }
}
