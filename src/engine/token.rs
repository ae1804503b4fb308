//! Tokeniser: splits prose into words, punctuation and whitespace, keeping every byte.
//!
//! Word boundaries follow Unicode's default rules (UAX #29, via
//! `unicode-segmentation`), so numbers such as `1,800`, contractions such as
//! `Liberty’s` and emoji sequences stay whole, while ideographic scripts fall
//! apart into single characters, as does Thai (a dictionary-free fallback
//! for scripts written without spaces). Consecutive whitespace is merged into
//! one token, so is a run of dashes (`--`), and whitespace that ends a
//! paragraph is marked as a [`TokenKind::Break`].
//!
//! ```
//! use syndiff::engine::token::{tokenize, TokenKind};
//!
//! let text = "Saeed added.\nThe teams";
//! let tokens = tokenize(text);
//! let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
//! assert_eq!(
//!     kinds,
//!     [TokenKind::Word, TokenKind::Space, TokenKind::Word, TokenKind::Punct,
//!      TokenKind::Break, TokenKind::Word, TokenKind::Space, TokenKind::Word]
//! );
//! // Every byte is kept: the tokens rebuild the text exactly.
//! let rebuilt: String = tokens.iter().map(|t| t.text(text)).collect();
//! assert_eq!(rebuilt, text);
//! ```

use std::ops::Range;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::unicode::Alphanumeric;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, digits or symbols that belong together (`Khatlon`, `1,800`, `IS-K`'s parts).
    Word,
    /// A punctuation mark (`.`, `,`, `"`, `--` is two of them).
    Punct,
    /// A run of whitespace inside a paragraph.
    Space,
    /// A run of whitespace that ends a paragraph (see [`tokenize`]).
    Break,
}

impl TokenKind {
    /// Whether this token is whitespace (a [`Space`](Self::Space) or a [`Break`](Self::Break)).
    pub fn is_whitespace(self) -> bool {
        matches!(self, TokenKind::Space | TokenKind::Break)
    }
}

/// One token: a kind and the byte range it covers in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Token {
    /// The token's bytes as a string slice of `text`, the text it was made from.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    /// The byte range the token covers.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Splits `text` into tokens that together cover every byte, in order.
///
/// Paragraphs are told apart the way the text itself does it: when the text has
/// at least one blank line, only whitespace that holds a blank line ends a
/// paragraph (single line breaks are wrapping); otherwise every line break ends
/// a paragraph (one paragraph per line). `\r\n` and a lone `\r` count as line
/// breaks like `\n`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Builder {
        text,
        tokens: Vec::with_capacity(text.len() / 3 + 1),
        with_line_breaks: Vec::new(),
        alphanumeric: Alphanumeric::default(),
    };
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // A run of ASCII whitespace, then a stretch without it.
        let mut ws_end = i;
        let mut seen = 0;
        while ws_end < n && CLASS[bytes[ws_end] as usize] & SPACE != 0 {
            seen |= CLASS[bytes[ws_end] as usize];
            ws_end += 1;
        }
        let line_break = seen & LINE_BREAK != 0;
        let mut chunk_end = ws_end;
        let mut seen = 0;
        while chunk_end < n && CLASS[bytes[chunk_end] as usize] & SPACE == 0 {
            seen |= CLASS[bytes[chunk_end] as usize];
            chunk_end += 1;
        }
        if seen & NON_ASCII == 0 {
            if ws_end > i {
                out.push(TokenKind::Space, i, ws_end);
                if line_break {
                    out.note_line_break();
                }
            }
            out.ascii_pieces(ws_end, chunk_end);
        } else {
            // Whitespace before a non-ASCII stretch goes with it: UAX #29 may join them (WB4).
            out.unicode_pieces(i, chunk_end);
        }
        i = chunk_end;
    }
    out.finish()
}

