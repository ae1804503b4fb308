//! Text in: a file's bytes read as text, a long text cut into paragraphs for editing, an HTML page read as its article, a share link read as a comparison (pure Rust, tested natively).

pub mod blocks;
pub mod decode;
pub mod html;
pub mod permalink;
