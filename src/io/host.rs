//! What the host (browser or Node) lends the engine: its Unicode normaliser.

/// Installs `String.prototype.normalize("NFC")` as the engine's NFC, when the
/// engine is built without its own tables (the `nfc` feature).
pub fn install() {
    #[cfg(not(feature = "nfc"))]
    crate::engine::key::set_host_nfc(|s| js_sys::JsString::from(s).normalize("NFC").into());
}
