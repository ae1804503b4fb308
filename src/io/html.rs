//! HTML read by the browser's own parser: a saved web page as its article, pasted rich
//! text as its text. The rules of what is read live in [`crate::input::html`]; this is
//! the browser's tree behind [`HtmlNode`].
//!
//! The parser is `DOMParser` with `text/html`: a parsed document is inert, so its
//! scripts never run and its images, styles and frames are never loaded.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::input::html::{self, Article, HtmlNode};

impl HtmlNode for Node {
    fn tag(&self) -> Option<String> {
        (self.node_type() == Node::ELEMENT_NODE).then(|| {
            self.unchecked_ref::<Element>()
                .local_name()
                .to_ascii_lowercase()
        })
    }

    fn attr(&self, name: &str) -> Option<String> {
        if self.node_type() != Node::ELEMENT_NODE {
            return None;
        }
        self.unchecked_ref::<Element>().get_attribute(name)
    }

    fn text(&self) -> Option<String> {
        match self.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => self.node_value(),
            _ => None,
        }
    }

    fn children(&self) -> Vec<Node> {
        let mut children = Vec::new();
        let mut child = self.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            children.push(node);
        }
        children
    }
}

/// Parses `html` as a whole page; `None` when the browser refuses.
fn parse(html: &str) -> Option<Node> {
    let parser = DomParser::new().ok()?;
    let document = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()?;
    Some(document.into())
}

/// The readable article of a saved web page (see [`html::article`]); an empty article
/// when the browser cannot parse it.
pub fn article_of_page(html: &str) -> Article {
    parse(html)
        .map(|document| html::article(&document))
        .unwrap_or_default()
}

/// All readable text of pasted HTML, paragraphs kept (see [`html::fragment_text`]);
/// empty when the browser cannot parse it.
pub fn text_of_fragment(html: &str) -> String {
    parse(html)
        .map(|document| html::fragment_text(&document))
        .unwrap_or_default()
}
