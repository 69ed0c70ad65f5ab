//! The map's palette, legend and footer, and the participants without a
//! territory of their own (the European Union), shown beside the legend.
//!
//! The stages a participant passes through go from light to dark in one
//! yellow-green-blue ramp (ColorBrewer's YlGnBu, which stays apart for the
//! common colour-vision deficiencies), with CIE lightness at least 10 apart
//! between any two solid fills, so that the map also reads in greyscale.
//! Denounced is a red of its own lightness; unknown (a date window covers
//! the day) is hatched, the one texture on the map.

use std::collections::BTreeMap;

use crate::chart::map::{Frame, MARGIN, Shown, element, shapes};
use crate::chart::svg::{Anchor, Drawing, text_width, wrap};
use crate::participants::Participant;
use crate::register::Standing;

/// The hatch of `unknown`, for the map's units and for the legend's pixels.
const HATCH_MAP: &str = "hanoi-map-unknown";
const HATCH_LEGEND: &str = "hanoi-map-unknown-legend";

/// A status in words, for the legend and titles.
pub(super) fn words(status: Standing) -> &'static str {
    match status {
        Standing::NotYetOpen => "not yet open for signature",
        Standing::NotSigned => "not signed",
        Standing::Invited => "invited to accede",
        Standing::Signed => "signed",
        Standing::Party => "party, not yet in force for it",
        Standing::InForce => "party, in force for it",
        Standing::Denounced => "denounced",
        Standing::Unknown => "unknown on this day (a date window)",
        Standing::Outside => "outside the treaty",
    }
}

/// A status's fill (CIE L* in the comments).
pub(super) fn fill(status: Standing) -> String {
    match status {
        // Nobody could act yet: the fill of "not signed", named apart.
        Standing::NotYetOpen | Standing::NotSigned => "#fcf5d2".into(), // 96
        Standing::Invited => "#c2e3a0".into(),                          // 86
        Standing::Signed => "#73c8bd".into(),                           // 75
        Standing::Party => "#2d7fb8".into(),                            // 51
        Standing::InForce => "#1d2e83".into(),                          // 23
        Standing::Denounced => "#b2182b".into(),                        // 38
        Standing::Unknown => format!("url(#{HATCH_MAP})"),
        Standing::Outside => "#9a9a9a".into(), // 64
    }
}

/// The hatch patterns: stripes 6 pixels apart, on the map (scaled by `k`
/// pixels per unit) and in the legend.
pub(super) fn defs(k: f64) -> String {
    let pattern = |id: &str, size: f64| {
        format!(
            r##"<pattern id="{id}" width="{size:.2}" height="{size:.2}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="{size:.2}" height="{size:.2}" fill="#fcf5d2"/><rect width="{:.2}" height="{size:.2}" fill="#4d4d4d"/></pattern>"##,
            size / 2.0
        )
    };
    format!(
        "<defs>{}{}</defs>",
        pattern(HATCH_MAP, 6.0 / k),
        pattern(HATCH_LEGEND, 6.0)
    )
}

/// How many participants stand at each status.
pub(super) fn counts(all: impl Iterator<Item = Standing>) -> BTreeMap<Standing, usize> {
    let mut counts = BTreeMap::new();
    for s in all {
        *counts.entry(s).or_insert(0) += 1;
    }
    counts
}

/// A swatch at (`x`, `y`), its top left.
fn swatch(status: Standing) -> String {
    fill(status).replace(HATCH_MAP, HATCH_LEGEND)
}

/// The legend's entries: a status, its label and where it goes (x, and
/// the row from 0), wrapped to the drawing's width.
pub(super) fn entries(f: &Frame, counts: &BTreeMap<Standing, usize>) -> Vec<(Standing, String, f64, usize)> {
    // Always the same six, so that maps of two days read alike; invited,
    // denounced and not yet open where any participant is.
    // The lattice's order, with those outside the treaty last.
    let order = Standing::ALL
        .iter()
        .copied()
        .filter(|s| *s != Standing::Outside)
        .chain([Standing::Outside]);
    let shown = order
        .filter(|s| {
            !matches!(s, Standing::NotYetOpen | Standing::Invited | Standing::Denounced)
                || counts.contains_key(s)
        })
        // Before the opening, "not yet open" stands for "not signed".
        .filter(|s| *s != Standing::NotSigned || !counts.contains_key(&Standing::NotYetOpen));
    let (mut x, mut row) = (MARGIN, 0);
    let mut out = Vec::new();
    for status in shown {
        let label = match (status, counts.get(&status)) {
            (Standing::Outside, _) => capitalised(words(status)),
            (_, n) => format!("{} ({})", capitalised(words(status)), n.copied().unwrap_or(0)),
        };
        let width = f.swatch + 6.0 + text_width(&label, f.small) + 18.0;
        if x > MARGIN && x + width > f.w - MARGIN {
            (x, row) = (MARGIN, row + 1);
        }
        out.push((status, label, x, row));
        x += width;
    }
    out
}

