//! The wide view's date columns, column by column against the actions:
//! each act's first and last possible day, the days from the opening for
//! signature to each, and the day the treaty binds each party, on exact
//! days and on windows.

mod common;

use common::{act, day, naive_entry_into_force, register};
use hanoi_convention::actions::{Action, ActionKind};
use hanoi_convention::export::{self, WideRow};
use hanoi_convention::{Date, DateWindow, Register};

/// Forty-one States sign on the opening day and ratify on a day each (the
/// fortieth in a window), the forty-first after entry into force in a
/// window; one of them denounces.
fn actions(r: &Register) -> Vec<Action> {
    let states: Vec<String> = r
        .participants()
        .iter()
        .filter(|p| p.member_of().is_none() && p.code().to_string() != "EU")
        .take(41)
        .map(|p| p.code().to_string())
        .collect();
    let mut out = Vec::new();
    for (i, c) in states.iter().enumerate() {
        out.push(act(c, ActionKind::Signature, "2025-10-25"));
        let when = match i {
            39 => "2026-03-01..2026-03-10".to_string(),
            40 => "2026-09-15..2026-09-20".to_string(),
            _ => format!("2026-01-{:02}", i % 28 + 1),
        };
        out.push(act(c, ActionKind::Ratification, &when));
    }
    out.push(act(&states[0], ActionKind::Denunciation, "2027-02-01"));
    out
}

fn days(from: Date, to: Date) -> i32 {
    let mut n = 0;
    let mut d = from;
    while d < to {
        d = d.tomorrow().unwrap();
        n += 1;
    }
    n
}

/// The four date columns of an act, as the row has them.
fn columns(row: &WideRow, act: &str) -> [Option<String>; 4] {
    let d = |v: Option<i32>| v.map(|n| n.to_string());
    match act {
        "signature" => [
            row.signature_first.clone(),
            row.signature_last.clone(),
            d(row.signature_days_first),
            d(row.signature_days_last),
        ],
        "instrument" => [
            row.instrument_first.clone(),
            row.instrument_last.clone(),
            d(row.instrument_days_first),
            d(row.instrument_days_last),
        ],
        "in_force_for" => [
            row.in_force_for_first.clone(),
            row.in_force_for_last.clone(),
            d(row.in_force_for_days_first),
            d(row.in_force_for_days_last),
        ],
        _ => [
            row.denunciation_first.clone(),
            row.denunciation_last.clone(),
            d(row.denunciation_days_first),
            d(row.denunciation_days_last),
        ],
    }
}

/// What the four columns should be for a window, counted by hand.
fn expected(w: Option<DateWindow>, opens: Date) -> [Option<String>; 4] {
    [
        w.map(|w| w.earliest().to_string()),
        w.map(|w| w.latest().to_string()),
        w.map(|w| days(opens, w.earliest()).to_string()),
        w.map(|w| days(opens, w.latest()).to_string()),
    ]
}

#[test]
fn every_date_column_agrees_with_the_actions() {
    let base = Register::embedded();
    let all = actions(base);
    let r = register(all.clone()).unwrap();
    let opens = day("2025-10-25");
    let eif = naive_entry_into_force(&all).expect("forty instruments");
    for as_of in ["2025-12-31", "2026-06-30", "2027-12-31"] {
        let on = r.on(day(as_of));
        for row in export::wide_rows(&on) {
            let mine: Vec<&Action> = all
                .iter()
                .filter(|a| a.participant().to_string() == row.code && a.date().earliest() <= on.day())
                .collect();
            let find = |k: ActionKind| mine.iter().find(|a| a.kind() == k).map(|a| a.date());
            let ctx = format!("{} as of {as_of}", row.code);
            assert_eq!(
                columns(&row, "signature"),
                expected(find(ActionKind::Signature), opens),
                "{ctx}"
            );
            assert_eq!(
                columns(&row, "instrument"),
                expected(find(ActionKind::Ratification), opens),
                "{ctx}"
            );
            assert_eq!(
                columns(&row, "denunciation"),
                expected(find(ActionKind::Denunciation), opens),
                "{ctx}"
            );
            // Bound from its deposit plus thirty days or entry into force,
            // whichever is later (art. 65(2)), once the treaty is (to be)
            // in force by the day asked.
            let bound = find(ActionKind::Ratification)
                .filter(|_| eif.earliest() <= on.day())
                .map(|w| w.add_days(30).unwrap().whichever_later(eif));
            assert_eq!(columns(&row, "in_force_for"), expected(bound, opens), "{ctx}");
            // The day-or-window text and the dates say the same.
            let text = |first: &Option<String>, last: &Option<String>| match (first, last) {
                (Some(f), Some(l)) if f == l => Some(f.clone()),
                (Some(f), Some(l)) => Some(format!("{f}..{l}")),
                _ => None,
            };
            assert_eq!(
                row.signature,
                text(&row.signature_first, &row.signature_last),
                "{ctx}"
            );
            assert_eq!(
                row.instrument_date,
                text(&row.instrument_first, &row.instrument_last),
                "{ctx}"
            );
            assert_eq!(
                row.in_force_for,
                text(&row.in_force_for_first, &row.in_force_for_last),
                "{ctx}"
            );
        }
    }
}

