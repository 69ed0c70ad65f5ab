//! Writes the charts the crate draws: the Hanoi Convention's signatories
//! and parties over time (with the Hanoi ceremony marked), and the pace of
//! every embedded treaty at the same age. Run with
//! `cargo run --example chart [-- OUT_DIR]` (default: the current folder).

use hanoi_convention::Register;
use hanoi_convention::chart::{PaceWindow, pace_svg, timeline_svg};
use hanoi_convention::compare::{Pace, milestones};
use hanoi_convention::embedded::{EmbeddedTreaty, hanoi_ceremony};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let r = Register::embedded();
    let timeline = timeline_svg(&r.on(r.as_of()), Some(hanoi_ceremony()));
    let registers: Vec<&Register> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
    let marks = milestones(&registers);
    let paces: Vec<Pace> = registers
        .iter()
        .map(|r| Pace::of(&r.on(r.as_of()), &marks))
        .collect();
    let pace = pace_svg(&paces, PaceWindow::Youngest);
    for (name, svg) in [("hanoi-timeline.svg", timeline), ("hanoi-pace.svg", pace)] {
        let path = std::path::Path::new(&dir).join(name);
        match std::fs::write(&path, svg) {
            Ok(()) => println!("wrote {}", path.display()),
            Err(e) => {
                eprintln!("chart: cannot write {}: {e}", path.display());
                std::process::exit(2);
            }
        }
    }
}
