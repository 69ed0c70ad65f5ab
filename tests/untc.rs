//! Importing the UN Treaty Collection's status pages, on a page the crate's
//! tests constructed (not a capture): the quirks of real pages, the count
//! check, the refresh of the embedded data, and the round trip through the
//! interchange format.

#![cfg(feature = "untc")]

mod common;

use common::{code, day};
use hanoi_convention::actions::ActionKind;
use hanoi_convention::export;
use hanoi_convention::io::untc::{self, ProvisionalReading, Refresh};
use hanoi_convention::{Register, convention};

const PAGE: &[u8] = include_bytes!("fixtures/untc/XVIII-16.constructed.en.xml");

fn import() -> hanoi_convention::io::untc::UntcImport {
    untc::from_bytes(
        "XVIII-16.constructed.en.xml",
        PAGE,
        convention().participants(),
        Some(day("2026-09-15")),
    )
    .unwrap()
}

#[test]
fn the_page_is_read_with_its_quirks() {
    let i = import();
    assert_eq!(i.page.reference, "XVIII-16");
    assert!(
        i.page.title.contains("Cooperation & Sharing"),
        "a bare & survives: {}",
        i.page.title
    );
    assert!(
        i.page.entry_into_force.contains('\u{201C}'),
        "a damaged quote is repaired"
    );
    assert_eq!(i.page.signatories, Some(11));
    assert_eq!(i.page.parties, None, "not in force: no Parties count");
    assert!(i.count_check().agrees(), "{:?}", i.count_check());
    assert_eq!(i.unmatched.len(), 1);
    assert_eq!(i.unmatched[0].name, "Yugoslavia");
    // Côte d'Ivoire, written in ISO-8859-1, matches.
    assert!(i.actions.iter().any(|a| a.participant() == code("CIV")));
    // Footnotes: the row's note and its depositary notification.
    let vnm = i
        .actions
        .iter()
        .find(|a| a.participant() == code("VNM") && a.kind().is_consent())
        .unwrap();
    assert_eq!(vnm.date().exact_day(), Some(day("2026-05-05")));
    assert_eq!(
        vnm.notification(),
        Some("C.N.500.2026.TREATIES-XVIII.16 of 6 May 2026")
    );
    // Markers read from the header: AA is an approval; padding and tabs in dates.
    let aze = i
        .actions
        .iter()
        .find(|a| a.participant() == code("AZE") && a.kind().is_consent())
        .unwrap();
    assert_eq!(aze.kind(), ActionKind::Approval);
    let fra = i
        .actions
        .iter()
        .find(|a| a.participant() == code("FRA") && a.kind().is_consent())
        .unwrap();
    assert_eq!(fra.date().exact_day(), Some(day("2026-09-10")));
    // The reservation, dated by the instrument it was made with, naming its provision.
    let res = i
        .actions
        .iter()
        .find(|a| a.kind() == ActionKind::Reservation)
        .unwrap();
    assert_eq!(
        (res.participant(), res.date().exact_day()),
        (code("QAT"), Some(day("2026-02-12")))
    );
    assert_eq!(
        res.provisions()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["63(3)"]
    );
    // Its note carries the heading and the statement's words.
    assert_eq!(
        res.note(),
        "Reservation: Qatar does not consider itself bound by article 63, paragraph 3."
    );
    // Every action cites the page and its date, at high confidence.
    assert!(i.actions.iter().all(|a| {
        a.provenance()
            .source()
            .contains("XVIII-16.en.xml (status as of 2026-09-15)")
    }));
}

