//! The JavaScript API: `compare(sourceText, derivativeText, options)` → the comparison as a plain object.
//!
//! The same [`crate::engine::Comparison`] the page renders, serialised with
//! serde-wasm-bindgen as plain JSON-compatible objects (camelCase fields).
//! Built for Node by `tools/build-node`; the page's own module exports it too.

use serde::Serialize;
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
    comparison
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
