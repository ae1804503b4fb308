//! What several test files share: the fixture pairs under `tests/fixtures/`.

use std::path::Path;

/// Every fixture pair, by directory name.
pub const FIXTURES: [&str; 8] = [
    "moved-paragraph",
    "merged-paragraphs",
    "split-paragraph",
    "cjk",
    "rtl",
    "nfc-nfd",
    "curly-quotes",
    "unrelated",
];

/// A fixture's source and derivative texts.
pub fn fixture(name: &str) -> (String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("fixture file");
    (read("source.txt"), read("derivative.txt"))
}
