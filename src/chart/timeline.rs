//! The cumulative signatories and parties of one treaty over time, with
//! the number of instruments its entry into force needs, from the treaty's
//! own rule.

use crate::base::date::Date;
use crate::chart::axis::{grid, month_label, months, nice_top};
use crate::chart::svg::{Anchor, Drawing};
use crate::record::Ceremony;
use crate::register::{OnDay, TimelinePoint};

/// How a chart is laid out: for a page or a laptop's screen, or for a
/// phone's (a third as wide, larger text, fewer ticks, the legend stacked
/// below), so that its text stays at least 10 px high on a screen 390 px
/// wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Layout {
    /// 900 by 500.
    #[default]
    Wide,
    /// 400 by 560.
    Narrow,
}

/// The frame of a layout: its size, margins and text sizes.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    h: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    /// The size of small text (ticks, labels); the legend's is one more.
    small: f64,
    narrow: bool,
}

impl Frame {
    fn of(layout: Layout) -> Frame {
        match layout {
            Layout::Wide => Frame {
                w: 900.0,
                h: 500.0,
                left: 56.0,
                right: 24.0,
                top: 74.0,
                bottom: 84.0,
                small: 11.0,
                narrow: false,
            },
            Layout::Narrow => Frame {
                w: 400.0,
                h: 560.0,
                left: 44.0,
                right: 14.0,
                top: 104.0,
                bottom: 104.0,
                small: 13.0,
                narrow: true,
            },
        }
    }
}

const SIGNATORIES: &str = "#1f5fa8";
const PARTIES: &str = "#1e8449";

/// Days from `a` to `b`.
fn days(a: Date, b: Date) -> f64 {
    a.until(b).map_or(0.0, |s| f64::from(s.get_days()))
}

/// The chart of the register's signatories and parties up to the day of
/// `on`, with a ceremony's days marked if one is given.
///
/// ```
/// use hanoi_convention::{Date, Register, chart::timeline_chart, embedded::EmbeddedTreaty};
///
/// let r = Register::embedded();
/// let chart = timeline_chart(&r.on(Date::constant(2026, 7, 31)), EmbeddedTreaty::Hanoi.ceremony());
/// let (w, h) = chart.size();
/// # assert!(chart.texts().iter().all(|t| t.left >= 0.0 && t.right <= w && t.top >= 0.0 && t.bottom <= h));
/// # assert!(chart.texts().iter().any(|t| t.text == "Oct 2025"));
/// ```
pub fn timeline_chart(on: &OnDay<'_>, ceremony: Option<&Ceremony>) -> Drawing {
    timeline_chart_in(on, ceremony, Layout::Wide)
}

/// [`timeline_chart`] in a layout: [`Layout::Narrow`] for a phone.
///
/// ```
/// use hanoi_convention::{Date, Register, chart::{Layout, timeline_chart_in}, embedded::EmbeddedTreaty};
///
/// let r = Register::embedded();
/// let chart = timeline_chart_in(&r.on(Date::constant(2026, 7, 31)), EmbeddedTreaty::Hanoi.ceremony(), Layout::Narrow);
/// let (w, h) = chart.size();
/// assert_eq!(w, 400.0);
/// # assert!(chart.texts().iter().all(|t| t.left >= 0.0 && t.right <= w && t.top >= 0.0 && t.bottom <= h));
/// ```
pub fn timeline_chart_in(on: &OnDay<'_>, ceremony: Option<&Ceremony>, layout: Layout) -> Drawing {
    let f = Frame::of(layout);
    let (w, h, left, right, top, bottom) = (f.w, f.h, f.left, f.right, f.top, f.bottom);
    let r = on.register();
    let name = r.treaty().identity().short_name();
    let rule = r.treaty().rules().entry_into_force();
    let opened = r.treaty().rules().signature().opens();
    let points: Vec<TimelinePoint<'_>> = r.timeline().into_iter().filter(|p| p.date <= on.day()).collect();
    // A day before the opening shows the months up to it.
    let start = opened.min(on.day()).first_of_month();
    let end = on.day().last_of_month();
    let span = days(start, end).max(1.0);
    let max = points
        .iter()
        .map(|p| p.signatories().possible.max(p.parties().possible))
        .chain([rule.required()])
        .max()
        .unwrap_or(1);
    let (y_top, y_step) = nice_top(f64::from(max), 5.0);
    let x = |d: Date| left + days(start, d) / span * (w - left - right);
    let y = |v: f64| h - bottom - v / y_top * (h - top - bottom);
    let mut d = Drawing::new(w, h, &format!("{name}: signatories and parties over time"));
    heading(&mut d, &f, name, on, r);
    grid(&mut d, (left, w - right), y_top, y_step, &y, f.small);
    month_ticks(&mut d, &f, start, end, &x);
    let series = [
        ("signatories", SIGNATORIES, points_of(&points, true)),
        ("parties", PARTIES, points_of(&points, false)),
    ];
    for (_, colour, values) in &series {
        steps(&mut d, values, colour, start, on.day(), &x, &y);
    }
    // A ceremony after the day shown is not on the chart.
    if let Some(c) = ceremony.filter(|c| c.dates().earliest() <= on.day()) {
        ceremony_marks(&mut d, &f, c, &x);
    }
    threshold(&mut d, &f, rule.required(), &rule.article().to_string(), &y);
    legend(&mut d, &f, &series, &points);
    d
}

