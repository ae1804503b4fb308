//! Prints a comparison of two files in wdiff style: `cargo run --example wdiff -- SOURCE DERIVATIVE`.
use syndiff::engine::{compare, Options};
use syndiff::export::wdiff;

fn main() {
    let mut args = std::env::args().skip(1);
    let (a, b) = (
        args.next().expect("SOURCE"),
        args.next().expect("DERIVATIVE"),
    );
    let a = std::fs::read_to_string(a).expect("read SOURCE");
    let b = std::fs::read_to_string(b).expect("read DERIVATIVE");
    let c = compare(&a, &b, &Options::default());
    print!("{}", wdiff(&c));
    eprintln!("{:?} {:?}", c.status, c.counts);
}
