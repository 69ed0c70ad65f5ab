//! Country codes in every system, checked against the sources' own lists,
//! and panels over each universe: unit counts per year, unique keys, every
//! participant present, and statuses that agree with the register.

mod common;

use std::collections::BTreeSet;

use common::{code, day};
use hanoi_convention::Standing;
use hanoi_convention::embedded::{EmbeddedTreaty, state_system};
use hanoi_convention::export::{Universe, panel_rows, year_rows};
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::{Confidence, Register, Status};

fn all() -> &'static hanoi_convention::participants::Participants {
    EmbeddedTreaty::Hanoi.treaty().participants()
}

#[test]
fn known_codes_agree_with_the_sources() {
    // (code, ISO numeric, COW, COW letters, GW), as the ISO 3166-1 table,
    // COW's states2016.csv and G&W's iisystem.dat give them.
    for (who, iso, cow, cow_c, gw) in [
        ("VNM", "704", "816", "DRV", "816"),
        ("DEU", "276", "255", "GMY", "260"),
        ("USA", "840", "2", "USA", "2"),
        ("SRB", "688", "345", "YUG", "340"),
        ("RUS", "643", "365", "RUS", "365"),
    ] {
        let p = all().get(code(who)).unwrap();
        assert_eq!(p.code_in(CodeSystem::IsoNumeric).as_deref(), Some(iso), "{who}");
        assert_eq!(
            p.code_in(CodeSystem::M49).as_deref(),
            Some(iso),
            "{who}: M49 is ISO numeric for countries"
        );
        assert_eq!(p.code_in(CodeSystem::Cow).as_deref(), Some(cow), "{who}");
        assert_eq!(p.code_in(CodeSystem::CowLetters).as_deref(), Some(cow_c), "{who}");
        assert_eq!(p.code_in(CodeSystem::Gw).as_deref(), Some(gw), "{who}");
        assert_eq!(p.code_in(CodeSystem::Iso3).as_deref(), Some(who));
        // And back: each code finds its participant.
        for system in CodeSystem::ALL.iter().copied() {
            let c = p.code_in(system).unwrap();
            assert_eq!(
                all().find_code(system, &c).map(|x| x.code()).ok(),
                Some(p.code()),
                "{who} {system}"
            );
        }
    }
}

#[test]
fn a_code_a_system_does_not_assign_is_empty_and_said_why() {
    let eu = all().get(code("EU")).unwrap();
    for system in CodeSystem::ALL.iter().copied() {
        assert_eq!(eu.code_in(system), None, "the EU has no {system} code");
    }
    for who in ["COK", "NIU", "VAT", "PSE"] {
        let p = all().get(code(who)).unwrap();
        assert!(
            p.code_in(CodeSystem::IsoNumeric).is_some(),
            "{who} has an ISO code"
        );
        assert_eq!(p.code_in(CodeSystem::Cow), None, "{who}");
        assert_eq!(p.code_in(CodeSystem::Gw), None, "{who}");
        assert!(p.codes().note().contains("not in"), "{who}: {}", p.codes().note());
    }
    // Every other participant has a code in every system.
    let full = all()
        .iter()
        .filter(|p| CodeSystem::ALL.iter().all(|s| p.code_in(*s).is_some()))
        .count();
    assert_eq!(full, all().len() - 5);
}

#[test]
fn the_state_system_lists_agree_with_the_codes() {
    for system in [CodeSystem::Cow, CodeSystem::Gw] {
        let spells = state_system(system);
        assert!(spells.len() > 200, "{system}: {}", spells.len());
        // A participant's open spell has its code; a closed spell it
        // continues under another code is a judgement, rated medium.
        for s in spells.iter().filter(|s| s.participant().is_some()) {
            let p = all().get(s.participant().unwrap()).unwrap();
            if s.end().is_none() {
                assert_eq!(p.codes().number(system), Some(s.code()), "{} {system}", p.code());
            } else {
                assert_eq!(
                    s.provenance().confidence(),
                    Confidence::Medium,
                    "{} {system}",
                    p.code()
                );
                assert!(
                    s.provenance()
                        .source()
                        .contains(&format!("linked to {}", p.code()))
                );
            }
        }
        // Each participant with a code in the system has exactly one open spell.
        let with_code = all()
            .iter()
            .filter(|p| p.codes().number(system).is_some())
            .count();
        let open = spells
            .iter()
            .filter(|s| s.participant().is_some() && s.end().is_none())
            .count();
        assert_eq!(with_code, open, "{system}");
    }
}

