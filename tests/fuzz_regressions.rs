//! The fuzz target's kept inputs (tests/fuzz_regressions/: its seeds and what it found
//! worth keeping), run as the target runs them: no panic, every invariant kept.

use std::fs;
use std::path::Path;

use syndiff::engine::compare;
use syndiff::engine::invariants::{check, fuzz_input};

#[test]
fn every_kept_fuzz_input_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .map(|e| e.expect("readable entry").path())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "the seeds at least");
    for path in inputs {
        let data = fs::read(&path).expect("readable input");
        let (source, derivative, options) = fuzz_input(&data);
        let c = compare(&source, &derivative, &options);
        if let Err(broken) = check(&source, &derivative, &options, &c) {
            panic!("{}: {broken}", path.display());
        }
    }
}
