//! End-to-end tests of the `hanoi` binary on the depositary's status
//! pages: `import untc` (with its count check), `diff`, and a page given as
//! `--data`.

mod tool;

use tool::*;

#[test]
fn status_pages_import_diff_and_overlay() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XVIII-16.constructed.en.xml"
    );
    let o = hanoi(&["import", "untc", page, "--check", "--as-of", "2026-09-15"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("participant\taction\tdate_from"));
    assert!(stdout(&o).contains("(status as of 2026-09-15)"));
    assert!(
        stderr(&o).contains("\"Yugoslavia\" matches no participant"),
        "{}",
        stderr(&o)
    );
    // A page whose header counts its definitive acceptances only (a
    // constructed page): checked, agreeing, and the reading said.
    let constructed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XIX-35.constructed.en.xml"
    );
    let o = hanoi(&["import", "untc", constructed, "--check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the header counts 4 parties: the definitive acts only"),
        "{}",
        stderr(&o)
    );
    let v = json(&["import", "untc", page, "--format", "json"]);
    assert_eq!(v["schema"], "hanoi-convention/events");
    assert!(v["data_version"].as_str().unwrap().starts_with("untc:XVIII-16@"));

    let v = json(&["diff", page, "--format", "json"]);
    assert_eq!(v["schema"], "hanoi-convention/diff");
    assert_eq!(v["narrowed"].as_array().map(Vec::len), Some(4));
    assert_eq!(v["conflicts"].as_array().map(Vec::len), Some(2));
    let out = std::env::temp_dir().join(format!("hanoi-cli-{}-merged.tsv", std::process::id()));
    let o = hanoi(&["diff", page]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("4 narrowed, 2 in conflict"), "{}", stdout(&o));
    // The data with the page applied, written where --out says.
    let o = hanoi(&["diff", page, "--format", "tsv", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let o = hanoi(&["validate", out.to_str().unwrap(), "--as-of", "2026-09-15"]);
    assert!(o.status.success(), "the merged data is valid: {}", stdout(&o));

    // The page merged over the embedded data, with its name on the outputs.
    let v = json(&["--data", page, "status", "--format", "json"]);
    assert!(
        v["data_version"]
            .as_str()
            .unwrap()
            .contains("+untc:XVIII-16@undated"),
        "{}",
        v["data_version"]
    );
    // The page of another treaty is refused by diff, with the reason.
    let other = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XVIII-16.constructed.en.xml"
    );
    assert_clean_failure(
        &hanoi(&["--treaty", "budapest", "diff", other]),
        2,
        "is the page of XVIII-16, not of",
    );
}

/// A page whose entry-into-force clause the crate cannot model is refused
/// as a treaty of its own (exit 1), naming the file and what it can still
/// be used for.
#[test]
fn a_page_whose_treaty_cannot_be_modelled_names_its_file() {
    let page = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/untc/XIX-34.en.xml");
    let o = hanoi(&["--page", page, "status"]);
    assert_clean_failure(&o, 1, "XIX-34.en.xml: XIX-34: the entry-into-force clause");
    assert!(stderr(&o).contains("hanoi import untc"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("built in code"), "{}", stderr(&o));
}

/// A page read as a treaty of its own (`--page`), compared with the
/// embedded Hanoi Convention whose page it is: two treaties, the page's
/// in the rows, the embedded data's in the columns.
#[test]
fn a_page_treaty_compares_with_the_embedded_treaty_of_the_same_reference() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XVIII-16.constructed.en.xml"
    );
    let o = hanoi(&["--page", page, "compare", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["treaties"][0], "XVIII-16", "{doc}");
    assert_eq!(doc["treaties"][1], "Hanoi Convention", "{doc}");
    assert_ne!(
        doc["treaties_data_as_of"][0], doc["treaties_data_as_of"][1],
        "{doc}"
    );
}
