//! The `hanoi export` files as researchers load them: a header even with
//! no rows (and a data package that still describes it), panels over the
//! years asked, and the messages that lead to the fix.

#![cfg(feature = "cli")]

mod tool;

use tool::*;

/// The header of each view, as the tool writes it with rows.
fn header_with_rows(view: &str) -> String {
    let o = hanoi(&["export", "--view", view]);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o).lines().next().unwrap().to_string()
}

#[test]
fn an_export_with_no_rows_has_its_header() {
    for (as_of, view) in [
        ("2025-09-01", "events"),
        ("2024-12-24", "panel"),
        ("2024-12-24", "years"),
    ] {
        let o = hanoi(&["--as-of", as_of, "export", "--view", view]);
        assert!(o.status.success(), "{view}: {}", stderr(&o));
        let text = stdout(&o);
        assert_eq!(text.lines().count(), 1, "{view}: {text}");
        assert_eq!(text.trim_end(), header_with_rows(view), "{view}");
    }
    let o = hanoi(&["--as-of", "2025-09-01", "timeline"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).trim_end(),
        "date,signatories_certain,signatories_possible,parties_certain,parties_possible,data_version"
    );
}

#[test]
fn an_empty_export_still_gets_its_data_package() {
    let dir = scratch("empty-marker", b"").parent().unwrap().to_path_buf();
    let csv = dir.join("events.csv");
    let o = hanoi(&[
        "--as-of",
        "2025-09-01",
        "--out",
        csv.to_str().unwrap(),
        "export",
        "--view",
        "events",
        "--datapackage",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pkg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("datapackage.json")).unwrap()).unwrap();
    let fields: Vec<&str> = pkg["resources"][0]["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    let header = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(fields.join(","), header.trim_end());
}

#[test]
fn a_panel_over_the_years_asked() {
    let o = hanoi(&["export", "--view", "panel", "--from-year", "2024"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let vnm: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("participants,VNM,"))
        .collect();
    assert_eq!(vnm.len(), 3);
    assert!(
        vnm[0].contains(",2024,2024-12-31,1,1,not_yet_open,-1,-1,-1,,no,no,"),
        "{}",
        vnm[0]
    );
    assert!(stderr(&o).contains("not the whole year"), "{}", stderr(&o));
    let o = hanoi(&["export", "--view", "panel", "--to-year", "2027"]);
    assert_clean_failure(&o, 2, "ask as of a day in 2027");
    let o = hanoi(&["export", "--view", "wide", "--from-year", "2024"]);
    assert_clean_failure(&o, 2, "not of --view wide");
    let o = hanoi(&[
        "--as-of",
        "2025-12-31",
        "export",
        "--view",
        "years",
        "--from-year",
        "2024",
    ]);
    assert!(
        o.status.success() && !stderr(&o).contains("not the whole year"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_participants_listing_carries_every_code_and_the_panels_words() {
    let o = hanoi(&["participants", "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    for col in [
        "iso2",
        "iso3",
        "iso_numeric",
        "m49",
        "cow_n",
        "cow_c",
        "gw_n",
        "status",
        "status_code",
    ] {
        assert!(header.contains(&col), "{col} in {header:?}");
    }
    let at = |row: &str, col: &str| {
        let i = header.iter().position(|h| *h == col).unwrap();
        row.split(',').nth(i).unwrap().to_string()
    };
    let vnm = text.lines().find(|l| l.starts_with("VNM,")).unwrap();
    assert_eq!(
        (
            at(vnm, "cow_n"),
            at(vnm, "gw_n"),
            at(vnm, "iso3"),
            at(vnm, "status")
        ),
        ("816".into(), "816".into(), "VNM".into(), "party".into())
    );
    // The same words as the panel's on the same day.
    let panel = stdout(&hanoi(&["export", "--view", "panel"]));
    let last = panel
        .lines()
        .rev()
        .find(|l| l.starts_with("participants,VNM,"))
        .unwrap();
    assert!(last.contains(",party,3,3,3,"), "{last}");
    // One vocabulary: --standing takes the lattice's words, the help and
    // the error name all of them, and the listing keeps those of the word.
    let help = stdout(&hanoi(&["participants", "--help"]));
    let err = stderr(&hanoi(&["participants", "--standing", "ratified"]));
    for word in hanoi_convention::Standing::ALL.iter().map(|s| s.as_str()) {
        assert!(help.contains(word) && err.contains(word), "{word}");
    }
    let csv = stdout(&hanoi(&[
        "participants",
        "--standing",
        "in_force",
        "--format",
        "csv",
    ]));
    assert!(csv.lines().count() == 1, "nobody is bound yet: {csv}");
    let csv = stdout(&hanoi(&[
        "participants",
        "--standing",
        "party",
        "--format",
        "csv",
    ]));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows.iter().all(|r| r.contains(",party,3,")), "{csv}");
}

#[test]
fn citations_give_the_address_and_a_key_of_their_treaty() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let field = |name: &str| {
        manifest
            .lines()
            .find_map(|l| {
                l.strip_prefix(name)?
                    .trim()
                    .strip_prefix('=')?
                    .trim()
                    .strip_prefix('"')?
                    .strip_suffix('"')
            })
            .map(str::to_string)
    };
    // The repository once there is one, the documentation until then.
    let address = field("repository").or_else(|| field("documentation")).unwrap();
    for (treaty, key) in [
        ("hanoi", "hanoi_convention_data_"),
        ("budapest", "budapest_convention_data_"),
        ("cets224", "cets_224_data_"),
    ] {
        let bib = stdout(&hanoi(&["--treaty", treaty, "cite", "--format", "bibtex"]));
        assert!(bib.starts_with(&format!("@misc{{{key}")), "{bib}");
        assert!(bib.contains(&format!("url = {{{address}}}")), "{bib}");
        let text = stdout(&hanoi(&["--treaty", treaty, "cite"]));
        assert!(text.replace('\n', " ").contains(&address), "{text}");
        let cff = stdout(&hanoi(&["--treaty", treaty, "cite", "--format", "cff"]));
        assert!(cff.contains(&format!("url: \"{address}\"")), "{cff}");
    }
}

#[test]
fn messages_say_what_to_type_instead() {
    let what_if = scratch(
        "what-if.tsv",
        format!("{HEADER}\tnotification\nFJI\tratification\t2026-05-01\t2026-05-01\t\t\tlow\ttest\t\t\n")
            .as_bytes(),
    );
    let path = what_if.to_str().unwrap();
    // `--data FILE` is the data to answer from: the hint names validate FILE.
    let o = hanoi(&["validate", "--data", path]);
    assert_clean_failure(&o, 2, &format!("hanoi validate --merged {path}"));
    // Alone, the ratification lacks Fiji's signature, which the treaty's
    // data has: the note says to check it merged.
    let o = hanoi(&["validate", path]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!("type `hanoi validate --merged {path}`")),
        "{}",
        stderr(&o)
    );
    let o = hanoi(&["validate", "--merged", path]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(!stderr(&o).contains("--merged"), "{}", stderr(&o));
    // A file whose problems are its own gets no such note.
    let own = scratch(
        "own.tsv",
        format!("{HEADER}\tnotification\nXXX\tsignature\t2026-05-01\t2026-05-01\t\t\tlow\ttest\t\t\n")
            .as_bytes(),
    );
    let o = hanoi(&["validate", own.to_str().unwrap()]);
    assert!(!stderr(&o).contains("--merged"), "{}", stderr(&o));
}

#[test]
fn a_former_spells_code_finds_the_participant_that_continues_it() {
    let o = hanoi(&["participant", "--code-system", "gw", "345", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], "SRB");
    assert!(
        stderr(&o).contains("is Yugoslavia (YUG, 1918-12-01..2006-06-04), a spell Serbia continues"),
        "{}",
        stderr(&o)
    );
    // Serbia's own COW number: found, no note.
    let o = hanoi(&["participant", "--code-system", "cow", "345"]);
    assert!(
        o.status.success() && !stderr(&o).contains("continues"),
        "{}",
        stderr(&o)
    );
    // A number no spell has is still unknown.
    assert_clean_failure(
        &hanoi(&["participant", "--code-system", "gw", "9999"]),
        1,
        "no participant",
    );
}
