//! The verdict card: wholly, partially or not derived, which text looks like the source, the summary, and why.

use yew::prelude::*;

use super::format::percent;
use crate::engine::explain::verdict::ACCURACY;
use crate::engine::{Derivation, Direction, Verdict};

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
                        <div><dt>{ "Sentence match" }</dt>
                            <dd>{ format!("{} (derived above {})", percent(v.sentence_match), percent(v.threshold)) }</dd></div>
                        <div><dt>{ "The other way (the source's sentences in the derivative)" }</dt>
                            <dd>{ percent(v.reverse_sentence_match) }</dd></div>
                        <div><dt>{ "New words in the derivative" }</dt>
                            <dd>{ format!("{} (wholly derived at {} or less)", percent(v.new_share), percent(v.wholly_max_new)) }</dd></div>
                    </dl>
                    <p>{ format!("Sentence match: for each sentence of the derivative, the largest share of its content words one source sentence holds, averaged. Copying and rewriting keep it high; independent texts on the same topic share words, but spread over different sentences. The threshold was calibrated on {total} labelled answers of the Clough\u{2013}Stevenson corpus (texts written from a source or independently); judging each with the threshold calibrated on the others, it is right for {right} of them.", right = ACCURACY.0, total = ACCURACY.1) }</p>
                    if v.derivation == Derivation::Non {
                        <p>{ "Texts on the same topic share names and terms; that alone does not make one derived from the other." }</p>
                    }
                </details>
            }
        </section>
    }
}
