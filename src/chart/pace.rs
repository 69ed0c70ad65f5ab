//! Consents of several treaties by time since each opened for signature:
//! by default over the first years of the youngest, so that the question
//! the chart exists for ("is it faster?") can be read off it; or over each
//! treaty's whole span.

use crate::chart::axis::{grid, nice_top};
use crate::chart::svg::{Anchor, Drawing};
use crate::compare::Pace;

const W: f64 = 940.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 190.0;
const TOP: f64 = 74.0;
const PLOT_H: f64 = 330.0;
const COLOURS: [&str; 6] = ["#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#555555"];

/// How much of each treaty's history a pace chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum PaceWindow {
    /// The first whole years since opening that the youngest treaty has
    /// lived (at least one): every treaty compared at the same age.
    #[default]
    Youngest,
    /// Each treaty's whole span, to the longest.
    WholeSpan,
}

/// The chart of `paces`: cumulative consents (solid: certain; dashed:
/// possible while a deposit is only known to a window) by time since each
/// treaty opened, with each treaty's count at the window's end and the
/// number its entry into force needs where that fits the scale.
///
/// ```
/// use hanoi_convention::{chart::{PaceWindow, pace_chart}, compare::Pace, embedded::EmbeddedTreaty};
///
/// let paces: Vec<Pace> = EmbeddedTreaty::ALL.iter()
///     .map(|t| { let r = t.register(); Pace::of(&r.on(r.as_of()), &[1, 5]) })
///     .collect();
/// let chart = pace_chart(&paces, PaceWindow::Youngest);
/// let (w, h) = chart.size();
/// # assert!(chart.texts().iter().all(|t| t.left >= 0.0 && t.right <= w && t.top >= 0.0 && t.bottom <= h));
/// # assert!(chart.texts().iter().any(|t| t.text.starts_with("Consents to be bound in the first 12 months")));
/// ```
pub fn pace_chart(paces: &[Pace], window: PaceWindow) -> Drawing {
    let youngest = paces.iter().map(Pace::span).min().unwrap_or(365).max(1);
    let longest = paces.iter().map(Pace::span).max().unwrap_or(365).max(1);
    let (limit, title) = match window {
        PaceWindow::Youngest => {
            let years = ((youngest as f64) / 365.25).ceil().max(1.0);
            let months = (years * 12.0) as i64;
            (
                (years * 365.25).round() as i64,
                format!("Consents to be bound in the first {months} months after opening for signature"),
            )
        }
        PaceWindow::WholeSpan => (
            longest,
            "Consents to be bound since opening for signature".to_string(),
        ),
    };
    let counted = |curve: &[(i64, u32)]| {
        curve
            .iter()
            .filter(|c| c.0 <= limit)
            .map(|c| c.1)
            .max()
            .unwrap_or(0)
    };
    let max = paces
        .iter()
        .map(|p| counted(&p.possible_curve))
        .max()
        .unwrap_or(0)
        .max(1);
    let (y_top, y_step) = nice_top(f64::from(max), 5.0);
    let entries = legend_entries(paces, y_top);
    let legend_h: f64 = entries.iter().map(|e| 16.0 * e.len() as f64 + 6.0).sum::<f64>() + 20.0;
    let height = TOP + PLOT_H + 56.0 + legend_h;
    let x = |days: i64| LEFT + (days.min(limit) as f64 / limit as f64) * (W - LEFT - RIGHT);
    let y = |n: f64| TOP + PLOT_H - n / y_top * PLOT_H;
    let mut d = Drawing::new(W, height, &title);
    d.text(&title, LEFT, 26.0, 17.0, Anchor::Start, r#"font-weight="bold""#);
    d.text(
        "Solid: certain; dashed: possible while a deposit is only known to a window. Each curve ends on its data's as-of date.",
        LEFT,
        46.0,
        12.0,
        Anchor::Start,
        r##"fill="#555""##,
    );
    axes(&mut d, y_top, y_step, limit, &x, &y);
    let mut ends = Vec::new();
    for (k, p) in paces.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        for (curve, dash) in [(&p.possible_curve, r#" stroke-dasharray="5 4""#), (&p.curve, "")] {
            curve_path(&mut d, curve, p.span().min(limit), colour, dash, &x, &y);
        }
        ends.push((
            k,
            counted(&p.curve),
            counted(&p.possible_curve),
            p.span().min(limit),
        ));
    }
    for (k, p) in paces.iter().enumerate() {
        if f64::from(p.required) <= y_top {
            threshold(&mut d, p, COLOURS[k % COLOURS.len()], &y);
        }
    }
    end_labels(&mut d, paces, &ends, &x, &y);
    legend(&mut d, &entries, TOP + PLOT_H + 52.0);
    d
}

/// [`pace_chart`] as an SVG document.
pub fn pace_svg(paces: &[Pace], window: PaceWindow) -> String {
    pace_chart(paces, window).to_svg()
}

fn axes(
    d: &mut Drawing,
    y_top: f64,
    y_step: f64,
    limit: i64,
    x: &dyn Fn(i64) -> f64,
    y: &dyn Fn(f64) -> f64,
) {
    grid(d, (LEFT, W - RIGHT), y_top, y_step, y, 11.0);
    let b = y(0.0);
    d.raw(&format!(
        r#"<line x1="{LEFT}" x2="{:.1}" y1="{b}" y2="{b}" stroke="black"/>"#,
        W - RIGHT
    ));
    // Months for up to three years, years beyond.
    let years = limit as f64 / 365.25;
    let (unit, every, label): (f64, f64, &str) = if years <= 3.0 {
        (
            365.25 / 12.0,
            if years <= 1.0 { 1.0 } else { 3.0 },
            "months since opening for signature",
        )
    } else {
        (
            365.25,
            (years / 10.0).ceil().max(1.0),
            "years since opening for signature",
        )
    };
    let mut t = 0.0;
    while t * unit <= limit as f64 + 1.0 {
        let px = x((t * unit).round() as i64);
        d.raw(&format!(
            r##"<line x1="{px:.1}" x2="{px:.1}" y1="{b}" y2="{}" stroke="#999"/>"##,
            b + 5.0
        ));
        d.text(&format!("{t}"), px, b + 19.0, 11.0, Anchor::Middle, "");
        t += every;
    }
    d.text(
        label,
        (LEFT + W - RIGHT) / 2.0,
        b + 38.0,
        12.0,
        Anchor::Middle,
        "",
    );
    d.text(
        "consents",
        LEFT - 6.0,
        TOP - 10.0,
        11.0,
        Anchor::Middle,
        r##"fill="#555""##,
    );
}

/// A step line through `curve` from the opening to `last` days.
fn curve_path(
    d: &mut Drawing,
    curve: &[(i64, u32)],
    last: i64,
    colour: &str,
    dash: &str,
    x: &dyn Fn(i64) -> f64,
    y: &dyn Fn(f64) -> f64,
) {
    let mut path = format!("M {:.1} {:.1}", x(0), y(0.0));
    let (mut px, mut py) = (x(0), y(0.0));
    for &(days, n) in curve.iter().filter(|c| c.0 <= last) {
        d.obstacle(px, py, x(days), py);
        d.obstacle(x(days), py, x(days), y(f64::from(n)));
        path.push_str(&format!(" H {:.1} V {:.1}", x(days), y(f64::from(n))));
        (px, py) = (x(days), y(f64::from(n)));
    }
    d.obstacle(px, py, x(last), py);
    path.push_str(&format!(" H {:.1}", x(last)));
    d.raw(&format!(
        r#"<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"#
    ));
}

/// The number a treaty needs, as a dashed line in its colour.
fn threshold(d: &mut Drawing, p: &Pace, colour: &str, y: &dyn Fn(f64) -> f64) {
    let yt = y(f64::from(p.required));
    d.raw(&format!(
        r#"<line x1="{LEFT}" x2="{:.1}" y1="{yt:.1}" y2="{yt:.1}" stroke="{colour}" stroke-width="1" stroke-dasharray="2 4"/>"#,
        W - RIGHT
    ));
    let label = format!("{} needed by the {}", p.required, p.treaty);
    let candidates = [
        (LEFT + 6.0, yt - 5.0, Anchor::Start),
        (LEFT + 6.0, yt + 14.0, Anchor::Start),
        (W - RIGHT - 4.0, yt - 5.0, Anchor::End),
        (W - RIGHT - 4.0, yt + 14.0, Anchor::End),
    ];
    let (lx, ly, anchor) = d.place(&label, 11.0, &candidates);
    d.text(&label, lx, ly, 11.0, anchor, &format!(r#"fill="{colour}""#));
}

/// Each treaty's count where its curve ends, in the margin on the right,
/// nudged apart when two would meet.
fn end_labels(
    d: &mut Drawing,
    paces: &[Pace],
    ends: &[(usize, u32, u32, i64)],
    _x: &dyn Fn(i64) -> f64,
    y: &dyn Fn(f64) -> f64,
) {
    let mut order: Vec<&(usize, u32, u32, i64)> = ends.iter().collect();
    order.sort_by_key(|e| std::cmp::Reverse(e.1));
    let mut last_y = f64::NEG_INFINITY;
    for &&(k, certain, possible, _) in &order {
        let count = if certain == possible {
            format!("{certain}")
        } else {
            format!("{certain} to {possible}")
        };
        let label = end_label(&paces[k].treaty, &count);
        let mut ly = y(f64::from(certain)) + 4.0;
        if ly < last_y + 15.0 {
            ly = last_y + 15.0;
        }
        last_y = ly;
        d.text(
            &label,
            W - RIGHT + 8.0,
            ly,
            11.0,
            Anchor::Start,
            &format!(r#"fill="{}""#, COLOURS[k % COLOURS.len()]),
        );
    }
}

/// `name` and `count` as an end label no wider than the right margin:
/// the name cut at a character, with an ellipsis, where it must be.
fn end_label(name: &str, count: &str) -> String {
    let room = RIGHT - 12.0;
    let fits = |s: &str| Drawing::measure(s, 0.0, 0.0, 11.0, Anchor::Start).right <= room;
    let whole = format!("{name}: {count}");
    if fits(&whole) {
        return whole;
    }
    let chars: Vec<char> = name.chars().collect();
    (1..chars.len())
        .rev()
        .map(|n| format!("{}…: {count}", chars[..n].iter().collect::<String>().trim_end()))
        .find(|s| fits(s))
        .unwrap_or_else(|| count.to_string())
}

/// Each treaty's legend entry: one line, or its name and the rest on two
/// when one would not fit the width (a name too long for a line is cut).
fn legend_entries(paces: &[Pace], y_top: f64) -> Vec<Vec<String>> {
    let room = W - LEFT - 30.0 - 8.0;
    let fits = |s: &str| Drawing::measure(s, 0.0, 0.0, 12.0, Anchor::Start).right <= room;
    paces
        .iter()
        .map(|p| {
            let off = if f64::from(p.required) <= y_top {
                ""
            } else {
                " (off this scale)"
            };
            let rest = format!(
                "opened {}, data to {}; needs {} for entry into force{off}",
                p.opened, p.data_as_of, p.required
            );
            let one = format!("{}: {rest}", p.treaty);
            if fits(&one) {
                return vec![one];
            }
            let chars: Vec<char> = p.treaty.chars().collect();
            let name = (1..=chars.len())
                .rev()
                .map(|n| {
                    let cut: String = chars[..n].iter().collect();
                    if n == chars.len() {
                        cut
                    } else {
                        format!("{}…", cut.trim_end())
                    }
                })
                .find(|s| fits(s))
                .unwrap_or_default();
            vec![name, rest]
        })
        .collect()
}

fn legend(d: &mut Drawing, entries: &[Vec<String>], top: f64) {
    let mut ly = top + 14.0;
    for (k, lines) in entries.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        d.raw(&format!(
            r#"<line x1="{LEFT}" x2="{}" y1="{ly}" y2="{ly}" stroke="{colour}" stroke-width="3"/>"#,
            LEFT + 24.0
        ));
        for (i, line) in lines.iter().enumerate() {
            d.text(
                line,
                LEFT + 30.0,
                ly + 4.0 + 16.0 * i as f64,
                12.0,
                Anchor::Start,
                "",
            );
        }
        ly += 16.0 * lines.len() as f64 + 6.0;
    }
}
