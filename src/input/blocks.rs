//! A long text cut into paragraph blocks for editing, every byte kept in order.
//!
//! The page edits a book-length text as one editable element holding one block
//! per paragraph: a key press then lays out the paragraph it changed, not the
//! whole book (in a text area it lays out all of it). The paragraphs are the
//! tokeniser's (its paragraph breaks: blank lines when the text has any, else
//! every line break). A block ends just after its last line break, so the
//! next paragraph's indentation starts the next block, and the blocks, joined,
//! are the text.
//!
//! ```
//! use syndiff::input::blocks::paragraph_blocks;
//!
//! let text = "One,\nwrapped.\n\n  Two.\n\n\nThree.";
//! assert_eq!(paragraph_blocks(text), ["One,\nwrapped.\n\n", "  Two.\n\n\n", "Three."]);
//! // Without blank lines, each line is a paragraph.
//! assert_eq!(paragraph_blocks("One.\nTwo.\n"), ["One.\n", "Two.\n"]);
//! assert_eq!(paragraph_blocks(text).concat(), text);
//! ```

use crate::engine::token::{tokenize, TokenKind};

/// `text` (with `\n` line breaks) cut into paragraph blocks that together are the text.
///
/// An empty text is one empty block.
pub fn paragraph_blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut from = 0;
    for token in tokenize(text).iter().filter(|t| t.kind == TokenKind::Break) {
        let ws = token.text(text);
        let cut = token.start + ws.rfind('\n').map_or(ws.len(), |i| i + 1);
        if cut < text.len() {
            blocks.push(&text[from..cut]);
            from = cut;
        }
    }
    blocks.push(&text[from..]);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_the_text_and_end_after_line_breaks() {
        for text in [
            "",
            "\n",
            "\n\nLeading blank lines.\n\nThen one.",
            "No line break at all.",
            "Trailing.\n\n\n",
            "Tabs\t\n \t\nand spaces between.\n",
            "Ünïcode\n\nπαράγραφος\n\n",
        ] {
            let blocks = paragraph_blocks(text);
            assert_eq!(blocks.concat(), text, "{text:?}");
            assert!(
                blocks[..blocks.len() - 1].iter().all(|b| b.ends_with('\n')),
                "{blocks:?}"
            );
            assert!(blocks[1..].iter().all(|b| !b.is_empty()), "{blocks:?}");
        }
    }

    #[test]
    fn a_blank_line_of_spaces_separates_paragraphs_but_wrapped_lines_stay_together() {
        assert_eq!(
            paragraph_blocks("It was\nwrapped.\n   \nNext."),
            ["It was\nwrapped.\n   \n", "Next."]
        );
    }

    #[test]
    fn the_book_falls_into_its_paragraphs() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpora/gutenberg/pride_and_prejudice.txt"
        );
        let book = std::fs::read_to_string(path).unwrap().replace("\r\n", "\n");
        let blocks = paragraph_blocks(&book);
        assert_eq!(blocks.concat(), book);
        assert!(blocks.len() > 2_000, "{}", blocks.len());
        assert!(blocks.iter().all(|b| b.len() < 20_000));
    }
}
