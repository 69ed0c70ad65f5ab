//! Consents of several treaties by time since each opened for signature:
//! by default over the first years of the youngest, so that the question
//! the chart exists for ("is it faster?") can be read off it; or over each
//! treaty's whole span.

use crate::chart::Layout;
use crate::chart::axis::{grid, nice_top};
use crate::chart::svg::{Anchor, Drawing, wrap};
use crate::compare::Pace;

/// The frame of a layout: its width, margins and text sizes.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    left: f64,
    /// The right margin, where each curve's count is written (none on a
    /// phone: the counts go into the legend).
    right: f64,
    top: f64,
    plot_h: f64,
    /// Ticks and labels; the legend's and the axis title's is one more.
    small: f64,
    narrow: bool,
}

impl Frame {
    fn of(layout: Layout) -> Frame {
        match layout {
            Layout::Narrow => Frame {
                w: 400.0,
                left: 40.0,
                right: 14.0,
                top: 0.0,
                plot_h: 300.0,
                small: 12.0,
                narrow: true,
            },
            Layout::Wide => Frame {
                w: 940.0,
                left: 56.0,
                right: 190.0,
                top: 74.0,
                plot_h: 330.0,
                small: 11.0,
                narrow: false,
            },
        }
    }
}

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
    pace_chart_in(paces, window, Layout::Wide)
}

/// [`pace_chart`] in a layout: [`Layout::Narrow`] for a phone (400 wide,
/// larger text, fewer ticks, the title wrapped, each treaty's count in the
/// legend below rather than in a margin).
///
/// ```
/// use hanoi_convention::{chart::{Layout, PaceWindow, pace_chart_in}, compare::Pace, embedded::EmbeddedTreaty};
///
/// let paces: Vec<Pace> = EmbeddedTreaty::ALL.iter()
///     .map(|t| { let r = t.register(); Pace::of(&r.on(r.as_of()), &[1, 5]) })
///     .collect();
/// let chart = pace_chart_in(&paces, PaceWindow::Youngest, Layout::Narrow);
/// assert_eq!(chart.size().0, 400.0);
/// assert!(chart.texts().iter().all(|t| t.left >= 0.0 && t.right <= 400.0));
/// ```
pub fn pace_chart_in(paces: &[Pace], window: PaceWindow, layout: Layout) -> Drawing {
    let f = Frame::of(layout);
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
    let (titles, notes) = heading_lines(&f, &title);
    let f = Frame {
        top: if f.narrow {
            24.0 + 21.0 * titles.len() as f64 + 15.0 * notes.len() as f64 + 24.0
        } else {
            f.top
        },
        ..f
    };
    let ends: Vec<(usize, u32, u32, i64)> = paces
        .iter()
        .enumerate()
        .map(|(k, p)| {
            (
                k,
                counted(&p.curve),
                counted(&p.possible_curve),
                p.span().min(limit),
            )
        })
        .collect();
    let entries = legend_entries(&f, paces, &ends, y_top);
    let line = f.small + 5.0;
    let legend_h: f64 = entries.iter().map(|e| line * e.len() as f64 + 6.0).sum::<f64>() + 20.0;
    let height = f.top + f.plot_h + 56.0 + legend_h;
    let x = |days: i64| f.left + (days.min(limit) as f64 / limit as f64) * (f.w - f.left - f.right);
    let y = |n: f64| f.top + f.plot_h - n / y_top * f.plot_h;
    let mut d = Drawing::new(f.w, height, &title);
    heading(&mut d, &f, &titles, &notes);
    axes(&mut d, &f, y_top, y_step, limit, &x, &y);
    for (k, p) in paces.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        for (curve, dash) in [(&p.possible_curve, r#" stroke-dasharray="5 4""#), (&p.curve, "")] {
            curve_path(&mut d, curve, p.span().min(limit), colour, dash, &x, &y);
        }
    }
    for (k, p) in paces.iter().enumerate() {
        if f64::from(p.required) <= y_top {
            threshold(&mut d, &f, p, COLOURS[k % COLOURS.len()], &y);
        }
    }
    if !f.narrow {
        end_labels(&mut d, &f, paces, &ends, &y);
    }
    legend(&mut d, &f, &entries, f.top + f.plot_h + 52.0);
    d
}

