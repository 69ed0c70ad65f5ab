//! Property tests on random valid registers: monotone status, consistent
//! counts, and agreement with a naive scan of every action.

#[path = "../../tests/common/mod.rs"]
mod common;

use common::{naive_signed, naive_stage};
use hanoi_convention::{
    Confidence, Date, DateWindow, Register, Standing, Status,
    actions::{Action, ActionKind, Place},
    participants::{Code, ParticipantKind, RegionalGroup},
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

/// The participant each plan is for: plans wrap around the States.
fn planned(plans: &[Plan]) -> Vec<Code> {
    let codes = states();
    (0..plans.len().min(codes.len())).map(|i| codes[i]).collect()
}

/// Valid actions by construction, every column used: signatures in New
/// York with a note, instruments with a notification, reservations on a
/// provision that allows one, denunciations.
fn actions_for(plans: &[Plan]) -> Vec<Action> {
    let codes = states();
    let mut out = Vec::new();
    let sourced =
        |a: Action, i: usize| a.with_source(&format!("https://example.org/plan/{i}"), Confidence::ALL[i % 3]);
    for (i, &(pattern, s, sl, c, cl, d, dl)) in plans.iter().enumerate().take(codes.len()) {
        let who = codes[i];
        let sig = win(s, sl);
        let consent = win(s + c, cl);
        let signature = sourced(Action::new(who, ActionKind::Signature, sig), i)
            .with_place(Place::new("New York"))
            .with_note(format!("plan {i}"));
        match pattern {
            0 => out.push(signature),
            1 | 3 => {
                out.push(signature);
                let instrument = sourced(Action::new(who, ActionKind::Ratification, consent), i)
                    .with_notification(format!("C.N.{i}.2026.TREATIES-XVIII.16"));
                out.push(instrument);
                out.push(
                    sourced(Action::new(who, ActionKind::Reservation, consent), i)
                        .with_provisions(["11(3)".parse().unwrap(), "63(3)".parse().unwrap()]),
                );
                if pattern == 3 {
                    out.push(sourced(
                        Action::new(who, ActionKind::Denunciation, win(s + c + d, dl)),
                        i,
                    ));
                }
            }
            _ => out.push(sourced(Action::new(who, ActionKind::Accession, consent), i)),
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

fn bounds(s: Status) -> (Standing, Standing) {
    match s {
        Status::Unknown { known, maybe } => (known, maybe),
        other => {
            let st = other.step();
            (st, st)
        }
    }
}

/// The items in an order drawn from `seed`: a cheap deterministic
/// shuffle (xorshift), so a failing case can be replayed.
fn shuffle<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut shuffled = items.to_vec();
    let mut s = seed | 1;
    for i in (1..shuffled.len()).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        shuffled.swap(i, (s % (i as u64 + 1)) as usize);
    }
    shuffled
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn status_is_monotone_without_denunciations(plans in prop::collection::vec(plan(false), 1..60), days in prop::collection::vec(0..1500i32, 2..12)) {
        let r = build(actions_for(&plans));
        let mut days = days;
        days.sort();
        for who in planned(&plans) {
            let mut last = (Standing::NotSigned, Standing::NotSigned);
            for &d in &days {
                let now = bounds(r.on(at(d)).status(who).unwrap());
                prop_assert!(now.0 >= last.0 && now.1 >= last.1, "{}: {:?} then {:?}", who, last, now);
                prop_assert!(now.0 <= now.1);
                last = now;
            }
        }
    }

    #[test]
    fn counts_add_up_and_certain_is_at_most_possible(plans in prop::collection::vec(plan(true), 0..80), d in 0..1800i32) {
        let r = build(actions_for(&plans));
        let counts = r.on(at(d)).counts_by_group();
        let rows = counts.rows();
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
                let signed = r.on(at(d)).has_signed(p.code()).unwrap();
                sig.0 += u32::from(signed.is_yes());
                sig.1 += u32::from(signed.is_possible());
                let party = r.on(at(d)).status(p.code()).unwrap().is_party();
                par.0 += u32::from(party.is_yes());
                par.1 += u32::from(party.is_possible());
            }
            prop_assert_eq!((row.signatories.certain, row.signatories.possible), sig, "{:?}", g);
            prop_assert_eq!((row.parties.certain, row.parties.possible), par, "{:?}", g);
        }
    }

    #[test]
    fn register_equals_a_naive_scan(plans in prop::collection::vec(plan(true), 0..120), days in prop::collection::vec(0..1800i32, 1..6)) {
        let actions = actions_for(&plans);
        let r = build(actions.clone());
        for &d in &days {
            let day = at(d);
            let (mut signed, mut parties) = ((0u32, 0u32), (0u32, 0u32));
            for p in r.participants() {
                let want = (naive_stage(&actions, p.code(), day, false), naive_stage(&actions, p.code(), day, true));
                prop_assert_eq!(bounds(r.on(day).status(p.code()).unwrap()), want, "{} on {}", p.code(), day);
                signed.0 += u32::from(naive_signed(&actions, p.code(), day, false));
                signed.1 += u32::from(naive_signed(&actions, p.code(), day, true));
                // A party for certain: party at the end of every window; possibly:
                // party if every window falls as early as it can.
                let (lo, hi) = (naive_stage(&actions, p.code(), day, false), naive_stage(&actions, p.code(), day, true));
                parties.0 += u32::from(lo == Standing::Party && hi == Standing::Party);
                parties.1 += u32::from(lo == Standing::Party || hi == Standing::Party);
            }
            let got = r.on(day).signatories().count();
            prop_assert_eq!((got.certain, got.possible), signed);
            let got = r.on(day).parties().count();
            prop_assert_eq!((got.certain, got.possible), parties, "parties on {}", day);
        }
        // Entry into force and who is bound, by a naive reading of art. 65.
        let eif = common::naive_entry_into_force(&actions);
        prop_assert_eq!(r.on(r.as_of()).entry_into_force().window(), eif);
        for &d in &days {
            let day = at(d);
            for who in planned(&plans) {
                let want = common::naive_bound(&actions, who, eif, day);
                prop_assert_eq!(r.on(day).is_bound(who), Some(want), "{} on {}", who, day);
            }
        }
    }

    #[test]
    fn input_order_does_not_matter(plans in prop::collection::vec(plan(true), 1..40), seed in any::<u64>()) {
        let actions = actions_for(&plans);
        let shuffled = shuffle(&actions, seed);
        let (a, b) = (build(actions), build(shuffled));
        prop_assert_eq!(a.actions(), b.actions());
        prop_assert_eq!(a.timeline(), b.timeline());
        prop_assert_eq!(a.on(a.as_of()).entry_into_force(), b.on(b.as_of()).entry_into_force());
    }

    #[test]
    fn load_export_load_is_the_identity(plans in prop::collection::vec(plan(true), 1..60)) {
        let r = build(actions_for(&plans));
        let tsv = hanoi_convention::export::events_tsv(&r);
        let back = Register::builder(hanoi_convention::convention())
            .as_of(r.as_of())
            .actions(hanoi_convention::io::actions::from_str("x.tsv", &tsv).and_then(|f| f.into_actions()).unwrap())
            .build()
            .unwrap();
        // Every column survives: the rows, and so the actions themselves
        // apart from where they were read from.
        let rows = |r: &Register| hanoi_convention::export::event_rows(r);
        prop_assert_eq!(rows(&r), rows(&back));
        prop_assert!(rows(&r).iter().all(|e| !e.source.is_empty()));
        prop_assert_eq!(r.timeline(), back.timeline());
        prop_assert_eq!(r.on(r.as_of()).entry_into_force(), back.on(back.as_of()).entry_into_force());
        prop_assert_eq!(hanoi_convention::export::events_tsv(&back), tsv);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// A comparison does not depend on the order the actions came in, and
    /// its cells always add up to the union of the universes.
    #[test]
    fn comparisons_do_not_depend_on_input_order(plans in prop::collection::vec(plan(true), 1..60), seed in any::<u64>()) {
        use hanoi_convention::compare::Comparison;
        let actions = actions_for(&plans);
        let shuffled = shuffle(&actions, seed);
        let budapest = hanoi_convention::embedded::EmbeddedTreaty::Budapest.register();
        let day = at(700);
        let (a, b) = (build(actions), build(shuffled));
        let (ca, cb) = (Comparison::new(&[&a, budapest], day), Comparison::new(&[&b, budapest], day));
        prop_assert_eq!(&ca, &cb);
        let t = ca.cross_table(a.treaty(), budapest.treaty()).expect("two treaties");
        prop_assert_eq!(t.total() as usize, ca.participants().len());
        prop_assert_eq!(t.cells().iter().map(|c| c.total).sum::<u32>(), t.total());
    }
}
