//! Fuzzes the whole engine: arbitrary bytes become two texts (decoded lossily) and
//! options; the comparison must not panic and must keep every `engine::invariants`
//! guarantee.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syndiff::engine::invariants::{check, fuzz_input};

fuzz_target!(|data: &[u8]| {
    let (source, derivative, options) = fuzz_input(data);
    let c = syndiff::engine::compare(&source, &derivative, &options);
    if let Err(broken) = check(&source, &derivative, &options, &c) {
        panic!("{broken}");
    }
});
