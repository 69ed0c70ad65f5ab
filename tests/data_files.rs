//! The data files themselves: every row sourced, the rule constants in
//! agreement with `data/convention.tsv`, and the embedded data valid.

use hanoi_convention::{Confidence, Register, convention, rules};

const FILES: [&str; 10] = [
    "convention.tsv",
    "chapters.tsv",
    "articles.tsv",
    "terms.tsv",
    "provisions.tsv",
    "participants.tsv",
    "actions.tsv",
    "events.tsv",
    "reported_totals.tsv",
    "budapest_crosswalk.tsv",
];

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn every_row_has_a_source_and_a_confidence() {
    for name in FILES {
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
fn rule_constants_agree_with_the_data() {
    let c = convention();
    let fact = |k: &str| {
        c.fact(k)
            .unwrap_or_else(|| panic!("no fact {k}"))
            .value()
            .to_string()
    };
    assert_eq!(fact("signature_opens"), rules::SIGNATURE_OPENS.to_string());
    assert_eq!(
        fact("hanoi_signature_ends"),
        rules::HANOI_SIGNATURE_ENDS.to_string()
    );
    assert_eq!(fact("signature_closes"), rules::SIGNATURE_CLOSES.to_string());
    assert_eq!(
        fact("instruments_for_entry_into_force"),
        rules::INSTRUMENTS_FOR_ENTRY_INTO_FORCE.to_string()
    );
    assert_eq!(
        fact("days_to_entry_into_force"),
        rules::DAYS_TO_ENTRY_INTO_FORCE.to_string()
    );
    assert_eq!(
        fact("days_for_later_parties"),
        rules::DAYS_FOR_LATER_PARTIES.to_string()
    );
    assert_eq!(
        fact("denunciation_effect_years"),
        rules::DENUNCIATION_EFFECT_YEARS.to_string()
    );
}

#[test]
fn embedded_data_is_valid_and_current() {
    let r = Register::embedded();
    assert_eq!(r.as_of(), hanoi_convention::DATA_AS_OF);
    assert!(hanoi_convention::DATA_VERSION.starts_with(&hanoi_convention::DATA_AS_OF.to_string()));
    assert_eq!(
        r.actions().len(),
        read("actions.tsv").lines().count() - 1,
        "no action dropped"
    );
    assert!(r.actions().iter().all(|a| a.date().latest() <= r.as_of()));
    assert_eq!(hanoi_convention::budapest_crosswalk().len(), 48);
    assert_eq!(
        hanoi_convention::reported_totals().len(),
        read("reported_totals.tsv").lines().count() - 1
    );
}
