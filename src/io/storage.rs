//! What the page keeps in the browser's localStorage: preferences (view and options),
//! the two texts with their titles, saved before every comparison so that a
//! reload (after a crash, say) brings them back, and the reuse matrix's articles.
//!
//! Storage may be missing or refuse writes (private windows, file:// in some
//! browsers, quota): preferences are then simply not remembered, but the page says
//! when the texts, or those put aside, could not be saved ([`Kept`]).

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
/// Set while the texts on show could not be saved: the next visit says so.
const UNSAVED_KEY: &str = "syndiff.unsaved.v1";

/// Whether the browser kept what the page saved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Kept {
    #[default]
    Yes,
    /// Refused as too large for the browser's storage (its quota).
    TooLarge,
    /// The browser keeps nothing for this page (storage off or refused).
    No,
}

impl Kept {
    /// What a refused write says about the texts.
    fn of_refusal(error: &wasm_bindgen::JsValue) -> Self {
        // A DOMException, named by its `name`.
        let quota = js_sys::Reflect::get(error, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .is_some_and(|name| name == "QuotaExceededError");
        if quota {
            Kept::TooLarge
        } else {
            Kept::No
        }
    }
}

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

/// Saves (or, when there are none, forgets) the texts put aside; says whether they are kept.
pub fn save_aside(aside: &[PutAside]) -> Kept {
    let Some(storage) = local_storage() else {
        return Kept::No;
    };
    if aside.is_empty() {
        let _ = storage.remove_item(ASIDE_KEY);
        return Kept::Yes;
    }
    let Ok(json) = crate::json::to_string(aside) else {
        return Kept::No;
    };
    match storage.set_item(ASIDE_KEY, &json) {
        Ok(()) => Kept::Yes,
        Err(e) => {
            // What an earlier visit put aside is not the texts put aside now.
            let _ = storage.remove_item(ASIDE_KEY);
            Kept::of_refusal(&e)
        }
    }
}

/// The texts put aside by the last visit, newest first (an older page saved one set alone).
pub fn load_aside() -> Vec<PutAside> {
    let Some(json) = local_storage().and_then(|s| s.get_item(ASIDE_KEY).ok().flatten()) else {
        return Vec::new();
    };
    crate::json::from_str(&json)
        .or_else(|_| crate::json::from_str(&json).map(|one: PutAside| vec![one]))
        .unwrap_or_default()
}

/// Saves the texts and titles (each text only when it changed since the last save);
/// says whether both texts are now saved. Storage may refuse them (too large for its
/// quota, or off). The two texts are kept as a pair: when one is refused, the other
/// goes back to what was saved with it, and the titles are not saved either, so that
/// a reload brings back the last pair saved whole, never an old text beside a new one.
/// The next visit is told that the texts it finds are not the last ones.
pub fn save_texts(work: &Saved) -> Kept {
    let Some(storage) = local_storage() else {
        SAVED_OK.set(false);
        return Kept::No;
    };
    let kept = SAVED.with_borrow_mut(|(saved_source, saved_derivative)| {
        let before = (saved_source.clone(), saved_derivative.clone());
        let save = |key: &str, saved: &mut Option<String>, text: &str| {
            if saved.as_deref() == Some(text) {
                return Ok(());
            }
            storage.set_item(key, text)?;
            *saved = Some(text.to_owned());
            Ok::<(), wasm_bindgen::JsValue>(())
        };
        let result = save(SOURCE_KEY, saved_source, &work.source)
            .and_then(|()| save(DERIVATIVE_KEY, saved_derivative, &work.derivative));
        let Err(error) = result else {
            return Kept::Yes;
        };
        // Back to the pair saved before (a text the same size or smaller fits again).
        for (key, saved, was) in [
            (SOURCE_KEY, saved_source, before.0),
            (DERIVATIVE_KEY, saved_derivative, before.1),
        ] {
            if *saved != was {
                let back = match &was {
                    Some(text) => storage.set_item(key, text),
                    None => storage.remove_item(key),
                };
                *saved = if back.is_ok() { was } else { None };
            }
        }
        Kept::of_refusal(&error)
    });
    SAVED_OK.set(kept == Kept::Yes);
    if kept == Kept::Yes {
        for (key, pair) in [
            (TITLES_KEY, [&work.source_title, &work.derivative_title]),
            (ORIGINS_KEY, [&work.source_origin, &work.derivative_origin]),
        ] {
            if let Ok(json) = crate::json::to_string(&pair) {
                let _ = storage.set_item(key, &json);
            }
        }
        let _ = storage.remove_item(UNSAVED_KEY);
    } else {
        let _ = storage.set_item(UNSAVED_KEY, "1");
    }
    kept
}

/// Whether the last visit left texts that could not be saved (those found are older).
pub fn texts_unsaved_before() -> bool {
    local_storage()
        .and_then(|s| s.get_item(UNSAVED_KEY).ok().flatten())
        .is_some()
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
        let _ = storage.remove_item(UNSAVED_KEY);
    }
    SAVED.with_borrow_mut(|saved| *saved = (None, None));
}
