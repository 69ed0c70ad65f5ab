//! Writes the charts the crate draws: the Hanoi Convention's signatories
//! and parties over time (with the Hanoi ceremony marked), and the pace of
//! every embedded treaty at the same age, and the world map of the Hanoi
//! Convention's participants on the data's last day. Run with
//! `cargo run --example chart [-- OUT_DIR]` (default: the current folder).

use hanoi_convention::chart::{PaceWindow, map_svg, pace_svg, timeline_svg};
use hanoi_convention::compare::{Pace, milestones};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Language, Register};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let r = Register::embedded();
    let timeline = timeline_svg(&r.on(r.as_of()), EmbeddedTreaty::Hanoi.ceremony());
    let registers: Vec<&Register> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
    let marks = milestones(&registers);
    let paces: Vec<Pace> = registers
        .iter()
        .map(|r| Pace::of(&r.on(r.as_of()), &marks))
        .collect();
    let pace = pace_svg(&paces, PaceWindow::Youngest);
    let map = map_svg(&r.on(r.as_of()), Language::En);
    for (name, svg) in [
        ("hanoi-timeline.svg", timeline),
        ("hanoi-pace.svg", pace),
        ("hanoi-map.svg", map),
    ] {
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
