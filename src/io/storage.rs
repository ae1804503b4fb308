//! Remembered preferences (view and options) in the browser's localStorage.
//!
//! Storage may be missing or refuse writes (private windows, file:// in some
//! browsers, quota): the page then simply does not remember, and says nothing.

use serde::{Deserialize, Serialize};

use crate::engine::Options;

const PREFS_KEY: &str = "syndiff.prefs.v1";

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

/// What the page remembers between visits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub options: Options,
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