#[test]
fn the_page_refreshes_the_embedded_data() {
    let i = import();
    let r = Register::embedded();
    let refresh = Refresh::of(r.actions(), &i.actions);
    let who = |v: &[hanoi_convention::io::untc::Pair]| {
        let mut c: Vec<String> = v
            .iter()
            .map(|p| format!("{} {}", p.ours.participant(), p.ours.kind()))
            .collect();
        c.sort();
        c
    };
    assert_eq!(
        who(&refresh.narrowed),
        [
            "CAN signature",
            "FJI signature",
            "QAT ratification",
            "VNM ratification"
        ]
    );
    assert_eq!(who(&refresh.conflicts), ["AZE ratification", "QAT reservation"]);
    assert_eq!(
        refresh
            .new
            .iter()
            .map(|a| a.participant().to_string())
            .collect::<Vec<_>>(),
        ["FRA"]
    );
    assert_eq!(refresh.unchanged, 8);
    // Every signature of the data the page lacks is listed, not lost.
    assert_eq!(
        refresh.not_on_page.len(),
        r.actions()
            .iter()
            .filter(|a| a.kind() == ActionKind::Signature)
            .count()
            - 10
    );
    // The merged data: narrowed days taken, conflicts kept for review, and
    // still valid under the Convention's rules.
    let merged = refresh.merged();
    assert_eq!(merged.len(), r.actions().len() + 1);
    let fiji = merged.iter().find(|a| a.participant() == code("FJI")).unwrap();
    assert_eq!(fiji.date().exact_day(), Some(day("2025-12-03")));
    assert_eq!(
        fiji.place().map(|p| p.as_str()),
        Some("New York"),
        "the data's place is kept"
    );
    let merged_register = Register::builder(convention())
        .as_of(day("2026-09-15"))
        .actions(merged)
        .build();
    assert!(merged_register.is_ok(), "{}", merged_register.unwrap_err());
}

#[test]
fn import_export_load_back_is_the_identity() {
    let i = import();
    let tsv = export::actions_tsv(&i.actions);
    let back = hanoi_convention::io::actions::from_str("back.tsv", &tsv)
        .and_then(|f| f.into_actions())
        .unwrap();
    let rows =
        |a: &[hanoi_convention::actions::Action]| a.iter().map(export::EventRow::of).collect::<Vec<_>>();
    assert_eq!(rows(&back), rows(&i.actions));
}

#[test]
fn what_is_not_a_page_is_a_clear_error() {
    let err =
        untc::from_bytes("x.xml", b"<Document><Treaty>", convention().participants(), None).unwrap_err();
    assert!(err.to_string().contains("x.xml:1: not a status page"), "{err}");
    // A page with no participant table imports nothing, and says so by its counts.
    let empty = br#"<Document><Treaty><Header><Chapter><Header>CHAPTER I</Header></Chapter>
        <ExternalData><Numsect>1</Numsect></ExternalData></Header></Treaty></Document>"#;
    let i = untc::from_bytes("I-1.xml", empty, convention().participants(), None).unwrap();
    assert_eq!(
        (i.page.reference.as_str(), i.actions.len(), i.page.rows.len()),
        ("I-1", 0, 0)
    );
}

/// Real pages (the 2018 corpus, byte for byte: see
/// `fixtures/untc/README.md`) whose columns the importer once dropped.
fn real(name: &str, bytes: &[u8]) -> hanoi_convention::io::untc::UntcImport {
    untc::from_bytes(name, bytes, convention().participants(), None).unwrap()
}

fn acts(i: &hanoi_convention::io::untc::UntcImport, who: &str) -> Vec<(ActionKind, String)> {
    i.actions
        .iter()
        .filter(|a| a.participant() == code(who) && !a.kind().names_provisions())
        .map(|a| (a.kind(), a.date().to_string()))
        .collect()
}

fn agreeing(i: &hanoi_convention::io::untc::UntcImport) -> (u32, u32) {
    let c = i.count_check();
    assert!(c.agrees(), "{}: {:?}", i.page.reference, c.mismatches());
    (c.table_signatories, c.table_parties)
}

#[test]
fn provisional_and_definitive_acceptance_on_a_real_page() {
    use ActionKind::{Acceptance, ProvisionalApplication};
    let i = real("XIX-34.en.xml", include_bytes!("fixtures/untc/XIX-34.en.xml"));
    assert_eq!(
        acts(&i, "FRA"),
        [
            (ProvisionalApplication, "1991-11-26".to_string()),
            (Acceptance, "1992-08-07".to_string())
        ]
    );
    assert_eq!(
        acts(&i, "LUX"),
        [(ProvisionalApplication, "1991-11-06".to_string())]
    );
    assert_eq!(acts(&i, "MYS"), [(Acceptance, "1989-10-18".to_string())]);
    // The header counts Luxembourg's provisional acceptance among its 12
    // parties; the act stays provisional (not consent).
    assert!(!ActionKind::ProvisionalApplication.is_consent());
    assert_eq!(agreeing(&i), (0, 10));
    let check = i.count_check();
    assert_eq!(check.table_parties_with_provisional, Some(12));
    assert_eq!(check.reading(), Some(ProvisionalReading::Counted));
    assert!(i.skipped.is_empty(), "{:?}", i.skipped);
}

