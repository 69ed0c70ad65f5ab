//! End-to-end tests of the `hanoi` binary: exit codes, JSON output, and bad
//! input that must give a clear message, never a panic.

mod tool;

use tool::*;

#[test]
fn status_json() {
    let v = json(&["status", "--format", "json"]);
    assert_eq!(v["schema"], "hanoi-convention/status");
    assert_eq!(v["signatories"]["certain"], 75);
    assert_eq!(v["parties"]["certain"], 3);
    assert_eq!(v["entry_into_force"]["state"], "not_yet");
    assert_eq!(v["entry_into_force"]["counted"]["certain"], 3);
    assert_eq!(v["entry_into_force"]["required"], 40);
    assert_eq!(v["instruments_counted"]["certain"], 3);
    assert_eq!(v["by_group"].as_array().unwrap().len(), 6);
    let v = json(&["status", "--as-of", "2025-10-26", "--format", "json"]);
    assert_eq!(v["signatories"]["certain"], 72);
    assert_eq!(v["as_of"], "2025-10-26");
}

#[test]
fn participant_by_alias_and_code() {
    let v = json(&["participant", "Vietnam", "--format", "json"]);
    assert_eq!(v["code"], "VNM");
    assert_eq!(v["status"]["stage"], "party");
    let v = json(&["participant", "fji", "--as-of", "2025-12-01", "--format", "json"]);
    assert_eq!(v["status"]["stage"], "unknown");
    assert_eq!(v["status"]["maybe"], "signed");
    let o = hanoi(&["participant", "Viet Nom"]);
    assert_clean_failure(&o, 1, "did you mean Viet Nam");
    // Read two ways: said, with both readings, never guessed.
    let o = hanoi(&["participant", "nga"]);
    assert_clean_failure(
        &o,
        1,
        "\"nga\" is ambiguous: it is Nigeria (the code NGA) or Russian Federation",
    );
    let v = json(&[
        "participant",
        "AUS",
        "--code-system",
        "cow-letters",
        "--format",
        "json",
    ]);
    assert_eq!(v["code"], "AUT");
    let v = json(&["participant", "AUS", "--format", "json"]);
    assert_eq!(v["code"], "AUS");
}

#[test]
fn articles_and_search() {
    let v = json(&["article", "Art. 65", "--format", "json"]);
    assert_eq!(v["title"], "Entry into force");
    assert_eq!(v["chapter"]["number"], "IX");
    assert_eq!(v["budapest"][0]["article"], 36);
    let v = json(&["article", "2", "--format", "json"]);
    assert_eq!(v["terms"].as_array().unwrap().len(), 15);
    let v = json(&["article", "--search", "interception", "--format", "json"]);
    assert!(v["hits"].as_array().unwrap().iter().any(|h| h["number"] == 8));
    // Nothing found exits 1, as the help says; a malformed number is a usage error.
    assert_clean_failure(
        &hanoi(&["article", "69"]),
        1,
        "has no article 69: expected 1 to 68",
    );
    assert_clean_failure(&hanoi(&["article", "7a"]), 2, "not a whole number");
}

#[test]
fn timeline_csv_and_json() {
    let o = hanoi(&["timeline"]);
    assert!(o.status.success());
    let text = stdout(&o);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("date,signatories_certain,signatories_possible,parties_certain,parties_possible,data_version")
    );
    let first = format!(
        "2025-10-25,69,69,0,0,{}",
        hanoi_convention::Register::embedded().data_version()
    );
    assert_eq!(lines.next(), Some(first.as_str()));
    let v = json(&["timeline", "--format", "json"]);
    assert_eq!(v["points"][1]["signatories_certain"], 72);
}

