//! How fast a treaty gathered consents: days from its opening for signature
//! to its 1st, 5th, 10th ... consent and to its entry into force, and the
//! cumulative curve, for treaties side by side.

use std::fmt::Write as _;

use crate::base::date::{Date, DateWindow};
use crate::register::Register;

/// The milestones a pace table shows by default: the 1st, 5th, 10th, 20th
/// and 40th consent.
pub const MILESTONES: [u32; 5] = [1, 5, 10, 20, 40];

/// A number of days known to lie in a range (both ends inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Days {
    /// The fewest days it can be.
    pub earliest: i64,
    /// The most days it can be.
    pub latest: i64,
}

impl std::fmt::Display for Days {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.earliest == self.latest {
            write!(f, "{}", self.earliest)
        } else {
            write!(f, "{}-{}", self.earliest, self.latest)
        }
    }
}

/// Days from the opening to the n-th consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Milestone {
    /// Which consent: 1 for the first.
    pub consent: u32,
    /// Days after the opening (none if not reached by the data's as-of date).
    pub days: Option<Days>,
}

/// A treaty's pace.
///
/// ```
/// use hanoi_convention::{compare::Pace, embedded::EmbeddedTreaty};
///
/// let budapest = Pace::of(EmbeddedTreaty::Budapest.register(), &[1, 5]);
/// // Opened on 23 November 2001; Albania ratified first, on 20 June 2002;
/// // the fifth consent was Lithuania's, on 18 March 2004.
/// assert_eq!(budapest.milestones[0].days.map(|d| d.latest), Some(209));
/// assert_eq!(budapest.milestones[1].days.map(|d| d.latest), Some(846));
/// assert_eq!(budapest.entry_into_force.map(|d| d.latest), Some(951));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Pace {
    /// The treaty's short name.
    pub treaty: String,
    /// The day it opened for signature.
    pub opened: Date,
    /// Consents needed for entry into force.
    pub required: u32,
    /// The data's as-of date.
    pub as_of: Date,
    /// Days to each milestone.
    pub milestones: Vec<Milestone>,
    /// Days to entry into force (none if not in force, or not yet known).
    pub entry_into_force: Option<Days>,
    /// The cumulative curve: (days after opening, consents certainly
    /// deposited by then), a point per day the count changed.
    pub curve: Vec<(i64, u32)>,
}

fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |s| i64::from(s.get_days()))
}

impl Pace {
    /// The pace of the register's treaty: each participant's first
    /// instrument of consent counts once.
    pub fn of(r: &Register, milestones: &[u32]) -> Pace {
        let opened = r.treaty().rules().signature().opens();
        let consents: Vec<DateWindow> = (0..r.participants().len())
            .filter_map(|i| r.first_consent(i))
            .collect();
        let mut starts: Vec<Date> = consents.iter().map(DateWindow::earliest).collect();
        let mut ends: Vec<Date> = consents.iter().map(DateWindow::latest).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let days = |d: Date| days_between(opened, d);
        let milestones = milestones
            .iter()
            .map(|&n| Milestone {
                consent: n,
                days: (n >= 1 && (n as usize) <= starts.len()).then(|| Days {
                    earliest: days(starts[n as usize - 1]),
                    latest: days(ends[n as usize - 1]),
                }),
            })
            .collect();
        let mut curve: Vec<(i64, u32)> = Vec::new();
        for (k, d) in ends.iter().enumerate() {
            let x = days(*d);
            match curve.last_mut() {
                Some(last) if last.0 == x => last.1 = k as u32 + 1,
                _ => curve.push((x, k as u32 + 1)),
            }
        }
        Pace {
            treaty: r.treaty().identity().short_name().to_string(),
            opened,
            required: r.treaty().rules().entry_into_force().required(),
            as_of: r.as_of(),
            milestones,
            entry_into_force: r.entry_into_force().window().map(|w| Days {
                earliest: days(w.earliest()),
                latest: days(w.latest()),
            }),
            curve,
        }
    }
}

const COLOURS: [&str; 6] = ["#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#555555"];

