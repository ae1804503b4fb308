//! A file's bytes as text: which encoding they are in, or why they are not text.
//!
//! Real files come as UTF-8 (with or without a byte-order mark), as UTF-16 (with a
//! byte-order mark, or without one: then told by its NUL bytes, every other byte),
//! or in the old Windows-1252 code page (bytes that are not valid UTF-8, such as
//! 0x85 for "…"). [`sniff`] decides which, or refuses the file with
//! a reason a reader understands ([`Refusal`]). The decoding itself is left to a
//! WHATWG decoder: the browser's `TextDecoder` in the page, `encoding_rs` in the
//! native tests. [`decode_with`] ties the two together and gives line endings as LF.
//!
//! ```
//! use syndiff::input::decode::{sniff, Encoding, Refusal};
//!
//! assert_eq!(sniff(b"plain text").unwrap().encoding, Encoding::Utf8);
//! assert_eq!(sniff(b"\xEF\xBB\xBFwith a BOM").unwrap().bom, 3);
//! assert_eq!(sniff(b"caf\xE9 \x85").unwrap().encoding, Encoding::Windows1252);
//! assert_eq!(sniff(b"\xFF\xFEh\0i\0").unwrap().encoding, Encoding::Utf16Le);
//! assert_eq!(sniff(b"%PDF-1.7\n..."), Err(Refusal::Binary("a PDF document")));
//! ```

use std::borrow::Cow;
use std::fmt;

/// The largest file read, in bytes (10 MB): larger ones are refused before reading.
///
/// Comparing two texts of 5 MB each takes about a second; a larger file is most
/// likely not an article.
pub const MAX_FILE_BYTES: usize = 10_000_000;

/// A text encoding Syndiff reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (plain ASCII is UTF-8 too).
    Utf8,
    /// UTF-16, little-endian (with a byte-order mark, or told by its NUL bytes).
    Utf16Le,
    /// UTF-16, big-endian (with a byte-order mark, or told by its NUL bytes).
    Utf16Be,
    /// The Windows code page for Western European languages, a superset of Latin-1.
    Windows1252,
}

impl Encoding {
    /// The WHATWG label, as `TextDecoder` takes it.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    /// The name a reader knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 (little-endian)",
            Encoding::Utf16Be => "UTF-16 (big-endian)",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// How a file's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    /// The encoding of the bytes after the byte-order mark.
    pub encoding: Encoding,
    /// The length of the byte-order mark in bytes (0 when there is none).
    pub bom: usize,
}

/// Why a file is not read as text. Its `Display` is the message for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The file holds no bytes.
    Empty,
    /// The file is larger than [`MAX_FILE_BYTES`]; it holds this many bytes.
    TooLarge(usize),
    /// The bytes are not text; what they look like ("a PNG image").
    Binary(&'static str),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "it is empty"),
            Refusal::TooLarge(bytes) => write!(
                f,
                "it is {:.1} MB, and Syndiff reads files of up to {} MB",
                *bytes as f64 / 1e6,
                MAX_FILE_BYTES / 1_000_000
            ),
            Refusal::Binary(what) => write!(f, "it looks like {what}, not text"),
        }
    }
}

/// File signatures (magic numbers) of formats people try to load, and what to call them.
/// Two-letter ones ("BM", "MZ") also begin words: those are binary only when the
/// rest of the bytes agree ([`WEAK_SIGNATURE_LEN`]).
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a bitmap image"),
    (b"II*\0", "a TIFF image"),
    (b"MM\0*", "a TIFF image"),
    (
        b"PK\x03\x04",
        "a ZIP archive (a Word or OpenDocument file is one)",
    ),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old Word or Excel document",
    ),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7FELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\0asm", "a WebAssembly module"),
    (b"SQLite format 3\0", "an SQLite database"),
];

/// Signatures this short may be the start of a word.
const WEAK_SIGNATURE_LEN: usize = 3;

