//! The crate's one error type: opaque, with a kind for each failure, the
//! predicates and accessors a caller branches on, and the error behind it
//! kept as its `source()`, printed once when a reporter walks the chain.

use std::error::Error as _;

use hanoi_convention::actions::ActionKind;
use hanoi_convention::embedded::{EmbeddedTreaty, find_participant};
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::treaty::{ArticleNumber, ProvisionRef};
use hanoi_convention::{Code, Date, DateWindow, Error, ErrorKind, Register, convention, parse_date};

/// A path that does not exist on any machine the tests run on.
fn missing() -> String {
    std::env::temp_dir()
        .join(format!("hanoi-errors-{}-absent", std::process::id()))
        .join("actions.tsv")
        .display()
        .to_string()
}

/// The messages of `e` and of every error behind it, outermost first.
fn chain(e: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut next = e.source();
    while let Some(c) = next {
        out.push(c.to_string());
        next = c.source();
    }
    out
}

fn io_error() -> (Error, String) {
    let path = missing();
    let os = std::fs::read(&path).unwrap_err().to_string();
    (hanoi_convention::io::actions::from_path(&path).unwrap_err(), os)
}

#[test]
fn an_io_cause_is_the_source_and_prints_once_in_a_chain() {
    let (err, os) = io_error();
    let path = missing();
    // Display is this level only: the path and what was being done.
    assert_eq!(err.to_string(), format!("{path}: cannot read"));
    let source = err.source().expect("the operating system's error is kept");
    let io = source.downcast_ref::<std::io::Error>().expect("an io::Error");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    let links = chain(&err);
    assert_eq!(links, [format!("{path}: cannot read"), os.clone()]);
    let joined = links.join(": ");
    assert_eq!(joined.matches(os.as_str()).count(), 1, "{joined}");
    // The crate's own reporter, the tool's and the page's, and Debug (what
    // `fn main() -> Result<(), Error>` prints) each name the cause once.
    let report = hanoi_convention::__private::report(&err);
    assert_eq!(report, joined);
    let debug = format!("{err:?}");
    assert_eq!(debug.matches(os.as_str()).count(), 1, "{debug}");
    let pretty = format!("{err:#?}");
    assert!(pretty.contains("Io"), "{pretty}");
    // A clone keeps the source.
    assert!(err.clone().source().is_some());
}

