//! The JSON layer, natively: the answers the page renders.

use serde_json::{Value, json};

use super::{answer, check_file};

fn ask(request: Value) -> Value {
    let text = answer(&request.to_string());
    serde_json::from_str(&text).expect("every answer is JSON")
}

fn file(treaty: &str, name: &str, text: &str) -> Value {
    let request = json!({ "treaty": treaty, "name": name }).to_string();
    serde_json::from_str(&check_file(&request, text.as_bytes())).expect("every answer is JSON")
}

#[test]
fn status_on_the_last_day_of_the_ceremony() {
    let a = ask(json!({ "ask": "status", "day": "2025-10-26" }));
    assert_eq!(a["document"]["schema"], "hanoi-convention/status");
    assert_eq!(a["document"]["signatories"]["certain"], 72);
    assert_eq!(ask(json!({ "ask": "groups" }))["group_of"]["VNM"], "Asia-Pacific");
    assert!(
        a["entry_into_force"]
            .as_str()
            .unwrap()
            .starts_with("not yet in force")
    );
    assert!(
        a["csv"]
            .as_str()
            .unwrap()
            .starts_with("group,signatories_certain,")
    );
    let later = ask(json!({ "ask": "status", "day": "2031-01-01" }));
    assert_eq!(later["document"]["caveats"].as_array().unwrap().len(), 1);
}

#[test]
fn the_status_table_has_a_row_per_signatory_with_its_dates() {
    let a = ask(json!({ "ask": "status", "day": "2025-10-26" }));
    let rows = a["table"].as_array().unwrap();
    assert_eq!(rows.len(), 72);
    let vnm = rows.iter().find(|r| r["code"] == "VNM").unwrap();
    assert_eq!(vnm["signature"]["from"], "2025-10-25");
    assert_eq!(vnm["signature"]["place"], "Hanoi");
    assert_eq!(vnm["signature"]["possible"], false);
    // Fiji signed within a window that covers 2025-12-01: possible only.
    let later = ask(json!({ "ask": "status", "day": "2025-12-01" }));
    let fji = later["table"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "FJI")
        .unwrap();
    assert_eq!(
        (fji["signature"]["from"].as_str(), fji["signature"]["to"].as_str()),
        (Some("2025-11-20"), Some("2025-12-29"))
    );
    assert_eq!(fji["signature"]["possible"], true);
    assert!(
        ask(json!({ "ask": "status", "day": "2025-11-01" }))["table"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["code"] != "FJI")
    );
}

#[test]
fn days_the_treaty_did_not_exist_are_refused() {
    let a = ask(json!({ "ask": "status", "day": "2020-01-01" }));
    assert_eq!(
        a["error"],
        "2020-01-01 is before the Hanoi Convention existed (adopted on 2024-12-24): expected a date from 2024-12-24"
    );
    let compared = ask(json!({ "ask": "compare", "day": "2024-12-23" }));
    assert!(
        compared["error"]
            .as_str()
            .unwrap()
            .contains("before the Hanoi Convention existed")
    );
    let wide = ask(json!({ "ask": "comparison_csv", "day": "2024-12-23" }));
    assert!(
        wide["error"]
            .as_str()
            .unwrap()
            .contains("before the Hanoi Convention existed")
    );
    assert!(ask(json!({ "ask": "status", "day": "2025-02-30" }))["error"].is_string());
}

