//! The world map of a treaty's participants on a day ([`map_chart`],
//! [`map_svg`]): every participant's standing, in the words of the exports'
//! status lattice ([`Standing`](crate::Standing)), on Natural Earth's 1:110m countries in
//! the Equal Earth projection.
//!
//! - `shapes`: the countries, projected and quantized to integer units,
//!   generated from `data/map_shapes.tsv` (`tests/map_generated.rs` fails
//!   when they drift).
//! - `legend`: the palette (apart for the common colour-vision deficiencies
//!   and in greyscale), the legend and the participants without a territory
//!   (the European Union).
//! - this file: the layout, and one SVG element per participant, with
//!   `data-code`, `data-status` and a `<title>` that names its standing.

mod legend;
#[rustfmt::skip]
mod shapes;

use std::collections::BTreeMap;

use crate::base::language::Language;
use crate::chart::Layout;
use crate::chart::svg::{Anchor, Drawing, escape, wrap};
use crate::participants::{CodeSystem, Participant};
use crate::register::{OnDay, Standing};

/// One country or territory of the map: its ISO 3166-1 numeric code (0 for
/// none), its name in Natural Earth, where its locator circle goes (for one
/// too small to see), and its outline as SVG path data; all in units.
pub(crate) struct Shape {
    iso: u16,
    name: &'static str,
    locator: Option<(i32, i32)>,
    path: &'static str,
}

const MARGIN: f64 = 10.0;
/// A locator circle's radius, in pixels (9 pixels across).
const LOCATOR_RADIUS: f64 = 4.5;

/// Where the geometry comes from, for a footer or a citation.
pub const MAP_SOURCE: &str = shapes::SOURCE;

/// The map's frame in a layout: its width and the sizes of its text.
#[derive(Clone, Copy)]
pub(crate) struct Frame {
    w: f64,
    /// The title's size.
    title: f64,
    /// The line under the title's, and the legend's.
    small: f64,
    /// The footer's.
    foot: f64,
    /// A legend's swatch, and its row's height.
    swatch: f64,
    row: f64,
    narrow: bool,
}

impl Frame {
    fn of(layout: Layout) -> Frame {
        match layout {
            Layout::Narrow => Frame {
                w: 400.0,
                title: 16.0,
                small: 13.0,
                foot: 12.0,
                swatch: 16.0,
                row: 24.0,
                narrow: true,
            },
            _ => Frame {
                w: 960.0,
                title: 18.0,
                small: 12.0,
                foot: 11.0,
                swatch: 14.0,
                row: 22.0,
                narrow: false,
            },
        }
    }

    /// The room for a line of text.
    fn room(&self) -> f64 {
        self.w - 2.0 * MARGIN
    }
}

/// Pixels per unit, and the map's height in pixels.
fn scale(f: &Frame) -> (f64, f64) {
    let [left, top, right, bottom] = shapes::BOUNDS;
    let k = f.room() / f64::from(right - left);
    (k, f64::from(bottom - top) * k)
}

/// A participant's standing on the day: its status in the exports' words,
/// and the sentence of its `<title>`.
struct Shown {
    status: Standing,
    name: String,
    title: String,
}

fn shown(on: &OnDay<'_>, p: &Participant, language: Language) -> Shown {
    // The exports' lattice: "not yet open" before the opening, a party
    // unknown to be bound is unknown.
    let one = on.standing(p.code());
    let name = p.name_in(language).unwrap_or(p.name()).to_string();
    // Its actions up to the day (those a window may put after it too).
    let actions: Vec<String> = on
        .register()
        .actions_of(p.code())
        .iter()
        .filter(|a| a.date().earliest() <= on.day())
        .map(|a| format!("{} {}", a.kind().as_str().replace('_', " "), a.date()))
        .collect();
    let mut title = format!("{name}: {}", legend::words(one));
    if !actions.is_empty() {
        title.push_str(&format!(" ({})", actions.join("; ")));
    }
    if let Some(from) = on.bound_from(p.code()).filter(|_| one == Standing::InForce) {
        title.push_str(&format!("; bound from {from}"));
    }
    Shown {
        status: one,
        name,
        title,
    }
}