#[test]
fn windows_give_distinct_first_and_last_days() {
    let all = actions(Register::embedded());
    let r = register(all.clone()).unwrap();
    let rows = export::wide_rows(&r.on(day("2027-12-31")));
    let fortieth = all
        .iter()
        .filter(|a| a.kind() == ActionKind::Ratification)
        .nth(39)
        .unwrap();
    let row = rows
        .iter()
        .find(|w| w.code == fortieth.participant().to_string())
        .unwrap();
    assert_eq!(row.instrument_date.as_deref(), Some("2026-03-01..2026-03-10"));
    assert_eq!(row.instrument_first.as_deref(), Some("2026-03-01"));
    assert_eq!(row.instrument_last.as_deref(), Some("2026-03-10"));
    // 2025-10-25 to 2026-03-01: 7 + 30 + 31 + 31 + 28 = 127 days.
    assert_eq!(
        (row.instrument_days_first, row.instrument_days_last),
        (Some(127), Some(136))
    );
    // In force ninety days after the fortieth instrument: a window too.
    assert_eq!(row.in_force_for_first.as_deref(), Some("2026-05-30"));
    assert_eq!(row.in_force_for_last.as_deref(), Some("2026-06-08"));
    assert_eq!(row.signature_days_first, Some(0));
}

#[cfg(all(feature = "csv", feature = "json"))]
#[test]
fn the_data_package_declares_the_date_columns_as_dates() {
    let r = Register::embedded();
    let on = r.on(r.as_of());
    let mut out = Vec::new();
    export::Csv::new(r.data_version())
        .write(&export::wide_rows(&on), &mut out)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let header: Vec<String> = text
        .lines()
        .next()
        .unwrap()
        .split(',')
        .map(String::from)
        .collect();
    let pkg = export::datapackage(
        &on,
        &[export::Resource::new(
            "wide",
            "wide.csv",
            export::View::Wide,
            header.clone(),
        )],
    )
    .unwrap();
    let fields = pkg["resources"][0]["schema"]["fields"].as_array().unwrap();
    for act in ["signature", "instrument", "in_force_for", "denunciation"] {
        for (suffix, kind) in [
            ("first", "date"),
            ("last", "date"),
            ("days_first", "integer"),
            ("days_last", "integer"),
        ] {
            let name = format!("{act}_{suffix}");
            assert!(header.contains(&name), "{name} in the header");
            let f = fields.iter().find(|f| f["name"] == name.as_str()).unwrap();
            assert_eq!(f["type"], kind, "{name}");
        }
    }
    // The text columns stay strings beside them.
    let sig = fields.iter().find(|f| f["name"] == "signature").unwrap();
    assert_eq!(sig["type"], "string");
}

#[test]
fn the_context_of_each_choice_is_exported() {
    let r = Register::embedded();
    let rows = export::wide_rows(&r.on(r.as_of()));
    let get = |c: &str| rows.iter().find(|w| w.code == c).unwrap();
    let kir = get("KIR");
    assert_eq!(
        (
            kir.regional_group.map(|g| g.as_str()),
            kir.group_membership,
            kir.other_group.as_deref()
        ),
        (None, "disputed", Some("Asia-Pacific"))
    );
    let tur = get("TUR");
    assert_eq!(
        (tur.group_membership, tur.other_group.as_deref()),
        ("dual", Some("Asia-Pacific"))
    );
    assert_eq!(get("FRA").group_membership, "member");
    // A reason where a code is empty or unusual, from the codes' notes.
    for w in &rows {
        let p = r.participants().get(w.code.parse().unwrap()).unwrap();
        assert_eq!(
            w.code_note.as_deref().unwrap_or(""),
            p.codes().note(),
            "{}",
            w.code
        );
    }
    assert!(get("SRB").code_note.as_deref().unwrap_or("").contains("YUG"));
    // The Gleditsch-Ward letters, as countrycode's gwc has them.
    for (code, gwc) in [
        ("DEU", Some("GFR")),
        ("SRB", Some("SER")),
        ("VNM", Some("DRV")),
        ("VAT", None),
    ] {
        assert_eq!(get(code).gw_c.as_deref(), gwc, "{code}");
    }
    assert!(rows.iter().all(|w| w.gw_c.is_some() == w.gw_n.is_some()));
    assert!(
        get("VAT")
            .code_note
            .as_deref()
            .unwrap_or("")
            .contains("Papal States")
    );
}
