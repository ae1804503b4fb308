//! Browser edges: what the page keeps in the browser and borrows from it. Only built for wasm.

pub mod host;
pub mod storage;