/// Decides how to read `bytes` as text, or refuses them.
///
/// A byte-order mark decides first (UTF-8, UTF-16 LE or BE); then a known file
/// signature marks binary data; then UTF-16 without a byte-order mark is told
/// by its NUL bytes ([`bare_utf16`]); then other NUL bytes mark binary data; then bytes that are valid UTF-8 are
/// UTF-8 (a multi-byte character cut off at the very end is still UTF-8), and
/// any others are Windows-1252, whose every byte is a character. Sizes are not
/// checked here: see [`check_size`].
pub fn sniff(bytes: &[u8]) -> Result<Sniffed, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    let with_bom = |encoding, bom| Ok(Sniffed { encoding, bom });
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return with_bom(Encoding::Utf8, 3);
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return with_bom(Encoding::Utf16Le, 2);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return with_bom(Encoding::Utf16Be, 2);
    }
    if let Some((signature, what)) = SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
    {
        // "BM" and "MZ" also begin words; only call them binary when the rest agrees.
        if signature.len() > WEAK_SIGNATURE_LEN || !looks_textual(bytes) {
            return Err(Refusal::Binary(what));
        }
    }
    if let Some(encoding) = bare_utf16(bytes) {
        return with_bom(encoding, 0);
    }
    if bytes.contains(&0) || !looks_textual(bytes) {
        return Err(Refusal::Binary("binary data"));
    }
    let encoding = match std::str::from_utf8(bytes) {
        Ok(_) => Encoding::Utf8,
        // Cut off inside its last character (`error_len` is None): UTF-8 all the same.
        Err(e) if e.error_len().is_none() => Encoding::Utf8,
        Err(_) => Encoding::Windows1252,
    };
    with_bom(encoding, 0)
}

/// UTF-16 without a byte-order mark, told by where its NUL bytes fall in the first
/// 4 KB: text in Latin letters has a NUL in the high byte of almost every character,
/// so in UTF-16LE most odd bytes are NUL and almost no even one (in UTF-16BE the
/// other way round), and the other half must read like text ([`looks_textual`]).
/// Binary data (NULs in both halves, or control bytes beside them) is not taken
/// for it, nor is text in other scripts (whose high bytes are not NUL).
fn bare_utf16(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let nuls = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nuls(0), nuls(1));
    // Most of one half NUL (over 70 %), hardly any of the other (under 5 %).
    let bare = |mostly: usize, hardly: usize| 10 * mostly > 7 * pairs && 20 * hardly < pairs;
    // The characters of the first 256 (a NUL high byte): their low bytes must read like text.
    let latin = |high: usize| -> Vec<u8> {
        head.chunks_exact(2)
            .filter(|pair| pair[high] == 0)
            .map(|pair| pair[1 - high])
            .collect()
    };
    if bare(odd, even) && looks_textual(&latin(1)) {
        Some(Encoding::Utf16Le)
    } else if bare(even, odd) && looks_textual(&latin(0)) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Whether the bytes read like text: control characters other than tab, line
/// breaks, form feed and escape are rare (at most 1 in 100 bytes of the first 64 KB).
fn looks_textual(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(65_536)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 100 <= head.len()
}

/// Refuses a file of `bytes` bytes when it is over [`MAX_FILE_BYTES`] (checked
/// before the file is read) or empty.
pub fn check_size(bytes: usize) -> Result<(), Refusal> {
    match bytes {
        0 => Err(Refusal::Empty),
        n if n > MAX_FILE_BYTES => Err(Refusal::TooLarge(n)),
        _ => Ok(()),
    }
}

/// Line endings as LF: CRLF and lone CR (old Mac files) become LF.
///
/// ```
/// use syndiff::input::decode::line_endings_as_lf;
///
/// assert_eq!(line_endings_as_lf("a\r\nb\rc\n"), "a\nb\nc\n");
/// ```
pub fn line_endings_as_lf(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A file read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line endings as LF, without the byte-order mark.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: Encoding,
    /// Whether it opened with a byte-order mark.
    pub bom: bool,
    /// Whether it had CR or CRLF line endings (now LF).
    pub had_cr: bool,
    /// Whether any of them was a CR alone, as in old Mac files (Windows' CRLF is ordinary).
    pub lone_cr: bool,
}

/// Reads `bytes` as text: [`check_size`], [`sniff`], then `decoder` turns the bytes
/// after the byte-order mark into text in the encoding found (the page passes the
/// browser's `TextDecoder`). A decoder that fails, or a result holding NUL
/// characters (binary data in UTF-16 dress), refuses the file.
pub fn decode_with(
    bytes: &[u8],
    decoder: impl FnOnce(Encoding, &[u8]) -> Option<String>,
) -> Result<Decoded, Refusal> {
    check_size(bytes.len())?;
    let sniffed = sniff(bytes)?;
    let text = decoder(sniffed.encoding, &bytes[sniffed.bom..])
        .ok_or(Refusal::Binary("text in an encoding Syndiff cannot read"))?;
    if text.contains('\0') {
        return Err(Refusal::Binary("binary data"));
    }
    let had_cr = text.contains('\r');
    let lone_cr = had_cr
        && text
            .split('\r')
            .skip(1)
            .any(|after| !after.starts_with('\n'));
    let text = match line_endings_as_lf(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(lf) => lf,
    };
    Ok(Decoded {
        text,
        encoding: sniffed.encoding,
        bom: sniffed.bom > 0,
        had_cr,
        lone_cr,
    })
}

