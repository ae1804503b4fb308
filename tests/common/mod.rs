//! What several test files share: the fixture pairs under `tests/fixtures/` and the Clough–Stevenson corpus.

use std::path::Path;

/// Every fixture pair, by directory name.
#[allow(dead_code)]
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
#[allow(dead_code)]
pub fn fixture(name: &str) -> (String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("fixture file");
    (read("source.txt"), read("derivative.txt"))
}

/// The Clough–Stevenson corpus's folder (`../shared/corpora/clough-stevenson-2011`).
#[allow(dead_code)]
pub fn corpus_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/clough-stevenson-2011")
}

/// The corpus's 100 text files (answers and sources) as bytes, by file name, sorted.
#[allow(dead_code)]
pub fn corpus_files() -> Vec<(String, Vec<u8>)> {
    let dir = corpus_dir().join("corpus-20090418");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("read"))
        })
        .collect();
    files.sort();
    files
}
