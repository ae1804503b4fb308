//! Text in: a file's bytes read as text, an HTML page read as its article, a share link read as a comparison (pure Rust, tested natively).

pub mod decode;
pub mod html;
pub mod permalink;