/// The title and what the chart shows; on a narrow chart, a line each.
fn heading(d: &mut Drawing, f: &Frame, name: &str, on: &OnDay<'_>, r: &crate::Register) {
    let day = format!(
        "As of {}; data as of {} (version {}).",
        on.day(),
        r.as_of(),
        r.data_version()
    );
    let dashed = "Dashed: possible while a date is only known to a window.";
    if !f.narrow {
        let bold = r#"font-weight="bold""#;
        d.text(
            &format!("{name}: signatories and parties"),
            f.left,
            26.0,
            17.0,
            Anchor::Start,
            bold,
        );
        d.text(
            &format!("{day} {dashed}"),
            f.left,
            46.0,
            12.0,
            Anchor::Start,
            r##"fill="#555""##,
        );
        return;
    }
    d.text(name, 12.0, 24.0, 17.0, Anchor::Start, r#"font-weight="bold""#);
    let lines = [
        "Signatories and parties over time".to_string(),
        format!("As of {}; data as of {}", on.day(), r.as_of()),
        format!("(version {}). Dashed: possible", r.data_version()),
        "while a date is only known to a window.".to_string(),
    ];
    for (i, line) in lines.iter().enumerate() {
        d.text(
            line,
            12.0,
            44.0 + 15.0 * i as f64,
            12.0,
            Anchor::Start,
            r##"fill="#555""##,
        );
    }
}

/// [`timeline_chart`] as an SVG document.
pub fn timeline_svg(on: &OnDay<'_>, ceremony: Option<&Ceremony>) -> String {
    timeline_chart(on, ceremony).to_svg()
}

/// A curve: its name, colour, and (day, certain, possible) points.
type Series<'a> = (&'a str, &'a str, Vec<(Date, u32, u32)>);

/// (day, certain, possible) of the signatories or the parties.
fn points_of(points: &[TimelinePoint<'_>], signatories: bool) -> Vec<(Date, u32, u32)> {
    points
        .iter()
        .map(|p| {
            let c = if signatories { p.signatories() } else { p.parties() };
            (p.date, c.certain, c.possible)
        })
        .collect()
}

/// A tick and label a month, every few months when they would crowd.
fn month_ticks(d: &mut Drawing, f: &Frame, start: Date, end: Date, x: &dyn Fn(Date) -> f64) {
    let all = months(start, end, 1);
    let label_width = 64.0 * f.small / 11.0;
    let every = ((all.len() as f64 * label_width) / (f.w - f.left - f.right))
        .ceil()
        .max(1.0) as i32;
    let (b, left, w, right) = (f.h - f.bottom, f.left, f.w, f.right);
    for m in months(start, end, every) {
        d.raw(&format!(
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{b}" y2="{1}" stroke="#999"/>"##,
            x(m),
            b + 5.0
        ));
        let label = month_label(m);
        // The last label may not fit at the edge of a narrow chart: then it is left out.
        if d.fits(&label, x(m), b + 19.0, f.small, Anchor::Middle) {
            d.text(&label, x(m), b + 19.0, f.small, Anchor::Middle, "");
        }
    }
    d.raw(&format!(
        r#"<line x1="{left}" x2="{:.1}" y1="{b}" y2="{b}" stroke="black"/>"#,
        w - right
    ));
}

/// A step line of the certain counts, and a dashed one of the possible.
fn steps(
    d: &mut Drawing,
    values: &[(Date, u32, u32)],
    colour: &str,
    start: Date,
    last: Date,
    x: &dyn Fn(Date) -> f64,
    y: &dyn Fn(f64) -> f64,
) {
    for (possible, dash) in [(true, r#" stroke-dasharray="5 4" opacity="0.8""#), (false, "")] {
        let mut path = format!("M {:.1} {:.1}", x(start), y(0.0));
        let (mut px, mut py) = (x(start), y(0.0));
        for &(day, certain, maybe) in values {
            let v = f64::from(if possible { maybe } else { certain });
            d.obstacle(px, py, x(day), py);
            d.obstacle(x(day), py, x(day), y(v));
            let _ = std::fmt::Write::write_fmt(&mut path, format_args!(" H {:.1} V {:.1}", x(day), y(v)));
            (px, py) = (x(day), y(v));
        }
        d.obstacle(px, py, x(last), py);
        let _ = std::fmt::Write::write_fmt(&mut path, format_args!(" H {:.1}", x(last)));
        let width = if possible { 1.5 } else { 2.5 };
        d.raw(&format!(
            r#"<path d="{path}" fill="none" stroke="{colour}" stroke-width="{width}"{dash}/>"#
        ));
    }
}

fn ceremony_marks(d: &mut Drawing, f: &Frame, c: &Ceremony, x: &dyn Fn(Date) -> f64) {
    let (top, small) = (f.top, f.small);
    for day in c.days() {
        d.raw(&format!(
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{top}" y2="{1:.1}" stroke="#c0392b" stroke-dasharray="2 3"/>"##,
            x(day),
            f.h - f.bottom
        ));
    }
    let label = format!("{} ceremony, {}", c.city(), c.dates());
    let at = x(c.dates().latest()) + 6.0;
    let (lx, ly, anchor) = d.place(
        &label,
        small,
        &[
            (at, top + 14.0, Anchor::Start),
            (at, top + 30.0, Anchor::Start),
            (x(c.dates().earliest()) - 6.0, top + 14.0, Anchor::End),
            (f.w - f.right, top - 8.0, Anchor::End),
        ],
    );
    d.text(&label, lx, ly, small, anchor, r##"fill="#c0392b""##);
}

/// The number of instruments entry into force needs, as a dashed line
/// with its label where it covers nothing.
fn threshold(d: &mut Drawing, f: &Frame, required: u32, article: &str, y: &dyn Fn(f64) -> f64) {
    let yt = y(f64::from(required));
    let (left, small) = (f.left, f.small);
    d.raw(&format!(
        r##"<line x1="{left}" x2="{:.1}" y1="{yt:.1}" y2="{yt:.1}" stroke="#7f8c8d" stroke-width="1.5" stroke-dasharray="8 4"/>"##,
        f.w - f.right
    ));
    let art = if article.is_empty() {
        String::new()
    } else {
        format!(" (art. {article})")
    };
    let label = if f.narrow {
        format!("{required} needed for entry into force{art}")
    } else {
        format!("{required} instruments needed for entry into force{art}")
    };
    let (right, left) = (f.w - f.right - 4.0, left + 6.0);
    let (lx, ly, anchor) = d.place(
        &label,
        small,
        &[
            (right, yt - 6.0, Anchor::End),
            (right, yt + 15.0, Anchor::End),
            (left, yt - 6.0, Anchor::Start),
            (left, yt + 15.0, Anchor::Start),
        ],
    );
    d.text(&label, lx, ly, small, anchor, r##"fill="#555""##);
}

/// The legend below the chart: side by side, or stacked on a narrow one.
fn legend(d: &mut Drawing, f: &Frame, series: &[Series<'_>], points: &[TimelinePoint<'_>]) {
    let last = points.last();
    for (i, (name, colour, _)) in series.iter().enumerate() {
        let count = last.map_or("0".to_string(), |p| {
            if i == 0 { p.signatories() } else { p.parties() }.to_string()
        });
        let (lx, ly) = if f.narrow {
            (12.0, f.h - 46.0 + 22.0 * i as f64)
        } else {
            (f.left + i as f64 * 220.0, f.h - 22.0)
        };
        d.raw(&format!(
            r#"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{colour}" stroke-width="2.5"/>"#,
            lx + 24.0
        ));
        d.text(
            &format!("{name}: {count}"),
            lx + 30.0,
            ly + 4.0,
            f.small + 1.0,
            Anchor::Start,
            "",
        );
    }
}