/// The label of the participants the map has no shape for.
const OFF_MAP: &str = "Without a territory on the map:";

/// The participants the map has no shape for (the European Union; in a
/// treaty of the reader's, any without an ISO code): each one's label, x
/// and row, after [`OFF_MAP`] (on a phone, below it) and wrapped to the
/// drawing's width.
pub(super) fn off_map(f: &Frame, without_shape: &[(&Participant, Shown)]) -> Vec<(String, f64, usize)> {
    let first = if f.narrow {
        MARGIN
    } else {
        MARGIN + text_width(OFF_MAP, f.small) + 8.0
    };
    let (mut x, mut row) = (first, usize::from(f.narrow));
    let mut out = Vec::new();
    for (_, s) in without_shape {
        let text = format!("{}: {}", s.name, words(s.status));
        let width = f.swatch + 6.0 + text_width(&text, f.small) + 18.0;
        if x > first && x + width > f.w - MARGIN {
            (x, row) = (first, row + 1);
        }
        out.push((text, x, row));
        x += width;
    }
    out
}

/// The height the legend and footer (of `footer` lines) take under the map.
pub(super) fn height(
    f: &Frame,
    entries: &[(Standing, String, f64, usize)],
    without_shape: &[(&Participant, Shown)],
    footer: usize,
) -> f64 {
    let rows =
        entries.last().map_or(0, |e| e.3 + 1) + off_map(f, without_shape).last().map_or(0, |e| e.2 + 1);
    let lines = f64::from(u32::try_from(footer).unwrap_or(u32::MAX));
    f64::from(u32::try_from(rows).unwrap_or(u32::MAX)) * f.row + 20.0 + lines * foot_line(f)
}

/// The distance between two lines of the footer.
fn foot_line(f: &Frame) -> f64 {
    f.foot + 5.0
}

/// The footer's lines: the data that made the map and the geometry, each
/// wrapped to the drawing's width.
pub(super) fn footer_lines(f: &Frame, data: &str) -> Vec<String> {
    let map = format!(
        "Map: {}, public domain; Equal Earth projection. Circles: participants too small to see.",
        shapes::SOURCE
    );
    let mut lines = wrap(data, f.foot, f.room());
    lines.extend(wrap(&map, f.foot, f.room()));
    lines
}

/// The legend (a swatch and count per status, the participants without a
/// territory) and the footer, from `top` down.
pub(super) fn draw(
    d: &mut Drawing,
    f: &Frame,
    top: f64,
    entries: &[(Standing, String, f64, usize)],
    without_shape: &[(&Participant, Shown)],
    footer: &[String],
) {
    let (side, gap) = (f.swatch, f.swatch + 6.0);
    // A swatch's top, from its row's baseline.
    let above = side - 3.0;
    let mut y = top + 12.0;
    for (status, label, x, row) in entries {
        y = top + 12.0 + f.row * *row as f64;
        d.raw(&format!(
            r##"<rect x="{x:.1}" y="{:.1}" width="{side}" height="{side}" fill="{}" stroke="#7a7a7a" stroke-width="0.6"/>"##,
            y - above,
            swatch(*status)
        ));
        d.text(label, x + gap, y, f.small, Anchor::Start, "");
    }
    y += f.row;
    if !without_shape.is_empty() {
        d.text(OFF_MAP, MARGIN, y, f.small, Anchor::Start, r##"fill="#555""##);
    }
    for ((p, s), (text, x, row)) in without_shape.iter().zip(off_map(f, without_shape)) {
        let y = y + f.row * row as f64;
        let attrs = format!(
            r##"x="{x:.1}" y="{:.1}" width="{side}" height="{side}" stroke="#222" stroke-width="0.8""##,
            y - above
        );
        let code = p.code();
        d.raw(
            &element("rect", &attrs, code.as_str(), s.status, &s.title, "").replace(HATCH_MAP, HATCH_LEGEND),
        );
        d.text(&text, x + gap, y, f.small, Anchor::Start, "");
    }
    // At the foot of the drawing, whatever the legend took.
    let grey = r##"fill="#555""##;
    let n = footer.len();
    for (i, line) in footer.iter().enumerate() {
        let y = d.size().1 - 10.0 - foot_line(f) * (n - 1 - i) as f64;
        d.text(line, MARGIN, y, f.foot, Anchor::Start, grey);
    }
}

fn capitalised(words: &str) -> String {
    let mut c = words.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
