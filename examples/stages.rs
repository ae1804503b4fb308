//! Times the engine's stages on two files: `cargo run --release --example stages -- SOURCE DERIVATIVE`.
use std::time::Instant;

use syndiff::engine::{compare, stages, token::tokenize, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let a = std::fs::read_to_string(args.next().expect("SOURCE")).unwrap();
    let b = std::fs::read_to_string(args.next().expect("DERIVATIVE")).unwrap();
    let time = |label: &str, f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        let mut out = 0;
        for _ in 0..5 {
            let t = Instant::now();
            out = f();
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!("{label:<28} {best:>8.2} ms  ({out})");
    };
    time("tokenize both", &|| tokenize(&a).len() + tokenize(&b).len());
    let options = Options::default();
    time("prepare (tokenise, key, sentences)", &|| {
        let (s, d) = stages::prepare(&a, &b, &options);
        s + d
    });
    time("align (prepare + align)", &|| {
        stages::align(&a, &b, &options).0
    });
    time("resemblance (prepare + it)", &|| {
        (stages::resemblance(&a, &b, &options) * 1000.0) as usize
    });
    time("diff (all but explain)", &|| stages::diff(&a, &b, &options));
    time("compare", &|| {
        compare(&a, &b, &Options::default()).blocks.len()
    });
    time("compare + serde_json", &|| {
        serde_json::to_string(&compare(&a, &b, &Options::default()))
            .unwrap()
            .len()
    });
}
