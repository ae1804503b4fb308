//! JSON text for links, saved work and exports: `serde_json` where it is built in, the host's `JSON` in the page.
//!
//! The page's module is built without the `serde_json` feature, to leave that
//! crate's code out of the download (about 20 KB gzipped): there the same serde
//! derives become JavaScript values (serde-wasm-bindgen, JSON-compatible) that
//! the browser's own `JSON.stringify` and `JSON.parse` turn into text and back.
//! Natively, in the Node module and in tests, `serde_json` does it. Either way
//! the text is the JSON of the same serde types.
//!
//! ```
//! use syndiff::engine::Options;
//!
//! let options = Options { ignore_case: true, ..Options::default() };
//! let text = syndiff::json::to_string(&options).unwrap();
//! assert!(text.contains(r#""ignoreCase":true"#));
//! assert_eq!(syndiff::json::from_str::<Options>(&text).unwrap(), options);
//! assert!(syndiff::json::from_str::<Options>("{bad").is_err());
//! ```

use serde::de::DeserializeOwned;
use serde::Serialize;

/// `value` as compact JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    imp::to_string(value, false)
}

/// `value` as JSON text indented by two spaces, for people to read.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    imp::to_string(value, true)
}

/// A `T` read from JSON text; the error says why it could not be.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    imp::from_str(text)
}

#[cfg(feature = "serde_json")]
mod imp {
    use super::*;

    pub fn to_string<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, String> {
        if pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(|e| e.to_string())
    }

    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

#[cfg(all(not(feature = "serde_json"), target_arch = "wasm32"))]
mod imp {
    use super::*;
    use wasm_bindgen::JsValue;

    /// A JavaScript value that `JSON.stringify` writes as serde_json would (maps
    /// as objects, `None` as `null`).
    pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, String> {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| e.to_string())
    }

    pub fn to_string<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, String> {
        let value = to_value(value)?;
        let text = if pretty {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &JsValue::NULL,
                &JsValue::from_f64(2.0),
            )
        } else {
            js_sys::JSON::stringify(&value)
        };
        text.ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| "the value has no JSON form".to_owned())
    }

    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
        let value = js_sys::JSON::parse(text).map_err(|e| {
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_else(|| "not JSON".to_owned())
        })?;
        serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
    }
}

#[cfg(all(not(feature = "serde_json"), target_arch = "wasm32"))]
pub use imp::to_value;

#[cfg(all(not(feature = "serde_json"), not(target_arch = "wasm32")))]
compile_error!("natively, Syndiff needs the `serde_json` feature (a default one)");