fn units_per_year(rows: &[hanoi_convention::export::PanelRow]) -> Vec<(i16, usize)> {
    let years: BTreeSet<i16> = rows.iter().map(|r| r.year).collect();
    years
        .into_iter()
        .map(|y| (y, rows.iter().filter(|r| r.year == y).count()))
        .collect()
}

#[test]
fn panels_over_each_universe() {
    let r = Register::embedded();
    let on = r.on(day("2026-07-31"));
    let cases: [(Universe<'_>, &str, usize, usize); 4] = [
        (Universe::Participants, "participants", 198, 198),
        (
            Universe::UnMembers(hanoi_convention::embedded::un_admissions(), all()),
            "un-members",
            193,
            191,
        ),
        (
            Universe::StateSystem(state_system(CodeSystem::Cow), all()),
            "cow",
            195,
            193,
        ),
        (
            Universe::StateSystem(state_system(CodeSystem::Gw), all()),
            "gw",
            197,
            193,
        ),
    ];
    for (universe, name, units, inside) in cases {
        let rows = panel_rows(&on, universe).unwrap();
        assert_eq!(universe.name(), name);
        assert!(rows.iter().all(|r| r.universe == name), "{name}");
        assert_eq!(units_per_year(&rows), [(2025, units), (2026, units)], "{name}");
        let keys: BTreeSet<(&str, i16)> = rows.iter().map(|r| (r.unit.as_str(), r.year)).collect();
        assert_eq!(keys.len(), rows.len(), "{name}: no duplicate key");
        let listed = rows
            .iter()
            .filter(|r| r.year == 2026 && r.is_participant == 1)
            .count();
        assert!(listed <= inside.max(units), "{name}");
        for r in rows.iter().filter(|r| r.is_participant == 0) {
            assert_eq!(r.status.as_str(), "outside", "{name}: {}", r.unit);
            assert_eq!(r.status_code, None);
        }
    }
    // Every participant of the treaty is in its own universe, and the
    // states outside the Hanoi Convention's list are shown, not dropped.
    let participants = panel_rows(&on, Universe::Participants).unwrap();
    for p in r.participants() {
        assert!(
            participants
                .iter()
                .any(|row| row.code.as_deref() == Some(p.code().as_str())),
            "{}",
            p.code()
        );
    }
    let gw = panel_rows(&on, Universe::StateSystem(state_system(CodeSystem::Gw), all())).unwrap();
    let outside: BTreeSet<&str> = gw
        .iter()
        .filter(|r| r.is_participant == 0)
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(
        outside,
        ["Abkhazia", "Kosovo", "South Ossetia", "Taiwan"]
            .into_iter()
            .collect()
    );
}

/// A universe built from the wrong list is refused with what was
/// expected, never a panel of no rows.
#[test]
fn a_universe_from_the_wrong_list_is_refused() {
    let r = Register::embedded();
    let on = r.on(day("2026-07-31"));
    let iso = panel_rows(&on, Universe::StateSystem(state_system(CodeSystem::Iso3), all())).unwrap_err();
    assert_eq!(iso.kind(), hanoi_convention::ErrorKind::Value);
    assert!(
        iso.to_string().contains("expected a state system's list"),
        "{iso}"
    );
    let mixed: Vec<_> = state_system(CodeSystem::Cow)
        .iter()
        .take(3)
        .chain(state_system(CodeSystem::Gw).iter().take(3))
        .cloned()
        .collect();
    let err = panel_rows(&on, Universe::StateSystem(&mixed, all())).unwrap_err();
    assert!(err.to_string().contains("mixes the spells of"), "{err}");
    let err = panel_rows(&on, Universe::UnMembers(&[], all())).unwrap_err();
    assert!(err.to_string().contains("no admissions"), "{err}");
    // The right lists still give rows.
    assert!(
        !panel_rows(&on, Universe::StateSystem(&mixed[..3], all()))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_budapest_panel_shows_states_outside_its_chart() {
    let budapest = EmbeddedTreaty::Budapest.register();
    let on = budapest.on(budapest.as_of());
    let rows = panel_rows(
        &on,
        Universe::UnMembers(hanoi_convention::embedded::un_admissions(), all()),
    )
    .unwrap();
    let vnm = rows.iter().find(|r| r.unit == "VNM" && r.year == 2026).unwrap();
    assert_eq!(
        (
            vnm.status.as_str(),
            vnm.is_participant,
            vnm.code.as_deref().unwrap_or_default()
        ),
        ("outside", 0, "")
    );
    let jpn = rows.iter().find(|r| r.unit == "JPN" && r.year == 2026).unwrap();
    assert_eq!(
        (jpn.status.as_str(), jpn.status_code, jpn.ieadb_status),
        ("in_force", Some(4), Some(2))
    );
}

#[test]
fn panel_statuses_agree_with_the_register_and_windows_give_bounds() {
    let r = Register::embedded();
    let rows = panel_rows(&r.on(day("2026-07-31")), Universe::Participants).unwrap();
    for row in &rows {
        let on = r.on(hanoi_convention::parse_date(&row.observed_on).unwrap());
        let unit = row
            .code
            .as_deref()
            .expect("every row of the participants universe is a participant");
        let status = on.status(code(unit)).unwrap();
        match status {
            Status::Unknown { .. } => {
                assert_eq!(row.status.as_str(), "unknown");
                assert!(row.status_code_known < row.status_code_possible, "{unit}");
            }
            s => {
                // The day's status in the lattice (the Hanoi Convention
                // was not in force, so a party is `party`).
                assert_eq!(row.status, s.step());
                assert_eq!(row.status_code, row.status_code_known);
                assert_eq!(row.status_code, row.status_code_possible);
            }
        }
        let signed = on.has_signed(code(unit)).unwrap();
        assert_eq!(row.signed, Some(signed));
    }
    // The lattice's codes and the IEADB's.
    assert_eq!(Standing::Signed.ieadb(), Some(0));
    assert_eq!(Standing::Party.ieadb(), Some(1));
    assert_eq!(Standing::InForce.ieadb(), Some(2));
    assert_eq!(Standing::Outside.code(), None);
    let codes: Vec<Option<i8>> = Standing::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(
        codes,
        [
            None,
            Some(-1),
            Some(0),
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            None
        ]
    );
}

#[test]
fn the_table_of_years_counts_by_group() {
    let r = Register::embedded();
    let rows = year_rows(&r.on(day("2026-07-31"))).unwrap();
    for year in [2025, 2026] {
        let of_year: Vec<_> = rows.iter().filter(|y| y.year == year).collect();
        let all = of_year.iter().find(|y| y.group == "all").unwrap();
        let sum: u32 = of_year
            .iter()
            .filter(|y| y.group != "all")
            .map(|y| y.signatories_certain)
            .sum();
        assert_eq!(sum, all.signatories_certain, "{year}");
        let on = r.on(hanoi_convention::parse_date(&all.observed_on).unwrap());
        assert_eq!(all.parties_possible, on.parties().count().possible);
        assert_eq!(all.instruments_certain, Some(on.counted_instruments().certain));
    }
}

#[test]
fn a_state_continued_under_another_code_keeps_its_history() {
    // Serbia signed the Budapest Convention in 2005, when Gleditsch and Ward
    // still code the State as Yugoslavia (345); Serbia (340) from 2006.
    let r = EmbeddedTreaty::Budapest.register();
    let gw = Universe::StateSystem(state_system(CodeSystem::Gw), Register::embedded().participants());
    let rows = panel_rows(&r.on(r.as_of()), gw).unwrap();
    let srb: Vec<_> = rows
        .iter()
        .filter(|row| row.code.as_deref() == Some("SRB"))
        .collect();
    let row_2005 = srb
        .iter()
        .find(|row| row.year == 2005)
        .expect("Serbia has a 2005 row");
    assert_eq!((row_2005.unit.as_str(), row_2005.gw_n), ("345", Some(345)));
    assert_eq!(row_2005.status.as_str(), "signed");
    let row_2010 = srb.iter().find(|row| row.year == 2010).unwrap();
    assert_eq!((row_2010.unit.as_str(), row_2010.gw_n), ("340", Some(340)));
    // Every (unit, year) is one row: the panel merges on it.
    let mut keys: Vec<(&str, i16)> = rows.iter().map(|row| (row.unit.as_str(), row.year)).collect();
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), n);
}

#[test]
fn a_party_whose_denunciation_may_have_taken_effect_is_bounded_by_party_and_denounced() {
    use hanoi_convention::actions::ActionKind;
    // Fiji signs and ratifies, then notifies a denunciation on a day known
    // only to a window; a year later the denunciation may or may not have
    // taken effect, and the treaty is not in force.
    let actions = vec![
        common::act("FJI", ActionKind::Signature, "2025-10-25").with_source("test", Confidence::High),
        common::act("FJI", ActionKind::Ratification, "2026-01-10").with_source("test", Confidence::High),
        common::act("FJI", ActionKind::Denunciation, "2026-03-01..2026-05-01")
            .with_source("test", Confidence::High),
    ];
    let r = common::register(actions).unwrap();
    let rows = panel_rows(&r.on(day("2027-04-01")), Universe::Participants).unwrap();
    let fji = rows
        .iter()
        .find(|row| row.code.as_deref() == Some("FJI") && row.year == 2027)
        .unwrap();
    assert_eq!(fji.status.as_str(), "unknown");
    let party = Standing::Party.code();
    assert_eq!(
        (fji.status_code_known, fji.status_code_possible),
        (party, Standing::Denounced.code())
    );
}

#[test]
fn panel_bounds_follow_whether_the_treaty_binds() {
    use hanoi_convention::actions::ActionKind;
    let src = |a: hanoi_convention::actions::Action| a.with_source("test", Confidence::High);
    // Forty States sign and ratify; the fortieth's deposit is known only to
    // a window, so entry into force (90 days later) is too.
    let states: Vec<String> = Register::embedded()
        .participants()
        .iter()
        .filter(|p| p.kind().is_state() && p.member_of().is_none())
        .take(41)
        .map(|p| p.code().to_string())
        .collect();
    let mut actions = Vec::new();
    for (i, s) in states.iter().take(40).enumerate() {
        actions.push(src(common::act(s, ActionKind::Signature, "2025-10-25")));
        let when = if i == 39 {
            "2027-02-01..2027-02-20"
        } else {
            "2027-01-05"
        };
        actions.push(src(common::act(s, ActionKind::Ratification, when)));
    }
    // The forty-first ratifies on a day known only to a window, after the
    // fortieth and before entry into force.
    actions.push(src(common::act(&states[40], ActionKind::Signature, "2025-10-25")));
    actions.push(src(common::act(
        &states[40],
        ActionKind::Ratification,
        "2027-03-01..2027-03-10",
    )));
    let r = common::register(actions).unwrap();
    let row = |day: &str, who: &str| {
        panel_rows(&r.on(common::day(day)), Universe::Participants)
            .unwrap()
            .into_iter()
            .find(|row| row.code.as_deref() == Some(who) && row.observed_on == day)
            .unwrap()
    };
    let code = |s: Standing| s.code();
    // In the window of entry into force, a party may or may not be bound.
    let first = row("2027-05-10", &states[0]);
    assert_eq!(first.status.as_str(), "unknown");
    assert_eq!(
        (first.status_code_known, first.status_code_possible),
        (code(Standing::Party), code(Standing::InForce))
    );
    // Before it, a deposit in a window is signed at least and party at most, not bound.
    let pending = row("2027-03-05", &states[40]);
    assert_eq!(pending.status.as_str(), "unknown");
    assert_eq!(
        (pending.status_code_known, pending.status_code_possible),
        (code(Standing::Signed), code(Standing::Party))
    );
}

#[test]
fn panel_rows_come_unit_by_unit_in_the_systems_order() {
    let r = Register::embedded();
    let on = r.on(day("2026-07-31"));
    let cow = panel_rows(&on, Universe::StateSystem(state_system(CodeSystem::Cow), all())).unwrap();
    let numbers: Vec<u32> = cow.iter().map(|row| row.unit.parse().unwrap()).collect();
    assert!(
        numbers.windows(2).all(|w| w[0] <= w[1]),
        "COW units in numeric order"
    );
    assert_eq!(cow.first().map(|row| row.unit.as_str()), Some("2"));
    let listed = panel_rows(&on, Universe::Participants).unwrap();
    let codes: Vec<&str> = listed.iter().map(|row| row.unit.as_str()).collect();
    assert!(
        codes.windows(2).all(|w| w[0] <= w[1]),
        "participants in code order"
    );
}
