//! View behaviour that acts on the rendered page: bring a change into view,
//! jump between the ends of a move, light up a change's counterpart; and what a
//! drag carries.
//!
//! Only classes, focus and scrolling are touched here; content is Yew's.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn all(selector: &str) -> Vec<Element> {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Removes the "Loading Syndiff…" notice that `index.html` shows until the page is drawn.
pub fn page_ready() {
    if let Some(notice) = document().and_then(|d| d.get_element_by_id("loading")) {
        notice.remove();
    }
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

fn scroll_behavior() -> ScrollBehavior {
    if reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    }
}

/// Scrolls `el` to the middle of the window (smoothly unless reduced motion is asked for) and focuses it.
fn bring_into_view(el: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(scroll_behavior());
    if let Some(html) = el.dyn_ref::<HtmlElement>() {
        if !html.has_attribute("tabindex") && html.tab_index() < 0 {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let _ = html.focus();
    }
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Once the page has been drawn, focuses the first of `ids` that is on the page, if
/// the focus was lost (the focused control went away with what it did).
pub fn refocus_if_lost(ids: &'static [&'static str]) {
    Timeout::new(0, move || {
        let Some(document) = document() else { return };
        let lost = document
            .active_element()
            .is_none_or(|el| document.body().is_some_and(|b| b.is_same_node(Some(&el))));
        if !lost {
            return;
        }
        if let Some(el) = ids
            .iter()
            .find_map(|id| document.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}

/// Brings the comparison's start (its heading) to the top of the window and focuses it,
/// so that a screen reader reads out where the reader now is.
pub fn show_result() {
    let Some(heading) = document()
        .and_then(|d| d.get_element_by_id("result-heading"))
        .and_then(|h| h.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(scroll_behavior());
    let _ = heading.focus();
    heading.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Marks navigation stop `n` as current in the diff and brings it into view.
pub fn show_current(n: Option<usize>) {
    for el in all("#diff .is-current") {
        let _ = el.class_list().remove_1("is-current");
    }
    let Some(n) = n else { return };
    let found = all(&format!("#diff [data-change=\"{n}\"]"));
    for el in &found {
        let _ = el.class_list().add_1("is-current");
    }
    if let Some(first) = found.first() {
        bring_into_view(first);
    }
}

/// Jumps from one end of move `id` to the other (`to` is `source` or `derivative`) and flashes it.
pub fn jump_to_move(id: u32, to: &str) {
    let selector = format!("#diff [data-move=\"{id}\"][data-move-end=\"{to}\"]");
    let Some(target) = all(&selector).into_iter().next() else {
        return;
    };
    let badge = target.query_selector(".move-badge").ok().flatten();
    bring_into_view(badge.as_ref().unwrap_or(&target));
    let _ = target.class_list().add_1("is-flashing");
    Timeout::new(1600, move || {
        let _ = target.class_list().remove_1("is-flashing");
    })
    .forget();
}

/// Lights up every element of the change or move under `el` (its counterpart in the other column too).
pub fn link_counterparts(el: Option<Element>) {
    for old in all("#diff .is-linked") {
        let _ = old.class_list().remove_1("is-linked");
    }
    let Some(el) = el else { return };
    let selector = if let Some(change) = el
        .closest("[data-change]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("data-change"))
    {
        format!("#diff [data-change=\"{change}\"]")
    } else {
        return;
    };
    let linked = all(&selector);
    if linked.len() > 1 {
        for e in linked {
            let _ = e.class_list().add_1("is-linked");
        }
    }
}

/// Whether a drag carries files (rather than text or a link).
pub fn drags_files(event: &web_sys::DragEvent) -> bool {
    event.data_transfer().is_some_and(|d| {
        d.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Whether a key press belongs to a text field or a control rather than to the page.
pub fn typing_into(event: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
        || el.closest("[contenteditable]").ok().flatten().is_some()
}
