//! Native benches of the engine's stages (criterion): `cargo bench --bench engine`.
//!
//! Workloads: the sample pair, and Pride and Prejudice against a copy with 1 % of
//! its words edited and 5 paragraphs moved (seeded, so every run is the same).
//! Each stage includes the ones before it: tokenise < prepare < align < compare.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use syndiff::engine::{compare, stages, token::tokenize, Options};
use syndiff::samples::{DERIVATIVE, RFERL_REPORT};

/// A copy of `text` with about `rate` of its words replaced, cut or doubled and `moves`
/// long paragraphs moved, from a fixed seed (an LCG, no dependencies).
fn edited(text: &str, rate: f64, moves: usize) -> String {
    let mut state: u64 = 42;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let vocabulary: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    let mut paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            p.split(' ')
                .map(|w| {
                    if next() >= rate {
                        return w.to_owned();
                    }
                    let pick = vocabulary[(next() * vocabulary.len() as f64) as usize];
                    match next() {
                        r if r < 0.6 => pick.to_owned(),
                        r if r < 0.8 => String::new(),
                        _ => format!("{w} {pick}"),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    for _ in 0..moves {
        let long: Vec<usize> = (0..paragraphs.len())
            .filter(|&i| paragraphs[i].len() > 300)
            .collect();
        let from = long[(next() * long.len() as f64) as usize];
        let p = paragraphs.remove(from);
        let to = (next() * paragraphs.len() as f64) as usize;
        paragraphs.insert(to, p);
    }
    paragraphs.join("\n\n")
}

fn stages_of(c: &mut Criterion, name: &str, source: &str, derivative: &str) {
    let options = Options::default();
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    group.bench_function("tokenise both", |b| {
        b.iter(|| tokenize(black_box(source)).len() + tokenize(black_box(derivative)).len())
    });
    group.bench_function("prepare (tokens, keys, sentences)", |b| {
        b.iter(|| stages::prepare(black_box(source), black_box(derivative), &options))
    });
    group.bench_function("align", |b| {
        b.iter(|| stages::align(black_box(source), black_box(derivative), &options))
    });
    group.bench_function("resemblance (prepare + sentence match)", |b| {
        b.iter(|| stages::resemblance(black_box(source), black_box(derivative), &options))
    });
    group.bench_function("diff (all but the explanation)", |b| {
        b.iter(|| stages::diff(black_box(source), black_box(derivative), &options))
    });
    group.bench_function("compare (all stages)", |b| {
        b.iter(|| {
            compare(black_box(source), black_box(derivative), &options)
                .blocks
                .len()
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    stages_of(c, "sample pair", RFERL_REPORT.text, DERIVATIVE.text);
    let book = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpora/gutenberg/pride_and_prejudice.txt"
    ))
    .expect("../shared/corpora beside the checkout");
    let derivative = edited(&book, 0.01, 5);
    stages_of(c, "book, 1% edits, 5 moves", &book, &derivative);
}

criterion_group!(engine, benches);
criterion_main!(engine);