#[test]
fn signatures_ad_referendum_definitive_and_confirmed_on_a_real_page() {
    use ActionKind::{DefinitiveSignature, SignatureAdReferendum, SignatureConfirmation};
    let i = real("XIV-7-a.en.xml", include_bytes!("fixtures/untc/XIV-7-a.en.xml"));
    assert_eq!(
        acts(&i, "EGY"),
        [
            (SignatureAdReferendum, "1986-01-02".to_string()),
            (SignatureConfirmation, "1987-01-13".to_string())
        ]
    );
    assert_eq!(
        acts(&i, "POL"),
        [(SignatureAdReferendum, "1990-08-01".to_string())]
    );
    assert_eq!(acts(&i, "VNM"), [(DefinitiveSignature, "1984-09-17".to_string())]);
    assert_eq!(agreeing(&i), (7, 33));
    assert!(i.skipped.is_empty(), "{:?}", i.skipped);
}

#[test]
fn application_to_one_more_agency_on_a_real_page() {
    let i = real("III-2-18.en.xml", include_bytes!("fixtures/untc/III-2-18.en.xml"));
    assert_eq!(
        acts(&i, "MAR"),
        [(ActionKind::Application, "2009-07-08".to_string())]
    );
    assert!(i.actions.iter().all(|a| a.kind() == ActionKind::Application));
    assert_eq!(agreeing(&i), (0, 16));
}

#[test]
fn the_new_kinds_survive_export_and_load_back() {
    for (name, bytes) in [
        (
            "XIX-34.en.xml",
            &include_bytes!("fixtures/untc/XIX-34.en.xml")[..],
        ),
        (
            "XIV-7-a.en.xml",
            &include_bytes!("fixtures/untc/XIV-7-a.en.xml")[..],
        ),
        (
            "III-2-18.en.xml",
            &include_bytes!("fixtures/untc/III-2-18.en.xml")[..],
        ),
    ] {
        let i = real(name, bytes);
        let tsv = export::actions_tsv(&i.actions);
        let back = hanoi_convention::io::actions::from_str("back.tsv", &tsv)
            .and_then(|f| f.into_actions())
            .unwrap();
        let rows =
            |a: &[hanoi_convention::actions::Action]| a.iter().map(export::EventRow::of).collect::<Vec<_>>();
        assert_eq!(rows(&back), rows(&i.actions), "{name}");
    }
}

/// A constructed page (`fixtures/untc/XIX-35.constructed.en.xml`, not a
/// capture) whose header counts the definitive acceptances only: the check
/// agrees with that reading, says so, and a page read the other way
/// (XIX-34) still agrees with its own.
#[test]
fn a_header_that_counts_definitive_acceptances_only_agrees() {
    use ActionKind::{Acceptance, ProvisionalApplication};
    let i = real(
        "XIX-35.constructed.en.xml",
        include_bytes!("fixtures/untc/XIX-35.constructed.en.xml"),
    );
    assert_eq!(i.page.parties, Some(4));
    let check = i.count_check();
    assert!(check.agrees(), "{:?}", check.mismatches());
    assert_eq!(
        (check.table_parties, check.table_parties_with_provisional),
        (4, Some(7))
    );
    assert_eq!(check.reading(), Some(ProvisionalReading::NotCounted));
    let note = check.reading_note().unwrap();
    assert!(
        note.contains("the definitive acts only (7 with the provisional ones)"),
        "{note}"
    );
    assert_eq!(
        acts(&i, "FRA"),
        [
            (ProvisionalApplication, "1993-02-02".to_string()),
            (Acceptance, "1994-09-09".to_string())
        ]
    );
    assert_eq!(
        acts(&i, "BEL"),
        [(ProvisionalApplication, "1993-01-12".to_string())]
    );
    // A count that matches neither reading is still a mismatch, naming both.
    let off = String::from_utf8_lossy(include_bytes!("fixtures/untc/XIX-35.constructed.en.xml"))
        .replace("<Parties>4</Parties>", "<Parties>5</Parties>");
    let i = real("XIX-35.constructed.en.xml", off.as_bytes());
    let check = i.count_check();
    assert!(!check.agrees());
    assert_eq!(check.reading(), None);
    let said = check.mismatches().join("; ");
    assert!(
        said.contains("the header counts 5 parties, the table 4, 7 with the rows of provisional acts"),
        "{said}"
    );
}
