//! Robustness: no parser panics on any input; export then load is the
//! identity; validation is deterministic and independent of input order.

mod common;

use hanoi_convention::{
    Action, ActionKind, ArticleNumber, Code, Confidence, DataFormat, Date, DateWindow, Error, Participants,
    ProvisionRef, Register, parse_actions, parse_date, read_actions,
};
use jiff::ToSpan;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn small_parsers_never_panic(s in any::<String>()) {
        let _ = s.parse::<ArticleNumber>();
        let _ = s.parse::<Code>();
        let _ = s.parse::<ProvisionRef>();
        let _ = parse_date(&s);
        let _ = s.parse::<DateWindow>();
        let _ = s.parse::<ActionKind>();
        let _ = s.parse::<hanoi_convention::RegionalGroup>();
        let _ = Register::embedded().participants().find(&s);
        let _ = hanoi_convention::convention().search(&s);
    }

    #[test]
    fn date_like_strings_never_panic(y in 0u32..99999, m in 0u32..100, d in 0u32..100, sep in "[-/.]") {
        let s = format!("{y:04}{sep}{m:02}{sep}{d:02}");
        let _ = parse_date(&s);
        let _ = format!("{s}..{s}").parse::<DateWindow>();
        let _ = format!("{y:04}-{m:02}").parse::<DateWindow>();
    }

    #[test]
    fn whole_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        for format in [None, Some(DataFormat::Tsv), Some(DataFormat::Csv), Some(DataFormat::Json)] {
            let _ = read_actions("fuzz", bytes.as_slice(), format);
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = Participants::from_tsv("fuzz", text);
        }
    }

    #[test]
    fn rows_with_a_valid_header_never_panic(rows in prop::collection::vec(prop::collection::vec("[A-Za-z0-9;().: -]{0,12}", 0..12), 0..8)) {
        let mut text = hanoi_convention::ACTION_COLUMNS.join("\t");
        for row in &rows {
            text.push('\n');
            text.push_str(&row.join("\t"));
        }
        if let Ok(actions) = parse_actions("rows.tsv", &text, None) {
            let _ = Register::builder().actions(actions).build();
        }
    }
}

/// A random action, valid or not: known and unknown participants (an EU
/// member, a non-member, the EU, an unknown code), every kind, dates around
/// the signature period, provisions that allow reservations and some that
/// do not.
fn any_action() -> impl Strategy<Value = Action> {
    let who = prop::sample::select(vec!["FRA", "NOR", "EU", "FJI", "ZZZ"]);
    let kind = prop::sample::select(ActionKind::ALL.to_vec());
    let provision = prop::sample::select(vec!["7(2)", "11(3)", "63(3)", "65", "14"]);
    (who, kind, -30i32..900, 0i32..40, prop::option::of(provision)).prop_map(
        |(who, kind, start, len, provision)| {
            let first = Date::constant(2025, 10, 25).saturating_add(start.days());
            let date = DateWindow::new(first, first.saturating_add(len.days())).unwrap();
            let action = Action::new(common::code(who), kind, date)
                .with_source("https://example.org/test", Confidence::Low);
            match provision {
                Some(p) => action.with_provisions([p.parse().unwrap()]),
                None => action,
            }
        },
    )
}

fn messages(result: Result<Register, Error>) -> Vec<String> {
    match result {
        Ok(_) => Vec::new(),
        Err(Error::Invalid(v)) => v.as_slice().iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn validation_is_deterministic_and_order_independent(actions in prop::collection::vec(any_action(), 0..25), seed in any::<u64>()) {
        let build = |a: Vec<Action>| Register::builder().as_of(Date::constant(2030, 1, 1)).actions(a).build();
        let first = messages(build(actions.clone()));
        prop_assert_eq!(&first, &messages(build(actions.clone())));
        let mut shuffled = actions;
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(first, messages(build(shuffled)));
    }

    #[test]
    fn load_export_load_is_the_identity(actions in prop::collection::vec(any_action(), 0..25)) {
        let as_of = Date::constant(2030, 1, 1);
        let Ok(r) = Register::builder().as_of(as_of).actions(actions).build() else { return Ok(()) };
        if r.actions().is_empty() {
            return Ok(());
        }
        let tsv = hanoi_convention::export::events_tsv(&r);
        let back = Register::builder().as_of(as_of).actions(parse_actions("x.tsv", &tsv, None).unwrap()).build().unwrap();
        let rows = |r: &Register| hanoi_convention::export::event_rows(r);
        prop_assert_eq!(rows(&r), rows(&back));
        prop_assert_eq!(r.timeline(), back.timeline());
        prop_assert_eq!(hanoi_convention::export::events_tsv(&back), tsv);
    }
}

proptest! {
    #[test]
    fn window_arithmetic_never_panics(days in any::<i32>(), years in any::<i16>(), start in -3000i32..3000) {
        let w = DateWindow::exact(Date::constant(2026, 1, 1).saturating_add(start.days()));
        let moved = w.add_days(days);
        prop_assert!(moved.earliest() <= moved.latest());
        let moved = w.add_years(years);
        prop_assert!(moved.earliest() <= moved.latest());
        let _ = w.max(moved).len_days();
    }
}
