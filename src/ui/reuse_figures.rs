//! The reuse figures panel: how much of each text the other holds, as two bars and a few facts.

use yew::prelude::*;

use super::format::{count, percent};
use crate::engine::Figures;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub figures: Figures,
}

/// One bar: three parts side by side, each as wide as its share, with a key below.
fn bar(
    caption: &'static str,
    id: &'static str,
    parts: [(&'static str, &'static str, f64); 3],
) -> Html {
    html! {
        <figure class="reuse-bar" data-bar={id}>
            <figcaption>{ caption }</figcaption>
            <div class="bar" aria-hidden="true">
                { for parts.iter().filter(|p| p.2 > 0.0).map(|&(class, _, share)| html! {
                    <span class={classes!("bar-part", class)} style={format!("width: {:.2}%", share * 100.0)}></span>
                }) }
            </div>
            <ul class="bar-key">
                { for parts.iter().map(|&(class, label, share)| html! {
                    <li><span class={classes!("swatch", class)} aria-hidden="true"></span>
                        <strong data-figure={format!("{id}-{class}")}>{ percent(share) }</strong>{ " " }{ label }</li>
                }) }
            </ul>
        </figure>
    }
}

/// Reuse both ways, the longest verbatim run and paragraphs reused.
#[function_component]
pub fn ReuseFigures(props: &Props) -> Html {
    let f = &props.figures;
    let cut = f.source_paragraphs - f.source_paragraphs_reused;
    html! {
        <section class="reuse-figures" aria-labelledby="reuse-heading">
            <h3 id="reuse-heading">{ "Reuse, both ways" }</h3>
            { bar("The derivative's words", "derivative", [
                ("verbatim", "copied verbatim", f.derivative_verbatim),
                ("rewritten", "rewritten from the source", f.derivative_rewritten),
                ("new", "new", f.derivative_new),
            ]) }
            { bar("The source's words", "source", [
                ("verbatim", "kept verbatim", f.source_verbatim),
                ("rewritten", "rewritten", f.source_rewritten),
                ("cut", "cut", f.source_cut),
            ]) }
            <dl class="facts">
                <div><dt>{ "Longest verbatim run" }</dt>
                    <dd><strong data-figure="longest-run">{ count(f.longest_run.words) }</strong>{ if f.longest_run.words == 1 { " word" } else { " words" } }
                        if !f.longest_run.opening.is_empty() {
                            <span class="run-opening">{ format!(" \u{201c}{}\u{201d}", f.longest_run.opening) }</span>
                        }
                    </dd></div>
                <div><dt>{ "Source paragraphs" }</dt>
                    <dd><strong data-figure="paragraphs-reused">{ count(f.source_paragraphs_reused) }</strong>
                        { format!(" of {} reused, {} cut", count(f.source_paragraphs), count(cut)) }</dd></div>
                <div><dt>{ "New paragraphs" }</dt>
                    <dd><strong data-figure="paragraphs-new">{ count(f.derivative_paragraphs_new) }</strong>
                        { format!(" of the derivative's {}", count(f.derivative_paragraphs)) }</dd></div>
            </dl>
        </section>
    }
}
