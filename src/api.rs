//! The JavaScript API: `compare(sourceText, derivativeText, options)` → the comparison as a plain object.
//!
//! The same [`crate::engine::Comparison`] the page renders, as plain objects
//! (camelCase fields). In the Node module (built with `serde_json`) it crosses
//! the wasm boundary as one JSON string that the host's own `JSON.parse` turns
//! into objects: far cheaper than building them one call at a time. Its
//! segment texts are cut from the caller's own strings (`src/api/cut_texts.js`),
//! not sent back through the JSON. The page's
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
    let (source_js, derivative_js) = (source, derivative);
    let (source, derivative) = texts(source_js, derivative_js)?;
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
        // The texts are already strings on this side: the JSON carries each
        // segment's length, and JavaScript cuts the text from the caller's
        // strings. That cuts the JSON of a book to a third, to make, decode and parse.
        let json = engine::comparison::with_texts_as_lengths(|| serde_json::to_string(&comparison))
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(cut_texts(&json, source_js, derivative_js))
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

#[cfg(feature = "serde_json")]
#[wasm_bindgen(module = "/src/api/cut_texts.js")]
extern "C" {
    /// Parses the comparison's JSON and cuts its segment texts from the
    /// caller's own strings (see [`engine::comparison::with_texts_as_lengths`]).
    #[wasm_bindgen(js_name = cutTexts)]
    fn cut_texts(json: &str, source: &JsValue, derivative: &JsValue) -> JsValue;
}
