//! Axis ticks: round values for counts, calendar months for dates.

use crate::base::date::Date;
use crate::chart::svg::{Anchor, Drawing};

/// A step for about `target` ticks from 0 to `max`: 1, 2 or 5 times a
/// power of ten.
pub(crate) fn nice_step(max: f64, target: f64) -> f64 {
    let raw = (max / target.max(1.0)).max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// The top of an axis from 0 that holds `max`: the next multiple of the step.
pub(crate) fn nice_top(max: f64, target: f64) -> (f64, f64) {
    let step = nice_step(max, target);
    let top = ((max / step).ceil() * step).max(step);
    (top, step)
}

/// The first day of each month from `start`'s month to `end`, every
/// `every` months.
pub(crate) fn months(start: Date, end: Date, every: i32) -> Vec<Date> {
    let mut out = Vec::new();
    let mut m = start.first_of_month();
    if m < start {
        m = m.checked_add(jiff::Span::new().months(1)).unwrap_or(end);
    }
    while m <= end {
        out.push(m);
        match m.checked_add(jiff::Span::new().months(every.max(1))) {
            Ok(next) => m = next,
            Err(_) => break,
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "Oct 2025": a month the way a reader does not mistake for a day.
pub(crate) fn month_label(d: Date) -> String {
    format!(
        "{} {}",
        MONTHS[(d.month() as usize).saturating_sub(1) % 12],
        d.year()
    )
}

/// Horizontal grid lines from `left` to `right` at every `step` up to
/// `top`, each labelled with its value left of the axis.
pub(crate) fn grid(
    d: &mut Drawing,
    (left, right): (f64, f64),
    top: f64,
    step: f64,
    y: &dyn Fn(f64) -> f64,
    size: f64,
) {
    let mut v = 0.0;
    while v <= top + 0.5 {
        d.raw(&format!(
            r##"<line x1="{left}" x2="{right:.1}" y1="{0:.1}" y2="{0:.1}" stroke="#e3e3e3"/>"##,
            y(v)
        ));
        d.text(&format!("{v}"), left - 6.0, y(v) + 4.0, size, Anchor::End, "");
        v += step;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(81.0, 5.0), 20.0);
        assert_eq!(nice_step(3.0, 5.0), 1.0);
        assert_eq!(nice_top(81.0, 5.0), (100.0, 20.0));
        assert_eq!(nice_top(3.0, 5.0), (3.0, 1.0));
        assert_eq!(month_label(Date::constant(2025, 10, 1)), "Oct 2025");
        let m = months(Date::constant(2025, 10, 15), Date::constant(2026, 1, 31), 1);
        assert_eq!(
            m,
            [
                Date::constant(2025, 11, 1),
                Date::constant(2025, 12, 1),
                Date::constant(2026, 1, 1)
            ]
        );
    }
}
