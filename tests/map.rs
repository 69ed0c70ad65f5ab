//! The world map: every participant of each treaty appears exactly once,
//! with its code and the status the register gives it on the day (on
//! several days, one inside a date window); texts inside the drawing and
//! apart; locator circles large enough to see; the SVG within its budget.

use hanoi_convention::chart::{Drawing, Layout, map_chart, map_chart_in};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::register::OnDay;
use hanoi_convention::{Answer, Date, DateWindow, Language, Register, Standing, Status};

/// The budget of one map's SVG, in bytes.
const SVG_BUDGET: usize = 200 * 1024;

/// The status word a participant should carry, from the register's
/// status and whether the treaty bound it (the exports' lattice).
fn expected(on: &OnDay<'_>, code: hanoi_convention::Code, status: Status) -> &'static str {
    let bound = on.is_bound(code).unwrap();
    // Before the opening for signature, the lattice's own value.
    if on.day() < on.register().treaty().rules().signature().opens() {
        return "not_yet_open";
    }
    match status {
        Status::NotSigned => "not_signed",
        Status::Invited { .. } => "invited",
        Status::Signed { .. } => "signed",
        Status::Party { .. } => match bound {
            Answer::Yes => "in_force",
            Answer::No => "party",
            _ => "unknown",
        },
        Status::Denounced { .. } => "denounced",
        _ => "unknown",
    }
}

/// The value of `attr` in a line of the SVG.
fn attr<'a>(line: &'a str, attr: &str) -> Option<&'a str> {
    let start = line.find(&format!(" {attr}=\""))? + attr.len() + 3;
    line[start..].split('"').next()
}

/// (code, status) of every element with a `data-code`, in order.
fn participants_drawn(svg: &str) -> Vec<(String, String)> {
    svg.lines()
        .filter_map(|l| {
            Some((
                attr(l, "data-code")?.to_string(),
                attr(l, "data-status")?.to_string(),
            ))
        })
        .collect()
}

/// A day inside a date window of the treaty's data, if it has any.
fn day_in_a_window(r: &Register) -> Option<Date> {
    r.actions()
        .iter()
        .map(|a| a.date())
        .find(|w| !w.is_exact())
        .map(|w: DateWindow| w.earliest())
}

fn days(r: &Register) -> Vec<Date> {
    let opened = r.treaty().rules().signature().opens();
    let mut days = vec![r.as_of(), opened, opened.yesterday().unwrap()];
    days.extend(day_in_a_window(r));
    for years in [1, 5] {
        let d = DateWindow::exact(opened)
            .add_days(years * 365)
            .unwrap()
            .earliest();
        if d < r.as_of() {
            days.push(d);
        }
    }
    days
}

#[test]
fn every_participant_appears_once_with_the_registers_status() {
    for t in EmbeddedTreaty::ALL.iter().copied() {
        let r = t.register();
        for day in days(r) {
            let on = r.on(day);
            let svg = map_chart(&on, Language::En).to_svg();
            let drawn = participants_drawn(&svg);
            assert_eq!(
                drawn.len(),
                r.participants().len(),
                "{t:?} on {day}: one element each"
            );
            for (p, status) in on.statuses() {
                let code = p.code();
                let code = code.as_str();
                let mine: Vec<&(String, String)> = drawn.iter().filter(|(c, _)| c == code).collect();
                assert_eq!(mine.len(), 1, "{t:?} on {day}: {code} drawn {} times", mine.len());
                assert_eq!(
                    mine[0].1,
                    expected(&on, p.code(), status),
                    "{t:?} on {day}: {code}"
                );
            }
        }
    }
}