#[cfg(feature = "json")]
#[test]
fn an_unreadable_file_in_a_validation_report_names_the_cause_once() {
    let (err, os) = io_error();
    let report = hanoi_convention::__private::ValidationReport::unreadable("actions.tsv", &err);
    let detail = serde_json::to_value(&report).unwrap()["problems"][0]["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.ends_with(&format!("cannot read: {os}")), "{detail}");
    assert_eq!(detail.matches(os.as_str()).count(), 1, "{detail}");
}

/// Every kind, from an ordinary call; each predicate true for its own kind
/// only, and each accessor empty for the other kinds.
#[test]
fn each_kind_comes_from_an_ordinary_call() {
    let p = Register::embedded().participants();
    let early = hanoi_convention::actions::Action::new(
        "FRA".parse().unwrap(),
        ActionKind::Signature,
        Date::constant(2025, 1, 1).into(),
    );
    let cases: Vec<(ErrorKind, Error)> = vec![
        (
            ErrorKind::Invalid,
            Register::builder(convention()).action(early).build().unwrap_err(),
        ),
        (
            ErrorKind::Format,
            hanoi_convention::io::actions::from_str("empty.tsv", "").unwrap_err(),
        ),
        (ErrorKind::Io, io_error().0),
        (ErrorKind::NotFound, p.find("Atlantis").unwrap_err()),
        (
            ErrorKind::NotFound,
            p.find_code(CodeSystem::CowLetters, "QQQ").unwrap_err(),
        ),
        (ErrorKind::Ambiguous, p.find("nga").unwrap_err()),
        (
            ErrorKind::OutsideTreaty,
            find_participant(EmbeddedTreaty::Budapest.treaty(), "Viet Nam").unwrap_err(),
        ),
        (
            ErrorKind::OutOfRange,
            Register::embedded()
                .try_on(Date::constant(2024, 1, 1))
                .unwrap_err(),
        ),
        (ErrorKind::Value, "V1M".parse::<Code>().unwrap_err()),
        (ErrorKind::Value, "7a".parse::<ArticleNumber>().unwrap_err()),
        (ErrorKind::Value, "63(".parse::<ProvisionRef>().unwrap_err()),
        (ErrorKind::Value, "ratify".parse::<ActionKind>().unwrap_err()),
        (ErrorKind::Value, parse_date("2025-02-30").unwrap_err()),
        (
            ErrorKind::Value,
            "2026-01-02..2026-01-01".parse::<DateWindow>().unwrap_err(),
        ),
        (
            ErrorKind::Value,
            DateWindow::from(Date::constant(9999, 12, 31))
                .add_days(1)
                .unwrap_err(),
        ),
    ];
    for (kind, err) in &cases {
        assert_eq!(err.kind(), *kind, "{err}");
        assert_eq!(err.is_invalid(), *kind == ErrorKind::Invalid, "{err}");
        assert_eq!(err.is_not_found(), *kind == ErrorKind::NotFound, "{err}");
        assert_eq!(err.is_io(), *kind == ErrorKind::Io, "{err}");
        assert_eq!(err.problems().is_some(), *kind == ErrorKind::Invalid, "{err}");
        assert_eq!(err.io_kind().is_some(), *kind == ErrorKind::Io, "{err}");
        assert_eq!(err.source().is_some(), *kind == ErrorKind::Io, "{err}");
        assert_eq!(
            err.participant().is_some(),
            *kind == ErrorKind::OutsideTreaty,
            "{err}"
        );
        if *kind != ErrorKind::Ambiguous {
            assert!(err.candidates().is_empty(), "{err}");
        }
        if *kind != ErrorKind::NotFound {
            assert!(err.suggestions().is_empty(), "{err}");
        }
        // Every message says what was expected, or what is wrong.
        assert!(!err.to_string().is_empty());
        assert_eq!(format!("{err:?}"), hanoi_convention::__private::report(err));
    }
}

/// The messages of the kinds that were public error types of their own
/// read as they did.
#[test]
fn value_messages_are_unchanged() {
    let code = "V1M".parse::<Code>().unwrap_err();
    assert_eq!(
        code.to_string(),
        "\"V1M\" is not a participant code: expected 2 or 3 ASCII letters (ISO 3166-1 alpha-3, or EU)"
    );
    let article = "7a".parse::<ArticleNumber>().unwrap_err();
    assert_eq!(
        article.to_string(),
        "\"7a\" is not an article number: not a whole number; expected a whole number from 1, optionally \
         after \"Art.\" or \"article\""
    );
    let keyword = "ratify".parse::<ActionKind>().unwrap_err();
    assert!(
        keyword
            .to_string()
            .starts_with("\"ratify\" is not an action kind: expected one of ")
    );
    let date = parse_date("25/10/2025").unwrap_err();
    assert_eq!(
        date.to_string(),
        "\"25/10/2025\" is not a calendar date: expected YYYY-MM-DD (e.g. 2025-10-25)"
    );
    let reversed = "2026-01-02..2026-01-01".parse::<DateWindow>().unwrap_err();
    assert_eq!(
        reversed.to_string(),
        "window starts on 2026-01-02 but ends on 2026-01-01: its start must not be after its end"
    );
    let beyond = DateWindow::from(Date::constant(9999, 12, 31))
        .add_days(1)
        .unwrap_err();
    assert_eq!(
        beyond.to_string(),
        "9999-12-31 plus 1 days is beyond the last representable date (9999-12-31) or before the first"
    );
}

#[test]
fn the_accessors_answer_for_their_kind() {
    let p = Register::embedded().participants();
    let miss = p.find("Viet Nom").unwrap_err();
    assert_eq!(miss.suggestions().first().map(String::as_str), Some("Viet Nam"));
    let two = p.find("nga").unwrap_err();
    let codes: Vec<&str> = two.candidates().iter().map(|c| c.as_str()).collect();
    assert_eq!(codes, ["NGA", "RUS"]);
    assert!(
        two.to_string()
            .contains("Nigeria (the code NGA) or Russian Federation"),
        "{two}"
    );
    let outside = find_participant(EmbeddedTreaty::Budapest.treaty(), "Viet Nam").unwrap_err();
    assert_eq!(
        outside.participant().map(|c| c.to_string()).as_deref(),
        Some("VNM")
    );
}

/// One pointer wide, so that a `Result` costs little; and sendable between
/// threads, like any error a caller may box.
#[test]
fn the_error_is_small_and_thread_safe() {
    fn thread_safe<T: Send + Sync + 'static>() {}
    thread_safe::<Error>();
    assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(io_error().0);
    assert!(boxed.source().is_some());
}
