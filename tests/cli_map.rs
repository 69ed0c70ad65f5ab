//! End to end: `hanoi map` answers for the treaty, the data, the day and
//! the language it is given, and writes where `--out` says.

#![cfg(feature = "cli")]

mod tool;

use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Date, Register};
use tool::*;

/// `data-status` of the element whose `data-code` is `code`.
fn status_of<'a>(svg: &'a str, code: &str) -> Option<&'a str> {
    let line = svg
        .lines()
        .find(|l| l.contains(&format!(r#" data-code="{code}""#)))?;
    let start = line.find(" data-status=\"")? + " data-status=\"".len();
    line[start..].split('"').next()
}

fn map(args: &[&str]) -> String {
    let o = hanoi(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    let svg = stdout(&o);
    assert!(svg.starts_with("<svg "), "{args:?}: {svg:.80}");
    svg
}

#[test]
fn the_map_answers_for_the_treaty_and_the_day_given() {
    for (name, which) in [
        ("hanoi", EmbeddedTreaty::Hanoi),
        ("budapest", EmbeddedTreaty::Budapest),
        ("cets224", EmbeddedTreaty::Cets224),
    ] {
        let r = which.register();
        for day in ["2024-12-31", "2025-12-01", &r.as_of().to_string()] {
            let svg = map(&["--treaty", name, "--as-of", day, "map", "--format", "svg"]);
            let short = r.treaty().identity().short_name();
            assert!(
                svg.contains(&format!("{short}: where each participant stood on {day}")),
                "{name} {day}"
            );
            assert!(
                svg.contains(&format!("version {}", r.data_version())),
                "{name} {day}"
            );
            assert!(svg.contains("Natural Earth"), "{name} {day}");
            let on = r.on(day.parse::<Date>().unwrap());
            let drawn = svg.matches(" data-code=\"").count();
            assert_eq!(drawn, r.participants().len(), "{name} {day}");
            for p in r.participants() {
                let code = p.code();
                let status = status_of(&svg, code.as_str()).unwrap_or_else(|| panic!("{name}: {code}"));
                let known = on.status(code).unwrap();
                if known.step() == hanoi_convention::Standing::Unknown {
                    assert_eq!(status, "unknown", "{name} {day} {code}");
                } else {
                    assert_ne!(status, "unknown", "{name} {day} {code}");
                }
            }
        }
    }
}

#[test]
fn the_map_of_a_day_inside_a_window_says_unknown() {
    // Fiji signed on a day between 20 November and 29 December 2025.
    let svg = map(&["--as-of", "2025-12-01", "map"]);
    assert_eq!(status_of(&svg, "FJI"), Some("unknown"));
    let svg = map(&["--as-of", "2025-12-30", "map"]);
    assert_eq!(status_of(&svg, "FJI"), Some("signed"));
}

#[test]
fn the_map_follows_data_page_lang_and_out() {
    // --data: the local file's signature is on the map, and its version in the footer.
    let text = format!("{HEADER}\nDEU\tsignature\t2026-08-03\t\tNew York\t\thigh\tsrc\t\n");
    let path = scratch("germany-map.tsv", text.as_bytes());
    let file = path.to_str().unwrap();
    let svg = map(&["--data", file, "map"]);
    assert_eq!(status_of(&svg, "DEU"), Some("signed"));
    assert!(svg.contains("+local:germany-map.tsv"));
    let svg = map(&["--data", file, "--as-of", "2026-08-02", "map"]);
    assert_eq!(status_of(&svg, "DEU"), Some("not_signed"));
    // --lang: names in the participants' titles.
    let svg = map(&["--lang", "fr", "map"]);
    assert!(svg.contains("<title>Allemagne: "), "German in French");
    // --page: the treaty of a depositary's page.
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XVIII-16.constructed.en.xml"
    );
    let svg = map(&["--page", page, "map"]);
    assert!(svg.matches(" data-code=\"").count() > 100);
    // --out: the file, and nothing on standard output.
    let out = std::env::temp_dir().join(format!("hanoi-map-{}.svg", std::process::id()));
    let o = hanoi(&["--as-of", "2025-10-26", "--out", out.to_str().unwrap(), "map"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let svg = std::fs::read_to_string(&out).unwrap();
    let r = Register::embedded();
    assert_eq!(
        r.on(Date::constant(2025, 10, 26)).signatories().count().certain,
        72
    );
    assert_eq!(
        svg.matches(r#"data-status="signed""#).count(),
        72,
        "72 signatories, the EU among them"
    );
    let _ = std::fs::remove_file(out);
}

#[test]
fn the_map_refuses_a_format_it_does_not_draw() {
    let o = hanoi(&["map", "--format", "png"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("svg"), "{}", stderr(&o));
}
