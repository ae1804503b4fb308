//! The JavaScript API as its own wasm module, for Node: built by `tools/build-node`.
//!
//! Exports `compare` and `compareJson` ([`syndiff::api`]), plus `bareWordDiff`,
//! the baseline the benchmark measures `compare` against, and `memoryBytes`.
//! Natively it is empty.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Compares two texts; returns the comparison as a plain object.
    #[wasm_bindgen]
    pub fn compare(
        source: &JsValue,
        derivative: &JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsError> {
        syndiff::api::compare(source, derivative, options)
    }

    /// Compares two texts; options and result as JSON strings.
    #[wasm_bindgen(js_name = compareJson)]
    pub fn compare_json(
        source: &JsValue,
        derivative: &JsValue,
        options: &str,
    ) -> Result<String, JsError> {
        syndiff::api::compare_json(source, derivative, options)
    }

    /// A bare word diff with `similar` (`TextDiff::from_words`, Myers), returning
    /// the number of diff ops.
    #[wasm_bindgen(js_name = bareWordDiff)]
    pub fn bare_word_diff(source: &str, derivative: &str) -> usize {
        similar::TextDiff::from_words(source, derivative)
            .ops()
            .len()
    }

    /// Bytes of wasm linear memory: it only grows, so after a comparison it is the peak.
    #[wasm_bindgen(js_name = memoryBytes)]
    pub fn memory_bytes() -> usize {
        core::arch::wasm32::memory_size(0) * 65536
    }
}
