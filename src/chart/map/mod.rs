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
use crate::chart::svg::{Anchor, Drawing, escape};
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

const W: f64 = 960.0;
const MARGIN: f64 = 10.0;
/// The top of the map, below the title.
const MAP_TOP: f64 = 62.0;
/// A locator circle's radius, in pixels (9 pixels across).
const LOCATOR_RADIUS: f64 = 4.5;

/// Where the geometry comes from, for a footer or a citation.
pub const MAP_SOURCE: &str = shapes::SOURCE;

/// Pixels per unit, and the map's height in pixels.
fn scale() -> (f64, f64) {
    let [left, top, right, bottom] = shapes::BOUNDS;
    let k = (W - 2.0 * MARGIN) / f64::from(right - left);
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
    let r = on.register();
    let name = r.treaty().identity().short_name();
    let (k, map_h) = scale();
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
    let entries = legend::entries(&counts);
    let legend_top = MAP_TOP + map_h + 14.0;
    let height = (legend_top + legend::height(&entries, &without_shape)).ceil();
    let title = format!("{name}: the participants' standing on {}", on.day());
    let mut d = Drawing::new(W, height, &title);
    heading(&mut d, on, name);
    // Labels keep off the land.
    d.obstacle(MARGIN, MAP_TOP, W - MARGIN, MAP_TOP + map_h);
    d.raw(&legend::defs(k));
    draw_shapes(&mut d, k, &by_iso);
    let data = format!(
        "Data: {name}, version {}, as of {}; status words as in the crate's exports.",
        r.data_version(),
        r.as_of()
    );
    legend::draw(&mut d, legend_top, &entries, &without_shape, &data);
    d
}

/// The title, naming the treaty and the day, and the line under it.
fn heading(d: &mut Drawing, on: &OnDay<'_>, name: &str) {
    d.text(
        &format!("{name}: where each participant stood on {}", on.day()),
        MARGIN,
        26.0,
        18.0,
        Anchor::Start,
        r#"font-weight="bold""#,
    );
    let beyond = if on.beyond_data() {
        "; the day is after the data's end"
    } else {
        ""
    };
    d.text(
        &format!(
            "Signed, party and in force for it, as the data (as of {}) record them{beyond}.",
            on.register().as_of()
        ),
        MARGIN,
        46.0,
        12.0,
        Anchor::Start,
        r##"fill="#555""##,
    );
}

/// [`map_chart`] as an SVG document.
pub fn map_svg(on: &OnDay<'_>, language: Language) -> String {
    map_chart(on, language).to_svg()
}

/// Every shape: territories outside the treaty, then the participants'
/// shapes, then those with a locator circle on top.
fn draw_shapes(d: &mut Drawing, k: f64, by_iso: &BTreeMap<u16, (&Participant, Shown)>) {
    let [left, top, ..] = shapes::BOUNDS;
    let (ox, oy) = (MARGIN - f64::from(left) * k, MAP_TOP - f64::from(top) * k);
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
