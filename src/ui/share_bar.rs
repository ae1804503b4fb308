//! Share and export: a link that opens this comparison, the report, JSON, word diff and print.

use yew::prelude::*;

use super::note_line::NoteLine;
use super::state::Note;

/// What the reader can take away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// A self-contained HTML report.
    Report,
    /// The whole comparison as JSON.
    Json,
    /// A plain-text word diff, `[-cut-]{+added+}`.
    WordDiff,
    /// The browser's print dialog (a print stylesheet makes it a clean report).
    Print,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Make a link and copy it.
    pub on_share: Callback<()>,
    pub on_export: Callback<Export>,
    /// Start over with two empty texts.
    pub on_new: Callback<()>,
    /// What became of the last link.
    pub note: Option<Note>,
    /// The last link made, for copying by hand.
    pub link: Option<String>,
}

/// A row of buttons under the result, and the link once made.
#[function_component]
pub fn ShareBar(props: &Props) -> Html {
    let export = |what: Export| props.on_export.reform(move |_: MouseEvent| what);
    let on_share = props.on_share.reform(|_: MouseEvent| ());
    let on_new = props.on_new.reform(|_: MouseEvent| ());
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <section class="share-bar" aria-label="Share and export">
            <div class="share-buttons">
                <button type="button" id="share" onclick={on_share}>{ "Copy a link" }</button>
                <button type="button" id="export-report" onclick={export(Export::Report)}>{ "Download report" }</button>
                <button type="button" id="export-json" onclick={export(Export::Json)}>{ "Download JSON" }</button>
                <button type="button" id="export-wdiff" onclick={export(Export::WordDiff)}>{ "Download word diff" }</button>
                <button type="button" id="print" onclick={export(Export::Print)}>{ "Print" }</button>
                <button type="button" id="new-comparison" class="new-comparison" onclick={on_new}>{ "New comparison" }</button>
            </div>
            <NoteLine id="link-note" class="share-note" note={props.note.clone()} />
            if let Some(link) = &props.link {
                <label class="share-link">
                    <span class="visually-hidden">{ "Link to this comparison" }</span>
                    <input id="share-link" type="text" readonly=true value={link.clone()} onfocus={select_all} />
                </label>
            }
        </section>
    }
}
