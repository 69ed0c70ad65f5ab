//! Comparing treaties: the cross-table adds up to the union of both
//! universes, each list agrees with its cell, and the pace of each treaty
//! checked by hand.

mod common;

use common::{code, day};
use hanoi_convention::compare::{Comparison, Pace};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Register, Standing};

#[test]
fn the_cross_table_adds_up_to_the_union_of_both_universes() {
    let (hanoi, budapest) = (Register::embedded(), EmbeddedTreaty::Budapest.register());
    let day = day("2026-04-25");
    let c = Comparison::new(&[hanoi, budapest], day);
    let union: std::collections::BTreeSet<_> = hanoi
        .participants()
        .iter()
        .chain(budapest.participants().iter())
        .map(|p| p.code())
        .collect();
    assert_eq!(c.participants().len(), union.len());
    let table = c
        .cross_table(hanoi.treaty(), budapest.treaty())
        .expect("two treaties");
    let protocol = EmbeddedTreaty::Cets224.register();
    assert!(
        c.cross_table(hanoi.treaty(), protocol.treaty()).is_none(),
        "no third treaty"
    );
    // Asked the other way round, the same cells transposed.
    let back = c
        .cross_table(budapest.treaty(), hanoi.treaty())
        .expect("two treaties");
    for cell in table.cells() {
        assert_eq!(back.count(cell.b, cell.a), cell.total);
    }
    assert_eq!(table.total() as usize, union.len());
    for cell in table.cells() {
        let list = table.list(cell.a, cell.b);
        assert_eq!(list.len() as u32, cell.total, "{:?}", (cell.a, cell.b));
        assert_eq!(cell.by_group.iter().map(|(_, n)| n).sum::<u32>(), cell.total);
        for p in list {
            // Each listed participant stands so under each treaty, asked one by one.
            assert_eq!(hanoi.on(day).standing(p.code), cell.a, "{}", p.code);
            assert_eq!(budapest.on(day).standing(p.code), cell.b, "{}", p.code);
        }
    }
    // The Budapest Convention's 81 parties (bound, or not yet), whatever
    // their Hanoi standing.
    let parties: u32 = Standing::ALL
        .iter()
        .map(|a| table.count(*a, Standing::Party) + table.count(*a, Standing::InForce))
        .sum();
    assert_eq!(parties, 81);
    // States outside the Budapest chart are shown, not dropped.
    assert_eq!(budapest.on(day).standing(code("CHN")), Standing::Outside);
    assert!(
        table
            .list(Standing::NotSigned, Standing::Outside)
            .iter()
            .any(|p| p.code == code("IND"))
    );
}

#[test]
fn named_lists() {
    let (hanoi, budapest) = (Register::embedded(), EmbeddedTreaty::Budapest.register());
    let c = Comparison::new(&[hanoi, budapest], day("2026-04-25"));
    let t = c
        .cross_table(hanoi.treaty(), budapest.treaty())
        .expect("two treaties");
    // Budapest parties that had not signed the Hanoi Convention include the
    // United States, Japan and Germany; those that had include France.
    let out: Vec<String> = t
        .list(Standing::NotSigned, Standing::InForce)
        .iter()
        .map(|p| p.code.to_string())
        .collect();
    for who in ["USA", "JPN", "DEU"] {
        assert!(out.contains(&who.to_string()), "{who}");
    }
    assert!(
        t.list(Standing::Signed, Standing::InForce)
            .iter()
            .any(|p| p.code == code("FRA"))
    );
    // Hanoi signatories neither party to nor invited to Budapest: Viet Nam is outside its chart.
    let signed_elsewhere: Vec<String> = [Standing::NotSigned, Standing::Signed, Standing::Outside]
        .iter()
        .flat_map(|b| t.list(Standing::Signed, *b))
        .map(|p| p.code.to_string())
        .collect();
    assert!(signed_elsewhere.contains(&"CHN".to_string()));
    assert!(!signed_elsewhere.contains(&"FRA".to_string()));
}

