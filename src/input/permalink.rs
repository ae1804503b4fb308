//! What a share link carries: both texts, their titles and the options, in the URL fragment.
//!
//! A link's fragment is `#sample=<id>` for a bundled sample pair, or
//! `#c=<payload>` for any pair, where the payload is the [`Shared`] comparison as
//! JSON, compressed with raw DEFLATE (the browser's `CompressionStream`) and
//! written in URL-safe Base64. The fragment never leaves the browser: it is not
//! sent to the server that serves the page.
//!
//! Everything here is pure; compressing is the page's job (`io::permalink`).
//! Whatever a fragment holds, reading it gives a [`Shared`] or a [`LinkError`]
//! that says what is wrong, never a panic.
//!
//! ```
//! use syndiff::input::permalink::{read_fragment, Fragment, Shared};
//!
//! assert_eq!(read_fragment("#sample=rferl"), Ok(Fragment::Sample("rferl")));
//! assert_eq!(read_fragment(""), Ok(Fragment::None));
//! let shared = Shared::new("A text.", "A text, reused.", "Report", "Copy", Default::default());
//! let payload = shared.to_json();
//! assert_eq!(Shared::from_json(&payload).unwrap(), shared);
//! assert!(read_fragment("#c=%%%").is_err());
//! ```

use std::collections::BTreeMap;
use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::engine::Options;
use crate::samples;

/// Version of the link's payload; a link of a later version is refused with a message.
pub const LINK_VERSION: u32 = 1;

/// The longest link Syndiff makes, in characters of the fragment. Longer links
/// break in mail and chat programs; a larger pair is shared as an exported file.
pub const MAX_SHARE_CHARS: usize = 32_000;

/// The longest fragment read. Twice [`MAX_SHARE_CHARS`], for links from a later
/// version; it also bounds what a hostile link can make the page decompress.
pub const MAX_READ_CHARS: usize = 2 * MAX_SHARE_CHARS;

/// The most bytes a link's payload may decompress to (20 MB: two 10 MB files).
pub const MAX_PAYLOAD_BYTES: usize = 20_000_000;

/// The names a link's payload may have: [`Shared`]'s fields as serialised.
const SHARED_FIELDS: [&str; 8] = [
    "v",
    "source",
    "derivative",
    "sourceTitle",
    "derivativeTitle",
    "sourceOrigin",
    "derivativeOrigin",
    "options",
];

/// A comparison as a link carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Shared {
    /// [`LINK_VERSION`] when the link was made.
    pub v: u32,
    pub source: String,
    pub derivative: String,
    #[serde(default)]
    pub source_title: String,
    #[serde(default)]
    pub derivative_title: String,
    /// Where the source came from (outlet, address, file name).
    #[serde(default)]
    pub source_origin: String,
    #[serde(default)]
    pub derivative_origin: String,
    #[serde(default)]
    pub options: Options,
}

impl Shared {
    /// A link's content for these texts, titles and options (no origins: see
    /// [`Shared::with_origins`]).
    pub fn new(
        source: &str,
        derivative: &str,
        source_title: &str,
        derivative_title: &str,
        options: Options,
    ) -> Self {
        Shared {
            v: LINK_VERSION,
            source: source.to_owned(),
            derivative: derivative.to_owned(),
            source_title: source_title.to_owned(),
            derivative_title: derivative_title.to_owned(),
            source_origin: String::new(),
            derivative_origin: String::new(),
            options,
        }
    }

    /// The same, saying where each text came from.
    pub fn with_origins(mut self, source_origin: &str, derivative_origin: &str) -> Self {
        self.source_origin = source_origin.to_owned();
        self.derivative_origin = derivative_origin.to_owned();
        self
    }

    /// The payload before compression: JSON.
    pub fn to_json(&self) -> Vec<u8> {
        crate::json::to_string(self)
            .expect("strings and booleans always serialise")
            .into_bytes()
    }

    /// Reads a decompressed payload.
    pub fn from_json(bytes: &[u8]) -> Result<Self, LinkError> {
        if bytes.len() > MAX_PAYLOAD_BYTES {
            return Err(LinkError::TooLong);
        }
        // The version first, so that a later link says so rather than "damaged".
        #[derive(Deserialize)]
        struct Version {
            v: u32,
        }
        let text = std::str::from_utf8(bytes).map_err(|_| LinkError::Damaged)?;
        let version: Version = crate::json::from_str(text).map_err(|_| LinkError::Damaged)?;
        if version.v != LINK_VERSION {
            return Err(LinkError::LaterVersion(version.v));
        }
        // `deny_unknown_fields` is not honoured by every format (the page reads
        // JSON through serde-wasm-bindgen, which looks up known names only), so
        // the payload's own keys are checked as well.
        let keys: BTreeMap<String, IgnoredAny> =
            crate::json::from_str(text).map_err(|_| LinkError::Damaged)?;
        if keys
            .keys()
            .any(|key| !SHARED_FIELDS.contains(&key.as_str()))
        {
            return Err(LinkError::Damaged);
        }
        crate::json::from_str(text).map_err(|_| LinkError::Damaged)
    }
}