#[test]
fn export_then_load_back_with_replace() {
    for format in ["csv", "json"] {
        let dir = std::env::temp_dir().join(format!("hanoi-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("events.{format}"));
        let p = path.to_str().unwrap();
        let o = hanoi(&["export", "--view", "events", "--format", format, "--out", p]);
        assert!(o.status.success(), "{}", stderr(&o));
        let embedded = json(&["status", "--format", "json"]);
        let reloaded = json(&[
            "--data",
            p,
            "--replace",
            "--data-as-of",
            "2026-07-31",
            "status",
            "--format",
            "json",
        ]);
        assert_eq!(embedded["signatories"], reloaded["signatories"]);
        assert_eq!(embedded["by_group"], reloaded["by_group"]);
        let o = hanoi(&["validate", p]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
    }
}

#[test]
fn merged_data_updates_the_status() {
    let update =
        format!("{HEADER}\nFRA\tratification\t2026-09-01\t\tNew York\t\thigh\thttps://example.org/fr\t\n");
    let path = scratch("update.tsv", update.as_bytes());
    let p = path.to_str().unwrap();
    let v = json(&[
        "--data",
        p,
        "--data-as-of",
        "2026-10-01",
        "status",
        "--as-of",
        "2026-10-01",
        "--format",
        "json",
    ]);
    assert_eq!(v["parties"]["certain"], 4);
    let v = json(&[
        "--data",
        p,
        "--data-as-of",
        "2026-10-01",
        "eif",
        "--format",
        "json",
    ]);
    assert_eq!(v["entry_into_force"]["counted"]["certain"], 4);
    assert!(hanoi(&["validate", "--merged", p]).status.success());
}

#[test]
fn eif_what_if() {
    let v = json(&["eif", "--assume", "FRA=2027-01-01", "--format", "json"]);
    assert_eq!(v["what_if"]["then"]["counted"]["certain"], 4);
    assert_eq!(v["what_if"]["assumed"][0]["outcome"], "counted");
    assert_clean_failure(&hanoi(&["eif", "--assume", "FRA"]), 2, "CODE=DATE");
}

#[test]
fn validate_reports_every_problem_with_its_line() {
    let text = format!(
        "{HEADER}\nNAR\tsignature\t2025-10-25\t\tHanoi\t\thigh\tsrc\t\n\
         FJI\tsignature\t2025-02-30\t\t\t\thigh\tsrc\t\n\
         FJI\tsignature\t2025-11-20\t\t\t\thigh\tsrc\t\textra\tfields\n\
         MUS\tratification\t2026-01-10\t\t\t\thigh\tsrc\t\n"
    );
    let path = scratch("bad.tsv", text.as_bytes());
    let o = hanoi(&["validate", path.to_str().unwrap()]);
    // The answer is on standard output: `hanoi validate f > report.txt` keeps it.
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("bad.tsv:3: field `date_from`: rule format"), "{out}");
    assert!(out.contains("bad.tsv:4: field `(row)`"), "{out}");
    // The rules are checked on the rows that could be read, in the same run.
    assert!(
        out.contains("bad.tsv:2: field `participant`: rule known-participant"),
        "{out}"
    );
    assert!(
        out.contains("bad.tsv:5: field `action`: rule consent-after-signature (art. 64(3))"),
        "{out}"
    );
    assert!(
        out.contains("2 record(s) could not be read; the rules were checked on the other 2"),
        "{out}"
    );
    assert!(!stderr(&o).contains("panicked"));
    // Fixed, only the rule problems remain.
    let text = format!(
        "{HEADER}\nNAR\tsignature\t2025-10-25\t\tHanoi\t\thigh\tsrc\t\nMUS\tratification\t2026-01-10\t\t\t\thigh\tsrc\t\n"
    );
    let path = scratch("rules.tsv", text.as_bytes());
    let o = hanoi(&["validate", path.to_str().unwrap()]);
    let err = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("rules.tsv:2: field `participant`: rule known-participant"),
        "{err}"
    );
    assert!(
        err.contains("rules.tsv:3: field `action`: rule consent-after-signature (art. 64(3))"),
        "{err}"
    );
}

#[test]
fn bad_files_fail_cleanly() {
    let long = format!(
        "{HEADER}\nFJI\tsignature\t{}\t\t\t\thigh\tsrc\t\n",
        "9".repeat(1 << 20)
    );
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        ("empty.tsv", vec![], 2, "empty"),
        (
            "binary.bin",
            vec![0, 159, 146, 150, 0, 1, 2, 255],
            2,
            "not UTF-8 text",
        ),
        ("header.tsv", HEADER.as_bytes().to_vec(), 2, "no records"),
        ("long.tsv", long.into_bytes(), 1, "long.tsv:2: field `date_from`"),
        (
            "garbage.csv",
            b"this is, not, an actions file\n1,2,3\n".to_vec(),
            2,
            "unknown column",
        ),
        ("broken.json", b"{\"actions\": [".to_vec(), 2, "not valid JSON"),
    ];
    for (name, bytes, code, needle) in cases {
        let path = scratch(name, &bytes);
        let o = hanoi(&["validate", path.to_str().unwrap()]);
        assert_answered_failure(&o, code, needle);
        let o = hanoi(&["--data", path.to_str().unwrap(), "status"]);
        assert_clean_failure(&o, code, needle);
    }
    let o = hanoi(&["validate", "/nonexistent/actions.tsv"]);
    assert_answered_failure(&o, 2, "cannot read");
    let o = hanoi(&["status", "--as-of", "2025-02-30"]);
    assert_clean_failure(&o, 2, "is not a calendar date");
}

