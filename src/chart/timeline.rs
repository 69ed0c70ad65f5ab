//! The cumulative signatories and parties of one treaty over time, with
//! the number of instruments its entry into force needs, from the treaty's
//! own rule.

use crate::base::date::Date;
use crate::chart::axis::{grid, month_label, months, nice_top};
use crate::chart::svg::{Anchor, Drawing};
use crate::record::Ceremony;
use crate::register::{OnDay, TimelinePoint};

const W: f64 = 900.0;
const H: f64 = 500.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 74.0;
const BOTTOM: f64 = 84.0;

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
/// use hanoi_convention::{Date, Register, chart::timeline_chart, embedded::hanoi_ceremony};
///
/// let r = Register::embedded();
/// let chart = timeline_chart(&r.on(Date::constant(2026, 7, 31)), Some(hanoi_ceremony()));
/// let (w, h) = chart.size();
/// assert!(chart.texts().iter().all(|t| t.left >= 0.0 && t.right <= w && t.top >= 0.0 && t.bottom <= h));
/// assert!(chart.texts().iter().any(|t| t.text == "Oct 2025"));
/// ```
pub fn timeline_chart(on: &OnDay<'_>, ceremony: Option<&Ceremony>) -> Drawing {
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
    let x = |d: Date| LEFT + days(start, d) / span * (W - LEFT - RIGHT);
    let y = |v: f64| H - BOTTOM - v / y_top * (H - TOP - BOTTOM);
    let mut d = Drawing::new(W, H, &format!("{name}: signatories and parties over time"));
    d.text(
        &format!("{name}: signatories and parties"),
        LEFT,
        26.0,
        17.0,
        Anchor::Start,
        r#"font-weight="bold""#,
    );
    d.text(
        &format!(
            "As of {}; data as of {} (version {}). Dashed: possible while a date is only known to a window.",
            on.day(),
            r.as_of(),
            r.data_version()
        ),
        LEFT,
        46.0,
        12.0,
        Anchor::Start,
        r##"fill="#555""##,
    );
    grid(&mut d, (LEFT, W - RIGHT), y_top, y_step, &y);
    month_ticks(&mut d, start, end, &x);
    let series = [
        ("signatories", SIGNATORIES, points_of(&points, true)),
        ("parties", PARTIES, points_of(&points, false)),
    ];
    for (_, colour, values) in &series {
        steps(&mut d, values, colour, start, on.day(), &x, &y);
    }
    // A ceremony after the day shown is not on the chart.
    if let Some(c) = ceremony.filter(|c| c.dates().earliest() <= on.day()) {
        ceremony_marks(&mut d, c, &x);
    }
    threshold(&mut d, rule.required(), &rule.article().to_string(), &y);
    legend(&mut d, &series, &points);
    d
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
fn month_ticks(d: &mut Drawing, start: Date, end: Date, x: &dyn Fn(Date) -> f64) {
    let all = months(start, end, 1);
    let label_width = 64.0;
    let every = ((all.len() as f64 * label_width) / (W - LEFT - RIGHT))
        .ceil()
        .max(1.0) as i32;
    let b = H - BOTTOM;
    for m in months(start, end, every) {
        d.raw(&format!(
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{b}" y2="{1}" stroke="#999"/>"##,
            x(m),
            b + 5.0
        ));
        d.text(&month_label(m), x(m), b + 19.0, 11.0, Anchor::Middle, "");
    }
    d.raw(&format!(
        r#"<line x1="{LEFT}" x2="{:.1}" y1="{b}" y2="{b}" stroke="black"/>"#,
        W - RIGHT
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

fn ceremony_marks(d: &mut Drawing, c: &Ceremony, x: &dyn Fn(Date) -> f64) {
    for day in c.days() {
        d.raw(&format!(
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="{TOP}" y2="{1:.1}" stroke="#c0392b" stroke-dasharray="2 3"/>"##,
            x(day),
            H - BOTTOM
        ));
    }
    let label = format!("{} ceremony, {}", c.city(), c.dates());
    let at = x(c.dates().latest()) + 6.0;
    let (lx, ly, anchor) = d.place(
        &label,
        11.0,
        &[
            (at, TOP + 14.0, Anchor::Start),
            (at, TOP + 30.0, Anchor::Start),
            (x(c.dates().earliest()) - 6.0, TOP + 14.0, Anchor::End),
        ],
    );
    d.text(&label, lx, ly, 11.0, anchor, r##"fill="#c0392b""##);
}

/// The number of instruments entry into force needs, as a dashed line
/// with its label where it covers nothing.
fn threshold(d: &mut Drawing, required: u32, article: &str, y: &dyn Fn(f64) -> f64) {
    let yt = y(f64::from(required));
    d.raw(&format!(
        r##"<line x1="{LEFT}" x2="{:.1}" y1="{yt:.1}" y2="{yt:.1}" stroke="#7f8c8d" stroke-width="1.5" stroke-dasharray="8 4"/>"##,
        W - RIGHT
    ));
    let art = if article.is_empty() {
        String::new()
    } else {
        format!(" (art. {article})")
    };
    let label = format!("{required} instruments needed for entry into force{art}");
    let (right, left) = (W - RIGHT - 4.0, LEFT + 6.0);
    let (lx, ly, anchor) = d.place(
        &label,
        11.0,
        &[
            (right, yt - 6.0, Anchor::End),
            (right, yt + 15.0, Anchor::End),
            (left, yt - 6.0, Anchor::Start),
            (left, yt + 15.0, Anchor::Start),
        ],
    );
    d.text(&label, lx, ly, 11.0, anchor, r##"fill="#555""##);
}

fn legend(d: &mut Drawing, series: &[Series<'_>], points: &[TimelinePoint<'_>]) {
    let ly = H - 22.0;
    let last = points.last();
    for (i, (name, colour, _)) in series.iter().enumerate() {
        let count = last.map_or("0".to_string(), |p| {
            if i == 0 { p.signatories() } else { p.parties() }.to_string()
        });
        let lx = LEFT + i as f64 * 220.0;
        d.raw(&format!(
            r#"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{colour}" stroke-width="2.5"/>"#,
            lx + 24.0
        ));
        d.text(
            &format!("{name}: {count}"),
            lx + 30.0,
            ly + 4.0,
            12.0,
            Anchor::Start,
            "",
        );
    }
}
