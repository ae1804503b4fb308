//! The JavaScript API: `compare(sourceText, derivativeText, options)` → the comparison as a plain object.
//!
//! The same [`crate::engine::Comparison`] the page renders, as plain objects
//! (camelCase fields). It crosses the wasm boundary as one JSON string that
//! the host's own `JSON.parse` turns into objects: far cheaper than building
//! them one call at a time. Built for Node by `tools/build-node`.

use wasm_bindgen::prelude::*;

use crate::engine::{self, Options};

/// Compares `source` with `derivative`. `options` is an object with any of
/// `ignoreWhitespace`, `ignoreCase`, `ignorePunctuation`,
/// `foldQuotesAndDashes`, `normalizeUnicode` (missing ones take their
/// defaults), or `undefined`.
#[wasm_bindgen]
pub fn compare(source: &str, derivative: &str, options: JsValue) -> Result<JsValue, JsError> {
    crate::io::host::install();
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("options: {e}")))?
    };
    let comparison = engine::compare(source, derivative, &options);
    let json = serde_json::to_string(&comparison).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the comparison did not parse as JSON"))
}
