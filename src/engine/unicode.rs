//! Unicode services the engine needs beyond ASCII: NFC, lower case, grapheme clusters.
//!
//! Each comes from bundled tables with a default feature (`nfc`,
//! `case-tables`, `grapheme-tables`), as natively and in tests. The browser
//! build leaves those features out (the tables would be about 25 KB of its
//! gzipped download) and the host lends its own at start-up
//! (`String.prototype.normalize`, `toLowerCase`, `Intl.Segmenter`; see
//! `io::host`). Without tables or a host, text is taken as it is: not
//! normalised, only ASCII lowered, split by code point.
//!
//! ```
//! use syndiff::engine::unicode::{graphemes, lowercase, nfc};
//!
//! assert_eq!(lowercase("Radio LIBERTY"), "radio liberty");
//! assert_eq!(lowercase("ΟΔΟΣ Душанбе"), "οδος душанбе");
//! assert_eq!(nfc("e\u{301}").as_deref(), Some("\u{e9}"));
//! assert_eq!(nfc("\u{e9}"), None); // already NFC
//! assert_eq!(graphemes("nai\u{308}ve 🇹🇯"), ["n", "a", "i\u{308}", "v", "e", " ", "🇹🇯"]);
//! ```

#[cfg(any(
    not(feature = "nfc"),
    not(feature = "case-tables"),
    not(feature = "grapheme-tables")
))]
use std::sync::OnceLock;

/// `s` in lower case, by Unicode's default mapping (as `str::to_lowercase` and
/// JavaScript's `toLowerCase` do).
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    #[cfg(feature = "case-tables")]
    return s.to_lowercase();
    #[cfg(not(feature = "case-tables"))]
    match HOST.lowercase.get() {
        Some(lower) => lower(s),
        None => s.to_ascii_lowercase(),
    }
}

/// The NFC form of `s`, when it differs from `s`.
pub fn nfc(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    #[cfg(feature = "nfc")]
    {
        use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
        (is_nfc_quick(s.chars()) != IsNormalized::Yes).then(|| s.nfc().collect())
    }
    #[cfg(not(feature = "nfc"))]
    HOST.nfc
        .get()
        .map(|normalize| normalize(s))
        .filter(|n| n != s)
}

/// `s` split into extended grapheme clusters (UAX #29): what a reader sees as
/// one character, such as a letter with its accents or a flag.
pub fn graphemes(s: &str) -> Vec<&str> {
    if s.is_ascii() && !s.contains('\r') {
        return (0..s.len()).map(|i| &s[i..i + 1]).collect();
    }
    #[cfg(feature = "grapheme-tables")]
    {
        use unicode_segmentation::UnicodeSegmentation;
        s.graphemes(true).collect()
    }
    #[cfg(not(feature = "grapheme-tables"))]
    {
        let lengths = HOST.graphemes.get().map(|split| split(s));
        match lengths {
            Some(lengths) if lengths.iter().sum::<usize>() == s.len() => {
                let mut at = 0;
                lengths
                    .into_iter()
                    .filter_map(|n| {
                        let piece = s.get(at..at + n);
                        at += n;
                        piece
                    })
                    .collect()
            }
            _ => s.split_inclusive(|_: char| true).collect(),
        }
    }
}

/// `char::is_alphanumeric`, remembering the last characters met beyond ASCII:
/// a text's alphabet is small, and the tables are searched (a book in Cyrillic
/// asks this about every letter of its changed passages).
///
/// ```
/// use syndiff::engine::unicode::Alphanumeric;
///
/// let mut alphanumeric = Alphanumeric::default();
/// let letters: Vec<bool> = "Ж9 ж.".chars().map(|c| alphanumeric.test(c)).collect();
/// assert_eq!(letters, [true, true, false, true, false]);
/// ```
#[derive(Clone)]
pub struct Alphanumeric {
    /// By the character's low bits; `'\0'` (ASCII, never looked up) when empty.
    seen: [(char, bool); 64],
}

impl Default for Alphanumeric {
    fn default() -> Self {
        Alphanumeric {
            seen: [('\0', false); 64],
        }
    }
}

impl Alphanumeric {
    /// Whether `c` is a letter or a digit.
    #[inline]
    pub fn test(&mut self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphanumeric();
        }
        let slot = &mut self.seen[c as usize & 63];
        if slot.0 != c {
            *slot = (c, c.is_alphanumeric());
        }
        slot.1
    }
}

/// What the host lends, for builds without the tables.
#[cfg(any(
    not(feature = "nfc"),
    not(feature = "case-tables"),
    not(feature = "grapheme-tables")
))]
struct Host {
    #[cfg(not(feature = "nfc"))]
    nfc: OnceLock<fn(&str) -> String>,
    #[cfg(not(feature = "case-tables"))]
    lowercase: OnceLock<fn(&str) -> String>,
    #[cfg(not(feature = "grapheme-tables"))]
    graphemes: OnceLock<fn(&str) -> Vec<usize>>,
}

#[cfg(any(
    not(feature = "nfc"),
    not(feature = "case-tables"),
    not(feature = "grapheme-tables")
))]
static HOST: Host = Host {
    #[cfg(not(feature = "nfc"))]
    nfc: OnceLock::new(),
    #[cfg(not(feature = "case-tables"))]
    lowercase: OnceLock::new(),
    #[cfg(not(feature = "grapheme-tables"))]
    graphemes: OnceLock::new(),
};

/// Installs the host's NFC normalisation (`String.prototype.normalize("NFC")`).
#[cfg(not(feature = "nfc"))]
pub fn set_host_nfc(normalize: fn(&str) -> String) {
    let _ = HOST.nfc.set(normalize);
}

/// Installs the host's lower case (`String.prototype.toLowerCase`).
#[cfg(not(feature = "case-tables"))]
pub fn set_host_lowercase(lower: fn(&str) -> String) {
    let _ = HOST.lowercase.set(lower);
}

/// Installs the host's grapheme clusters (`Intl.Segmenter`), as the UTF-8
/// length of each cluster in order.
#[cfg(not(feature = "grapheme-tables"))]
pub fn set_host_graphemes(split: fn(&str) -> Vec<usize>) {
    let _ = HOST.graphemes.set(split);
}

#[cfg(all(test, feature = "grapheme-tables"))]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn the_ascii_shortcut_splits_as_the_tables_do() {
        // Every pair and a few runs of ASCII characters, control characters and
        // line breaks included (only "\r\n" is one cluster of two).
        let mut texts: Vec<String> = (0u8..128)
            .flat_map(|a| (0u8..128).map(move |b| String::from_utf8(vec![a, b]).unwrap()))
            .collect();
        texts.extend(["a\r\nb", "\r\r\n\n", "x\u{7f}\ty", "Saeed -- Said."].map(String::from));
        for text in &texts {
            let expected: Vec<&str> = text.graphemes(true).collect();
            assert_eq!(graphemes(text), expected, "{text:?}");
        }
    }
}
