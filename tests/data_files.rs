//! The data files themselves: every row sourced, the rule constants in
//! agreement with `data/convention.tsv`, and the embedded data valid.

use hanoi_convention::treaty::{Accession, Delay, EntryIntoForceShape};
use hanoi_convention::{Confidence, Date, Register, convention};

/// Every data file of facts: the `.tsv` files of `data/` and of its
/// folders, but the `dataset.tsv` files, which say what each data set is
/// (its as-of date, revision and licence: the maintainers' own statements,
/// not facts with a source).
fn files() -> Vec<String> {
    let root = format!("{}/data", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.clone()].into_iter().chain(
        std::fs::read_dir(&root)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.path().display().to_string()),
    ) {
        for e in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
            let path = e.path();
            let dataset = path.file_name().is_some_and(|n| n == "dataset.tsv");
            if path.extension().is_some_and(|x| x == "tsv") && !dataset {
                out.push(path.strip_prefix(&root).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn every_row_has_a_source_and_a_confidence() {
    let names = files();
    assert!(names.len() >= 27, "{names:?}");
    for name in &names {
        let text = read(name);
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        let src = header
            .iter()
            .position(|h| *h == "source")
            .unwrap_or_else(|| panic!("{name}: no source column"));
        let conf = header
            .iter()
            .position(|h| *h == "confidence")
            .unwrap_or_else(|| panic!("{name}: no confidence column"));
        for (i, line) in lines.enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                fields.len(),
                header.len(),
                "{name}:{}: {} fields",
                i + 2,
                fields.len()
            );
            assert!(!fields[src].trim().is_empty(), "{name}:{}: no source", i + 2);
            assert!(
                fields[conf].parse::<Confidence>().is_ok(),
                "{name}:{}: confidence {:?}",
                i + 2,
                fields[conf]
            );
            assert!(!line.contains('\r'), "{name}:{}: carriage return", i + 2);
        }
    }
}

#[test]
fn final_provisions_read_from_the_data_are_the_conventions() {
    let rules = convention().rules();
    let sig = rules.signature();
    assert_eq!(sig.opens(), Date::constant(2025, 10, 25));
    assert_eq!(sig.closes(), Some(Date::constant(2026, 12, 31)));
    let places: Vec<(String, Date, Option<Date>)> = sig
        .places()
        .iter()
        .map(|p| (p.place().to_string(), p.from(), p.until()))
        .collect();
    assert_eq!(
        places,
        [
            (
                "Hanoi".to_string(),
                Date::constant(2025, 10, 25),
                Some(Date::constant(2025, 10, 26))
            ),
            ("New York".to_string(), Date::constant(2025, 10, 27), None),
        ]
    );
    assert_eq!(
        rules.entry_into_force().shape(),
        EntryIntoForceShape::DaysAfterNth {
            instruments: 40,
            days: 90,
            later_party_days: 30
        }
    );
    assert_eq!(rules.denunciation().delay(), Delay::Years(1));
    assert!(rules.denunciation().reio_ceases_when_members_denounce());
    let reio = rules.reio().expect("the Convention is open to REIOs");
    assert!(reio.acts_after_member_state() && !reio.counted_as_additional());
    assert_eq!(rules.consent().accession(), Accession::NonSignatories);
}

#[test]
fn embedded_data_is_valid_and_current() {
    let r = Register::embedded();
    let hanoi = hanoi_convention::embedded::EmbeddedTreaty::Hanoi.dataset();
    assert_eq!(r.as_of(), hanoi.as_of());
    assert_eq!(r.data_version(), hanoi.version());
    assert!(r.data_version().starts_with(&r.as_of().to_string()));
    assert_eq!(
        r.actions().len(),
        read("actions.tsv").lines().count() - 1,
        "no action dropped"
    );
    assert!(r.actions().iter().all(|a| a.date().latest() <= r.as_of()));
    assert_eq!(
        hanoi_convention::embedded::EmbeddedTreaty::Hanoi
            .crosswalk()
            .len(),
        48
    );
    assert_eq!(
        hanoi_convention::embedded::reported_totals().len(),
        read("reported_totals.tsv").lines().count() - 1
    );
}

/// Words that point at notes the crate's users do not have.
const PRIVATE: [&str; 5] = [
    "research notes",
    "FACTS.md",
    "shared/",
    "reference/",
    "notes (compiled)",
];

/// A source a reader can follow: an address, a repository reference, or a
/// named public document (a UN document symbol, the Convention's articles,
/// a standard with its version, or a decree, briefing or report named with
/// its date).
fn followable(source: &str) -> bool {
    let dated = source.as_bytes().windows(10).any(|w| {
        w.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
    });
    let named = source.split_whitespace().count() >= 5;
    // A package of a registry, named with its version ("PyPI
    // hdx-python-country 4.2.5").
    let package = ["PyPI ", "npm ", "crates.io "].iter().any(|r| source.contains(r))
        && source
            .split_whitespace()
            .any(|w| w.split('.').count() >= 2 && w.split('.').all(|p| p.parse::<u32>().is_ok()));
    package
        || source.contains("https://")
        || source.contains("http://")
        || source.contains("github:")
        || source.contains("A/RES/")
        || source.contains("ST/LEG/")
        || source.contains("of the Convention")
        || (source.contains("pycountry") && source.contains("ISO 3166"))
        || (dated && named)
}

#[test]
fn every_source_can_be_followed_by_a_reader() {
    for name in files() {
        let text = read(&name);
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        let src = header.iter().position(|h| *h == "source").unwrap();
        for (i, line) in lines.enumerate() {
            let source = line.split('\t').nth(src).unwrap_or("");
            for word in PRIVATE {
                assert!(
                    !source.contains(word),
                    "{name}:{}: the source mentions {word:?}: {source}",
                    i + 2
                );
            }
            assert!(
                followable(source),
                "{name}:{}: not a URL or a named document: {source}",
                i + 2
            );
        }
    }
}
