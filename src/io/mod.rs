//! Browser edges: what the page keeps in the browser. Only built for wasm.

pub mod storage;