#[test]
fn text_output_fits_in_100_columns() {
    let mut outputs = vec![hanoi(&["status"]), hanoi(&["eif", "--assume", "FRA=2027-01-01"])];
    for code in ["QAT", "AZE", "USA", "TUR", "EU", "PSE", "CAN", "FJI"] {
        outputs.push(hanoi(&["participant", code]));
    }
    for n in 1..=68 {
        outputs.push(hanoi(&["article", &n.to_string()]));
    }
    outputs.push(hanoi(&["article", "--search", "data"]));
    for o in outputs {
        assert!(o.status.success(), "{}", stderr(&o));
        for line in stdout(&o).lines() {
            // A URL longer than a line stands whole on a line of its own.
            let lone_url = line.trim_start().starts_with("https://") && !line.trim().contains(' ');
            assert!(
                line.chars().count() <= 100 || lone_url,
                "{} columns: {line}",
                line.chars().count()
            );
            assert!(
                !line.contains("https://")
                    || line.trim_start().starts_with("https://")
                    || line.chars().count() <= 100
            );
        }
    }
}

#[test]
fn the_tools_json_is_the_librarys_serde_output() {
    use hanoi_convention::__private::{Document, EifReport, ParticipantReport, StatusReport};
    use hanoi_convention::Register;
    let r = Register::embedded();
    let lib = |doc: serde_json::Value| doc;
    let day = hanoi_convention::parse_date("2026-04-01").unwrap();
    assert_eq!(
        json(&["status", "--as-of", "2026-04-01", "--format", "json"]),
        lib(serde_json::to_value(Document::new("status", r, StatusReport::new(&r.on(day)))).unwrap())
    );
    let fiji = r.participants().find("Fiji").unwrap();
    assert_eq!(
        json(&["participant", "fji", "--format", "json"]),
        serde_json::to_value(Document::new(
            "participant",
            r,
            ParticipantReport::new(&r.on(r.as_of()), fiji)
        ))
        .unwrap()
    );
    assert_eq!(
        json(&["eif", "--format", "json"]),
        serde_json::to_value(Document::new(
            "eif",
            r,
            EifReport::new(&r.on(r.as_of()), &[]).unwrap()
        ))
        .unwrap()
    );
    // Keys come out in the documented order: the envelope first.
    let text = stdout(&hanoi(&["status", "--format", "json"]));
    let order: Vec<usize> = [
        "\"schema\"",
        "\"schema_version\"",
        "\"data_version\"",
        "\"data_as_of\"",
        "\"as_of\"",
    ]
    .iter()
    .map(|k| text.find(k).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn validate_takes_an_as_of_date_and_json() {
    let text = format!("{HEADER}\nFJI\tsignature\t2026-09-01\t\t\t\thigh\tsrc\t\n");
    let path = scratch("late.tsv", text.as_bytes());
    let p = path.to_str().unwrap();
    // By default the as-of date is the latest day the file knows: valid.
    assert!(hanoi(&["validate", p]).status.success());
    // Against an earlier as-of date, the row is after it.
    let o = hanoi(&["validate", p, "--as-of", "2026-07-31"]);
    assert_answered_failure(&o, 1, "rule not-after-as-of");
    let o = hanoi(&["validate", p, "--as-of", "2026-07-31", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "hanoi-convention/validate");
    assert_eq!(v["files"][0]["valid"], false);
    assert_eq!(v["files"][0]["problems"][0]["rule"], "not-after-as-of");
    // Each line names its rule once.
    let o = hanoi(&["validate", p, "--as-of", "2026-07-31"]);
    assert_eq!(stdout(&o).matches("not-after-as-of").count(), 1, "{}", stdout(&o));
}

#[test]
fn version_names_the_data() {
    let o = hanoi(&["--version"]);
    assert!(
        stdout(&o).contains(hanoi_convention::Register::embedded().data_version()),
        "{}",
        stdout(&o)
    );
    let o = hanoi(&["--help"]);
    assert!(stdout(&o).contains("Exit codes"), "{}", stdout(&o));
}

#[test]
fn data_overlays_are_marked_in_outputs() {
    let text = format!("{HEADER}\nFRA\tsignature\t2026-08-15\t\t\t\thigh\tsrc\t\n");
    let path = scratch("overlay.tsv", text.as_bytes());
    let v = json(&["--data", path.to_str().unwrap(), "status", "--format", "json"]);
    let version = v["data_version"].as_str().unwrap();
    assert!(
        version.starts_with(hanoi_convention::Register::embedded().data_version()),
        "{version}"
    );
    assert!(version.contains("+local:overlay.tsv@2026-08-15"), "{version}");
    // The as-of date is the latest day the merged data know, not the clock.
    assert_eq!(v["data_as_of"], "2026-08-15");
}

#[test]
fn a_panel_beyond_any_treatys_span_is_refused() {
    let text = format!("{HEADER}\nFRA\tsignature\t2026-01-01\t\t\t\thigh\tsrc\t\n");
    let path = scratch("span.tsv", text.as_bytes());
    let o = hanoi(&[
        "--data",
        path.to_str().unwrap(),
        "--data-as-of",
        "9999-12-31",
        "export",
        "--view",
        "panel",
    ]);
    assert_clean_failure(&o, 2, "no treaty needs more than 200");
    assert!(o.stdout.is_empty());
}

#[test]
fn completions_and_manual_page() {
    for shell in ["bash", "zsh", "fish"] {
        let o = hanoi(&["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        assert!(stdout(&o).contains("hanoi"), "{shell}");
        assert!(
            stdout(&o).contains("validate"),
            "{shell}: subcommands are completed"
        );
    }
    let o = hanoi(&["man"]);
    assert!(o.status.success());
    let man = stdout(&o);
    assert!(man.contains(".TH hanoi 1"), "{man}");
    assert!(man.contains(hanoi_convention::Register::embedded().data_version()));
    assert!(man.contains("Exit codes"));
    assert_clean_failure(&hanoi(&["completions", "cmd.exe"]), 2, "invalid value");
}

#[test]
fn other_treaties_compare_and_pace() {
    let v = json(&[
        "--treaty",
        "budapest",
        "status",
        "--as-of",
        "2004-07-01",
        "--format",
        "json",
    ]);
    assert_eq!(
        v["entry_into_force"],
        serde_json::json!({ "state": "on", "date": "2004-07-01" })
    );
    assert_eq!(v["parties"]["certain"], 6);
    assert_eq!(v["by_group"][0]["group"], "members of the Council of Europe");
    let v = json(&[
        "--treaty",
        "budapest",
        "participant",
        "Armenia",
        "--format",
        "json",
    ]);
    assert_eq!(v["bound_from"]["earliest"], "2007-02-01");
    let v = json(&["--treaty", "cets224", "eif", "--format", "json"]);
    assert_eq!(v["entry_into_force"]["counted"]["certain"], 3);
    assert_eq!(v["entry_into_force"]["required"], 5);

    let v = json(&["compare", "--list", "not_signed,in_force", "--format", "json"]);
    assert_eq!(v["schema"], "hanoi-convention/compare");
    assert_eq!(v["treaties"][1], "Budapest Convention");
    let cells = v["cells"].as_array().unwrap();
    let total: u64 = cells.iter().map(|c| c["total"].as_u64().unwrap()).sum();
    assert_eq!(Some(total), v["total"].as_u64());
    let listed = v["list"]["participants"].as_array().unwrap();
    let cell = cells
        .iter()
        .find(|c| c["a"] == "not_signed" && c["b"] == "in_force")
        .unwrap();
    assert_eq!(Some(listed.len() as u64), cell["total"].as_u64());
    let v = json(&["compare", "--wide", "--format", "json"]);
    assert_eq!(v["treaties"].as_array().map(Vec::len), Some(3));
    let o = hanoi(&["compare", "--wide", "--format", "csv"]);
    let csv = stdout(&o);
    assert!(
        csv.starts_with(
            "code,name,regional_group,hanoi_convention,budapest_convention,second_additional_protocol,as_of,\
             hanoi_convention_as_of,budapest_convention_as_of,second_additional_protocol_as_of,data_version\n"
        ),
        "{csv}"
    );

    let v = json(&["pace", "--format", "json"]);
    assert_eq!(v["treaties"][1]["entry_into_force"]["latest"], 951);
    let o = hanoi(&["pace", "budapest", "hanoi", "--format", "svg"]);
    assert!(stdout(&o).starts_with("<svg") && stdout(&o).contains("Hanoi Convention"));
    let o = hanoi(&["pace", "--format", "csv"]);
    assert!(stdout(&o).starts_with("treaty,opened,required,consent_1_days"));
}

#[test]
fn bad_treaty_input_is_refused_clearly() {
    assert_clean_failure(
        &hanoi(&["--treaty", "vienna", "status"]),
        2,
        "possible values: hanoi, budapest, cets224",
    );
    assert_clean_failure(
        &hanoi(&["--treaty", "budapest", "status", "--as-of", "1999-01-01"]),
        2,
        "before the Budapest Convention existed (adopted on 2001-11-08)",
    );
    assert_clean_failure(
        &hanoi(&["compare", "--as-of", "2020-01-01"]),
        2,
        "before the Hanoi Convention existed",
    );
    assert_clean_failure(&hanoi(&["compare", "--list", "party"]), 2, "two standings");
    assert_clean_failure(
        &hanoi(&["compare", "--list", "party,friend"]),
        2,
        "is not a standing",
    );
}

#[test]
fn a_participant_by_its_name_in_another_language_and_printed_in_it() {
    let o = hanoi(&["participant", "Đức", "--lang", "vi"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("Đức (DEU; Germany)"), "{text}");
    assert!(!text.contains("no Vietnamese name"), "{text}");
    for query in ["Германия", "德国", "ألمانيا", "Alemania", "deu", "DE"] {
        let o = hanoi(&["participant", query, "--lang", "fr"]);
        assert!(
            stdout(&o).starts_with("Allemagne (DEU; Germany)"),
            "{query}: {}",
            stdout(&o)
        );
    }
}

#[test]
fn a_participant_as_json_carries_its_names_in_every_language() {
    let doc = json(&["participant", "Allemagne", "--format", "json"]);
    assert_eq!(doc["code"], "DEU");
    assert_eq!(doc["name"], "Germany");
    assert_eq!(doc["names"]["fr"], "Allemagne");
    assert_eq!(doc["names"]["vi"], "Đức");
    assert_eq!(doc["names"].as_object().unwrap().len(), 7);
    // The Holy See: the UN's names in its six languages, no CLDR name of the
    // territory passed off as its own (CLDR's French one finds it, as an alias).
    let doc = json(&["participant", "État de la Cité du Vatican", "--format", "json"]);
    assert_eq!(doc["code"], "VAT", "{doc}");
    assert_eq!(doc["names"]["fr"], "Saint-Siège");
    assert_eq!(
        doc["names"].as_object().unwrap().len(),
        6,
        "no Vietnamese name: {doc}"
    );
    assert_eq!(doc["formal_names"]["fr"], "Saint-Siège");
    // The UN's formal names find their participants.
    for (query, code) in [
        ("Fédération de Russie", "RUS"),
        ("Российская Федерация", "RUS"),
        ("中华人民共和国", "CHN"),
        ("Saint-Siège", "VAT"),
        ("État de Palestine", "PSE"),
    ] {
        assert_eq!(
            json(&["participant", query, "--format", "json"])["code"],
            code,
            "{query}"
        );
    }
}

#[test]
fn names_missing_in_a_language_are_shown_in_english_and_said_once() {
    let o = hanoi(&["--lang", "vi", "participant", "Holy See"]);
    let text = stdout(&o);
    assert!(text.starts_with("Holy See (VAT)"), "{text}");
    assert_eq!(text.matches("no Vietnamese name recorded").count(), 1, "{text}");
    let o = hanoi(&["--lang", "vi", "status"]);
    let text = stdout(&o);
    assert!(
        text.starts_with("Công ước của Liên hợp quốc về chống tội phạm mạng: status"),
        "{text}"
    );
    assert!(text.contains("Việt Nam"), "{text}");
    assert!(!text.contains("shown in English"), "{text}");
    // The Budapest Convention has no recorded French title: said once.
    let o = hanoi(&["--treaty", "budapest", "--lang", "fr", "status"]);
    let text = stdout(&o);
    assert_eq!(text.matches("no French name recorded").count(), 1, "{text}");
    assert!(text.contains("Allemagne"), "{text}");
}

#[test]
fn an_unknown_language_is_a_usage_error_with_the_list() {
    for lang in ["de", "english", ""] {
        let o = hanoi(&["status", "--lang", lang]);
        assert_eq!(o.status.code(), Some(2), "{lang}");
        let err = stderr(&o);
        assert!(err.contains("ar, zh, en, fr, ru, es, vi"), "{lang}: {err}");
    }
}

#[test]
fn an_export_adds_a_name_column_in_the_language_asked_for() {
    let o = hanoi(&["--lang", "ru", "export", "--view", "events"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let (code, name_ru) = (
        header
            .iter()
            .position(|h| *h == "participant" || *h == "code")
            .unwrap(),
        header.iter().position(|h| *h == "name_ru").unwrap(),
    );
    let vnm = text
        .lines()
        .find(|l| l.split(',').nth(code) == Some("VNM"))
        .unwrap();
    assert_eq!(vnm.split(',').nth(name_ru), Some("Вьетнам"), "{vnm}");
    // Without --lang, no column is added.
    let plain = stdout(&hanoi(&["export", "--view", "events"]));
    assert!(!plain.lines().next().unwrap().contains("name_"));
}

/// An I/O error's cause (the operating system's words) is printed once:
/// the tool walks the error's chain, and `Display` is one level only.
#[test]
fn an_io_cause_is_printed_once() {
    let dir = std::env::temp_dir().join(format!("hanoi-cli-{}-absent", std::process::id()));
    let out = dir.join("sub").join("events.csv");
    let os = std::fs::File::create(&out).unwrap_err().to_string();
    let o = hanoi(&[
        "--out",
        out.to_str().unwrap(),
        "export",
        "--view",
        "events",
        "--format",
        "csv",
    ]);
    assert_clean_failure(&o, 2, "(output): cannot write: ");
    assert_eq!(stderr(&o).matches(os.as_str()).count(), 1, "{}", stderr(&o));
    let missing = dir.join("actions.tsv");
    let os = std::fs::read(&missing).unwrap_err().to_string();
    let o = hanoi(&["validate", missing.to_str().unwrap()]);
    assert_answered_failure(&o, 2, &format!("cannot read: {os}"));
    assert_eq!(stdout(&o).matches(os.as_str()).count(), 1, "{}", stdout(&o));
}