/// An SVG chart of cumulative consents against days since each treaty
/// opened for signature, one line per treaty, with a dashed line at
/// `threshold` consents (the Hanoi Convention's 40 instruments).
///
/// ```
/// use hanoi_convention::{Register, compare::{MILESTONES, Pace, pace_svg}, embedded::EmbeddedTreaty};
///
/// let paces = [Pace::of(Register::embedded(), &MILESTONES), Pace::of(EmbeddedTreaty::Budapest.register(), &MILESTONES)];
/// let svg = pace_svg(&paces, Some(40));
/// assert!(svg.starts_with("<svg") && svg.contains("Budapest Convention"));
/// ```
pub fn pace_svg(paces: &[Pace], threshold: Option<u32>) -> String {
    const W: f64 = 900.0;
    const H: f64 = 480.0;
    const LEFT: f64 = 60.0;
    const RIGHT: f64 = 220.0;
    const TOP: f64 = 40.0;
    const BOTTOM: f64 = 50.0;
    let max_x = paces
        .iter()
        .flat_map(|p| {
            p.curve
                .last()
                .map(|c| c.0)
                .into_iter()
                .chain([days_between(p.opened, p.as_of)])
        })
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let max_y = paces
        .iter()
        .filter_map(|p| p.curve.last().map(|c| c.1))
        .chain(threshold)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let x = |d: i64| LEFT + (d as f64 / max_x) * (W - LEFT - RIGHT);
    let y = |n: u32| H - BOTTOM - (f64::from(n) / max_y) * (H - TOP - BOTTOM);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="22" font-size="15" font-weight="bold">Consents to be bound, by days since opening for signature</text>"#
    );
    // Axes, with a tick every year.
    let _ = writeln!(
        s,
        r#"<line x1="{LEFT}" y1="{b}" x2="{r}" y2="{b}" stroke="black"/><line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{b}" stroke="black"/>"#,
        b = H - BOTTOM,
        r = W - RIGHT
    );
    let years = (max_x / 365.0).ceil() as i64;
    let step = (years / 12).max(1);
    for year in (0..=years).step_by(step as usize) {
        let px = x(year * 365);
        let _ = writeln!(
            s,
            r#"<text x="{px:.1}" y="{}" text-anchor="middle">{year}y</text>"#,
            H - BOTTOM + 16.0
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="middle">years since opening</text>"#,
        (LEFT + W - RIGHT) / 2.0,
        H - 12.0
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="end">{max_y}</text>"#,
        LEFT - 6.0,
        y(max_y as u32) + 4.0
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="end">0</text>"#,
        LEFT - 6.0,
        y(0) + 4.0
    );
    if let Some(t) = threshold {
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{py:.1}" x2="{r}" y2="{py:.1}" stroke="#888" stroke-dasharray="6 4"/><text x="{r}" y="{ty:.1}" text-anchor="end" fill="#555">{t}: Hanoi Convention's threshold for entry into force</text>"##,
            py = y(t),
            ty = y(t) - 5.0,
            r = W - RIGHT
        );
    }
    for (k, p) in paces.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        // A step line: the count holds until the next deposit.
        let mut points = vec![format!("{:.1},{:.1}", x(0), y(0))];
        let mut last = 0;
        for &(d, n) in &p.curve {
            points.push(format!("{:.1},{:.1}", x(d), y(last)));
            points.push(format!("{:.1},{:.1}", x(d), y(n)));
            last = n;
        }
        points.push(format!(
            "{:.1},{:.1}",
            x(days_between(p.opened, p.as_of)),
            y(last)
        ));
        let _ = writeln!(
            s,
            r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
            points.join(" ")
        );
        let ly = TOP + 20.0 * k as f64;
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="14" height="4" fill="{colour}"/><text x="{}" y="{}">{} ({} to {})</text>"#,
            W - RIGHT + 10.0,
            ly - 4.0,
            W - RIGHT + 30.0,
            ly,
            escape(&p.treaty),
            p.opened.year(),
            p.as_of
        );
    }
    s.push_str("</svg>\n");
    s
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