#[test]
fn pace_checked_by_hand() {
    // Hanoi: opened 25 October 2025; the first consent is Qatar's, some day
    // between 1 and 13 February 2026: 99 to 111 days.
    const MILESTONES: [u32; 5] = [1, 5, 10, 20, 40];
    let r = Register::embedded();
    let hanoi = Pace::of(&r.on(r.as_of()), &MILESTONES);
    assert_eq!(hanoi.opened, day("2025-10-25"));
    let first = hanoi.milestones[0].days.unwrap();
    assert_eq!((first.earliest, first.latest), (99, 111));
    assert!(hanoi.milestones[1].days.is_none(), "no fifth consent yet");
    assert_eq!(hanoi.entry_into_force, None);
    assert_eq!(hanoi.required, 40);
    // Budapest: opened 23 November 2001; every milestone counted again from
    // the chart's deposit dates.
    let budapest = EmbeddedTreaty::Budapest.register();
    let mut deposits: Vec<_> = budapest
        .participants()
        .iter()
        .filter_map(|p| {
            budapest
                .actions_of(p.code())
                .iter()
                .find(|a| a.kind().is_consent())
                .map(|a| a.date().earliest())
        })
        .collect();
    deposits.sort();
    let pace = Pace::of(&budapest.on(budapest.as_of()), &MILESTONES);
    for m in &pace.milestones {
        let nth = deposits[m.consent as usize - 1];
        let by_hand = day("2001-11-23").until(nth).unwrap().get_days() as i64;
        assert_eq!(m.days.map(|d| d.latest), Some(by_hand), "consent {}", m.consent);
    }
    // The tenth, Bulgaria's of 7 April 2005: 1,096 days to 23 November 2004,
    // then 7 + 31 + 31 + 28 + 31 + 7.
    assert_eq!(deposits[9], day("2005-04-07"));
    assert_eq!(pace.milestones[2].days.map(|d| d.latest), Some(1096 + 135));
    // Curves rise: more consents, never fewer, as days pass.
    assert!(pace.curve.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
    assert_eq!(pace.curve.last().map(|c| c.1), Some(81));
    // Up to an earlier day, only the consents made by then.
    let early = Pace::of(&budapest.on(day("2005-04-07")), &MILESTONES);
    assert_eq!(early.curve.last().map(|c| c.1), Some(10));
    assert!(early.milestones[3].days.is_none(), "no twentieth consent by then");
}

#[test]
fn each_treaty_marks_the_milestones_its_own_rule_gives() {
    let all: Vec<&Register> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
    // Hanoi needs 40 (1, 5, 10, 20, 40); Budapest and its protocol 5 (1, 5).
    assert_eq!(hanoi_convention::compare::milestones(&all), [1, 5, 10, 20, 40]);
    assert_eq!(hanoi_convention::compare::milestones(&all[1..]), [1, 5]);
}

/// An `unknown` standing carries its bounds: Azerbaijan had certainly
/// signed the Hanoi Convention on 2026-04-25 (in Hanoi), and a window
/// covers its ratification.
#[test]
fn an_unknown_standing_keeps_its_bounds() {
    let (hanoi, budapest) = (Register::embedded(), EmbeddedTreaty::Budapest.register());
    let day = day("2026-04-25");
    let c = Comparison::new(&[hanoi, budapest], day);
    for p in c.participants() {
        for (i, r) in [hanoi, budapest].iter().enumerate() {
            assert_eq!(p.bounds[i], r.on(day).standing_range(p.code), "{}", p.code);
            let (low, high) = p.bounds[i];
            assert_eq!(p.standings[i] == Standing::Unknown, low != high, "{}", p.code);
        }
    }
    let aze = c
        .participants()
        .iter()
        .find(|p| p.code == code("AZE"))
        .expect("Azerbaijan");
    assert_eq!(aze.standings[0], Standing::Unknown);
    assert_eq!(aze.bounds[0], (Standing::Signed, Standing::Party));
}

/// The same treaty compared twice (its embedded data and the data with a
/// file of one's own) is told apart by the order given; a page of the
/// treaty read as a treaty of its own is another treaty.
#[test]
fn the_same_treaty_twice_is_matched_in_the_order_given() {
    use hanoi_convention::actions::{Action, ActionKind};
    let hanoi = Register::embedded();
    let france = Action::new(code("FRA"), ActionKind::Ratification, day("2026-07-20").into())
        .with_source("my notes", hanoi_convention::Confidence::High);
    let mine = hanoi.to_builder().action(france).build().unwrap();
    let c = Comparison::new(&[hanoi, &mine], hanoi.as_of());
    let t = c
        .cross_table(hanoi.treaty(), mine.treaty())
        .expect("the same treaty twice");
    // France: signed in the embedded data, a party with the file.
    assert_eq!(t.count(Standing::Signed, Standing::Party), 1);
    assert!(
        t.list(Standing::Signed, Standing::Party)
            .iter()
            .any(|p| p.code == code("FRA"))
    );
    // One treaty compared once has no cross-table with itself.
    let once = Comparison::new(&[hanoi, EmbeddedTreaty::Budapest.register()], hanoi.as_of());
    assert!(once.cross_table(hanoi.treaty(), hanoi.treaty()).is_none());
}

/// A page of the Hanoi Convention read as a treaty of its own shares its
/// reference with the embedded treaty, yet is another treaty: asked in
/// either order, each side is the treaty asked for.
#[cfg(feature = "untc")]
#[test]
fn a_page_treaty_and_the_embedded_one_are_told_apart() {
    use hanoi_convention::io::untc;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/untc/XVIII-16.constructed.en.xml"
    );
    let hanoi = Register::embedded();
    let import = untc::from_bytes(
        "page.xml",
        &std::fs::read(path).unwrap(),
        hanoi.participants(),
        None,
    )
    .unwrap();
    let treaty = import
        .treaty(std::sync::Arc::new(hanoi.participants().clone()))
        .unwrap();
    assert_eq!(
        treaty.identity().reference(),
        hanoi.treaty().identity().reference()
    );
    let as_of = import.actions.iter().map(|a| a.date().latest()).max().unwrap();
    let page = Register::builder(&treaty)
        .as_of(as_of)
        .actions(import.actions.clone())
        .build()
        .unwrap();
    let c = Comparison::new(&[&page, hanoi], hanoi.as_of());
    let rows_page = c.cross_table(&treaty, hanoi.treaty()).unwrap();
    let rows_hanoi = c.cross_table(hanoi.treaty(), &treaty).unwrap();
    assert_eq!(rows_page.treaties(), ("XVIII-16", "Hanoi Convention"));
    assert_eq!(rows_hanoi.treaties(), ("Hanoi Convention", "XVIII-16"));
}
