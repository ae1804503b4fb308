//! The reuse figures panel: how much of each text the other holds, as two bars and a few facts.

use yew::prelude::*;

use crate::engine::Figures;
use crate::format::{
    count, derivative_paragraphs, percent, reuse_bars, run_words, source_paragraphs, Bar,
};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub figures: Figures,
}

/// One bar: three parts side by side, each as wide as its share, with a key below.
fn bar(bar: Bar) -> Html {
    let id = bar.id;
    html! {
        <figure class="reuse-bar" data-bar={id}>
            <figcaption>{ bar.caption }</figcaption>
            <div class="bar" aria-hidden="true">
                { for bar.parts.iter().filter(|p| p.share > 0.0).map(|p| html! {
                    <span class={classes!("bar-part", p.id)} style={format!("width: {:.2}%", p.share * 100.0)}></span>
                }) }
            </div>
            <ul class="bar-key">
                { for bar.parts.iter().map(|p| html! {
                    <li><span class={classes!("swatch", p.id)} aria-hidden="true"></span>
                        <strong data-figure={format!("{id}-{}", p.id)}>{ percent(p.share) }</strong>{ " " }{ p.label }</li>
                }) }
            </ul>
        </figure>
    }
}

/// Reuse both ways, the longest verbatim run and paragraphs reused.
#[function_component]
pub fn ReuseFigures(props: &Props) -> Html {
    let f = &props.figures;
    html! {
        <section class="reuse-figures" aria-labelledby="reuse-heading">
            <h3 id="reuse-heading">{ "Reuse, both ways" }</h3>
            { for reuse_bars(f).into_iter().map(bar) }
            <dl class="facts">
                <div><dt>{ "Longest verbatim run" }</dt>
                    <dd><strong data-figure="longest-run">{ count(f.longest_run.words) }</strong>{ run_words(f) }
                        if !f.longest_run.opening.is_empty() {
                            <span class="run-opening">{ format!(" \u{201c}{}\u{201d}", f.longest_run.opening) }</span>
                        }
                    </dd></div>
                <div><dt>{ "Source paragraphs" }</dt>
                    <dd><strong data-figure="paragraphs-reused">{ count(f.source_paragraphs_reused) }</strong>
                        { source_paragraphs(f) }</dd></div>
                <div><dt>{ "New paragraphs" }</dt>
                    <dd><strong data-figure="paragraphs-new">{ count(f.derivative_paragraphs_new) }</strong>
                        { derivative_paragraphs(f) }</dd></div>
            </dl>
        </section>
    }
}
