//! Every JSON document the crate writes validates against its schema in
//! `docs/schemas/`: the embedded data's documents, and documents of a
//! register built to reach every branch (a window on entry into force, a
//! denounced party, a date-window status).

use hanoi_convention::__private::{
    ArticleReport, CompareReport, ComparisonRows, Document, EifReport, PaceReport, ParticipantReport,
    RosterReport, RowsReport, SearchReport, StatusReport, TimelineReport, ValidationReport,
    ValidationReports,
};
use hanoi_convention::Standing;
use hanoi_convention::actions::{Action, ActionKind};
use hanoi_convention::compare::{Comparison, Pace, milestones};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{Universe, View};
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::register::Assumption;
use hanoi_convention::{Confidence, Date, Register, convention};
use serde_json::Value;

fn schema(kind: &str) -> jsonschema::Validator {
    let path = format!(
        "{}/../docs/schemas/{kind}.schema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    jsonschema::validator_for(&value).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check<T: serde::Serialize>(kind: &str, r: &Register, body: T) {
    let doc = serde_json::to_value(Document::new(kind, r, body)).unwrap();
    let validator = schema(kind);
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{kind}: {errors:#?}");
}

fn day(s: &str) -> Date {
    hanoi_convention::parse_date(s).unwrap()
}

/// Forty States ratify (one known only to a window), one denounces.
fn eventful() -> Register {
    let states: Vec<_> = Register::embedded()
        .participants()
        .iter()
        .filter(|p| p.kind().is_state() && p.member_of().is_none())
        .take(40)
        .map(|p| p.code())
        .collect();
    let mut actions = Vec::new();
    for (i, c) in states.iter().enumerate() {
        let src = |a: Action| a.with_source("schema test", Confidence::High);
        actions.push(src(Action::new(
            *c,
            ActionKind::Signature,
            day("2025-10-25").into(),
        )));
        let when = if i == 39 {
            "2027-02-01..2027-02-20".parse().unwrap()
        } else {
            day("2027-01-05").into()
        };
        actions.push(src(Action::new(*c, ActionKind::Ratification, when)));
    }
    actions.push(
        Action::new(states[0], ActionKind::Denunciation, day("2028-01-01").into())
            .with_source("schema test", Confidence::High),
    );
    Register::builder(convention())
        .as_of(day("2029-06-30"))
        .actions(actions)
        .build()
        .unwrap()
}

#[test]
fn every_document_validates_against_its_schema() {
    let embedded = Register::embedded();
    let eventful = eventful();
    let others = [
        EmbeddedTreaty::Budapest.register(),
        EmbeddedTreaty::Cets224.register(),
    ];
    for r in [embedded, &eventful].into_iter().chain(others) {
        for d in [day("2025-10-25"), day("2025-12-01"), day("2027-02-10"), r.as_of()] {
            check("status", r, StatusReport::new(&r.on(d)));
        }
        let now = r.on(r.as_of());
        for p in r.participants() {
            check("participant", r, ParticipantReport::new(&now, p));
        }
        check("timeline", r, TimelineReport::new(&now));
        check("timeline", r, TimelineReport::new(&r.on(day("2030-01-01"))));
        let first = r.participants().iter().next().unwrap().code();
        let some = [
            Assumption::new(first, day("2030-01-01")),
            Assumption::new(first, day("2020-01-01")),
            Assumption::new("EU".parse().unwrap(), day("2030-01-01")),
        ];
        check("eif", r, EifReport::new(&now, &[]).unwrap());
        check("eif", r, EifReport::new(&now, &some).unwrap());
        let cow = hanoi_convention::embedded::state_system(CodeSystem::Cow);
        let universes = [
            Universe::Participants,
            Universe::UnMembers(hanoi_convention::embedded::un_admissions(), r.participants()),
            Universe::StateSystem(cow, r.participants()),
        ];
        for view in [View::Events, View::Wide, View::Panel, View::Years] {
            for u in universes {
                let (kind, rows) = RowsReport::new(&now, view, u).unwrap();
                check(kind, r, rows);
            }
        }
        check("participants", r, RosterReport::new(&now, None, None));
        check(
            "participants",
            r,
            RosterReport::new(&r.on(day("2040-01-01")), Some("EU".parse().unwrap()), None),
        );
    }
    // Treaties side by side.
    let on = embedded.as_of().min(others[0].as_of());
    let comparison = Comparison::new(&[embedded, others[0]], on);
    check(
        "compare",
        embedded,
        CompareReport::new(&comparison, embedded.treaty(), others[0].treaty(), None).unwrap(),
    );
    check(
        "compare",
        embedded,
        CompareReport::new(
            &comparison,
            embedded.treaty(),
            others[0].treaty(),
            Some((Standing::NotSigned, Standing::Party)),
        )
        .unwrap(),
    );
    let later = Comparison::new(&[embedded, others[0]], day("2026-07-31"));
    check(
        "compare",
        embedded,
        CompareReport::new(&later, embedded.treaty(), others[0].treaty(), None).unwrap(),
    );
    let all = Comparison::new(&[embedded, others[0], others[1]], on);
    check("comparison", embedded, ComparisonRows::new(&all));
    let registers: Vec<&Register> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
    let marks = milestones(&registers);
    let paces = registers
        .iter()
        .map(|r| Pace::of(&r.on(r.as_of()), &marks))
        .collect();
    check("pace", embedded, PaceReport::new(paces));
    // A status page against the embedded data.
    let page = include_bytes!("../../tests/fixtures/untc/XVIII-16.constructed.en.xml");
    let import =
        hanoi_convention::io::untc::from_bytes("p.xml", page, convention().participants(), None).unwrap();
    check(
        "diff",
        embedded,
        hanoi_convention::io::untc::Refresh::of(embedded.actions(), &import.actions),
    );
    for a in convention().text().articles() {
        check(
            "article",
            embedded,
            ArticleReport::new(convention(), a.number(), EmbeddedTreaty::Hanoi.crosswalk()).unwrap(),
        );
    }
    for q in ["data", "entry into force", "no such words", "criminalization"] {
        check("search", embedded, SearchReport::new(convention(), q));
    }
    let bad = vec![Action::new(
        "FRA".parse().unwrap(),
        ActionKind::Signature,
        day("2020-01-01").into(),
    )];
    let v = Register::builder(convention()).actions(bad).validate();
    assert!(!v.is_valid());
    let unreadable = hanoi_convention::io::actions::from_str("empty.tsv", "").unwrap_err();
    let files = vec![
        ValidationReport::of("bad.tsv", &v),
        ValidationReport::unreadable("empty.tsv", &unreadable),
    ];
    check(
        "validate",
        embedded,
        ValidationReports::new(embedded, true, embedded.as_of(), files),
    );
}

#[test]
fn the_schemas_reject_what_they_should() {
    let r = Register::embedded();
    let mut doc =
        serde_json::to_value(Document::new("status", r, StatusReport::new(&r.on(r.as_of())))).unwrap();
    assert!(schema("status").is_valid(&doc));
    doc["in_force"] = Value::from("maybe");
    assert!(!schema("status").is_valid(&doc));
    doc["in_force"] = Value::from("no");
    doc["extra"] = Value::from(1);
    assert!(!schema("status").is_valid(&doc));
}
