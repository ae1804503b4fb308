//! Text in: a file's bytes read as text, and an HTML page read as its article (pure Rust, tested natively).

pub mod decode;
pub mod html;
