//! Comparison keys: what a token is compared as, under the options.
//!
//! The text shown is never changed; only the key two tokens are matched by.
//! Keys fold (as the options say) Unicode normalisation (NFC), curly and
//! straight quotes, dash variants, and case.
//!
//! NFC and lower case beyond ASCII come from [`super::unicode`] (bundled
//! tables natively, the host's own in the browser).
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

use super::token::is_dashes;
use super::unicode::{lowercase, nfc};
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
