//! End to end: every command answers for the treaty, the data and the day
//! it is given, and the commands researchers use to list, look up, cite
//! and package the data do what their help says.

mod tool;

use hanoi_convention::__private::RosterReport;
use hanoi_convention::Register;
use hanoi_convention::embedded::EmbeddedTreaty;
use serde_json::Value;
use tool::*;

/// The commands with a JSON answer, as arguments after the global flags.
const JSON_COMMANDS: &[&[&str]] = &[
    &["status"],
    &["participant", "France"],
    &["participants"],
    &["timeline"],
    &["eif"],
    &["export", "--view", "events"],
    &["export", "--view", "wide"],
    &["export", "--view", "panel"],
    &["export", "--view", "years"],
];

fn with(globals: &[&str], command: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = globals.iter().map(|s| s.to_string()).collect();
    args.extend(command.iter().map(|s| s.to_string()));
    args.extend(["--format".to_string(), "json".to_string()]);
    args
}

fn json_of(args: &[String]) -> Value {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    json(&args)
}

#[test]
fn every_command_answers_for_the_treaty_and_the_day_given() {
    for (treaty, which) in [
        ("budapest", EmbeddedTreaty::Budapest),
        ("cets224", EmbeddedTreaty::Cets224),
    ] {
        let r = which.register();
        let name = r.treaty().identity().short_name();
        for command in JSON_COMMANDS {
            let day = "2024-06-30";
            let v = json_of(&with(&["--treaty", treaty, "--as-of", day], command));
            assert_eq!(v["data_version"], r.data_version(), "{treaty} {command:?}");
            assert_eq!(v["data_as_of"], r.as_of().to_string(), "{treaty} {command:?}");
            assert_eq!(v["treaty"], name, "{treaty} {command:?}");
            let asked = v.get("as_of").or_else(|| v.get("until"));
            assert_eq!(asked.and_then(Value::as_str), Some(day), "{treaty} {command:?}");
        }
    }
}

#[test]
fn data_given_with_data_is_what_every_command_answers_from() {
    let text = format!("{HEADER}\nDEU\tsignature\t2026-08-03\t\tNew York\t\thigh\tsrc\t\n");
    let path = scratch("germany.tsv", text.as_bytes());
    let file = path.to_str().unwrap();
    for command in JSON_COMMANDS {
        let v = json_of(&with(&["--data", file], command));
        let version = v["data_version"].as_str().unwrap_or_default();
        assert!(version.contains("+local:germany.tsv"), "{command:?}: {version}");
        assert_eq!(v["data_as_of"], "2026-08-03", "{command:?}");
    }
    let v = json(&["--data", file, "participant", "Germany", "--format", "json"]);
    assert_eq!(v["status"]["stage"], "signed");
    // The day before, the same data say Germany had not signed.
    let v = json(&[
        "--data",
        file,
        "--as-of",
        "2026-08-02",
        "participant",
        "DEU",
        "--format",
        "json",
    ]);
    assert_eq!(v["status"]["stage"], "not_signed");
}

#[test]
fn a_past_day_counts_the_instruments_of_that_day() {
    // Three instruments are counted by the data's end, none at the end of 2025.
    let v = json(&["status", "--as-of", "2025-12-31", "--format", "json"]);
    assert_eq!(v["parties"]["certain"], 0);
    assert_eq!(v["instruments_counted"]["certain"], 0);
    assert_eq!(v["entry_into_force"]["counted"]["certain"], 0);
    let text = stdout(&hanoi(&["status", "--as-of", "2025-12-31"]));
    assert!(text.contains("0 of 40 instruments counted"), "{text}");
    let now = json(&["status", "--format", "json"]);
    assert_eq!(now["instruments_counted"], now["entry_into_force"]["counted"]);
    assert!(now["instruments_counted"]["certain"].as_u64() > Some(0));
}

/// The text of `status` and `eif` says whether the treaty was in force on
/// the day asked, not only the day it entered into force: the day before
/// and the day itself differ, as the JSON's `in_force` does.
#[test]
fn status_in_words_says_whether_in_force_on_the_day() {
    for (day, answer) in [("2004-06-30", "no"), ("2004-07-01", "yes")] {
        let text = stdout(&hanoi(&["--treaty", "budapest", "status", "--as-of", day]));
        assert!(text.contains(&format!("in force on {day}: {answer}\n")), "{text}");
        let v = json(&[
            "--treaty", "budapest", "status", "--as-of", day, "--format", "json",
        ]);
        assert_eq!(v["in_force"], if answer == "yes" { "yes" } else { "no" });
        // And so does the entry-into-force answer.
        let text = stdout(&hanoi(&["--treaty", "budapest", "eif", "--as-of", day]));
        assert!(text.contains(&format!("in force on {day}: {answer}\n")), "{text}");
    }
}