/// The number of words in `text`, as the comparison counts them: its
/// [`TokenKind::Word`] tokens. The page's word counts use it too, so a pane
/// and the figures of a comparison agree.
///
/// ```
/// use syndiff::engine::token::word_count;
///
/// // A number with a comma is one word; "RFE/RL" is two; a dash is punctuation.
/// assert_eq!(word_count("1,800 homes -- RFE/RL reported."), 5);
/// assert_eq!(word_count("  \n"), 0);
/// ```
pub fn word_count(text: &str) -> usize {
    tokenize(text)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count()
}

/// The number of paragraphs in `text` that hold anything but whitespace, by the
/// comparison's rule (see [`tokenize`]): blank lines part paragraphs when the
/// text has any, else every line break does. The page's long-text card uses it.
///
/// ```
/// use syndiff::engine::token::paragraph_count;
///
/// assert_eq!(paragraph_count("One.\n\nTwo,\nstill two.\n\n\nThree."), 3);
/// // No blank line anywhere: a paragraph per line.
/// assert_eq!(paragraph_count("One.\nTwo.\nThree.\n"), 3);
/// assert_eq!(paragraph_count(" \n\n "), 0);
/// ```
pub fn paragraph_count(text: &str) -> usize {
    let (mut count, mut open) = (0, false);
    for token in tokenize(text) {
        match token.kind {
            TokenKind::Break => {
                count += usize::from(open);
                open = false;
            }
            TokenKind::Space => {}
            TokenKind::Word | TokenKind::Punct => open = true,
        }
    }
    count + usize::from(open)
}

/// The fast tokeniser's output: tokens, plus the whitespace tokens that hold
/// a line break (the only candidates for paragraph breaks).
struct Builder<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    with_line_breaks: Vec<usize>,
    alphanumeric: Alphanumeric,
}

