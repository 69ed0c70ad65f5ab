//! Property tests on random valid registers: monotone status, consistent
//! counts, and agreement with a naive scan of every action.

mod common;

use common::{naive_signed, naive_stage};
use hanoi_convention::{
    Date, DateWindow, Register, Stage, Status,
    actions::{Action, ActionKind},
    participants::{ParticipantKind, RegionalGroup},
};
use jiff::ToSpan;
use proptest::prelude::*;

fn base() -> Date {
    Date::constant(2025, 10, 27)
}

fn at(offset: i32) -> Date {
    base().saturating_add(offset.days())
}

fn win(start: i32, len: i32) -> DateWindow {
    DateWindow::new(at(start), at(start + len)).unwrap()
}

/// What one participant does: (pattern, signature start/len, consent offset/len, denunciation offset/len).
type Plan = (u8, i32, i32, i32, i32, i32, i32);

fn plan(with_denunciation: bool) -> impl Strategy<Value = Plan> {
    let patterns = if with_denunciation { 4u8 } else { 3u8 };
    (
        0..patterns,
        0..420i32,
        0..40i32,
        0..800i32,
        0..60i32,
        0..400i32,
        0..30i32,
    )
}

/// Codes of States outside the EU, so the REIO rule stays out of the way.
fn states() -> Vec<hanoi_convention::participants::Code> {
    Register::embedded()
        .participants()
        .iter()
        .filter(|p| p.kind() == ParticipantKind::UnMemberState && p.member_of().is_none())
        .map(|p| p.code())
        .collect()
}

fn actions_for(plans: &[Plan]) -> Vec<Action> {
    let codes = states();
    let mut out = Vec::new();
    for (i, &(pattern, s, sl, c, cl, d, dl)) in plans.iter().enumerate() {
        let who = codes[i % codes.len()];
        let sig = win(s, sl);
        let consent = win(s + c, cl);
        match pattern {
            0 => out.push(Action::new(who, ActionKind::Signature, sig)),
            1 | 3 => {
                out.push(Action::new(who, ActionKind::Signature, sig));
                out.push(Action::new(who, ActionKind::Ratification, consent));
                if pattern == 3 {
                    out.push(Action::new(who, ActionKind::Denunciation, win(s + c + d, dl)));
                }
            }
            _ => out.push(Action::new(who, ActionKind::Accession, consent)),
        }
    }
    out
}

fn build(actions: Vec<Action>) -> Register {
    Register::builder(hanoi_convention::convention())
        .as_of(Date::constant(2031, 12, 31))
        .actions(actions)
        .build()
        .expect("generated registers are valid")
}

fn bounds(s: Status) -> (Stage, Stage) {
    match s {
        Status::Unknown { known, maybe } => (known, maybe),
        other => {
            let st = other.stage().unwrap();
            (st, st)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn status_is_monotone_without_denunciations(plans in prop::collection::vec(plan(false), 1..60), days in prop::collection::vec(0..1500i32, 2..12)) {
        let r = build(actions_for(&plans));
        let mut days = days;
        days.sort();
        for p in r.participants().iter().take(plans.len()) {
            let mut last = (Stage::NotSigned, Stage::NotSigned);
            for &d in &days {
                let now = bounds(r.status(p.code(), at(d)).unwrap());
                prop_assert!(now.0 >= last.0 && now.1 >= last.1, "{}: {:?} then {:?}", p.code(), last, now);
                prop_assert!(now.0 <= now.1);
                last = now;
            }
        }
    }

    #[test]
    fn counts_add_up_and_certain_is_at_most_possible(plans in prop::collection::vec(plan(true), 0..80), d in 0..1800i32) {
        let r = build(actions_for(&plans));
        let counts = r.counts_by_group(at(d));
        let rows = counts.rows(r.treaty().grouping());
        for g in &rows {
            prop_assert!(g.signatories.certain <= g.signatories.possible);
            prop_assert!(g.parties.certain <= g.parties.possible);
        }
        // Each group's counts equal the participants of that group whose
        // status, asked one by one, says they signed or are parties.
        for (g, row) in RegionalGroup::ALL.iter().map(Some).chain([None]).zip(&rows) {
            let members = r.participants().iter().filter(|p| p.group().counted_in() == g.copied());
            let (mut sig, mut par) = ((0, 0), (0, 0));
            for p in members {
                let signed = r.has_signed(p.code(), at(d)).unwrap();
                sig.0 += u32::from(signed.is_certain());
                sig.1 += u32::from(signed.is_possible());
                let party = r.status(p.code(), at(d)).unwrap().is_party();
                par.0 += u32::from(party.is_certain());
                par.1 += u32::from(party.is_possible());
            }
            prop_assert_eq!((row.signatories.certain, row.signatories.possible), sig, "{:?}", g);
            prop_assert_eq!((row.parties.certain, row.parties.possible), par, "{:?}", g);
        }
    }

    #[test]
    fn register_equals_a_naive_scan(plans in prop::collection::vec(plan(true), 0..80), days in prop::collection::vec(0..1800i32, 1..6)) {
        let actions = actions_for(&plans);
        let r = build(actions.clone());
        for &d in &days {
            let day = at(d);
            let mut signed = (0u32, 0u32);
            for p in r.participants() {
                let want = (naive_stage(&actions, p.code(), day, false), naive_stage(&actions, p.code(), day, true));
                prop_assert_eq!(bounds(r.status(p.code(), day).unwrap()), want, "{} on {}", p.code(), day);
                signed.0 += u32::from(naive_signed(&actions, p.code(), day, false));
                signed.1 += u32::from(naive_signed(&actions, p.code(), day, true));
            }
            let got = r.signatories(day);
            prop_assert_eq!((got.certain, got.possible), signed);
        }
    }

    #[test]
    fn input_order_does_not_matter(plans in prop::collection::vec(plan(true), 1..40), seed in any::<u64>()) {
        let actions = actions_for(&plans);
        let mut shuffled = actions.clone();
        // A cheap deterministic shuffle.
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let (a, b) = (build(actions), build(shuffled));
        prop_assert_eq!(a.actions(), b.actions());
        prop_assert_eq!(a.timeline(), b.timeline());
        prop_assert_eq!(a.entry_into_force(), b.entry_into_force());
    }
}
