//! What the host (browser or Node) lends the engine: its Unicode normaliser, its lower case and its UTF-8 encoder.

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

/// Installs `String.prototype.normalize("NFC")` and `toLowerCase` as the
/// engine's NFC and lower case, when the engine is built without its own
/// tables (the `nfc` and `case-tables` features).
pub fn install() {
    #[cfg(not(feature = "nfc"))]
    crate::engine::key::set_host_nfc(|s| js_sys::JsString::from(s).normalize("NFC").into());
    #[cfg(not(feature = "case-tables"))]
    crate::engine::key::set_host_lowercase(|s| js_sys::JsString::from(s).to_lower_case().into());
}

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsString, destination: &Uint8Array) -> EncodeInto;

    type EncodeInto;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeInto) -> u32;
}

/// A JavaScript string as UTF-8, written straight into wasm memory by the
/// host's `TextEncoder.encodeInto` (wasm-bindgen's own `&str` conversion
/// copies ASCII one character at a time: about 4 ms per megabyte).
/// Lone surrogates become U+FFFD, as with any `&str` argument.
pub fn utf8(value: &JsValue, what: &str) -> Result<String, JsError> {
    let text: &JsString = value
        .dyn_ref()
        .ok_or_else(|| JsError::new(&format!("{what} must be a string")))?;
    let capacity = text.length() as usize * 3;
    let mut bytes: Vec<u8> = Vec::with_capacity(capacity);
    // SAFETY: the view covers `bytes`' spare capacity and lives only for the
    // `encodeInto` call, during which nothing on the Rust side runs (so the
    // wasm memory cannot grow and detach it).
    let written = unsafe {
        let view = Uint8Array::view_mut_raw(bytes.as_mut_ptr(), capacity);
        TextEncoder::new().encode_into(text, &view).written() as usize
    };
    // SAFETY: `encodeInto` wrote `written` initialised bytes (at most `capacity`).
    unsafe { bytes.set_len(written.min(capacity)) };
    String::from_utf8(bytes)
        .map_err(|_| JsError::new(&format!("{what}: the encoder wrote invalid UTF-8")))
}
