//! What the page keeps in the browser's localStorage: preferences (view and options),
//! the two texts with their titles, saved before every comparison so that a
//! reload (after a crash, say) brings them back, and the reuse matrix's articles.
//!
//! Storage may be missing or refuse writes (private windows, file:// in some
//! browsers, quota): the page then simply does not remember, and says nothing.

use std::cell::{Cell, RefCell};

use serde::{Deserialize, Serialize};

use crate::engine::Options;

const PREFS_KEY: &str = "syndiff.prefs.v1";
const SOURCE_KEY: &str = "syndiff.source.v1";
const DERIVATIVE_KEY: &str = "syndiff.derivative.v1";
const TITLES_KEY: &str = "syndiff.titles.v1";
const ORIGINS_KEY: &str = "syndiff.origins.v1";
const ASIDE_KEY: &str = "syndiff.aside.v1";
const SET_KEY: &str = "syndiff.set.v1";

/// One article of the reuse matrix's set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetArticle {
    pub title: String,
    pub origin: String,
    pub text: String,
}

/// Saves the reuse matrix's articles (or forgets them, when there are none); says
/// whether they are saved (storage may be off, or too small for them).
pub fn save_set(articles: &[SetArticle]) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    if articles.is_empty() {
        return storage.remove_item(SET_KEY).is_ok();
    }
    crate::json::to_string(articles)
        .ok()
        .is_some_and(|json| storage.set_item(SET_KEY, &json).is_ok())
}

/// The reuse matrix's articles from the last visit.
pub fn load_set() -> Vec<SetArticle> {
    local_storage()
        .and_then(|s| s.get_item(SET_KEY).ok().flatten())
        .and_then(|json| crate::json::from_str(&json).ok())
        .unwrap_or_default()
}

/// The reader's work: both texts and their titles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub source: String,
    pub derivative: String,
    pub source_title: String,
    pub derivative_title: String,
    /// Where each text came from (an outlet, an address, a file name); may be empty.
    pub source_origin: String,
    pub derivative_origin: String,
}

thread_local! {
    /// The texts as last saved, so that an unchanged side is not written again.
    static SAVED: RefCell<(Option<String>, Option<String>)> = const { RefCell::new((None, None)) };
    /// Whether the last save of the texts succeeded (false when storage refused them).
    static SAVED_OK: Cell<bool> = const { Cell::new(false) };
}

/// How the comparison is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    /// One column: the derivative as it reads, with cuts and additions in place.
    #[default]
    Inline,
    /// Two columns: aligned source and derivative paragraphs.
    SideBySide,
}

/// Light or dark colours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// As the system prefers (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    Dark,
}

/// What the page remembers between visits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub options: Options,
    pub theme: Theme,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered preferences, or the defaults when there are none (or they do not parse).
/// JSON goes through the browser's own `JSON`, not a bundled parser.
pub fn load_prefs() -> Prefs {
    local_storage()
        .and_then(|s| s.get_item(PREFS_KEY).ok().flatten())
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .and_then(|value| serde_wasm_bindgen::from_value(value).ok())
        .unwrap_or_default()
}

/// Remembers the preferences; silently does nothing when storage is unavailable.
pub fn save_prefs(prefs: &Prefs) {
    let json = serde_wasm_bindgen::to_value(prefs)
        .ok()
        .and_then(|value| js_sys::JSON::stringify(&value).ok())
        .and_then(|s| s.as_string());
    if let (Some(storage), Some(json)) = (local_storage(), json) {
        let _ = storage.set_item(PREFS_KEY, &json);
    }
}

/// Texts and titles put aside by a sample, a link, a file or a new comparison, with
/// what put them aside; saved, so that a reload can still put them back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PutAside {
    pub saved: Saved,
    /// "The sample replaced your texts."
    pub why: String,
}

/// Saves (or, with `None`, forgets) the texts put aside.
pub fn save_aside(aside: Option<&PutAside>) {
    let Some(storage) = local_storage() else {
        return;
    };
    match aside.and_then(|a| crate::json::to_string(a).ok()) {
        Some(json) => {
            let _ = storage.set_item(ASIDE_KEY, &json);
        }
        None => {
            let _ = storage.remove_item(ASIDE_KEY);
        }
    }
}

/// The texts put aside by the last visit, if any.
pub fn load_aside() -> Option<PutAside> {
    let json = local_storage()?.get_item(ASIDE_KEY).ok().flatten()?;
    crate::json::from_str(&json).ok()
}

/// Saves the texts and titles (each text only when it changed since the last save);
/// says whether both texts are now saved. Storage may refuse them (too large for its
/// quota, or off); the titles are then not saved either, so that a reload never
/// pairs old texts with new titles.
pub fn save_texts(work: &Saved) -> bool {
    let (source, derivative) = (work.source.as_str(), work.derivative.as_str());
    let Some(storage) = local_storage() else {
        SAVED_OK.set(false);
        return false;
    };
    let ok = SAVED.with_borrow_mut(|(saved_source, saved_derivative)| {
        let save = |key: &str, saved: &mut Option<String>, text: &str| {
            if saved.as_deref() == Some(text) {
                return true;
            }
            let ok = storage.set_item(key, text).is_ok();
            *saved = ok.then(|| text.to_owned());
            ok
        };
        let source_ok = save(SOURCE_KEY, saved_source, source);
        save(DERIVATIVE_KEY, saved_derivative, derivative) && source_ok
    });
    SAVED_OK.set(ok);
    if ok {
        for (key, pair) in [
            (TITLES_KEY, [&work.source_title, &work.derivative_title]),
            (ORIGINS_KEY, [&work.source_origin, &work.derivative_origin]),
        ] {
            if let Ok(json) = crate::json::to_string(&pair) {
                let _ = storage.set_item(key, &json);
            }
        }
    }
    ok
}

/// Whether the texts as last compared are saved.
pub fn texts_saved() -> bool {
    SAVED_OK.get()
}

/// The texts and titles saved by the last visit, if both texts are there.
pub fn load_texts() -> Option<Saved> {
    let storage = local_storage()?;
    let source = storage.get_item(SOURCE_KEY).ok().flatten()?;
    let derivative = storage.get_item(DERIVATIVE_KEY).ok().flatten()?;
    let pair = |key: &str| -> [String; 2] {
        storage
            .get_item(key)
            .ok()
            .flatten()
            .and_then(|json| crate::json::from_str(&json).ok())
            .unwrap_or_default()
    };
    let [source_title, derivative_title] = pair(TITLES_KEY);
    let [source_origin, derivative_origin] = pair(ORIGINS_KEY);
    SAVED.with_borrow_mut(|saved| *saved = (Some(source.clone()), Some(derivative.clone())));
    Some(Saved {
        source,
        derivative,
        source_title,
        derivative_title,
        source_origin,
        derivative_origin,
    })
}

/// Forgets the saved texts: the next visit opens on the sample.
pub fn forget_texts() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(SOURCE_KEY);
        let _ = storage.remove_item(DERIVATIVE_KEY);
        let _ = storage.remove_item(TITLES_KEY);
        let _ = storage.remove_item(ORIGINS_KEY);
        let _ = storage.remove_item(ASIDE_KEY);
    }
    SAVED.with_borrow_mut(|saved| *saved = (None, None));
}
