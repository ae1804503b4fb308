//! The JavaScript API as its own wasm module, for Node: built by `tools/build-node`.
//!
//! It re-exports [`syndiff::api`], plus `bareWordDiff`, the baseline the
//! benchmark measures `compare` against. Natively it is empty.

#[cfg(target_arch = "wasm32")]
pub use syndiff::api::*;

/// A bare word diff with `similar` (`TextDiff::from_words`, Myers), returning
/// the number of diff ops.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = bareWordDiff)]
pub fn bare_word_diff(source: &str, derivative: &str) -> usize {
    similar::TextDiff::from_words(source, derivative)
        .ops()
        .len()
}

/// Bytes of wasm linear memory: it only grows, so after a comparison it is the peak.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65536
}
