//! An HTML page or pasted HTML as plain article text, paragraphs kept.