#[test]
fn participants_by_name_in_any_language_and_by_code() {
    let a = ask(json!({ "ask": "participant", "query": "Đức" }));
    assert_eq!(a["found"], true);
    assert_eq!(a["code"], "DEU");
    assert_eq!(a["standings"].as_array().unwrap().len(), 3);
    let cow = ask(json!({ "ask": "participant", "query": "816", "system": "cow" }));
    assert_eq!(cow["code"], "VNM");
    assert_eq!(cow["document"]["codes"]["cow_n"], 816);
    let cow_outside =
        ask(json!({ "ask": "participant", "treaty": "budapest", "query": "816", "system": "cow" }));
    assert_eq!(cow_outside["found"], false);
    assert_eq!(cow_outside["code"], "VNM");
    assert!(
        cow_outside["message"]
            .as_str()
            .unwrap()
            .contains("not among the participants")
    );
    assert_eq!(cow_outside["standings"].as_array().unwrap().len(), 3);
    let no_code = ask(json!({ "ask": "participant", "query": "9999", "system": "gw" }));
    assert_eq!(no_code["found"], false);
    assert!(no_code["code"].is_null());
    let said = no_code["message"].as_str().unwrap();
    assert!(
        said.starts_with("no participant has the code \"9999\" in Gleditsch and Ward"),
        "{said}"
    );
    let fiji = ask(json!({ "ask": "participant", "query": "FJI" }));
    let first = fiji["sources"][0].as_array().unwrap();
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(
        first
            .iter()
            .all(|s| s["url"].as_str().unwrap().starts_with("https://"))
    );
    // A source written "URL (description)" links the URL only.
    let budapest = ask(json!({ "ask": "participant", "treaty": "budapest", "query": "Japan" }));
    let part = &budapest["sources"][0][0];
    assert_eq!(
        part["url"],
        "https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=185"
    );
    assert!(
        part["description"]
            .as_str()
            .unwrap()
            .starts_with("CoE Treaty Office chart")
    );
    assert!(part["stored_copy"].as_str().unwrap().starts_with("github "));
    let typo = ask(json!({ "ask": "participant", "query": "Ukrane" }));
    assert_eq!(typo["found"], false);
    assert_eq!(typo["suggestions"][0], "Ukraine");
    let ambiguous = ask(json!({ "ask": "participant", "query": "nga" }));
    assert_eq!(ambiguous["found"], false);
    assert_eq!(ambiguous["suggestions"], json!(["NGA", "RUS"]));
    assert!(ambiguous["message"].as_str().unwrap().contains("ambiguous"));
    let outside = ask(json!({ "ask": "participant", "treaty": "budapest", "query": "Viet Nam" }));
    assert_eq!(outside["found"], false);
    assert_eq!(outside["code"], "VNM");
    assert!(
        outside["message"]
            .as_str()
            .unwrap()
            .contains("not among the participants")
    );
}

#[test]
fn names_follow_the_language() {
    let a = ask(json!({ "ask": "names", "lang": "vi" }));
    assert_eq!(a["names"]["DEU"]["name"], "Đức");
    assert_eq!(a["names"]["VAT"]["lang"], "en");
}

#[test]
fn text_outline_article_and_search() {
    let o = ask(json!({ "ask": "outline" }));
    assert!(o["chapters"].as_array().unwrap().len() > 5);
    assert!(!o["reservable"].as_array().unwrap().is_empty());
    assert!(!o["terms"].as_array().unwrap().is_empty());
    let a = ask(json!({ "ask": "article", "number": "65" }));
    assert_eq!(a["document"]["title"], "Entry into force");
    assert_eq!(a["document"]["budapest"][0]["article"], 36);
    let s = ask(json!({ "ask": "search", "query": "traffic data" }));
    assert!(!s["document"]["hits"].as_array().unwrap().is_empty());
    assert!(ask(json!({ "ask": "article", "number": "99" }))["error"].is_string());
}

