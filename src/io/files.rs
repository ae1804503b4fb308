//! Files in and out: a chosen or dropped file read as text (or refused with a reason),
//! and a text offered as a download.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, TextDecoder, Url};

use crate::input::decode::{check_size, decode_with, is_html, title_from_name};

/// A file read as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The text (for an HTML page, its article), line endings as LF.
    pub text: String,
    /// A title for it: the page's title, or else the file's name without its extension.
    pub title: String,
    /// Where it came from: the page's address or site, or else the file's name.
    pub origin: String,
    /// How it was read, for the reader ("Read “a.txt” as Windows-1252 …").
    pub note: String,
}

/// Reads `file` as text, or says why not: "“photo.png” was not loaded: it looks
/// like a PNG image, not text." Large files are refused before they are read.
pub async fn read(file: File) -> Result<Loaded, String> {
    let name = file.name();
    let refused = |why: &dyn std::fmt::Display| format!("“{name}” was not loaded: {why}.");
    // `size` is a whole number of bytes, at most 2^53.
    check_size(file.size() as usize).map_err(|r| refused(&r))?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| refused(&"the browser could not read it"))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let decoded = decode_with(&bytes, |encoding, bytes| {
        TextDecoder::new_with_label(encoding.label())
            .ok()?
            .decode_with_u8_array(bytes)
            .ok()
    })
    .map_err(|r| refused(&r))?;
    let how = decoded.how_read();
    if is_html(&name, &file.type_(), &decoded.text) {
        let article = super::html::article_of_page(&decoded.text);
        if article.text.trim().is_empty() {
            return Err(refused(&"it is a web page without readable text"));
        }
        Ok(Loaded {
            note: format!("Read the article text of the web page “{name}”{how}."),
            title: article.title.unwrap_or_else(|| title_from_name(&name)),
            origin: article.origin.unwrap_or_else(|| name.clone()),
            text: article.text,
        })
    } else {
        if decoded.text.trim().is_empty() {
            return Err(refused(&"it holds only blank space"));
        }
        Ok(Loaded {
            note: format!("Read “{name}”{how}."),
            title: title_from_name(&name),
            origin: name.clone(),
            text: decoded.text,
        })
    }
}

/// Offers `contents` as a file download named `name`, of MIME type `mime`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL can go once it has been read.
    let _ = gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
