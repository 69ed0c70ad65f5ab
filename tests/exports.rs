//! Exports: the three views, and events exported then loaded back give an
//! equal register.

#[cfg(feature = "json")]
use hanoi_convention::export::View;
use hanoi_convention::export::{self, Universe};
use hanoi_convention::{Register, io::actions::DataFormat};

fn reload(text: &str, format: DataFormat) -> Register {
    let actions = hanoi_convention::io::actions::from_str_as("export", text, format)
        .and_then(|f| f.into_actions())
        .unwrap_or_else(|e| panic!("{e}"));
    Register::builder(hanoi_convention::convention())
        .actions(actions)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn same(a: &Register, b: &Register) {
    let rows = |r: &Register| {
        let mut v = export::event_rows(r);
        v.sort_by(|x, y| x.fields().cmp(&y.fields()));
        v
    };
    assert_eq!(rows(a), rows(b));
    assert_eq!(a.timeline(), b.timeline());
    assert_eq!(
        a.on(a.as_of()).entry_into_force(),
        b.on(b.as_of()).entry_into_force()
    );
}

#[test]
fn events_round_trip_through_tsv() {
    let r = Register::embedded();
    same(r, &reload(&export::events_tsv(r), DataFormat::Tsv));
}

/// The register's events as the CSV export writes them.
#[cfg(feature = "csv")]
fn events_csv(r: &Register) -> String {
    let mut buf = Vec::new();
    export::Csv::new(r.data_version())
        .write(&export::event_rows(r), &mut buf)
        .unwrap();
    String::from_utf8(buf).unwrap()
}

#[cfg(feature = "csv")]
#[test]
fn events_round_trip_through_csv() {
    let r = Register::embedded();
    let text = events_csv(r);
    assert_eq!(DataFormat::sniff(&text), DataFormat::Csv);
    same(r, &reload(&text, DataFormat::Csv));
}

#[cfg(feature = "json")]
#[test]
fn events_round_trip_through_json() {
    let r = Register::embedded();
    let text = serde_json::to_string(
        &export::json_document(&r.on(r.as_of()), View::Events, Universe::Participants).unwrap(),
    )
    .unwrap();
    assert_eq!(DataFormat::sniff(&text), DataFormat::Json);
    same(r, &reload(&text, DataFormat::Json));
}

#[cfg(feature = "json")]
#[test]
fn json_documents_carry_their_schema() {
    let r = Register::embedded();
    for (view, name, key, len) in [
        (
            View::Events,
            "hanoi-convention/events",
            "actions",
            r.actions().len(),
        ),
        (
            View::Wide,
            "hanoi-convention/wide",
            "rows",
            r.participants().len(),
        ),
        (
            View::Panel,
            "hanoi-convention/panel",
            "rows",
            r.participants().len() * 2,
        ),
    ] {
        let doc = export::json_document(&r.on(r.as_of()), view, Universe::Participants).unwrap();
        assert_eq!(doc["schema"], name);
        assert_eq!(doc["schema_version"], export::JSON_SCHEMA_VERSION);
        assert_eq!(doc["data_as_of"], "2026-07-31");
        assert_eq!(doc[key].as_array().map(Vec::len), Some(len), "{name}");
    }
}

#[test]
fn wide_view_reads_like_the_treaty_table() {
    let r = Register::embedded();
    let rows = export::wide_rows(&r.on(r.as_of()));
    assert_eq!(rows.len(), r.participants().len());
    let qat = rows.iter().find(|w| w.code == "QAT").unwrap();
    assert_eq!(qat.signature.as_deref(), Some("2025-10-25"));
    assert_eq!(qat.signature_place.as_deref(), Some("Hanoi"));
    assert_eq!(qat.instrument.as_deref(), Some("ratification"));
    assert_eq!(qat.instrument_date.as_deref(), Some("2026-02-01..2026-02-13"));
    assert_eq!(qat.in_force_for, None, "not in force yet");
    assert_eq!(qat.reservations.as_deref(), Some("63(3);14;15;16"));
    let aze = rows.iter().find(|w| w.code == "AZE").unwrap();
    assert_eq!(aze.reservations.as_deref(), Some("7(2);9(2);11(3);63(3)"));
    assert_eq!(rows.iter().filter(|w| w.signature.is_some()).count(), 75);
}

#[test]
fn panel_view_has_a_row_per_participant_per_year() {
    let r = Register::embedded();
    let rows = export::panel_rows(&r.on(r.as_of()), Universe::Participants).unwrap();
    assert_eq!(rows.len(), r.participants().len() * 2);
    let fji: Vec<_> = rows.iter().filter(|p| p.code.as_deref() == Some("FJI")).collect();
    assert_eq!(
        (fji[0].year, fji[0].status.as_str(), fji[0].signed),
        (2025, "signed", Some(hanoi_convention::Answer::Yes))
    );
    assert_eq!(fji[1].observed_on, "2026-07-31");
    let can = rows
        .iter()
        .find(|p| p.code.as_deref() == Some("CAN") && p.year == 2025)
        .unwrap();
    assert_eq!(can.status.as_str(), "not_signed");
}

/// Every source's address apart from its description, for every treaty's
/// events: the address a well-formed `http(s)` URL with nothing of the
/// description in it, the description in `source_note`.
#[test]
fn events_carry_each_source_in_parts() {
    use hanoi_convention::embedded::EmbeddedTreaty;
    for which in EmbeddedTreaty::ALL {
        let rows = export::event_rows(which.register());
        let mut linked = 0;
        for row in &rows {
            for url in row.source_url.split(';').filter(|u| !u.is_empty()) {
                let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
                assert!(scheme_ok && !url.contains([' ', '(', ')']), "{url:?} of {row:?}");
                assert!(row.source.contains(url), "{url:?} not in {:?}", row.source);
                linked += 1;
            }
            assert!(!row.source_note.contains("http"), "{row:?}");
        }
        assert!(
            linked * 2 > rows.len(),
            "{which:?}: {linked} addresses for {} rows",
            rows.len()
        );
    }
    let budapest = export::event_rows(EmbeddedTreaty::Budapest.register());
    let described = budapest
        .iter()
        .find(|r| r.source.contains(" ("))
        .expect("a described source");
    assert!(
        !described.source_url.is_empty() && !described.source_note.is_empty(),
        "{described:?}"
    );
    // Each note is tied to its address: `[n]` is the n-th of source_url.
    let note = described
        .source_note
        .strip_prefix("[1] ")
        .expect("tied to the first address");
    assert!(
        described.source.contains(note) || note.contains("stored copy"),
        "{described:?}"
    );
    // A source of several parts, one without an address (Azerbaijan's
    // ratification): its words come unnumbered, after the numbered ones.
    let hanoi = export::event_rows(EmbeddedTreaty::Hanoi.register());
    for row in &hanoi {
        // No note names an address beyond those listed.
        let urls = row.source_url.split(';').filter(|u| !u.is_empty()).count();
        assert!(!row.source_note.contains(&format!("[{}]", urls + 1)), "{row:?}");
    }
    let aze = hanoi
        .iter()
        .find(|r| r.participant == "AZE" && r.action == "ratification")
        .expect("Azerbaijan's ratification");
    assert_eq!(aze.source_url.split(';').count(), 2, "{aze:?}");
    assert!(aze.source_note.starts_with("AZERTAC"), "{aze:?}");
}

#[cfg(feature = "csv")]
#[test]
fn the_events_csv_has_the_source_parts_beside_the_source() {
    let r = Register::embedded();
    let text = events_csv(r);
    let header = text.lines().next().unwrap();
    assert!(
        header.contains(",source,source_url,source_note,note,"),
        "{header}"
    );
}