/// A party to the Budapest Convention that never signed the Protocol is
/// told it needs a signature: the Protocol is open for signature by the
/// Convention's parties and has no accession clause (art. 16), so there is
/// no invitation to accede to wait for.
#[test]
fn a_protocol_what_if_for_a_non_signatory_asks_for_a_signature() {
    let v = json(&[
        "--treaty",
        "cets224",
        "eif",
        "--assume",
        "AZE=2027-01-01",
        "--format",
        "json",
    ]);
    let aze = &v["what_if"]["assumed"][0];
    assert_eq!(aze["outcome"], "rejected", "{aze}");
    let said = aze["problems"][0].as_str().unwrap();
    assert!(!said.contains("invitation"), "{said}");
    assert!(said.contains("no accession clause"), "{said}");
    assert!(said.contains("expected a signature by AZE first"), "{said}");
    assert!(said.contains("(art. 16)"), "{said}");
    let text = stdout(&hanoi(&[
        "--treaty",
        "cets224",
        "eif",
        "--assume",
        "AZE=2027-01-01",
    ]));
    assert!(
        text.contains("expected a signature") && !text.contains("invitation"),
        "{text}"
    );
}

#[test]
fn validate_checks_against_the_treaty_given() {
    let text = format!("{HEADER}\nFRA\tsignature\t2001-11-23\t\tBudapest\t\thigh\tsrc\t\n");
    let path = scratch("france-2001.tsv", text.as_bytes());
    let file = path.to_str().unwrap();
    let o = hanoi(&["--treaty", "budapest", "validate", file]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("checked against the Budapest Convention"),
        "{}",
        stdout(&o)
    );
    let o = hanoi(&["validate", file]);
    assert_answered_failure(&o, 1, "rule signature-period (art. 64(1))");
    assert!(stdout(&o).contains("checked against the Hanoi Convention"));
    // Merged over the treaty's own data, not the Hanoi Convention's.
    let budapest = EmbeddedTreaty::Budapest.register();
    let o = hanoi(&["--treaty", "budapest", "validate", "--merged", file]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains(budapest.data_version()), "{}", stdout(&o));
}

#[test]
fn every_assumption_is_answered_with_its_reason() {
    let v = json(&[
        "eif",
        "--assume",
        "FRA=2020-01-01",
        "--assume",
        "QAT=2027-01-01",
        "--assume",
        "DEU=2027-01-01",
        "--assume",
        "EU=2027-02-01",
        "--format",
        "json",
    ]);
    let assumed = v["what_if"]["assumed"].as_array().unwrap();
    let outcome = |code: &str| assumed.iter().find(|a| a["code"] == code).unwrap();
    let fra = outcome("FRA");
    assert_eq!(fra["outcome"], "rejected");
    assert!(
        fra["problems"][0]
            .as_str()
            .unwrap()
            .contains("before the treaty was adopted")
    );
    // Its problem names it by its place among the assumptions.
    assert!(
        fra["problems"][0].as_str().unwrap().starts_with("assumption 1:"),
        "{fra}"
    );
    // France had not signed in 2020: the instrument assumed is an accession.
    assert_eq!(fra["instrument"], "accession");
    let qat = outcome("QAT");
    assert_eq!(qat["outcome"], "not_counted");
    assert!(qat["reason"].as_str().unwrap().contains("already"), "{qat}");
    assert_eq!(qat["instrument"], "ratification");
    let deu = outcome("DEU");
    assert_eq!(deu["outcome"], "counted");
    // A deposit after the day asked is no remark; one before it is.
    assert_eq!(deu["notes"], serde_json::json!([]));
    assert!(
        fra["notes"].to_string().contains("on or before the day asked"),
        "{fra}"
    );
    // Germany, a member State, is assumed before the EU: the EU is then
    // not counted as additional (art. 65(1)).
    let eu = outcome("EU");
    assert_eq!(eu["outcome"], "not_counted", "{eu}");
    assert!(eu["reason"].as_str().unwrap().contains("65(1)"), "{eu}");
    let from = v["what_if"]["from_data"]["counted"]["certain"].as_u64().unwrap();
    assert_eq!(
        v["what_if"]["then"]["counted"]["certain"].as_u64(),
        Some(from + 1)
    );
}

