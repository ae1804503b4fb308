//! Prints a comparison's explanation and labelled changes: `cargo run --example explain -- SOURCE DERIVATIVE`.
use syndiff::engine::{compare, Options};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let c = compare(&read(&args[1]), &read(&args[2]), &Options::default());
    for s in c.changes() {
        println!(
            "{:?}\t[{}] -> [{}]",
            s.edit.unwrap(),
            s.source.trim().chars().take(60).collect::<String>(),
            s.derivative.trim().chars().take(60).collect::<String>()
        );
    }
    println!("{}", serde_json::to_string_pretty(&c.explanation).unwrap());
}
