//! Share links in the page: a comparison compressed into the URL fragment, and read back.
//!
//! Compression is the browser's own (`CompressionStream`, raw DEFLATE); the
//! link's format and every check on it live in [`crate::input::permalink`].

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableWritablePair, Response};

use crate::input::permalink::{
    comparison_fragment, read_fragment, Fragment, LinkError, Shared, MAX_PAYLOAD_BYTES,
};
use crate::samples::{self, Pair};

#[wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (not yet in web-sys's stable API).
    #[wasm_bindgen(js_name = CompressionStream)]
    type CompressionStream;
    #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    /// The browser's `DecompressionStream`.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// Runs `bytes` through a transform stream (a compressor or decompressor).
async fn through(bytes: &[u8], transform: &JsValue) -> Result<Vec<u8>, JsValue> {
    let blob = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
    let piped = blob
        .stream()
        .pipe_through(transform.unchecked_ref::<ReadableWritablePair>());
    let response = Response::new_with_opt_readable_stream(Some(&piped))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Why a link could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The texts are too large for a link, even compressed.
    TooLarge,
    /// The browser cannot compress (it has no `CompressionStream`).
    Unsupported,
}

/// The page's address with `fragment` in place of its own.
pub fn address_with(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}{fragment}"))
}

/// Whether the page was opened from a file (`file:`): its links then open only on this
/// computer, from the same file.
pub fn from_a_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// The link to a comparison: the page's address with the compressed comparison
/// in its fragment (or a sample's short fragment when the texts are a sample pair).
pub async fn link_to(shared: &Shared, pair: Option<&Pair>) -> Result<String, ShareError> {
    let fragment = match pair {
        Some(pair) if shared.options == Default::default() => {
            crate::input::permalink::sample_fragment(pair)
        }
        _ => {
            let compressor =
                CompressionStream::new("deflate-raw").map_err(|_| ShareError::Unsupported)?;
            let compressed = through(&shared.to_json(), &compressor)
                .await
                .map_err(|_| ShareError::Unsupported)?;
            comparison_fragment(&compressed).ok_or(ShareError::TooLarge)?
        }
    };
    address_with(&fragment).ok_or(ShareError::Unsupported)
}

/// What a link opened.
pub enum Opened {
    Sample(&'static Pair),
    Comparison(Shared),
}

/// Reads the page's own fragment: `None` when it holds no link.
pub async fn open_fragment() -> Option<Result<Opened, LinkError>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    // The browser percent-encodes what it must in a fragment (`<`, spaces): decoded, a
    // sample's name reads as typed. A link's payload is URL-safe Base64, unchanged by this.
    let hash = js_sys::decode_uri_component(&hash)
        .ok()
        .and_then(|h| h.as_string())
        .unwrap_or(hash);
    let fragment = match read_fragment(&hash) {
        Ok(Fragment::None) => return None,
        Ok(fragment) => fragment,
        Err(e) => return Some(Err(e)),
    };
    Some(match fragment {
        Fragment::Sample(id) => samples::Pair::by_id(id)
            .map(Opened::Sample)
            .ok_or(LinkError::UnknownSample(id.to_owned())),
        Fragment::Comparison(compressed) => {
            let decompressed = match DecompressionStream::new("deflate-raw") {
                Ok(d) => through(&compressed, &d)
                    .await
                    .map_err(|_| LinkError::Damaged),
                Err(_) => Err(LinkError::Damaged),
            };
            decompressed.and_then(|bytes| {
                if bytes.len() > MAX_PAYLOAD_BYTES {
                    Err(LinkError::TooLong)
                } else {
                    Shared::from_json(&bytes).map(Opened::Comparison)
                }
            })
        }
        Fragment::None => return None,
    })
}

/// Takes the link out of the address bar once opened, so that edits are not
/// mistaken for the shared comparison on reload (the page saves them instead).
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), Some(address)) = (window.history(), address_with("")) else {
        return;
    };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
}

/// Copies `text` to the clipboard; says whether the browser took it.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
