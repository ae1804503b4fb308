//! Comparison keys: what a token is compared as, under the options.
//!
//! The text shown is never changed; only the key two tokens are matched by.
//! Keys fold (as the options say) Unicode normalisation (NFC), curly and
//! straight quotes, dash variants, and case.
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

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::token::is_dashes;
use super::Options;

/// The key `token` is compared by under `options`; borrowed when nothing changes.
pub fn key<'t>(token: &'t str, options: &Options) -> Cow<'t, str> {
    let mut out = Cow::Borrowed(token);
    if options.normalize_unicode
        && !token.is_ascii()
        && is_nfc_quick(token.chars()) != IsNormalized::Yes
    {
        out = Cow::Owned(token.nfc().collect());
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
        out = Cow::Owned(out.to_lowercase());
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