impl Builder<'_> {
    /// Adds a word-boundary piece, merging whitespace runs and dash runs.
    #[inline]
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        if let Some(last) = self.tokens.last_mut() {
            let same_run = match kind {
                TokenKind::Space => last.kind == TokenKind::Space,
                TokenKind::Punct => {
                    last.kind == TokenKind::Punct
                        && is_dashes(&self.text[start..end])
                        && is_dashes(&self.text[last.start..last.end])
                }
                _ => false,
            };
            if same_run {
                last.end = end;
                return;
            }
        }
        self.tokens.push(Token { kind, start, end });
    }

    /// UAX #29 word boundaries within `text[from..to]`, by `unicode-segmentation`.
    fn unicode_pieces(&mut self, from: usize, to: usize) {
        let mut at = from;
        for piece in self.text[from..to].split_word_bounds() {
            let end = at + piece.len();
            let kind = classify(piece, &mut self.alphanumeric);
            self.push(kind, at, end);
            if kind == TokenKind::Space && piece.bytes().any(|b| matches!(b, b'\n' | b'\r')) {
                self.note_line_break();
            }
            at = end;
        }
    }

    /// The last token is whitespace with a line break in it.
    #[inline]
    fn note_line_break(&mut self) {
        let last = self.tokens.len() - 1;
        if self.with_line_breaks.last() != Some(&last) {
            self.with_line_breaks.push(last);
        }
    }

    /// UAX #29 word boundaries within `text[from..to]`, ASCII without
    /// whitespace: letters, digits and `_` run together (WB5, WB8 to WB10,
    /// WB13a/b); `.` `'` `:` join letters (WB6, WB7); `.` `'` `,` `;` join
    /// digits (WB11, WB12); anything else is a piece of its own.
    #[inline]
    fn ascii_pieces(&mut self, from: usize, to: usize) {
        let chunk = &self.text.as_bytes()[from..to];
        let word = |b: u8| CLASS[b as usize] & WORD != 0;
        let n = chunk.len();
        let mut i = 0;
        while i < n {
            if !word(chunk[i]) {
                let kind = if CLASS[chunk[i] as usize] & PUNCT != 0 {
                    TokenKind::Punct
                } else {
                    TokenKind::Word
                };
                self.push(kind, from + i, from + i + 1);
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut letters_only_underscore = chunk[i] == b'_';
            loop {
                if j < n && word(chunk[j]) {
                    letters_only_underscore &= chunk[j] == b'_';
                    j += 1;
                } else if j + 1 < n && word(chunk[j + 1]) {
                    let (before, mid, after) = (chunk[j - 1], chunk[j], chunk[j + 1]);
                    let letters = before.is_ascii_alphabetic()
                        && after.is_ascii_alphabetic()
                        && matches!(mid, b'.' | b'\'' | b':');
                    let digits = before.is_ascii_digit()
                        && after.is_ascii_digit()
                        && matches!(mid, b'.' | b'\'' | b',' | b';');
                    if letters || digits {
                        letters_only_underscore = false;
                        j += 2;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // A run of `_` alone is punctuation; anything with a letter or digit is a word.
            let kind = if letters_only_underscore {
                TokenKind::Punct
            } else {
                TokenKind::Word
            };
            self.push(kind, from + i, from + j);
            i = j;
        }
    }

    /// Marks paragraph breaks (see [`tokenize`]).
    fn finish(mut self) -> Vec<Token> {
        let text = self.text;
        let breaks: Vec<(usize, usize)> = self
            .with_line_breaks
            .iter()
            .map(|&i| (i, line_breaks(self.tokens[i].text(text))))
            .collect();
        let needed = if breaks.iter().any(|&(_, n)| n >= 2) {
            2
        } else {
            1
        };
        for (i, n) in breaks {
            if n >= needed && self.tokens[i].kind == TokenKind::Space {
                self.tokens[i].kind = TokenKind::Break;
            }
        }
        self.tokens
    }
}

/// [`tokenize`] by `unicode-segmentation` alone, without the ASCII fast path:
/// the reference the fast path is tested against.
#[doc(hidden)]
pub fn tokenize_reference(text: &str) -> Vec<Token> {
    let mut out = Builder {
        text,
        tokens: Vec::new(),
        with_line_breaks: Vec::new(),
        alphanumeric: Alphanumeric::default(),
    };
    out.unicode_pieces(0, text.len());
    // Paragraph breaks the straightforward way: every whitespace token looked at.
    mark_breaks(text, &mut out.tokens);
    out.tokens
}

fn mark_breaks(text: &str, tokens: &mut [Token]) {
    let blank_lines = tokens
        .iter()
        .any(|t| t.kind == TokenKind::Space && line_breaks(t.text(text)) >= 2);
    let needed = if blank_lines { 2 } else { 1 };
    for token in tokens.iter_mut().filter(|t| t.kind == TokenKind::Space) {
        if line_breaks(&text[token.start..token.end]) >= needed {
            token.kind = TokenKind::Break;
        }
    }
}

/// Byte classes for the ASCII fast path: bits of [`CLASS`].
const SPACE: u8 = 1;
const LINE_BREAK: u8 = 2;
const WORD: u8 = 4;
const PUNCT: u8 = 8;
const NON_ASCII: u8 = 16;

/// The class of each byte: ASCII whitespace (and whether it breaks a line),
/// word characters (letters, digits, `_`), punctuation, or part of a
/// non-ASCII character.
static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if is_ascii_space(c) {
            if c == b'\n' || c == b'\r' {
                SPACE | LINE_BREAK
            } else {
                SPACE
            }
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            WORD
        } else if c.is_ascii_punctuation() {
            PUNCT
        } else if c >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        b += 1;
    }
    class
};

const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn classify(piece: &str, alphanumeric: &mut Alphanumeric) -> TokenKind {
    if piece.is_ascii() {
        let b = piece.as_bytes();
        return if b.iter().all(|&c| is_ascii_space(c)) {
            TokenKind::Space
        } else if b.iter().any(u8::is_ascii_alphanumeric) || !b.iter().all(u8::is_ascii_punctuation)
        {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
    }
    if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if piece.chars().any(|c| alphanumeric.test(c)) || !piece.chars().all(is_punctuation) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

/// ASCII punctuation plus the general punctuation a newsroom uses (curly
/// quotes, dashes, ellipsis, guillemets, CJK full stops).
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
            | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
            | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}')
}

/// Whether `s` is made of hyphens and dashes only (`-`, `--`, `–`, `—`).
pub(crate) fn is_dashes(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}'))
}