/// The title and the note under it, in lines: one each, or wrapped to a
/// phone's width (the plot then starts below them).
fn heading_lines(f: &Frame, title: &str) -> (Vec<String>, Vec<String>) {
    let note = "Solid: certain; dashed: possible while a deposit is only known to a window. Each curve ends on its data's as-of date.";
    if f.narrow {
        (wrap(title, 17.0, f.w - 24.0), wrap(note, f.small, f.w - 24.0))
    } else {
        (vec![title.to_string()], vec![note.to_string()])
    }
}

fn heading(d: &mut Drawing, f: &Frame, titles: &[String], notes: &[String]) {
    let x0 = if f.narrow { 12.0 } else { f.left };
    for (i, t) in titles.iter().enumerate() {
        d.text(
            t,
            x0,
            26.0 + 21.0 * i as f64,
            17.0,
            Anchor::Start,
            r#"font-weight="bold""#,
        );
    }
    let below = 26.0 + 21.0 * (titles.len().max(1) - 1) as f64;
    let size = if f.narrow { f.small } else { 12.0 };
    for (i, n) in notes.iter().enumerate() {
        d.text(
            n,
            x0,
            below + 20.0 + 15.0 * i as f64,
            size,
            Anchor::Start,
            r##"fill="#555""##,
        );
    }
}

/// The count at the window's end, as a range while a deposit is only
/// known to a window.
fn count_text(certain: u32, possible: u32) -> String {
    if certain == possible {
        format!("{certain}")
    } else {
        format!("{certain} to {possible}")
    }
}

/// [`pace_chart`] as an SVG document.
pub fn pace_svg(paces: &[Pace], window: PaceWindow) -> String {
    pace_chart(paces, window).to_svg()
}