/// The map of the treaty's participants on the day of `on`, with their
/// names in `language` (English where none is recorded) in each
/// participant's `<title>`.
///
/// ```
/// use hanoi_convention::{Date, Language, Register, chart::map_chart};
///
/// let r = Register::embedded();
/// let map = map_chart(&r.on(Date::constant(2025, 10, 26)), Language::En);
/// let svg = map.to_svg();
/// assert!(svg.contains(r#"data-code="VNM" data-status="signed""#)); // signed in Hanoi
/// assert!(svg.contains(r#"data-code="EU" data-status="signed""#));
/// # assert!(map.texts().iter().any(|t| t.text.contains("Natural Earth")));
/// ```
pub fn map_chart(on: &OnDay<'_>, language: Language) -> Drawing {
    map_chart_in(on, language, Layout::Wide)
}

/// [`map_chart`] in a layout: [`Layout::Narrow`] for a phone (400 wide,
/// the land as wide as the screen, the title and footer wrapped, larger
/// text, the legend below in rows), so that its text stays at least 10 px
/// high on a screen 390 px wide.
///
/// ```
/// use hanoi_convention::{Date, Language, Register, chart::{Layout, map_chart_in}};
///
/// let r = Register::embedded();
/// let map = map_chart_in(&r.on(Date::constant(2025, 10, 26)), Language::En, Layout::Narrow);
/// assert_eq!(map.size().0, 400.0);
/// assert!(map.to_svg().contains(r#"data-code="VNM" data-status="signed""#));
/// ```
pub fn map_chart_in(on: &OnDay<'_>, language: Language, layout: Layout) -> Drawing {
    let f = Frame::of(layout);
    let r = on.register();
    let name = r.treaty().identity().short_name();
    let (k, map_h) = scale(&f);
    let mut by_iso: BTreeMap<u16, (&Participant, Shown)> = BTreeMap::new();
    let mut without_shape = Vec::new();
    for p in r.participants().iter() {
        let s = shown(on, p, language);
        match p.codes().number(CodeSystem::IsoNumeric) {
            Some(n) if shapes::SHAPES.iter().any(|sh| sh.iso == n) => {
                by_iso.insert(n, (p, s));
            }
            _ => without_shape.push((p, s)),
        }
    }
    let counts = legend::counts(by_iso.values().chain(&without_shape).map(|(_, s)| s.status));
    let entries = legend::entries(&f, &counts);
    let (titles, notes) = heading_lines(&f, on, name);
    let map_top = heading_bottom(&f, &titles, &notes) + 16.0;
    let data = format!(
        "Data: {name}, version {}, as of {}; status words as in the crate's exports.",
        r.data_version(),
        r.as_of()
    );
    let footer = legend::footer_lines(&f, &data);
    let legend_top = map_top + map_h + 14.0;
    let height = (legend_top + legend::height(&f, &entries, &without_shape, footer.len())).ceil();
    let title = format!("{name}: the participants' standing on {}", on.day());
    let mut d = Drawing::new(f.w, height, &title);
    heading(&mut d, &f, &titles, &notes);
    // Labels keep off the land.
    d.obstacle(MARGIN, map_top, f.w - MARGIN, map_top + map_h);
    d.raw(&legend::defs(k));
    draw_shapes(&mut d, k, map_top, &by_iso);
    legend::draw(&mut d, &f, legend_top, &entries, &without_shape, &footer);
    d
}

/// The title, naming the treaty and the day, and the line under it: one
/// line each, or wrapped to a phone's width.
fn heading_lines(f: &Frame, on: &OnDay<'_>, name: &str) -> (Vec<String>, Vec<String>) {
    let title = format!("{name}: where each participant stood on {}", on.day());
    let beyond = if on.beyond_data() {
        "; the day is after the data's end"
    } else {
        ""
    };
    let note = format!(
        "Signed, party and in force for it, as the data (as of {}) record them{beyond}.",
        on.register().as_of()
    );
    if f.narrow {
        // Bold runs wider than the estimate of a regular face.
        (
            wrap(&title, f.title, f.room() * 0.9),
            wrap(&note, f.small, f.room()),
        )
    } else {
        (vec![title], vec![note])
    }
}

/// The first title line's baseline, and the distance between two lines of `size`.
const TITLE_TOP: f64 = 26.0;
fn line_height(size: f64) -> f64 {
    (size * 1.3).round()
}

