//! Writes an SVG chart of cumulative signatories and parties over time,
//! with the 40-instrument threshold of art. 65(1) and the Hanoi ceremony
//! days marked. Run with `cargo run --example chart [-- OUT.svg]`.

use std::fmt::Write as _;

use hanoi_convention::{Date, Register, embedded::hanoi_ceremony};
use jiff::ToSpan;

const W: f64 = 900.0;
const H: f64 = 480.0;
const LEFT: f64 = 60.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 50.0;
const BOTTOM: f64 = 60.0;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "hanoi-timeline.svg".into());
    let r = Register::embedded();
    let start = Date::constant(2025, 10, 1);
    let end = r.as_of().saturating_add(31.days());
    let span = start.until(end).map(|s| s.get_days()).unwrap_or(1).max(1) as f64;
    let points = r.timeline();
    let max_y = points
        .iter()
        .map(|p| p.signatories().possible)
        .max()
        .unwrap_or(0)
        .max(40);
    let y_top = ((max_y as f64 / 10.0).ceil() * 10.0).max(50.0);

    let x =
        |d: Date| LEFT + start.until(d).map(|s| s.get_days()).unwrap_or(0) as f64 / span * (W - LEFT - RIGHT);
    let y = |v: f64| H - BOTTOM - v / y_top * (H - TOP - BOTTOM);

    // A step line: the count holds until the next change.
    let step = |value: &dyn Fn(&hanoi_convention::register::TimelinePoint) -> u32| {
        let mut d = format!("M {:.1} {:.1}", x(start), y(0.0));
        for p in points {
            let v = value(p) as f64;
            let _ = write!(d, " H {:.1} V {:.1}", x(p.date), y(v));
        }
        let _ = write!(d, " H {:.1}", x(r.as_of()));
        d
    };

    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        svg,
        r#"<text x="{LEFT}" y="24" font-size="16" font-weight="bold">UN Convention against Cybercrime: signatories and parties</text>"#
    );
    let _ = writeln!(
        svg,
        r##"<text x="{LEFT}" y="40" fill="#555">Embedded data as of {}; dashed lines: possible counts while a date is only known to a window</text>"##,
        r.as_of()
    );

    // Grid and y axis.
    let mut v = 0.0;
    while v <= y_top {
        let _ = writeln!(
            svg,
            r##"<line x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#e5e5e5"/><text x="{:.1}" y="{:.1}" text-anchor="end">{v}</text>"##,
            W - RIGHT,
            y(v),
            y(v),
            LEFT - 6.0,
            y(v) + 4.0
        );
        v += 10.0;
    }
    // Month ticks on the x axis.
    let mut month = start;
    while month <= end {
        let _ = writeln!(
            svg,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{1:.1}" y2="{2:.1}" stroke="#999"/><text x="{0:.1}" y="{3:.1}" text-anchor="middle">{4}</text>"##,
            x(month),
            H - BOTTOM,
            H - BOTTOM + 5.0,
            H - BOTTOM + 18.0,
            month.strftime("%b %y")
        );
        month = month.saturating_add(1.month());
    }

    // The Hanoi ceremony days.
    let ceremony = hanoi_ceremony();
    for day in ceremony.days() {
        let _ = writeln!(
            svg,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{1}" y2="{2:.1}" stroke="#c0392b" stroke-dasharray="2 3"/>"##,
            x(day),
            TOP,
            H - BOTTOM
        );
    }
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" fill="#c0392b">Hanoi ceremony, 25-26 Oct 2025</text>"##,
        x(ceremony.dates().latest()) + 6.0,
        TOP + 14.0
    );

    // The threshold of art. 65(1).
    let (x_end, y40) = (W - RIGHT, y(40.0));
    let _ = writeln!(
        svg,
        r##"<line x1="{LEFT}" x2="{x_end:.1}" y1="{y40:.1}" y2="{y40:.1}" stroke="#7f8c8d" stroke-width="1.5" stroke-dasharray="8 4"/>"##
    );
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#555">40 instruments: entry into force 90 days later (art. 65)</text>"##,
        x_end - 4.0,
        y40 - 6.0
    );

    let series = [
        (
            "signatories",
            "#1f5fa8",
            step(&|p| p.signatories().certain),
            step(&|p| p.signatories().possible),
        ),
        (
            "parties",
            "#1e8449",
            step(&|p| p.parties().certain),
            step(&|p| p.parties().possible),
        ),
    ];
    for (_, color, certain, possible) in &series {
        let _ = writeln!(
            svg,
            r#"<path d="{possible}" fill="none" stroke="{color}" stroke-width="1.5" stroke-dasharray="5 4" opacity="0.8"/>"#
        );
        let _ = writeln!(
            svg,
            r#"<path d="{certain}" fill="none" stroke="{color}" stroke-width="2.5"/>"#
        );
    }
    let last = points.last().copied();
    for (i, (name, color, _, _)) in series.iter().enumerate() {
        let count = last.map_or(String::new(), |p| {
            if i == 0 {
                p.signatories().to_string()
            } else {
                p.parties().to_string()
            }
        });
        let ly = H - 18.0;
        let lx = LEFT + i as f64 * 200.0;
        let _ = writeln!(
            svg,
            r#"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{color}" stroke-width="2.5"/><text x="{}" y="{}">{name}: {count}</text>"#,
            lx + 24.0,
            lx + 30.0,
            ly + 4.0
        );
    }
    let _ = writeln!(svg, "</svg>");

    match std::fs::write(&out, svg) {
        Ok(()) => println!("wrote {out}"),
        Err(e) => {
            eprintln!("chart: cannot write {out}: {e}");
            std::process::exit(2);
        }
    }
}
