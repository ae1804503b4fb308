//! Comparison keys: what a token is compared as, under the options.
//!
//! The text shown is never changed; only the key two tokens are matched by.
//! Keys fold (as the options say) Unicode normalisation (NFC), curly and
//! straight quotes, dash variants, and case.
//!
//! NFC comes from `unicode-normalization` with the default `nfc` feature.
//! The browser build leaves that feature out (its tables are about 107 KB of
//! wasm) and installs the host's own `String.prototype.normalize` with
//! [`set_host_nfc`]; without either, tokens are compared as they are.
//! Lower case likewise ([`lowercase`]): ASCII here, other scripts by core's
//! tables with the default `case-tables` feature, or by the host's
//! `String.prototype.toLowerCase` ([`set_host_lowercase`]) without it.
//!
//! ```
//! use syndiff::engine::{key::key, Options};
//!
//! let options = Options::default();
//! assert_eq!(key("Liberty’s", &options), key("Liberty's", &options));
//! assert_eq!(key("—", &options), key("--", &options));
//! assert_eq!(key("e\u{301}", &options), key("\u{e9}", &options)); // NFD and NFC
//! assert_ne!(key("More", &options), key("more", &options));
//! assert_eq!(key("More", &Options { ignore_case: true, ..options }), "more");
//! ```

use std::borrow::Cow;
#[cfg(any(not(feature = "nfc"), not(feature = "case-tables")))]
use std::sync::OnceLock;

#[cfg(feature = "nfc")]
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::token::is_dashes;
use super::Options;

/// The key `token` is compared by under `options`; borrowed when nothing changes.
#[inline]
pub fn key<'t>(token: &'t str, options: &Options) -> Cow<'t, str> {
    if token.is_ascii() {
        // Already NFC, and its quotes are straight.
        if options.fold_quotes_and_dashes && is_dashes(token) {
            return Cow::Borrowed("\u{2014}");
        }
        if options.ignore_case && token.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(token.to_ascii_lowercase());
        }
        return Cow::Borrowed(token);
    }
    let mut out = Cow::Borrowed(token);
    if options.normalize_unicode && !token.is_ascii() {
        if let Some(normalized) = nfc(token) {
            out = Cow::Owned(normalized);
        }
    }
    if options.fold_quotes_and_dashes {
        if is_dashes(&out) {
            return Cow::Borrowed("\u{2014}");
        }
        if out.chars().any(is_curly_quote) {
            out = Cow::Owned(out.chars().map(straighten).collect());
        }
    }
    if options.ignore_case && out.chars().any(char::is_uppercase) {
        out = Cow::Owned(lowercase(&out));
    }
    out
}

/// `s` in lower case, by Unicode's default mapping (as `str::to_lowercase` and
/// JavaScript's `toLowerCase` do).
///
/// ```
/// use syndiff::engine::key::lowercase;
///
/// assert_eq!(lowercase("Radio LIBERTY"), "radio liberty");
/// assert_eq!(lowercase("ΟΔΟΣ Душанбе"), "οδος душанбе");
/// ```
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    unicode_lowercase(s)
}

#[cfg(feature = "case-tables")]
fn unicode_lowercase(s: &str) -> String {
    s.to_lowercase()
}

#[cfg(not(feature = "case-tables"))]
static HOST_LOWERCASE: OnceLock<fn(&str) -> String> = OnceLock::new();

/// Installs the host's lower case (the browser's or Node's
/// `String.prototype.toLowerCase`), for builds without the `case-tables` feature.
#[cfg(not(feature = "case-tables"))]
pub fn set_host_lowercase(lower: fn(&str) -> String) {
    let _ = HOST_LOWERCASE.set(lower);
}

/// Without tables or a host, only ASCII letters are lowered.
#[cfg(not(feature = "case-tables"))]
fn unicode_lowercase(s: &str) -> String {
    match HOST_LOWERCASE.get() {
        Some(lower) => lower(s),
        None => s.to_ascii_lowercase(),
    }
}

/// The NFC form of `s`, when it differs from `s`.
#[cfg(feature = "nfc")]
fn nfc(s: &str) -> Option<String> {
    (is_nfc_quick(s.chars()) != IsNormalized::Yes).then(|| s.nfc().collect())
}

#[cfg(not(feature = "nfc"))]
static HOST_NFC: OnceLock<fn(&str) -> String> = OnceLock::new();

/// Installs the host's NFC normalisation (the browser's or Node's
/// `String.prototype.normalize`), for builds without the `nfc` feature.
#[cfg(not(feature = "nfc"))]
pub fn set_host_nfc(normalize: fn(&str) -> String) {
    let _ = HOST_NFC.set(normalize);
}

#[cfg(not(feature = "nfc"))]
fn nfc(s: &str) -> Option<String> {
    HOST_NFC
        .get()
        .map(|normalize| normalize(s))
        .filter(|n| n != s)
}

fn is_curly_quote(c: char) -> bool {
    matches!(
        c,
        '\u{2018}'..='\u{201F}' | '\u{2032}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn straighten(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        other => other,
    }
}
