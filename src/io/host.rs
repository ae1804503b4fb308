//! What the host (browser or Node) lends the engine: its Unicode normaliser, lower case and grapheme clusters, and its UTF-8 encoder.

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

/// Lends the engine the host's Unicode services where it is built without its
/// own tables (see `engine::unicode`): `String.prototype.normalize("NFC")`,
/// `toLowerCase` and, where the host has it, `Intl.Segmenter`.
pub fn install() {
    #[cfg(not(feature = "nfc"))]
    crate::engine::unicode::set_host_nfc(|s| JsString::from(s).normalize("NFC").into());
    #[cfg(not(feature = "case-tables"))]
    crate::engine::unicode::set_host_lowercase(|s| JsString::from(s).to_lower_case().into());
    #[cfg(not(feature = "grapheme-tables"))]
    if has_segmenter() {
        crate::engine::unicode::set_host_graphemes(graphemes);
    }
}

/// Whether the host has `Intl.Segmenter` (every current browser and Node does).
#[cfg(not(feature = "grapheme-tables"))]
fn has_segmenter() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| js_sys::Reflect::get(&intl, &"Segmenter".into()))
        .is_ok_and(|segmenter| segmenter.is_function())
}

/// The UTF-8 length of each grapheme cluster of `s`, by `Intl.Segmenter`.
#[cfg(not(feature = "grapheme-tables"))]
fn graphemes(s: &str) -> Vec<usize> {
    use js_sys::Intl::{SegmentData, Segmenter};
    use wasm_bindgen::JsCast;
    thread_local! {
        static SEGMENTER: Segmenter = {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"granularity".into(), &"grapheme".into());
            Segmenter::new(&js_sys::Array::new(), &options)
        };
    }
    let segments = SEGMENTER.with(|segmenter| segmenter.segment(s));
    let Ok(Some(items)) = js_sys::try_iter(&segments) else {
        return Vec::new();
    };
    items
        .map_while(Result::ok)
        .map(|item| String::from(item.unchecked_into::<SegmentData>().segment()).len())
        .collect()
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