#[test]
fn a_day_inside_a_window_is_drawn_unknown() {
    // Fiji signed on a day between 20 November and 29 December 2025.
    let r = Register::embedded();
    let on = r.on(Date::constant(2025, 12, 1));
    assert!(matches!(
        on.status("FJI".parse().unwrap()),
        Some(Status::Unknown {
            known: Standing::NotSigned,
            ..
        })
    ));
    let svg = map_chart(&on, Language::En).to_svg();
    let drawn = participants_drawn(&svg);
    assert!(drawn.iter().any(|(c, s)| c == "FJI" && s == "unknown"));
    let fiji = svg.lines().find(|l| l.contains(r#"data-code="FJI""#)).unwrap();
    assert!(
        fiji.contains("url(#hanoi-map-unknown)"),
        "unknown is hatched: {fiji:.200}"
    );
    assert!(svg.contains("Unknown on this day (a date window) (1)"));
}

#[test]
fn territories_outside_the_treaty_are_drawn_without_a_code() {
    let r = Register::embedded();
    let svg = map_chart(&r.on(r.as_of()), Language::En).to_svg();
    for name in ["Kosovo", "N. Cyprus", "Somaliland", "W. Sahara"] {
        let line = svg
            .lines()
            .find(|l| l.contains(&format!("<title>{name}: outside the treaty</title>")))
            .unwrap_or_else(|| panic!("{name} is not drawn"));
        assert_eq!(attr(line, "data-status"), Some("outside"), "{name}");
        assert_eq!(attr(line, "data-code"), None, "{name}");
    }
}

#[test]
fn the_eu_stands_in_the_legend_and_titles_name_standing_and_dates() {
    let r = Register::embedded();
    let on = r.on(r.as_of());
    let svg = map_chart(&on, Language::En).to_svg();
    let eu = svg.lines().find(|l| l.contains(r#"data-code="EU""#)).unwrap();
    assert!(eu.starts_with("<rect"), "{eu}");
    let vnm = svg.lines().find(|l| l.contains(r#"data-code="VNM""#)).unwrap();
    let signed = r
        .actions_of("VNM".parse().unwrap())
        .iter()
        .find(|a| a.kind() == hanoi_convention::actions::ActionKind::Signature)
        .unwrap()
        .date();
    let standing = attr(vnm, "data-status").unwrap().replace('_', " ");
    assert!(vnm.contains(&format!("<title>Viet Nam: {standing}")), "{vnm}");
    assert!(vnm.contains(&format!("signature {signed}")), "{vnm}");
    // Names in the language asked.
    let fr = map_chart(&on, Language::Fr).to_svg();
    assert!(fr.contains("<title>Allemagne: "), "German in French");
}

fn check_texts(what: &str, chart: &Drawing) {
    let (w, h) = chart.size();
    let texts = chart.texts();
    assert!(texts.len() > 5, "{what}: texts");
    for t in texts {
        assert!(
            t.left >= 0.0 && t.right <= w && t.top >= 0.0 && t.bottom <= h,
            "{what}: {:?} lies outside the {w}x{h} drawing: {t:?}",
            t.text
        );
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            assert!(!a.overlaps(b), "{what}: {:?} meets {:?}", a.text, b.text);
        }
    }
}

#[test]
fn texts_stay_inside_and_apart_and_off_the_land() {
    for (t, layout) in EmbeddedTreaty::ALL
        .iter()
        .copied()
        .flat_map(|t| [(t, Layout::Wide), (t, Layout::Narrow)])
    {
        let r = t.register();
        for day in days(r) {
            let chart = map_chart_in(&r.on(day), Language::En, layout);
            check_texts(&format!("{t:?} {layout:?} map on {day}"), &chart);
            // The legend and footer keep off the land.
            assert!(!chart.obstacles().is_empty());
            for text in chart.texts() {
                assert!(
                    chart.obstacles().iter().all(|o| !o.overlaps(text)),
                    "{t:?} {layout:?} on {day}: {text:?}"
                );
            }
            assert!(chart.texts().iter().any(|t| t.text.contains("Natural Earth")));
            assert!(chart.texts().iter().any(|t| t.text.contains(r.data_version())));
            assert!(chart.texts().iter().any(|t| t.text.contains(&day.to_string())));
        }
    }
}

/// On a phone the map is its narrow layout: 400 wide, the land as wide as
/// it, every text at least 12 px (10 px on a screen 390 px wide, whose page
/// leaves the map some 360 px), the same participants as the wide map.
#[test]
fn the_narrow_map_is_readable_on_a_phone() {
    let r = Register::embedded();
    let on = r.on(r.as_of());
    let narrow = map_chart_in(&on, Language::En, Layout::Narrow).to_svg();
    let wide = map_chart(&on, Language::En).to_svg();
    assert!(narrow.contains(r#"viewBox="0 0 400 "#), "{:.200}", narrow);
    let sizes: Vec<f64> = narrow
        .split("<text ")
        .skip(1)
        .map(|t| attr(&format!(" {t}"), "font-size").unwrap().parse().unwrap())
        .collect();
    assert!(sizes.len() > 10, "{sizes:?}");
    let least = sizes.iter().copied().fold(f64::INFINITY, f64::min);
    assert!(
        least * 360.0 / 400.0 >= 10.0,
        "text {least} px in a 400 px drawing"
    );
    assert_eq!(participants_drawn(&narrow), participants_drawn(&wide));
    let g = narrow.lines().find(|l| l.starts_with("<g transform=")).unwrap();
    let (k, _) = transform(g);
    let wide_g = wide.lines().find(|l| l.starts_with("<g transform=")).unwrap();
    assert!(
        k > transform(wide_g).0 * 0.35,
        "the land is as wide as the drawing"
    );
}

/// The scale and the vertical translation of the map's group.
fn transform(g: &str) -> (f64, f64) {
    let t = attr(g, "transform").unwrap();
    let nums: Vec<f64> = t
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    (nums[2], nums[1])
}

#[test]
fn locator_circles_are_at_least_6_pixels_across() {
    let r = Register::embedded();
    let svg = map_chart(&r.on(r.as_of()), Language::En).to_svg();
    let g = svg.lines().find(|l| l.starts_with("<g transform=")).unwrap();
    let (k, _) = transform(g);
    let mut circles = 0;
    for line in svg.lines() {
        for piece in line.split("<circle").skip(1) {
            let r: f64 = attr(piece, "r").unwrap().parse().unwrap();
            assert!(2.0 * r * k >= 6.0, "{:.1} px across: {line:.120}", 2.0 * r * k);
            circles += 1;
        }
    }
    // The microstates and small island States, at least.
    for code in [
        "VAT", "MCO", "SMR", "LIE", "TUV", "NRU", "MDV", "SGP", "MLT", "LUX",
    ] {
        let line = svg
            .lines()
            .find(|l| l.contains(&format!(r#"data-code="{code}""#)))
            .unwrap();
        assert!(line.contains("<circle"), "{code} has no circle");
    }
    assert!(circles >= 30, "{circles} circles");
}

#[test]
fn a_map_is_within_its_size_budget() {
    for t in EmbeddedTreaty::ALL.iter().copied() {
        let r = t.register();
        let svg = map_chart(&r.on(r.as_of()), Language::En).to_svg();
        assert!(svg.len() <= SVG_BUDGET, "{t:?}: {} bytes", svg.len());
        assert!(svg.len() > 20_000, "{t:?}: the shapes are drawn");
    }
}

#[test]
fn the_maps_status_words_are_the_panels() {
    use hanoi_convention::export::{Universe, panel_rows};
    for t in EmbeddedTreaty::ALL.iter().copied() {
        let r = t.register();
        for day in days(r) {
            let on = r.on(day);
            let svg = map_chart(&on, Language::En).to_svg();
            let rows = panel_rows(&on, Universe::Participants).unwrap();
            // The panel's last row of a unit is the day asked.
            for (code, status) in participants_drawn(&svg) {
                let row = rows
                    .iter()
                    .rev()
                    .find(|r| r.code.as_deref() == Some(code.as_str()));
                let row = row.unwrap_or_else(|| panic!("{t:?} on {day}: {code} has no panel row"));
                assert_eq!(row.observed_on, day.to_string(), "{t:?} {code}");
                assert_eq!(status, row.status.as_str(), "{t:?} on {day}: {code}");
            }
        }
    }
}

/// The README's map: the Hanoi Convention on its data's last day, drawn by
/// the crate. `HANOI_REGENERATE=1 cargo test --test map` rewrites it. The
/// published package leaves `docs/images/` out, and so this check.
#[test]
fn the_readmes_map_is_the_one_the_crate_draws() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/images/map.svg");
    let r = Register::embedded();
    let want = map_chart(&r.on(r.as_of()), Language::En).to_svg();
    if std::env::var_os("HANOI_REGENERATE").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &want).unwrap();
        return;
    }
    if !std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/images")).is_dir() {
        eprintln!("docs/images/ is not here (a packaged crate): the README's map is not checked");
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "docs/images/map.svg is not the map the crate draws; run `HANOI_REGENERATE=1 cargo test --test map`"
    );
}

#[path = "common/synthetic.rs"]
mod synthetic;

#[test]
fn participants_without_a_shape_are_listed_beside_the_legend_and_wrapped() {
    // A treaty of the reader's whose 60 participants have no ISO code.
    let list = synthetic::participants(60);
    let treaty = synthetic::treaty(&list);
    let r = Register::builder(&treaty)
        .as_of(synthetic::as_of())
        .actions(synthetic::actions(&list, 2))
        .build()
        .unwrap();
    let on = r.on(Date::constant(2027, 6, 30));
    let chart = map_chart(&on, Language::En);
    check_texts("synthetic map", &chart);
    let svg = chart.to_svg();
    let drawn = participants_drawn(&svg);
    assert_eq!(drawn.len(), 60);
    for (p, status) in on.statuses() {
        let mine: Vec<_> = drawn.iter().filter(|(c, _)| c == p.code().as_str()).collect();
        assert_eq!(mine.len(), 1, "{}", p.code());
        assert_eq!(mine[0].1, expected(&on, p.code(), status), "{}", p.code());
    }
    assert!(svg.contains("Without a territory on the map:"));
}
