//! The verdict card: wholly, partially or not derived, which text looks like the source, the summary, and why.

use yew::prelude::*;

use crate::engine::{Derivation, Direction, Verdict};
use crate::format::{sentence_match_means, verdict_measures, SAME_TOPIC};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub verdict: Option<Verdict>,
    pub direction: Option<Direction>,
    pub summary: String,
}

#[function_component]
pub fn VerdictCard(props: &Props) -> Html {
    let direction = props.direction.as_ref().map(|d| {
        html! {
            <p class="direction" data-looks={format!("{:?}", d.looks)}>
                { d.looks.lead() }{ ": " }{ d.reasons.join("; ") }{ "." }
            </p>
        }
    });
    html! {
        <section class="verdict-card" aria-labelledby="verdict-heading">
            if let Some(v) = props.verdict {
                <h3 id="verdict-heading" class="verdict" data-derivation={format!("{:?}", v.derivation)}>
                    { v.derivation.label() }
                </h3>
            } else {
                <h3 id="verdict-heading" class="verdict">{ "No verdict" }</h3>
            }
            <p class="plain-summary" id="plain-summary">{ &props.summary }</p>
            { for direction }
            if let Some(v) = props.verdict {
                <details class="why">
                    <summary>{ "Why this verdict" }</summary>
                    <dl>
                        { for verdict_measures(&v).into_iter().map(|(measure, value)| html! {
                            <div><dt>{ measure }</dt><dd>{ value }</dd></div>
                        }) }
                    </dl>
                    <p>{ sentence_match_means() }</p>
                    if v.derivation == Derivation::Non {
                        <p>{ SAME_TOPIC }</p>
                    }
                </details>
            }
        </section>
    }
}
