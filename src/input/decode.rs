//! A file's bytes as text: which encoding they are in, or why they are not text.
