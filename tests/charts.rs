//! The charts a researcher puts in a paper: every text lies inside the
//! drawing and no two texts meet, for every treaty, on past days and
//! today, over either window, and for a treaty whose name is long.

use hanoi_convention::chart::{
    Drawing, Layout, PaceWindow, pace_chart, pace_chart_in, timeline_chart, timeline_chart_in,
};
use hanoi_convention::compare::{Pace, milestones};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Date, DateWindow, Register};

fn check(what: &str, chart: &Drawing) {
    let (w, h) = chart.size();
    let texts = chart.texts();
    assert!(!texts.is_empty(), "{what}: no text");
    for t in texts {
        assert!(
            t.left >= 0.0 && t.right <= w && t.top >= 0.0 && t.bottom <= h,
            "{what}: {:?} lies outside the {w}x{h} drawing: {t:?}",
            t.text
        );
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            assert!(!a.overlaps(b), "{what}: {:?} meets {:?}", a.text, b.text);
        }
    }
}

fn days(r: &Register) -> Vec<Date> {
    let opened = r.treaty().identity().adopted_on();
    let mut days = vec![r.as_of()];
    for years in [0, 1, 3] {
        let d = DateWindow::exact(opened)
            .add_days(years * 365 + 40)
            .unwrap()
            .earliest();
        if d < r.as_of() {
            days.push(d);
        }
    }
    days
}

#[test]
fn timeline_texts_stay_inside_and_apart() {
    for t in EmbeddedTreaty::ALL.iter().copied() {
        let r = t.register();
        for day in days(r) {
            let chart = timeline_chart(&r.on(day), t.ceremony());
            check(&format!("{t:?} timeline on {day}"), &chart);
            let narrow = timeline_chart_in(&r.on(day), t.ceremony(), Layout::Narrow);
            check(&format!("{t:?} narrow timeline on {day}"), &narrow);
        }
    }
}

#[test]
fn the_narrow_timeline_is_narrow_with_larger_text() {
    let r = EmbeddedTreaty::Hanoi.register();
    let narrow = timeline_chart_in(&r.on(r.as_of()), EmbeddedTreaty::Hanoi.ceremony(), Layout::Narrow);
    let wide = timeline_chart(&r.on(r.as_of()), EmbeddedTreaty::Hanoi.ceremony());
    let smallest = |d: &Drawing| {
        d.texts()
            .iter()
            .map(|t| (t.bottom - t.top) / 1.05)
            .fold(f64::MAX, f64::min)
    };
    assert_eq!(narrow.size().0, 400.0);
    assert!(
        smallest(&narrow) > smallest(&wide),
        "{} vs {}",
        smallest(&narrow),
        smallest(&wide)
    );
    // At 366 px on a phone 390 px wide, the smallest text stays 10 px high or more.
    assert!(smallest(&narrow) * 366.0 / 400.0 >= 10.0, "{}", smallest(&narrow));
    let ticks = |d: &Drawing| {
        d.texts()
            .iter()
            .filter(|t| t.text.len() == 8 && t.text.contains(" 20"))
            .count()
    };
    assert!(
        ticks(&narrow) < ticks(&wide),
        "{} vs {}",
        ticks(&narrow),
        ticks(&wide)
    );
}

#[test]
fn pace_texts_stay_inside_and_apart() {
    let registers: Vec<&Register> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
    let marks = milestones(&registers);
    let paces: Vec<Pace> = registers
        .iter()
        .map(|r| Pace::of(&r.on(r.as_of()), &marks))
        .collect();
    for window in [PaceWindow::Youngest, PaceWindow::WholeSpan] {
        check(&format!("pace {window:?}"), &pace_chart(&paces, window));
        for one in &paces {
            check(
                &format!("pace {window:?} of {}", one.treaty),
                &pace_chart(std::slice::from_ref(one), window),
            );
        }
    }
}

#[cfg(feature = "untc")]
#[test]
fn a_page_treaty_and_a_long_name_fit_the_margin() {
    let page = include_bytes!("fixtures/untc/XVIII-16.constructed.en.xml");
    let hanoi = Register::embedded();
    let import = hanoi_convention::io::untc::from_bytes(
        "XVIII-16.constructed.en.xml",
        page,
        hanoi.participants(),
        None,
    )
    .unwrap();
    let treaty = import
        .treaty(std::sync::Arc::new(hanoi.participants().clone()))
        .unwrap();
    let as_of = import.actions.iter().map(|a| a.date().latest()).max().unwrap();
    let r = Register::builder(&treaty)
        .as_of(as_of)
        .actions(import.actions)
        .build()
        .unwrap();
    check("timeline of a page", &timeline_chart(&r.on(r.as_of()), None));
    let mut long = Pace::of(&r.on(r.as_of()), &milestones(&[&r]));
    long.treaty = "Convention on the Rights of Persons with Disabilities and its Optional Protocol".into();
    let paces = vec![long, Pace::of(&hanoi.on(hanoi.as_of()), &milestones(&[hanoi]))];
    for window in [PaceWindow::Youngest, PaceWindow::WholeSpan] {
        check(
            &format!("pace {window:?} with a page"),
            &pace_chart(&paces, window),
        );
        check(
            &format!("narrow pace {window:?} with a page"),
            &pace_chart_in(&paces, window, Layout::Narrow),
        );
    }
}

#[test]
fn the_pace_chart_has_a_layout_for_a_phone() {
    let registers: Vec<&Register> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
    let marks = milestones(&registers);
    let paces: Vec<Pace> = registers
        .iter()
        .map(|r| Pace::of(&r.on(r.as_of()), &marks))
        .collect();
    let smallest = |d: &Drawing| {
        d.texts()
            .iter()
            .map(|t| (t.bottom - t.top) / 1.05)
            .fold(f64::MAX, f64::min)
    };
    for window in [PaceWindow::Youngest, PaceWindow::WholeSpan] {
        let narrow = pace_chart_in(&paces, window, Layout::Narrow);
        check(&format!("narrow pace {window:?}"), &narrow);
        assert_eq!(narrow.size().0, 400.0);
        // At 366 px on a phone 390 px wide, the smallest text stays 10 px high or more.
        assert!(smallest(&narrow) * 366.0 / 400.0 >= 10.0, "{}", smallest(&narrow));
        // Each treaty's count is in the legend, not in a margin.
        for p in &paces {
            let named = narrow.texts().iter().any(|t| t.text.contains(&*p.treaty));
            assert!(named, "{} not in the legend", p.treaty);
        }
        let wide = pace_chart(&paces, window);
        let ticks = |d: &Drawing| d.texts().iter().filter(|t| t.text.parse::<f64>().is_ok()).count();
        assert!(
            ticks(&narrow) < ticks(&wide),
            "{} vs {}",
            ticks(&narrow),
            ticks(&wide)
        );
    }
}
