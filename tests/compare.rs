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
