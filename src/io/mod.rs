//! Browser edges: what the page keeps in the browser, borrows from it, and runs beside it. Only built for wasm.

pub mod host;
pub mod panic;
pub mod storage;
pub mod worker;