fn axes(
    d: &mut Drawing,
    f: &Frame,
    y_top: f64,
    y_step: f64,
    limit: i64,
    x: &dyn Fn(i64) -> f64,
    y: &dyn Fn(f64) -> f64,
) {
    let (left, right) = (f.left, f.w - f.right);
    grid(d, (left, right), y_top, y_step, y, f.small);
    let b = y(0.0);
    d.raw(&format!(
        r#"<line x1="{left}" x2="{right:.1}" y1="{b}" y2="{b}" stroke="black"/>"#
    ));
    // Months for up to three years, years beyond; half as many ticks on a phone.
    let years = limit as f64 / 365.25;
    let (unit, every, label): (f64, f64, &str) = if years <= 3.0 {
        (
            365.25 / 12.0,
            match (years <= 1.0, f.narrow) {
                (true, false) => 1.0,
                (true, true) => 2.0,
                (false, false) => 3.0,
                (false, true) => 6.0,
            },
            "months since opening for signature",
        )
    } else {
        (
            365.25,
            (years / if f.narrow { 5.0 } else { 10.0 }).ceil().max(1.0),
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
        d.text(&format!("{t}"), px, b + 19.0, f.small, Anchor::Middle, "");
        t += every;
    }
    d.text(
        label,
        (left + right) / 2.0,
        b + 38.0,
        f.small + 1.0,
        Anchor::Middle,
        "",
    );
    d.text(
        "consents",
        if f.narrow { left } else { left - 6.0 },
        f.top - 10.0,
        f.small,
        if f.narrow { Anchor::Start } else { Anchor::Middle },
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
fn threshold(d: &mut Drawing, f: &Frame, p: &Pace, colour: &str, y: &dyn Fn(f64) -> f64) {
    let yt = y(f64::from(p.required));
    let (left, right) = (f.left, f.w - f.right);
    d.raw(&format!(
        r#"<line x1="{left}" x2="{right:.1}" y1="{yt:.1}" y2="{yt:.1}" stroke="{colour}" stroke-width="1" stroke-dasharray="2 4"/>"#
    ));
    // On a phone the line's colour names the treaty (the legend says what it needs).
    let label = if f.narrow {
        format!("{} needed", p.required)
    } else {
        format!("{} needed by the {}", p.required, p.treaty)
    };
    let below = f.small + 3.0;
    let candidates = [
        (left + 6.0, yt - 5.0, Anchor::Start),
        (left + 6.0, yt + below, Anchor::Start),
        (right - 4.0, yt - 5.0, Anchor::End),
        (right - 4.0, yt + below, Anchor::End),
    ];
    let (lx, ly, anchor) = d.place(&label, f.small, &candidates);
    d.text(&label, lx, ly, f.small, anchor, &format!(r#"fill="{colour}""#));
}

/// Each treaty's count where its curve ends, in the margin on the right,
/// nudged apart when two would meet.
fn end_labels(
    d: &mut Drawing,
    f: &Frame,
    paces: &[Pace],
    ends: &[(usize, u32, u32, i64)],
    y: &dyn Fn(f64) -> f64,
) {
    let mut order: Vec<&(usize, u32, u32, i64)> = ends.iter().collect();
    order.sort_by_key(|e| std::cmp::Reverse(e.1));
    let mut last_y = f64::NEG_INFINITY;
    for &&(k, certain, possible, _) in &order {
        let label = end_label(f, &paces[k].treaty, &count_text(certain, possible));
        let mut ly = y(f64::from(certain)) + 4.0;
        if ly < last_y + 15.0 {
            ly = last_y + 15.0;
        }
        last_y = ly;
        d.text(
            &label,
            f.w - f.right + 8.0,
            ly,
            f.small,
            Anchor::Start,
            &format!(r#"fill="{}""#, COLOURS[k % COLOURS.len()]),
        );
    }
}

/// `name` and `count` as an end label no wider than the right margin:
/// the name cut at a character, with an ellipsis, where it must be.
fn end_label(f: &Frame, name: &str, count: &str) -> String {
    let room = f.right - 12.0;
    let fits = |s: &str| Drawing::measure(s, 0.0, 0.0, f.small, Anchor::Start).right <= room;
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
/// when one would not fit the width (a name too long for a line is cut);
/// on a phone, wrapped to the width, with the count at the window's end.
fn legend_entries(
    f: &Frame,
    paces: &[Pace],
    ends: &[(usize, u32, u32, i64)],
    y_top: f64,
) -> Vec<Vec<String>> {
    let size = f.small + 1.0;
    let room = f.w - f.left - 30.0 - 8.0;
    let fits = |s: &str| Drawing::measure(s, 0.0, 0.0, size, Anchor::Start).right <= room;
    paces
        .iter()
        .zip(ends)
        .map(|(p, &(_, certain, possible, _))| {
            let off = if f64::from(p.required) <= y_top {
                ""
            } else {
                " (off this scale)"
            };
            let rest = format!(
                "opened {}, data to {}; needs {} for entry into force{off}",
                p.opened, p.data_as_of, p.required
            );
            if f.narrow {
                let one = format!(
                    "{}: {} at the end; {rest}",
                    p.treaty,
                    count_text(certain, possible)
                );
                return wrap(&one, size, room);
            }
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

fn legend(d: &mut Drawing, f: &Frame, entries: &[Vec<String>], top: f64) {
    let (size, line) = (f.small + 1.0, f.small + 5.0);
    let mut ly = top + 14.0;
    for (k, lines) in entries.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        d.raw(&format!(
            r#"<line x1="{}" x2="{}" y1="{ly}" y2="{ly}" stroke="{colour}" stroke-width="3"/>"#,
            f.left,
            f.left + 24.0
        ));
        for (i, text) in lines.iter().enumerate() {
            d.text(
                text,
                f.left + 30.0,
                ly + 4.0 + line * i as f64,
                size,
                Anchor::Start,
                "",
            );
        }
        ly += line * lines.len() as f64 + 6.0;
    }
}
