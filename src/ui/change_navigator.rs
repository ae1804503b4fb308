//! Previous / next change, where the reader is, and the keys that do the same.

use yew::prelude::*;

use crate::format::{count, counted};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current change (0-based), if the reader has moved to one.
    pub current: Option<usize>,
    pub total: usize,
    /// What the current change is ("added", "moved here", …).
    pub current_label: Option<&'static str>,
    /// The edit kind the reader filtered on: the position counts changes of that kind only.
    pub kind: Option<&'static str>,
    pub on_previous: Callback<()>,
    pub on_next: Callback<()>,
}

#[function_component]
pub fn ChangeNavigator(props: &Props) -> Html {
    let position = match (props.current, props.total, props.kind) {
        (_, 0, _) => "No changes".to_owned(),
        (None, n, None) => counted(n, "change", "changes"),
        (None, n, Some(kind)) => format!("{kind}: {}", count(n)),
        (Some(c), n, None) => format!("Change {} of {}", count(c + 1), count(n)),
        (Some(c), n, Some(kind)) => format!("{kind} {} of {}", count(c + 1), count(n)),
    };
    let disabled = props.total == 0;
    html! {
        <div class="navigator">
            <button type="button" class="nav-button" id="previous-change" disabled={disabled}
                onclick={props.on_previous.reform(|_| ())} aria-keyshortcuts="k p" title="Previous change (k or p)">
                <span aria-hidden="true">{ "\u{2191} " }</span>{ "Previous" }
            </button>
            <span class="nav-position" id="change-position" aria-live="polite">
                { position }
                // Heard, not shown: the outlined change shows what it is, and a
                // label of changing width would make the toolbar jump at each step.
                if let Some(label) = props.current_label {
                    <span class="visually-hidden">{ format!(": {label}") }</span>
                }
            </span>
            <button type="button" class="nav-button" id="next-change" disabled={disabled}
                onclick={props.on_next.reform(|_| ())} aria-keyshortcuts="j n" title="Next change (j or n)">
                { "Next" }<span aria-hidden="true">{ " \u{2193}" }</span>
            </button>
            <span class="nav-keys" aria-hidden="true"><kbd>{ "j" }</kbd>{ "/" }<kbd>{ "k" }</kbd></span>
        </div>
    }
}