#[test]
fn a_day_after_the_data_is_answered_with_a_caveat_per_treaty() {
    let v = json(&["status", "--as-of", "2030-01-01", "--format", "json"]);
    assert_eq!(v["caveats"][0]["treaty"], "Hanoi Convention");
    assert_eq!(v["caveats"][0]["data_as_of"], v["data_as_of"]);
    let text = stdout(&hanoi(&["status", "--as-of", "2030-01-01"]));
    assert!(
        text.contains("note: the Hanoi Convention's data ends on"),
        "{text}"
    );
    assert!(
        json(&["status", "--format", "json"])["caveats"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Compared on the Hanoi data's last day: only the Budapest data end before it.
    let hanoi_end = Register::embedded().as_of().to_string();
    let v = json(&["compare", "--as-of", &hanoi_end, "--format", "json"]);
    let caveats = v["caveats"].as_array().unwrap();
    assert_eq!(caveats.len(), 1, "{caveats:?}");
    assert_eq!(caveats[0]["treaty"], "Budapest Convention");
    // The wide CSV carries each treaty's own as-of date.
    let o = hanoi(&["compare", "--wide", "--as-of", &hanoi_end, "--format", "csv"]);
    let mut lines = stdout(&o)
        .lines()
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter();
    let header: Vec<String> = lines.next().unwrap().split(',').map(String::from).collect();
    let first: Vec<String> = lines.next().unwrap().split(',').map(String::from).collect();
    let cell = |name: &str| &first[header.iter().position(|h| h == name).unwrap()];
    assert_eq!(cell("as_of"), &hanoi_end);
    assert_eq!(cell("hanoi_convention_as_of"), &hanoi_end);
    let budapest_end = EmbeddedTreaty::Budapest.register().as_of().to_string();
    assert_eq!(cell("budapest_convention_as_of"), &budapest_end);
}

#[test]
fn a_treaty_is_compared_with_another_never_with_itself() {
    let v = json(&["--treaty", "budapest", "compare", "--format", "json"]);
    assert_eq!(
        v["treaties"],
        serde_json::json!(["Budapest Convention", "Hanoi Convention"])
    );
    let v = json(&["compare", "--format", "json"]);
    assert_eq!(v["treaties"][1], "Budapest Convention");
    assert_clean_failure(
        &hanoi(&["--treaty", "budapest", "compare", "--with", "budapest"]),
        2,
        "compared with itself",
    );
}

#[test]
fn a_known_state_outside_a_treaty_is_said_to_be_outside() {
    let o = hanoi(&["--treaty", "budapest", "participant", "Viet Nam"]);
    assert_clean_failure(&o, 1, "Viet Nam (VNM) is known, but not among the participants");
    let o = hanoi(&["--treaty", "budapest", "participant", "Atlantis"]);
    assert_clean_failure(&o, 1, "no participant is called");
}

#[test]
fn participants_filter_by_organisation_and_standing() {
    let r = Register::embedded();
    let on = r.on(r.as_of());
    let expected = RosterReport::new(
        &on,
        Some("EU".parse().unwrap()),
        Some(hanoi_convention::Standing::NotSigned),
    );
    assert!(!expected.participants.is_empty());
    let v = json(&[
        "participants",
        "--member-of",
        "EU",
        "--standing",
        "not_signed",
        "--format",
        "json",
    ]);
    let codes: Vec<&str> = v["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    let want: Vec<String> = expected.participants.iter().map(|p| p.code.to_string()).collect();
    assert_eq!(codes, want);
    assert!(
        v["participants"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["member_of"] == "EU")
    );
    // The same list in the text, one line each, and exit 1 when nobody is listed.
    let o = hanoi(&["participants", "--member-of", "EU", "--standing", "not_signed"]);
    assert_eq!(
        stdout(&o).lines().filter(|l| l.ends_with("not_signed")).count(),
        want.len()
    );
    let o = hanoi(&["participants", "--member-of", "EU", "--standing", "denounced"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    // The CSV keeps the English name and adds the one asked for.
    let o = hanoi(&[
        "--lang",
        "fr",
        "participants",
        "--member-of",
        "EU",
        "--format",
        "csv",
    ]);
    let csv = stdout(&o);
    assert!(
        csv.starts_with("code,name,name_fr,regional_group,group_membership,other_group,member_of,standing,status,status_code,iso2,iso3,iso_numeric,m49,cow_n,cow_c,gw_n,gw_c,code_note,data_version\n"),
        "{csv}"
    );
    assert!(csv.contains("DEU,Germany,Allemagne,"), "{csv}");
}

#[test]
fn participants_are_found_by_a_code_in_any_system() {
    // The system's name on the command line, its column, a code.
    for (system, column, code) in [
        ("cow", "cow_n", "816"),
        ("gw", "gw_n", "816"),
        ("iso-numeric", "iso_numeric", "704"),
        ("m49", "m49", "704"),
        ("iso2", "iso2", "VN"),
        ("iso3", "iso3", "VNM"),
        ("cow-letters", "cow_c", "DRV"),
    ] {
        let v = json(&["participant", "--code-system", system, code, "--format", "json"]);
        assert_eq!(v["code"], "VNM", "{system} {code}");
        // Numeric systems are numbers in JSON, as in the exports.
        let found = &v["codes"][column];
        let as_text = found.as_u64().map_or_else(
            || found.as_str().unwrap_or_default().to_string(),
            |n| n.to_string(),
        );
        assert_eq!(as_text, code, "{system}: {}", v["codes"]);
        assert_eq!(found.is_u64(), code.parse::<u16>().is_ok(), "{system}: {found}");
    }
    assert_clean_failure(
        &hanoi(&["participant", "--code-system", "cow", "9999"]),
        1,
        "9999",
    );
    assert_clean_failure(
        &hanoi(&["participant", "--code-system", "klingon", "1"]),
        2,
        "iso-numeric",
    );
}

#[test]
fn a_citation_names_the_data_version_and_the_day_of_access() {
    let today = jiff::Timestamp::now().to_string()[..10].to_string();
    for (treaty, which) in [
        ("hanoi", EmbeddedTreaty::Hanoi),
        ("budapest", EmbeddedTreaty::Budapest),
    ] {
        let version = which.register().data_version();
        let text = stdout(&hanoi(&["--treaty", treaty, "cite"]));
        assert!(text.contains(version) && text.contains(&today), "{text}");
        let bib = stdout(&hanoi(&["--treaty", treaty, "cite", "--format", "bibtex"]));
        assert!(bib.starts_with("@misc{") && bib.contains(version), "{bib}");
        let cff = stdout(&hanoi(&["--treaty", treaty, "cite", "--format", "cff"]));
        assert!(cff.starts_with("cff-version: 1.2.0"), "{cff}");
        assert!(cff.contains(&format!("(accessed {today})")), "{cff}");
        assert!(cff.contains(version), "{cff}");
    }
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XVIII-16.constructed.en.xml"
    );
    assert_clean_failure(&hanoi(&["--page", page, "cite"]), 2, "cite the page itself");
}

#[test]
fn a_data_package_describes_the_csv_beside_it() {
    let dir = scratch("package.keep", b"").with_extension("d");
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("panel.csv");
    let o = hanoi(&[
        "--out",
        csv.to_str().unwrap(),
        "export",
        "--view",
        "panel",
        "--universe",
        "cow",
        "--datapackage",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pkg: Value = serde_json::from_slice(&std::fs::read(dir.join("datapackage.json")).unwrap()).unwrap();
    for resource in pkg["resources"].as_array().unwrap() {
        let path = dir.join(resource["path"].as_str().unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(fields, header, "{}", path.display());
    }
    assert_eq!(pkg["resources"][0]["name"], "panel");
    // Refused before anything is written: an existing file stays as it was.
    let kept = scratch("kept.json", b"kept");
    let o = hanoi(&[
        "--out",
        kept.to_str().unwrap(),
        "export",
        "--view",
        "wide",
        "--format",
        "json",
        "--datapackage",
    ]);
    assert_clean_failure(&o, 2, "expected --format csv");
    assert_eq!(std::fs::read(&kept).unwrap(), b"kept");
    assert_clean_failure(
        &hanoi(&["export", "--view", "wide", "--datapackage"]),
        2,
        "expected --out",
    );
}

/// A column name Stata takes as it is (and R and pandas too).
fn stata_safe(name: &str) -> bool {
    name.len() <= 32
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn every_csv_header_is_stata_safe() {
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["timeline"],
        vec!["compare", "--format", "csv"],
        vec!["compare", "--wide", "--format", "csv"],
        vec!["pace", "--format", "csv"],
        vec!["participants", "--format", "csv"],
        vec!["--lang", "zh", "export", "--view", "wide"],
    ];
    for view in ["events", "wide", "panel", "years"] {
        for universe in ["participants", "un-members", "cow", "gw"] {
            commands.push(vec!["export", "--view", view, "--universe", universe]);
        }
    }
    for treaty in ["hanoi", "budapest", "cets224"] {
        for command in &commands {
            let mut args = vec!["--treaty", treaty];
            args.extend(command);
            let o = hanoi(&args);
            assert!(o.status.success(), "{args:?}: {}", stderr(&o));
            let text = stdout(&o);
            let header = text.lines().next().unwrap_or_default();
            for name in header.split(',') {
                assert!(stata_safe(name), "{args:?}: column {name:?}");
            }
        }
    }
}

#[test]
fn a_what_if_on_a_past_day_starts_from_the_data_of_that_day() {
    // At the end of 2025 no instrument was counted: one assumed deposit makes one.
    let v = json(&[
        "eif",
        "--as-of",
        "2025-12-31",
        "--assume",
        "FRA=2026-01-05",
        "--format",
        "json",
    ]);
    assert_eq!(v["what_if"]["as_of"], "2025-12-31");
    assert_eq!(v["what_if"]["from_data"]["counted"]["certain"], 0);
    assert_eq!(v["what_if"]["then"]["counted"]["certain"], 1);
    // Qatar's ratification of 2026 is not yet known then: assumed, it counts.
    let v = json(&[
        "eif",
        "--as-of",
        "2025-12-31",
        "--assume",
        "QAT=2026-01-05",
        "--format",
        "json",
    ]);
    assert_eq!(v["what_if"]["assumed"][0]["outcome"], "counted");
    // A deposit before the opening for signature is noted.
    let v = json(&["eif", "--assume", "DEU=2025-01-01", "--format", "json"]);
    let notes = v["what_if"]["assumed"][0]["notes"].to_string();
    assert!(
        notes.contains("before the treaty opened for signature"),
        "{notes}"
    );
}

#[test]
fn data_given_with_data_is_checked_as_validate_checks_it() {
    // A row that cannot be read and a row against the rules: both reported,
    // by validate and by any command given the file with --data.
    let text = format!(
        "{HEADER}\nFJI\tsignature\t2025-02-30\t\t\t\thigh\tsrc\t\nNAR\tsignature\t2025-10-25\t\tHanoi\t\thigh\tsrc\t\n"
    );
    let path = scratch("two-mistakes.tsv", text.as_bytes());
    let file = path.to_str().unwrap();
    let validated = stdout(&hanoi(&["validate", file]));
    let o = hanoi(&["--data", file, "status"]);
    for needle in [
        "two-mistakes.tsv:2: field `date_from`: rule format",
        "two-mistakes.tsv:3: field `participant`: rule known-participant",
    ] {
        assert!(validated.contains(needle), "validate: {validated}");
        assert_clean_failure(&o, 1, needle);
    }
    // A record dated after today is a mistake, not a new as-of date.
    let text = format!("{HEADER}\nAUT\tratification\t2099-02-01\t\t\t\thigh\tsrc\t\n");
    let path = scratch("future.tsv", text.as_bytes());
    let file = path.to_str().unwrap();
    assert_answered_failure(&hanoi(&["validate", "--merged", file]), 1, "rule not-after-as-of");
    assert_clean_failure(&hanoi(&["--data", file, "status"]), 1, "rule not-after-as-of");
}

#[test]
fn answers_drawn_from_several_treaties_name_each_ones_data() {
    let versions: Vec<String> = EmbeddedTreaty::ALL
        .iter()
        .map(|t| {
            format!(
                "{} {}",
                t.treaty().identity().short_name(),
                t.register().data_version()
            )
        })
        .collect();
    let csv = stdout(&hanoi(&["pace", "--format", "csv"]));
    let last = csv
        .lines()
        .nth(1)
        .unwrap()
        .rsplit(',')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(last, versions.join("; "));
    let v = json(&["pace", "--format", "json"]);
    assert_eq!(v["data_version"], versions.join("; "));
    assert_eq!(
        v["treaties"][1]["data_version"],
        EmbeddedTreaty::Budapest.register().data_version()
    );
    let v = json(&["compare", "--format", "json"]);
    assert_eq!(v["data_version"], versions[..2].join("; "));
}

#[test]
fn an_unknown_organisation_is_refused() {
    assert_clean_failure(&hanoi(&["participants", "--member-of", "XX"]), 2, "expected EU");
}