impl Decoded {
    /// How the file was read, for the note under its pane, after "Read “name”":
    /// nothing for UTF-8, " as Windows-1252 (it is not UTF-8)", " as UTF-16
    /// (little-endian) without a byte-order mark", and its lone CRs if any.
    pub fn how_read(&self) -> String {
        let mut how = match self.encoding {
            Encoding::Utf8 => String::new(),
            Encoding::Windows1252 => " as Windows-1252 (it is not UTF-8)".to_owned(),
            other if self.bom => format!(" as {}", other.name()),
            other => format!(" as {} without a byte-order mark", other.name()),
        };
        if self.lone_cr {
            how.push_str(if how.is_empty() { " with " } else { ", with " });
            how.push_str("its CR line endings read as line breaks");
        }
        how
    }
}

/// Whether a file is an HTML page, by its name, its MIME type or its first characters.
///
/// ```
/// use syndiff::input::decode::is_html;
///
/// assert!(is_html("page.HTM", "", "anything"));
/// assert!(is_html("saved", "", "  <!DOCTYPE html><title>t</title>"));
/// assert!(!is_html("notes.txt", "text/plain", "Use <b> for bold."));
/// ```
pub fn is_html(name: &str, mime: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
        || mime == "text/html"
    {
        return true;
    }
    let head = text
        .trim_start()
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// A title made from a file's name: without its extension, `_` and `-` as spaces.
///
/// ```
/// use syndiff::input::decode::title_from_name;
///
/// assert_eq!(title_from_name("rferl-report_2024.txt"), "rferl report 2024");
/// assert_eq!(title_from_name(".profile"), ".profile");
/// ```
pub fn title_from_name(name: &str) -> String {
    let stem = match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    };
    stem.replace(['_', '-'], " ").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_begin_like_a_signature_are_still_text() {
        assert_eq!(sniff(b"MZ is a name.\n").unwrap().encoding, Encoding::Utf8);
        assert_eq!(sniff(b"BMX bikes").unwrap().encoding, Encoding::Utf8);
        assert_eq!(
            sniff(b"MZ\x90\0\x03\0\0\0\x04\0"),
            Err(Refusal::Binary("a Windows program"))
        );
    }

    #[test]
    fn control_characters_in_bulk_are_binary_but_a_few_are_not() {
        let mut text = b"An article with one stray control \x01 character.".to_vec();
        text.extend(b" More words.".repeat(100));
        assert!(sniff(&text).is_ok());
        text.extend(std::iter::repeat_n(0x02, 200));
        assert_eq!(sniff(&text), Err(Refusal::Binary("binary data")));
    }

    #[test]
    fn a_character_cut_off_at_the_end_is_still_utf8() {
        let text = "Café ☕".as_bytes();
        let cut = &text[..text.len() - 1];
        assert_eq!(sniff(cut).unwrap().encoding, Encoding::Utf8);
        // But an invalid byte in the middle means Windows-1252.
        assert_eq!(
            sniff(b"caf\xE9 au lait").unwrap().encoding,
            Encoding::Windows1252
        );
    }

    #[test]
    fn refusals_say_what_the_file_looks_like_and_the_limit() {
        assert_eq!(
            Refusal::Binary("a PNG image").to_string(),
            "it looks like a PNG image, not text"
        );
        assert_eq!(
            check_size(12_345_678).unwrap_err().to_string(),
            "it is 12.3 MB, and Syndiff reads files of up to 10 MB"
        );
        assert_eq!(check_size(0), Err(Refusal::Empty));
        assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    }

    #[test]
    fn a_failing_decoder_or_nul_characters_refuse_the_file() {
        assert!(decode_with(b"text", |_, _| None).is_err());
        assert_eq!(
            decode_with(b"\xFF\xFEa\0\0\0", |_, _| Some("a\0".into())),
            Err(Refusal::Binary("binary data"))
        );
    }
}
