//! Robustness: no parser panics on any input; export then load is the
//! identity; validation is deterministic and independent of input order.

#[path = "../../tests/common/mod.rs"]
mod common;

use hanoi_convention::{
    Confidence, Date, DateWindow, Error, Register,
    actions::{Action, ActionKind},
    io::actions::{self, DataFormat},
    parse_date,
    participants::Code,
    treaty::{ArticleNumber, ProvisionRef},
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
        let _ = s.parse::<hanoi_convention::participants::RegionalGroup>();
        let _ = Register::embedded().participants().find(&s);
        let _ = hanoi_convention::convention().text().search(&s);
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
        let _ = actions::from_reader("fuzz", bytes.as_slice());
        if let Ok(text) = std::str::from_utf8(&bytes) {
            for format in [DataFormat::Tsv, DataFormat::Csv, DataFormat::Json] {
                let _ = actions::from_str_as("fuzz", text, format);
            }
            let _ = hanoi_convention::io::participants::from_str("fuzz", text);
        }
    }

    #[test]
    fn rows_with_a_valid_header_never_panic(rows in prop::collection::vec(prop::collection::vec("[A-Za-z0-9;().: -]{0,12}", 0..12), 0..8)) {
        let mut text = actions::COLUMNS.join("\t");
        for row in &rows {
            text.push('\n');
            text.push_str(&row.join("\t"));
        }
        if let Ok(actions) = actions::from_str("rows.tsv", &text).and_then(|f| f.into_actions()) {
            let _ = Register::builder(hanoi_convention::convention()).actions(actions).build();
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
        Err(e) => match e.problems() {
            Some(v) => v.as_slice().iter().map(ToString::to_string).collect(),
            None => vec![e.to_string()],
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn validation_is_deterministic_and_order_independent(actions in prop::collection::vec(any_action(), 0..25), seed in any::<u64>()) {
        let build = |a: Vec<Action>| Register::builder(hanoi_convention::convention()).as_of(Date::constant(2030, 1, 1)).actions(a).build();
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
}

/// Month arithmetic by hand: the same day in the month `n` months on, or
/// that month's last day when it is shorter; `None` outside years
/// -9999..=9999.
fn months_later(d: Date, n: i32) -> Option<Date> {
    let total = i64::from(d.year()) * 12 + i64::from(d.month()) - 1 + i64::from(n);
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let y = i16::try_from(y).ok().filter(|y| (-9999..=9999).contains(y))?;
    let first = Date::new(y, m as i8, 1).ok()?;
    Date::new(y, m as i8, d.day().min(first.days_in_month())).ok()
}

proptest! {
    #[test]
    fn window_arithmetic_agrees_with_jiff_or_fails_cleanly(
        days in any::<i32>(),
        years in any::<i16>(),
        start in -3_600_000i32..2_900_000,
        len in 0i32..400,
    ) {
        let first = Date::constant(2026, 1, 1).saturating_add(start.days());
        let last = first.saturating_add(len.days());
        let w = DateWindow::new(first, last).unwrap();
        let by_jiff = |d: Date, span: Option<jiff::Span>| span.and_then(|s| d.checked_add(s).ok());
        let days_span = jiff::Span::new().try_days(days).ok();
        match w.add_days(days) {
            Ok(m) => prop_assert_eq!((Some(m.earliest()), Some(m.latest())), (by_jiff(first, days_span), by_jiff(last, days_span))),
            Err(_) => prop_assert!(by_jiff(first, days_span).is_none() || by_jiff(last, days_span).is_none()),
        }
        let years_span = jiff::Span::new().try_years(years).ok();
        match w.add_years(years) {
            Ok(m) => prop_assert_eq!((Some(m.earliest()), Some(m.latest())), (by_jiff(first, years_span), by_jiff(last, years_span))),
            Err(_) => prop_assert!(by_jiff(first, years_span).is_none() || by_jiff(last, years_span).is_none()),
        }
    }

    #[test]
    fn month_arithmetic_keeps_the_day_or_takes_the_month_end(
        months in -300_000i32..300_000,
        start in -3_600_000i32..2_900_000,
        len in 0i32..400,
    ) {
        let first = Date::constant(2026, 1, 1).saturating_add(start.days());
        let last = first.saturating_add(len.days());
        let w = DateWindow::new(first, last).unwrap();
        let expected = (months_later(first, months), months_later(last, months));
        match w.add_months(months) {
            Ok(m) => {
                prop_assert_eq!((Some(m.earliest()), Some(m.latest())), expected);
                // And jiff agrees.
                let span = jiff::Span::new().months(months);
                prop_assert_eq!(first.checked_add(span).ok(), Some(m.earliest()));
                let next = m.first_of_next_month();
                if let Ok(n) = next {
                    prop_assert_eq!(n.earliest().day(), 1);
                    prop_assert!(n.earliest() > m.earliest());
                }
            }
            Err(_) => prop_assert!(expected.0.is_none() || expected.1.is_none()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Arbitrary bytes, alone or spliced into a page, never make the
    /// importer of status pages panic.
    #[test]
    fn the_page_importer_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), at in 0usize..4000) {
        const PAGE: &[u8] = include_bytes!("../../tests/fixtures/untc/XVIII-16.constructed.en.xml");
        let at = at.min(PAGE.len());
        let spliced = [&PAGE[..at], &bytes[..], &PAGE[at..]].concat();
        for input in [&bytes[..], &spliced[..]] {
            if let Ok(i) = hanoi_convention::io::untc::from_bytes("p.xml", input, hanoi_convention::convention().participants(), None) {
                let _ = i.count_check();
                prop_assert!(i.actions.iter().all(|a| !a.provenance().source().is_empty()));
            }
        }
    }
}
