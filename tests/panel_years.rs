//! Panels and tables of years over the years asked: years before the
//! opening are `not_yet_open`, each row says whether its year is complete,
//! and the partial last year is said in the caveats.

use hanoi_convention::Standing;
use hanoi_convention::export::{self, Universe, YearSpan};
use hanoi_convention::{Date, Register};

#[test]
fn years_before_the_opening_are_not_yet_open() {
    let r = Register::embedded();
    let on = r.on(Date::constant(2026, 7, 31));
    let rows = export::panel_rows_over(&on, Universe::Participants, YearSpan::new(Some(2022), None)).unwrap();
    assert_eq!(rows.len(), r.participants().len() * 5);
    for row in rows.iter().filter(|p| p.year < 2025) {
        assert_eq!(row.status.as_str(), "not_yet_open", "{} {}", row.unit, row.year);
        assert_eq!(
            (row.status_code, row.status_code_known, row.status_code_possible),
            (Some(-1), Some(-1), Some(-1))
        );
        assert_eq!(
            (row.signed, row.party, row.ieadb_status),
            (
                Some(hanoi_convention::Answer::No),
                Some(hanoi_convention::Answer::No),
                None
            )
        );
        assert_eq!(row.year_complete, 1);
    }
    // From the opening on, the same rows as the default panel.
    let default = export::panel_rows(&on, Universe::Participants).unwrap();
    let later: Vec<_> = rows.into_iter().filter(|p| p.year >= 2025).collect();
    assert_eq!(later, default);
}

#[test]
fn outside_units_stay_outside_before_the_opening() {
    let r = Register::embedded();
    let on = r.on(Date::constant(2025, 12, 31));
    let cow = hanoi_convention::embedded::state_system(hanoi_convention::participants::CodeSystem::Cow);
    let all = hanoi_convention::embedded::EmbeddedTreaty::Hanoi
        .treaty()
        .participants();
    let rows = export::panel_rows_over(
        &on,
        Universe::StateSystem(cow, all),
        YearSpan::new(Some(2024), None),
    )
    .unwrap();
    let kosovo: Vec<_> = rows
        .iter()
        .filter(|p| p.unit == "347")
        .map(|p| p.status.as_str())
        .collect();
    assert_eq!(kosovo, ["outside", "outside"]);
    assert!(
        rows.iter().all(|p| p.year_complete == 1),
        "as of a 31 December every year is whole"
    );
}

#[test]
fn the_lattice_has_not_yet_open_below_not_signed() {
    assert_eq!(Standing::NotYetOpen.code(), Some(-1));
    assert_eq!(Standing::NotYetOpen.as_str(), "not_yet_open");
    let codes: Vec<i8> = Standing::ALL.iter().filter_map(|s| s.code()).collect();
    assert_eq!(codes, [-1, 0, 1, 2, 3, 4, 5]);
}

#[test]
fn each_row_says_whether_its_year_is_complete() {
    let r = Register::embedded();
    let on = r.on(Date::constant(2026, 7, 31));
    let years = export::year_rows_over(&on, YearSpan::new(Some(2024), None)).unwrap();
    for y in &years {
        let whole = y.observed_on.ends_with("-12-31");
        assert_eq!(y.year_complete, u8::from(whole), "{} {}", y.year, y.observed_on);
    }
    assert_eq!(
        years
            .iter()
            .filter(|y| y.year_complete == 0)
            .map(|y| y.year)
            .max(),
        Some(2026)
    );
    let before = years.iter().find(|y| y.year == 2024 && y.group == "all").unwrap();
    assert_eq!(
        (
            before.signatories_possible,
            before.parties_possible,
            before.in_force
        ),
        (0, 0, "no")
    );
}

#[test]
fn the_years_asked_end_by_the_day_asked() {
    let r = Register::embedded();
    let on = r.on(Date::constant(2026, 7, 31));
    assert!(export::panel_rows_over(&on, Universe::Participants, YearSpan::new(None, Some(2027))).is_err());
    assert!(
        export::panel_rows_over(&on, Universe::Participants, YearSpan::new(Some(2026), Some(2025))).is_err()
    );
    assert!(export::year_rows_over(&on, YearSpan::new(Some(1700), None)).is_err());
    let whole = export::year_rows_over(&on, YearSpan::new(None, Some(2025))).unwrap();
    assert!(
        whole
            .iter()
            .all(|y| y.year == 2025 && y.observed_on == "2025-12-31" && y.year_complete == 1)
    );
}

