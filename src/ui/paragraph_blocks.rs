//! The paragraph blocks a book-length text is edited in: one element that edits plain
//! text (`contenteditable="plaintext-only"`) holding a block per paragraph
//! ([`crate::input::blocks`]). Filling them, reading the lines they show, pasting into them.
//!
//! Only text goes in (`textContent`, the browser's editing commands), never markup.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::input::blocks::paragraph_blocks;
use crate::input::decode::line_endings_as_lf;

/// Whether this browser edits plain text in any element (`contenteditable="plaintext-only"`).
pub(super) fn edits_plain_text() -> bool {
    thread_local! {
        static SUPPORTED: bool = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .is_some_and(|div| {
                let _ = div.set_attribute("contenteditable", "plaintext-only");
                div.content_editable() == "plaintext-only"
            });
    }
    SUPPORTED.with(|s| *s)
}

/// The text the paragraph blocks show, as it reads line by line.
///
/// Each block's text, with a line break where one block ends and the next begins
/// unless its text already ends with one: editing does not keep the `\n` that
/// [`fill_blocks`] puts at the end of each block (Chromium, joining two blocks or
/// emptying one, drops it, and the boundary alone breaks the line). A `<br>` is a
/// line break unless it ends its block (then it only holds an empty block open). Also
/// reads a selection's copy (`Range::clone_contents`), whose first block may be empty.
pub(super) fn shown_text(parent: &web_sys::Node) -> String {
    let mut text = String::new();
    let mut after_block = false;
    let nodes = parent.child_nodes();
    let count = nodes.length();
    for i in 0..count {
        let Some(node) = nodes.item(i) else {
            continue;
        };
        let line_break = node.has_type::<web_sys::HtmlBrElement>();
        let block = !line_break && node.has_type::<web_sys::Element>();
        if (block || after_block) && i > 0 && !text.ends_with('\n') {
            text.push('\n');
        }
        // A block is one text node, as filled, or read node by node.
        let nested = |block: &web_sys::Node| {
            block
                .first_child()
                .is_some_and(|c| c.next_sibling().is_some() || !c.has_type::<web_sys::Text>())
        };
        if line_break {
            if i + 1 < count {
                text.push('\n');
            }
        } else if block && nested(&node) {
            text.push_str(&shown_text(&node));
        } else {
            text.push_str(&node.text_content().unwrap_or_default());
        }
        after_block = block;
    }
    text
}

/// Fills the paragraph blocks with `text`, one block element per paragraph, as text
/// (never markup). Line breaks become `\n`, as in a text area.
pub(super) fn fill_blocks(el: &HtmlElement, text: &str) {
    let Some(doc) = el.owner_document() else {
        return;
    };
    el.set_text_content(None);
    let text = line_endings_as_lf(text);
    let blocks = doc.create_document_fragment();
    for paragraph in paragraph_blocks(&text) {
        if let Ok(block) = doc.create_element("div") {
            block.set_text_content(Some(paragraph));
            let _ = blocks.append_child(&block);
        }
    }
    let _ = el.append_child(&blocks);
}

/// The blocks' text with `pasted` in place of the selection in them, if the selection is there.
pub(super) fn blocks_with_pasted(el: &HtmlElement, pasted: &str) -> Option<String> {
    let doc = el.owner_document()?;
    let selection = doc.get_selection().ok()??;
    let range = selection.get_range_at(0).ok()?;
    if !el.contains(Some(&range.common_ancestor_container().ok()?)) {
        return None;
    }
    let before = doc.create_range().ok()?;
    before.select_node_contents(el).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let after = doc.create_range().ok()?;
    after.select_node_contents(el).ok()?;
    after
        .set_start(&range.end_container().ok()?, range.end_offset().ok()?)
        .ok()?;
    let (before, after) = (before.clone_contents().ok()?, after.clone_contents().ok()?);
    let (before, after) = (shown_text(&before), shown_text(&after));
    Some([before.as_str(), pasted, after.as_str()].concat())
}

/// The document of `el` when the browser can type text into it (`insertText`
/// enabled there). Text typed in this way is in the editing history, so undo takes
/// it back, and an input event follows; a value or content set directly is not.
/// Asked first, so that a text never goes in twice (part typed, then pasted).
pub(super) fn typing_document(el: &HtmlElement) -> Option<web_sys::HtmlDocument> {
    let doc: web_sys::HtmlDocument = el.owner_document()?.dyn_into().ok()?;
    doc.query_command_enabled("insertText")
        .unwrap_or(false)
        .then_some(doc)
}

/// Puts `text` in place of the selection in the paragraph blocks as a person typing it
/// would (see [`typing_document`]); false if the browser would not, and then it has
/// put in nothing.
pub(super) fn type_in(el: &HtmlElement, text: &str) -> bool {
    let Some(doc) = typing_document(el) else {
        return false;
    };
    let command = |name: &str, value: &str| {
        let _ = doc.exec_command_with_show_ui_and_value(name, false, value);
    };
    // Line by line: inserted text would lose its line breaks; a typed one is kept.
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            command("insertLineBreak", "");
        }
        if !line.is_empty() {
            command("insertText", line);
        }
    }
    true
}