#[test]
fn thirty_seven_more_deposits() {
    let fill = ask(json!({ "ask": "non_parties" }));
    let codes: Vec<&str> = fill["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let lines: Vec<String> = codes.iter().take(37).map(|c| format!("{c}=2027-03-01")).collect();
    let mut lines = lines.join("\n");
    lines.push_str("\nAtlantis 2027-03-01\n");
    let a = ask(json!({ "ask": "what_if", "lines": lines }));
    assert_eq!(a["document"]["what_if"]["then"]["state"], "on");
    assert_eq!(a["document"]["what_if"]["then"]["date"], "2027-05-30");
    let bad = &a["lines"][37];
    assert_eq!(bad["line"], 38);
    assert!(bad["error"].as_str().unwrap().contains("Atlantis"));
}

#[test]
fn cross_table_and_a_cell_by_group() {
    let a = ask(json!({ "ask": "compare", "day": "2026-04-25" }));
    assert_eq!(a["document"]["treaties"][1], "Budapest Convention");
    assert_eq!(a["document"]["cells"][0]["by_group"][1][0], "Asia-Pacific");
    let cells = a["csv"].as_str().unwrap();
    assert!(
        cells.starts_with(
            "a,b,total,african,asia_pacific,eastern_european,latin_american_and_caribbean,\
             western_european_and_others,no_group,data_version\n"
        ),
        "{cells}"
    );
    let latest = ask(json!({ "ask": "compare" }));
    let hanoi = ask(json!({ "ask": "info" }))["treaties"][0]["data_as_of"].clone();
    let budapest = ask(json!({ "ask": "info" }))["treaties"][1]["data_as_of"].clone();
    let earlier = hanoi.as_str().unwrap().min(budapest.as_str().unwrap());
    assert_eq!(latest["document"]["as_of"], earlier);
    let l = ask(json!({ "ask": "compare", "day": "2026-04-25", "cell": ["not_signed", "in_force"] }));
    let list = l["list"].as_array().unwrap();
    assert!(list.iter().any(|m| m["code"] == "USA"));
    let csv = l["csv"].as_str().unwrap();
    assert!(
        csv.starts_with("code,name,regional_group,data_version\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), list.len() + 1);
    let weog =
        ask(json!({ "ask": "compare", "day": "2026-04-25", "cell": ["not_signed", "in_force"], "group": 4 }));
    let in_weog = weog["list"].as_array().unwrap();
    assert!(in_weog.len() < list.len());
    assert!(
        in_weog
            .iter()
            .all(|m| m["regional_group"] == "Western European and Others")
    );
    let weog_csv = weog["csv"].as_str().unwrap();
    assert_eq!(weog_csv.lines().count(), in_weog.len() + 1);
    assert!(
        weog_csv
            .lines()
            .skip(1)
            .all(|l| l.contains(",Western European and Others,"))
    );
}

#[test]
fn charts_exports_and_citation() {
    let c = ask(json!({ "ask": "charts" }));
    assert!(c["timeline_svg"].as_str().unwrap().starts_with("<svg"));
    assert!(c["pace_svg"].as_str().unwrap().contains("viewBox"));
    let e = ask(json!({ "ask": "export", "view": "wide", "format": "csv", "lang": "fr" }));
    assert!(e["text"].as_str().unwrap().starts_with("code,name,name_fr,"));
    let j = ask(json!({ "ask": "export", "view": "events", "format": "json" }));
    assert!(
        j["text"]
            .as_str()
            .unwrap()
            .contains("\"schema\": \"hanoi-convention/events\"")
    );
    let years = ask(json!({ "ask": "export", "view": "years", "format": "json" }));
    assert!(
        years["text"]
            .as_str()
            .unwrap()
            .contains("\"schema\": \"hanoi-convention/years\"")
    );
    let bad = ask(json!({ "ask": "export", "view": "long", "format": "csv" }));
    assert!(bad["error"].as_str().unwrap().contains("events"), "{bad}");
    let cite = ask(json!({ "ask": "cite", "accessed": "2026-12-01" }));
    assert!(cite["bibtex"].as_str().unwrap().starts_with("@misc{"));
}

const HEADER: &str = "participant\taction\tdate_from\tdate_to\tplace\tprovisions\tconfidence\tsource\tnote\n";

#[test]
fn a_bad_file_lists_every_problem_with_its_line() {
    let text = format!(
        "{HEADER}FRA\tsignature\t2025-01-01\t\t\t\thigh\tmy notes\t\n\
         DEU\tsignature\t2025-02-30\t\t\t\thigh\tmy notes\t\n"
    );
    let a = file("hanoi", "mine.tsv", &text);
    let problems = a["alone"]["document"]["files"][0]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0]["line"], 2);
    assert_eq!(problems[0]["rule"], "signature-period");
    assert_eq!(problems[1]["field"], "date_from");
    assert!(a["merged_version"].is_null());
    let empty = file("hanoi", "empty.tsv", "");
    assert_eq!(
        empty["alone"]["document"]["files"][0]["problems"][0]["field"],
        "(file)"
    );
    assert!(empty["alone"]["document"]["files"][0]["problems"][0]["line"].is_null());
}

#[test]
fn a_good_file_merged_answers_the_status() {
    // France ratifies, as the file says.
    let text = format!("{HEADER}FRA\tratification\t2026-07-30\t\t\t\thigh\t<img src=x onerror=alert(1)>\t\n");
    let a = file("hanoi", "mine.tsv", &text);
    assert_eq!(
        a["merged"]["document"]["files"][0]["problems"]
            .as_array()
            .unwrap()
            .len(),
        0,
        "{a}"
    );
    assert!(a["merged_version"].as_str().unwrap().contains("+local:mine.tsv@"));
    let embedded = ask(json!({ "ask": "status" }));
    let merged = ask(json!({ "ask": "status", "data": "file" }));
    let parties = |v: &Value| v["document"]["parties"]["certain"].as_u64().unwrap();
    assert_eq!(parties(&merged), parties(&embedded) + 1);
    let fra = ask(json!({ "ask": "participant", "query": "FRA", "data": "file" }));
    let sources = fra["sources"].as_array().unwrap();
    assert!(
        sources
            .iter()
            .any(|s| s[0]["description"] == "<img src=x onerror=alert(1)>" && s[0]["url"].is_null()),
        "{sources:?}"
    );
    ask(json!({ "ask": "clear_file" }));
    assert_eq!(
        parties(&ask(json!({ "ask": "status", "data": "file" }))),
        parties(&embedded)
    );
}

#[test]
fn info_and_bad_requests() {
    let i = ask(json!({ "ask": "info" }));
    assert_eq!(i["treaties"].as_array().unwrap().len(), 3);
    assert_eq!(i["max_file_bytes"], 2 * 1024 * 1024);
    assert!(ask(json!({ "ask": "nonsense" }))["error"].is_string());
    assert!(answer("not json").contains("error"));
}

#[test]
fn every_embedded_source_address_is_one_address() {
    use hanoi_convention::embedded::EmbeddedTreaty;
    for which in EmbeddedTreaty::ALL.iter().copied() {
        let r = which.register();
        let text = which.treaty().text();
        let provenances = r
            .actions()
            .iter()
            .map(|a| a.provenance())
            .chain(text.articles().iter().map(|a| a.provenance()));
        for p in provenances {
            for part in p.parts() {
                let Some(url) = part.url else { continue };
                assert!(url.starts_with("http://") || url.starts_with("https://"), "{url}");
                assert!(
                    !url.contains(char::is_whitespace) && !url.ends_with(')'),
                    "{url} in {}",
                    p.source()
                );
                assert!(!part.description.starts_with('('), "{part:?}");
            }
        }
    }
}

fn page_file(treaty: &str, name: &str, day: &str) -> Value {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/untc/XVIII-16.constructed.en.xml"
    ))
    .expect("the fixture");
    let request = json!({ "treaty": treaty, "name": name, "day": day }).to_string();
    serde_json::from_str(&check_file(&request, &bytes)).expect("every answer is JSON")
}