/// What a page address's fragment asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fragment<'a> {
    /// No fragment, or one that is not a link of ours (`#main`, say).
    None,
    /// A bundled sample pair, by id (known to exist).
    Sample(&'a str),
    /// A comparison: its compressed payload, to be decompressed and read with [`Shared::from_json`].
    Comparison(Vec<u8>),
}

/// Why a link could not be opened. Its `Display` is the message for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Its fragment is longer than [`MAX_READ_CHARS`], or it decompresses to more than [`MAX_PAYLOAD_BYTES`].
    TooLong,
    /// It names a sample that does not exist.
    UnknownSample(String),
    /// Its payload is not what Syndiff writes (cut short, altered, or not from Syndiff).
    Damaged,
    /// It was made by a later version of Syndiff.
    LaterVersion(u32),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong => write!(f, "the link is longer than any Syndiff makes"),
            LinkError::UnknownSample(id) => write!(f, "there is no sample called “{id}”"),
            LinkError::Damaged => write!(
                f,
                "the link is damaged (cut short or altered on the way): ask for it again"
            ),
            LinkError::LaterVersion(v) => write!(
                f,
                "the link was made by a later version of Syndiff (link version {v})"
            ),
        }
    }
}

/// Reads a location's fragment (with or without its `#`).
pub fn read_fragment(fragment: &str) -> Result<Fragment<'_>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if let Some(id) = fragment.strip_prefix("sample=") {
        return match samples::Pair::by_id(id) {
            Some(pair) => Ok(Fragment::Sample(pair.id)),
            None => Err(LinkError::UnknownSample(
                id.chars().take(40).collect::<String>(),
            )),
        };
    }
    let Some(payload) = fragment.strip_prefix("c=") else {
        return Ok(Fragment::None);
    };
    if payload.len() > MAX_READ_CHARS {
        return Err(LinkError::TooLong);
    }
    URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map(Fragment::Comparison)
        .map_err(|_| LinkError::Damaged)
}

/// The fragment for a compressed payload (`#c=…`), or `None` when it is longer
/// than [`MAX_SHARE_CHARS`].
pub fn comparison_fragment(compressed: &[u8]) -> Option<String> {
    let fragment = format!("#c={}", URL_SAFE_NO_PAD.encode(compressed));
    (fragment.len() <= MAX_SHARE_CHARS).then_some(fragment)
}

/// The fragment for a bundled sample pair.
pub fn sample_fragment(pair: &samples::Pair) -> String {
    format!("#sample={}", pair.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payload_round_trips_with_titles_and_options() {
        let options = Options {
            ignore_case: true,
            ..Options::default()
        };
        let shared = Shared::new("Ünïcödé “quotes” 😀\n\nTwo.", "", "A <title>", "", options)
            .with_origins("https://example.org/a?b=1&c", "notes.txt");
        assert_eq!(Shared::from_json(&shared.to_json()), Ok(shared));
    }

    #[test]
    fn the_known_field_names_are_the_payload_s_own() {
        let shared = Shared::new("a", "b", "", "", Options::default());
        let value: serde_json::Value = serde_json::from_slice(&shared.to_json()).unwrap();
        let mut names: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut known = SHARED_FIELDS.to_vec();
        names.sort_unstable();
        known.sort_unstable();
        assert_eq!(names, known);
    }

    #[test]
    fn damaged_later_and_oversized_links_say_so() {
        assert_eq!(Shared::from_json(b"{\"v\":1,"), Err(LinkError::Damaged));
        assert_eq!(Shared::from_json(b"not json"), Err(LinkError::Damaged));
        assert_eq!(Shared::from_json(b"{\"v\":1}"), Err(LinkError::Damaged));
        assert_eq!(
            Shared::from_json(b"{\"v\":1,\"source\":\"a\",\"derivative\":\"b\",\"script\":1}"),
            Err(LinkError::Damaged)
        );
        assert_eq!(
            Shared::from_json(b"{\"v\":2,\"anything\":true}"),
            Err(LinkError::LaterVersion(2))
        );
        assert_eq!(
            read_fragment(&format!("#c={}", "A".repeat(MAX_READ_CHARS + 1))),
            Err(LinkError::TooLong)
        );
        assert_eq!(
            read_fragment("#sample=<script>"),
            Err(LinkError::UnknownSample("<script>".into()))
        );
        assert_eq!(read_fragment("#main"), Ok(Fragment::None));
        assert_eq!(read_fragment("#c=ab+/"), Err(LinkError::Damaged));
    }

    #[test]
    fn links_over_the_limit_are_not_made() {
        assert!(comparison_fragment(&[7; 1000]).is_some());
        assert!(comparison_fragment(&vec![7; MAX_SHARE_CHARS]).is_none());
        let fragment = comparison_fragment(&[0xFB, 0xFF, 0x00]).unwrap();
        assert_eq!(fragment, "#c=-_8A");
        assert_eq!(
            read_fragment(&fragment),
            Ok(Fragment::Comparison(vec![0xFB, 0xFF, 0x00]))
        );
    }
}
