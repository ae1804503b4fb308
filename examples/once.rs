//! Compares two files a few times, for profiling: `cargo run --release --example once -- SOURCE DERIVATIVE`.
fn main() {
    let mut args = std::env::args().skip(1);
    let a = std::fs::read_to_string(args.next().expect("SOURCE")).unwrap();
    let b = std::fs::read_to_string(args.next().expect("DERIVATIVE")).unwrap();
    let mut n = 0;
    for _ in 0..10 {
        n += syndiff::engine::compare(&a, &b, &Default::default())
            .blocks
            .len();
    }
    println!("{n}");
}