#[test]
fn a_depositary_page_is_applied_as_the_source_of_record() {
    let a = page_file("hanoi", "XVIII-16.en.xml", "2026-12-05");
    assert_eq!(a["page"]["reference"], "XVIII-16");
    assert_eq!(a["page"]["status_date"], "2026-12-05");
    assert!(
        a["page"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://treaties.un.org/")
    );
    assert_eq!(a["page"]["unmatched"][0], "line 30: Yugoslavia");
    let version = a["merged_version"].as_str().unwrap();
    assert!(version.ends_with("+untc:XVIII-16@2026-12-05"), "{version}");
    assert_eq!(a["merged_as_of"], "2026-12-05");
    assert_eq!(a["alone"]["document"]["files"][0]["valid"], true);
    // The page now answers: France's ratification of 10 Sep 2026 counts.
    let on = |data: &str| ask(json!({ "ask": "status", "day": "2026-12-05", "data": data }));
    let (before, after) = (on("embedded"), on("file"));
    assert_eq!(after["document"]["data_version"], version);
    let parties = |a: &Value| a["document"]["parties"]["certain"].as_u64().unwrap();
    assert!(parties(&after) > parties(&before), "{after}");
    let changes = a["page"]["changes"].as_str().unwrap();
    assert!(
        changes.starts_with("1 ratification (France, 10 Sep 2026)"),
        "{changes}"
    );
    assert_eq!(a["page"]["new"], 1);
    ask(json!({ "ask": "clear_file" }));
}

#[test]
fn a_page_of_another_treaty_is_refused_with_a_reason() {
    let a = page_file("budapest", "XVIII-16.en.xml", "2026-12-05");
    assert!(a["page"].is_null());
    assert!(a["merged_version"].is_null());
    let detail = a["alone"]["document"]["files"][0]["problems"][0]["detail"]
        .as_str()
        .unwrap();
    assert!(detail.contains("expected that treaty's status page"), "{detail}");
}