/// Counts line breaks in a whitespace run: `\r\n`, `\n` and a lone `\r` each count once.
pub(crate) fn line_breaks(ws: &str) -> usize {
    let bytes = ws.as_bytes();
    let mut count = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' => count += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => count += 1,
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text)
            .iter()
            .map(|t| (t.kind, t.text(text)))
            .collect()
    }

    #[test]
    fn keeps_numbers_contractions_and_acronym_parts_whole() {
        use TokenKind::*;
        assert_eq!(
            pieces("1,800 workers; Liberty’s RFE/RL"),
            [
                (Word, "1,800"),
                (Space, " "),
                (Word, "workers"),
                (Punct, ";"),
                (Space, " "),
                (Word, "Liberty’s"),
                (Space, " "),
                (Word, "RFE"),
                (Punct, "/"),
                (Word, "RL"),
            ]
        );
    }

    #[test]
    fn merges_whitespace_runs_into_one_token() {
        use TokenKind::*;
        assert_eq!(
            pieces("alarming.  \t The"),
            [
                (Word, "alarming"),
                (Punct, "."),
                (Space, "  \t "),
                (Word, "The")
            ]
        );
    }

    #[test]
    fn one_paragraph_per_line_when_the_text_has_no_blank_line() {
        let kinds: Vec<_> = pieces("One.\nTwo.\r\nThree.\rFour")
            .into_iter()
            .filter(|(k, _)| k.is_whitespace())
            .map(|(k, _)| k)
            .collect();
        assert_eq!(kinds, [TokenKind::Break; 3]);
    }

    #[test]
    fn single_line_breaks_are_wrapping_when_the_text_has_blank_lines() {
        let ws: Vec<_> = pieces("a wrapped\nline.\n\nNext paragraph")
            .into_iter()
            .filter(|(k, _)| k.is_whitespace())
            .collect();
        assert_eq!(
            ws,
            [
                (TokenKind::Space, " "),
                (TokenKind::Space, "\n"),
                (TokenKind::Break, "\n\n"),
                (TokenKind::Space, " ")
            ]
        );
    }

    #[test]
    fn crlf_blank_lines_count_as_blank_lines() {
        let text = "First line\r\nstill first.\r\n\r\nSecond.";
        let breaks = pieces(text)
            .into_iter()
            .filter(|(k, _)| *k == TokenKind::Break)
            .count();
        assert_eq!(breaks, 1);
    }

    #[test]
    fn emoji_and_ideographs() {
        use TokenKind::*;
        // A family emoji (ZWJ sequence) stays one token; ideographs split per character.
        assert_eq!(
            pieces("👨‍👩‍👧 东京"),
            [(Word, "👨‍👩‍👧"), (Space, " "), (Word, "东"), (Word, "京")]
        );
    }

    #[test]
    fn dash_runs_are_one_token() {
        use TokenKind::*;
        assert_eq!(
            pieces("Khatlon -- officials—said"),
            [
                (Word, "Khatlon"),
                (Space, " "),
                (Punct, "--"),
                (Space, " "),
                (Word, "officials"),
                (Punct, "—"),
                (Word, "said")
            ]
        );
    }

    #[test]
    fn thai_falls_back_to_characters() {
        let words: Vec<_> = pieces("ภาษาไทย").into_iter().map(|(_, t)| t).collect();
        assert_eq!(words, ["ภ", "า", "ษ", "า", "ไ", "ท", "ย"]);
    }

    #[test]
    fn empty_text_has_no_tokens() {
        assert!(tokenize("").is_empty());
    }
}
