//! Prints a comparison of two files in wdiff style: `cargo run --example wdiff -- SOURCE DERIVATIVE`.

use syndiff::engine::{compare, Options, SegmentKind};
fn main() {
    let a = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let b = std::fs::read_to_string(std::env::args().nth(2).unwrap()).unwrap();
    let c = compare(&a, &b, &Options::default());
    for (i, block) in c.blocks.iter().enumerate() {
        print!("[{i}] ");
        for s in &block.segments {
            match s.kind {
                SegmentKind::Equal => print!("{}", s.derivative),
                SegmentKind::Deleted => print!("[-{}-]", s.source),
                SegmentKind::Inserted => print!("{{+{}+}}", s.derivative),
                SegmentKind::Replaced => print!("[-{}-]{{+{}+}}", s.source, s.derivative),
            }
        }
        println!();
    }
    println!("{:?} {:?}", c.status, c.counts);
}
