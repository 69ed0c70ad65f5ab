//! Measures the cost of the first answer after process start (reading and
//! validating the embedded data). Run with `cargo run --release --example cold`.

use std::time::Instant;

fn main() {
    let t0 = Instant::now();
    let n = hanoi_convention::Register::embedded()
        .on(hanoi_convention::embedded::EmbeddedTreaty::Hanoi
            .dataset()
            .as_of())
        .signatories()
        .count();
    let first = t0.elapsed();
    let t1 = Instant::now();
    let title = hanoi_convention::convention()
        .text()
        .article(65)
        .map(|a| a.title().len());
    let text = t1.elapsed();
    println!("first register answer ({n} signatories): {first:?}; text model after it: {text:?} ({title:?})");
}
