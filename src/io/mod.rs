//! Browser edges: what the page keeps in the browser, borrows from it, and runs beside it. Only built for wasm.

pub mod files;
pub mod host;
pub mod html;
pub mod panic;
pub mod permalink;
pub mod storage;
pub mod worker;