/// The baseline of the heading's last line.
fn heading_bottom(f: &Frame, titles: &[String], notes: &[String]) -> f64 {
    let last_title = TITLE_TOP + line_height(f.title) * (titles.len().max(1) - 1) as f64;
    last_title + 20.0 + line_height(f.small) * (notes.len().max(1) - 1) as f64
}

fn heading(d: &mut Drawing, f: &Frame, titles: &[String], notes: &[String]) {
    for (i, t) in titles.iter().enumerate() {
        let y = TITLE_TOP + line_height(f.title) * i as f64;
        d.text(t, MARGIN, y, f.title, Anchor::Start, r#"font-weight="bold""#);
    }
    let below = TITLE_TOP + line_height(f.title) * (titles.len().max(1) - 1) as f64 + 20.0;
    for (i, n) in notes.iter().enumerate() {
        let y = below + line_height(f.small) * i as f64;
        d.text(n, MARGIN, y, f.small, Anchor::Start, r##"fill="#555""##);
    }
}

/// [`map_chart`] as an SVG document.
pub fn map_svg(on: &OnDay<'_>, language: Language) -> String {
    map_chart(on, language).to_svg()
}

/// Every shape: territories outside the treaty, then the participants'
/// shapes, then those with a locator circle on top.
fn draw_shapes(d: &mut Drawing, k: f64, map_top: f64, by_iso: &BTreeMap<u16, (&Participant, Shown)>) {
    let [left, top, ..] = shapes::BOUNDS;
    let (ox, oy) = (MARGIN - f64::from(left) * k, map_top - f64::from(top) * k);
    d.raw(&format!(
        r##"<g transform="translate({ox:.2} {oy:.2}) scale({k:.5})" fill-rule="evenodd" stroke="#7a7a7a" stroke-width="{:.2}" stroke-linejoin="round">"##,
        0.4 / k
    ));
    let r = LOCATOR_RADIUS / k;
    let mut on_top = Vec::new();
    for shape in shapes::SHAPES {
        let participant = by_iso.get(&shape.iso).filter(|_| shape.iso != 0);
        match participant {
            None if !shape.path.is_empty() => {
                let title = format!("{}: {}", shape.name, legend::words(Standing::Outside));
                d.raw(&element(
                    "path",
                    &format!(r#"d="{}""#, shape.path),
                    "",
                    Standing::Outside,
                    &title,
                    "",
                ));
            }
            None => {}
            Some((p, s)) if shape.locator.is_some() => on_top.push((shape, p, s)),
            Some((p, s)) => {
                let attrs = format!(r#"d="{}""#, shape.path);
                d.raw(&element(
                    "path",
                    &attrs,
                    p.code().as_str(),
                    s.status,
                    &s.title,
                    "",
                ));
            }
        }
    }
    for (shape, p, s) in on_top {
        let Some((x, y)) = shape.locator else { continue };
        let circle = format!(
            r##"<circle cx="{x}" cy="{y}" r="{r:.1}" stroke="#222" stroke-width="{:.2}"/>"##,
            0.8 / k
        );
        if shape.path.is_empty() {
            let attrs = format!(
                r##"cx="{x}" cy="{y}" r="{r:.1}" stroke="#222" stroke-width="{:.2}""##,
                0.8 / k
            );
            d.raw(&element(
                "circle",
                &attrs,
                p.code().as_str(),
                s.status,
                &s.title,
                "",
            ));
        } else {
            let inner = format!(r#"<path d="{}"/>{circle}"#, shape.path);
            d.raw(&element("g", "", p.code().as_str(), s.status, &s.title, &inner));
        }
    }
    d.raw("</g>");
}

/// One element: `name` with `attrs`, its fill and data attributes, its
/// `<title>` and `inner` content.
fn element(name: &str, attrs: &str, code: &str, status: Standing, title: &str, inner: &str) -> String {
    let code = if code.is_empty() {
        String::new()
    } else {
        format!(r#" data-code="{}""#, escape(code))
    };
    let sep = if attrs.is_empty() { "" } else { " " };
    format!(
        r#"<{name}{sep}{attrs}{code} data-status="{}" fill="{}"><title>{}</title>{inner}</{name}>"#,
        status.as_str(),
        legend::fill(status),
        escape(title)
    )
}
