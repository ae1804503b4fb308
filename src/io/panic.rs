//! When Syndiff itself fails: a panic shows an error panel with the message, and a
//! reload brings the user's texts back (they are saved before every comparison).
//!
//! The panel is plain DOM built here, not Yew: after a panic the module is stopped,
//! so the panel's two actions are links that reload the page, with no script of ours
//! behind them. "Start over" reloads with `?start-over`, which [`start_over`] honours.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::storage::{forget_texts, texts_saved};

/// The query that asks the page to forget the saved texts.
const START_OVER: &str = "start-over";

/// The panic hook: the message goes to the console and, on the page, into the panel.
/// Installed by `main` (through Yew's `set_custom_panic_hook` on the page, so that
/// Yew keeps it).
pub fn report(info: &std::panic::PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&format!("Syndiff stopped: {message}").into());
    // In the comparison worker there is no page: its failure reaches the page as an error event.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = show_panel(&document, &message);
    }
}

/// If the page was opened with `?start-over`, forgets the saved texts and takes the
/// query out of the address. Says whether it did.
pub fn start_over() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    if location.search().ok().as_deref() != Some(&format!("?{START_OVER}")) {
        return false;
    }
    forget_texts();
    let path = location.pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    true
}

fn element(
    document: &Document,
    tag: &str,
    class: &str,
    text: &str,
) -> Result<Element, wasm_bindgen::JsValue> {
    let el = document.create_element(tag)?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    Ok(el)
}

fn show_panel(document: &Document, message: &str) -> Result<(), wasm_bindgen::JsValue> {
    if document.get_element_by_id("crash").is_some() {
        return Ok(());
    }
    let location = web_sys::window().map(|w| w.location());
    let here = location
        .as_ref()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default();
    // file:// has the origin "null": the path alone is the page.
    let here = here.strip_prefix("null").unwrap_or(&here).to_owned();
    let panel = element(document, "div", "crash", "")?;
    panel.set_id("crash");
    panel.set_attribute("role", "alertdialog")?;
    panel.set_attribute("aria-labelledby", "crash-title")?;
    panel.set_attribute("aria-describedby", "crash-text")?;
    let title = element(document, "h2", "crash-title", "Syndiff stopped")?;
    title.set_id("crash-title");
    let saved = if texts_saved() {
        "Your texts were saved before the comparison began: reloading brings them back."
    } else {
        "Your texts could not be saved in this browser (too long, or storage is off): copy them from the page before reloading."
    };
    let text = element(
        document,
        "p",
        "",
        &format!(
            "Something went wrong inside Syndiff and this page can no longer compare. {saved}"
        ),
    )?;
    text.set_id("crash-text");
    let details = element(document, "pre", "crash-message", message)?;
    let actions = element(document, "p", "crash-actions", "")?;
    let reload = element(document, "a", "button crash-reload", "Reload with my texts")?;
    reload.set_attribute("href", &here)?;
    let fresh = element(document, "a", "link-button", "Start over with the sample")?;
    fresh.set_attribute("href", &format!("{here}?{START_OVER}"))?;
    actions.append_child(&reload)?;
    actions.append_child(&fresh)?;
    for child in [&title, &text, &details, &actions] {
        panel.append_child(child)?;
    }
    document
        .body()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no body"))?
        .append_child(&panel)?;
    if let Ok(reload) = reload.dyn_into::<web_sys::HtmlElement>() {
        let _ = reload.focus();
    }
    Ok(())
}
