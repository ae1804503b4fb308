//! The JavaScript API: `compare(sourceText, derivativeText, options)` → the comparison as a plain object.
//!
//! The same [`crate::engine::Comparison`] the page renders, as plain objects
//! (camelCase fields). In the Node module (built with `serde_json`) it crosses
//! the wasm boundary as one JSON string that the host's own `JSON.parse` turns
//! into objects: far cheaper than building them one call at a time. The page's
//! module, built without `serde_json` to be smaller, builds the objects
//! (serde-wasm-bindgen) in its comparison worker, off the main thread.
//!
//! Exports are declared by each wasm entry point (`#[wasm_bindgen]` exports of
//! a library are not exported from a binary): `examples/syndiff_node.rs` for
//! Node (`tools/build-node`), `src/main.rs` for the page, whose comparison
//! worker calls `compare`.

use wasm_bindgen::prelude::*;

use crate::engine::{self, Options};
use crate::io::host;
use crate::json;

/// `compare`: the texts are strings; `options` is an object with any of
/// `ignoreWhitespace`, `ignoreCase`, `ignorePunctuation`,
/// `foldQuotesAndDashes`, `normalizeUnicode` (missing ones take their
/// defaults), or `undefined`.
pub fn compare(
    source: &JsValue,
    derivative: &JsValue,
    options: JsValue,
) -> Result<JsValue, JsError> {
    let (source, derivative) = texts(source, derivative)?;
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("options: {e}")))?
    };
    host::install();
    let comparison = engine::compare(&source, &derivative, &options);
    #[cfg(feature = "serde_json")]
    {
        let json = serde_json::to_string(&comparison).map_err(|e| JsError::new(&e.to_string()))?;
        js_sys::JSON::parse(&json).map_err(|_| JsError::new("the comparison did not parse as JSON"))
    }
    #[cfg(not(feature = "serde_json"))]
    crate::json::to_value(&comparison).map_err(|e| JsError::new(&e))
}

/// `compareJson`: like [`compare`], with the options and the result as JSON
/// strings.
pub fn compare_json(
    source: &JsValue,
    derivative: &JsValue,
    options_json: &str,
) -> Result<String, JsError> {
    let (source, derivative) = texts(source, derivative)?;
    let options: Options =
        json::from_str(options_json).map_err(|e| JsError::new(&format!("options: {e}")))?;
    host::install();
    let comparison = engine::compare(&source, &derivative, &options);
    json::to_string(&comparison).map_err(|e| JsError::new(&e))
}

fn texts(source: &JsValue, derivative: &JsValue) -> Result<(String, String), JsError> {
    Ok((
        host::utf8(source, "sourceText")?,
        host::utf8(derivative, "derivativeText")?,
    ))
}