#[cfg(feature = "serde")]
#[test]
fn the_partial_last_year_is_in_the_caveats() {
    use hanoi_convention::__private::RowsReport;
    use hanoi_convention::export::View;
    let r = Register::embedded();
    let on = r.on(Date::constant(2026, 7, 31));
    for view in [View::Panel, View::Years] {
        let (_, report) = RowsReport::over(&on, view, Universe::Participants, YearSpan::default()).unwrap();
        assert!(
            report
                .caveats
                .iter()
                .any(|c| c.message.contains("2026-07-31, not the whole year")),
            "{view}"
        );
        let (_, whole) =
            RowsReport::over(&on, view, Universe::Participants, YearSpan::new(None, Some(2025))).unwrap();
        assert!(whole.caveats.is_empty(), "{view}");
    }
    let (_, wide) = RowsReport::over(&on, View::Wide, Universe::Participants, YearSpan::default()).unwrap();
    assert!(wide.caveats.is_empty());
}

#[test]
fn the_un_members_follow_their_admission() {
    use hanoi_convention::embedded::{EmbeddedTreaty, un_admissions};
    let budapest = EmbeddedTreaty::Budapest.register();
    let on = budapest.on(Date::constant(2012, 12, 31));
    let all = EmbeddedTreaty::Hanoi.treaty().participants();
    let rows = export::panel_rows(&on, Universe::UnMembers(un_admissions(), all)).unwrap();
    let per_year = |y: i16| rows.iter().filter(|r| r.year == y).count();
    let counts: Vec<usize> = (2001..=2012).map(per_year).collect();
    assert_eq!(
        counts,
        [189, 191, 191, 191, 191, 192, 192, 192, 192, 192, 193, 193]
    );
    let ssd: Vec<i16> = rows.iter().filter(|r| r.unit == "SSD").map(|r| r.year).collect();
    assert_eq!(
        ssd,
        [2011, 2012],
        "admitted on 14 July 2011: counted from its year"
    );
    let mne = rows.iter().filter(|r| r.unit == "MNE").map(|r| r.year).min();
    assert_eq!(mne, Some(2006));
    // Every admission is of a UN member State of the list, each once.
    let mut codes: Vec<_> = un_admissions().iter().map(|a| a.participant()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 193);
    assert!(codes.iter().all(|c| {
        all.get(*c)
            .is_some_and(|p| p.kind().as_str() == "un_member_state")
    }));
}

#[test]
fn units_outside_the_participants_carry_every_code_their_systems_assign() {
    use hanoi_convention::embedded::{EmbeddedTreaty, state_system};
    use hanoi_convention::participants::CodeSystem;
    let r = Register::embedded();
    let on = r.on(Date::constant(2025, 12, 31));
    let all = EmbeddedTreaty::Hanoi.treaty().participants();
    for system in [CodeSystem::Cow, CodeSystem::Gw] {
        let rows = export::panel_rows(&on, Universe::StateSystem(state_system(system), all)).unwrap();
        let twn = rows.iter().find(|p| p.unit == "713").unwrap();
        assert_eq!(
            (twn.iso2.as_deref(), twn.iso3.as_deref(), twn.iso_numeric, twn.m49),
            (Some("TW"), Some("TWN"), Some(158), None)
        );
        assert_eq!(
            (twn.cow_n, twn.cow_c.as_deref(), twn.gw_n),
            (Some(713), Some("TAW"), Some(713))
        );
        let kos = rows.iter().find(|p| p.unit == "347").unwrap();
        assert_eq!(
            (kos.cow_n, kos.gw_n, kos.iso3.as_deref()),
            (Some(347), Some(347), None)
        );
        // A participant's codes stay its own.
        let vnm = rows.iter().find(|p| p.code.as_deref() == Some("VNM")).unwrap();
        assert_eq!(vnm.iso3.as_deref(), Some("VNM"));
    }
}
