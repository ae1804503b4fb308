//! The one-line summary: words unchanged, deleted, inserted, and the share copied.

use yew::prelude::*;

use crate::engine::{Counts, Status};
use crate::format::{count, percent};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub counts: Counts,
    pub status: Status,
    /// The texts were edited since these counts were made.
    pub updating: bool,
}

/// Counts in one line; announced politely to screen readers when they change.
#[function_component]
pub fn SummaryLine(props: &Props) -> Html {
    let c = props.counts;
    let both_present = !matches!(
        props.status,
        Status::BothEmpty | Status::SourceEmpty | Status::DerivativeEmpty
    );
    html! {
        <p class={classes!("summary", props.updating.then_some("is-updating"))} role="status" aria-live="polite" id="summary">
            if both_present {
                <span class="figure"><strong data-figure="unchanged">{ count(c.unchanged) }</strong>{ if c.unchanged == 1 { " word unchanged" } else { " words unchanged" } }</span>
                <span class="figure figure-deleted"><strong data-figure="deleted">{ count(c.deleted) }</strong>{ " deleted" }</span>
                <span class="figure figure-inserted"><strong data-figure="inserted">{ count(c.inserted) }</strong>{ " inserted" }</span>
                if c.moves > 0 {
                    <span class="figure figure-moved">
                        <strong data-figure="moved">{ count(c.moved) }</strong>
                        { if c.moves == 1 { " moved (1 passage)".to_owned() } else { format!(" moved ({} passages)", count(c.moves)) } }
                    </span>
                }
                <span class="figure figure-share">
                    <strong data-figure="copied">{ percent(c.copied_share) }</strong>
                    { " of the derivative copied verbatim from the source" }
                </span>
            } else {
                <span class="figure">{ "Nothing to compare yet" }</span>
            }
            if props.updating {
                <span class="updating">{ "updating…" }</span>
            }
        </p>
    }
}
