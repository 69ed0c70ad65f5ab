//! Entry into force (art. 65) on synthetic registers.

mod common;

use common::{act, code, day, register};
use hanoi_convention::{
    Answer, CountRange, Date, EntryIntoForce, Register,
    actions::{Action, ActionKind},
    participants::ParticipantKind,
    register::{Assumption, Outcome},
};

/// `n` States (not EU members, to keep the REIO rule out of the way) that
/// sign in Hanoi and ratify on the given days.
fn states(n: usize) -> Vec<String> {
    Register::embedded()
        .participants()
        .iter()
        .filter(|p| p.kind() == ParticipantKind::UnMemberState)
        .take(n)
        .map(|p| p.code().to_string())
        .collect()
}

fn sign_and_ratify(codes: &[String], ratified: impl Fn(usize) -> String) -> Vec<Action> {
    codes
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            [
                act(c, ActionKind::Signature, "2025-10-25"),
                act(c, ActionKind::Ratification, &ratified(i)),
            ]
        })
        .collect()
}

fn jan(i: usize) -> String {
    format!("2027-01-{:02}", i % 28 + 1)
}

#[test]
fn forty_deposits_give_the_fortieth_plus_ninety_days() {
    let codes = states(40);
    let mut actions = sign_and_ratify(&codes[..39], jan);
    actions.push(act(&codes[39], ActionKind::Ratification, "2027-02-10"));
    actions.push(act(&codes[39], ActionKind::Signature, "2025-10-25"));
    let r = register(actions).unwrap();
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::On {
            date: day("2027-05-11")
        }
    );
    assert_eq!(r.on(day("2027-05-10")).in_force(), Answer::No);
    assert_eq!(r.on(day("2027-05-11")).in_force(), Answer::Yes);
    assert_eq!(
        r.on(day("2027-05-11")).is_bound(code(&codes[0])),
        Some(Answer::Yes)
    );
    assert_eq!(
        r.on(r.as_of())
            .bound_from(code(&codes[0]))
            .and_then(|w| w.exact_day()),
        Some(day("2027-05-11"))
    );
}

#[test]
fn thirty_nine_deposits_are_one_short() {
    let r = register(sign_and_ratify(&states(39), jan)).unwrap();
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::NotYet {
            counted: CountRange::exact(39),
            required: 40
        }
    );
    assert_eq!(r.on(day("2030-01-01")).in_force(), Answer::No);
}

#[test]
fn the_eus_instrument_is_not_counted() {
    // 39 States (France among them, so the EU may deposit) and the EU.
    let mut codes = states(38);
    codes.push("FRA".into());
    let mut actions = sign_and_ratify(&codes, jan);
    actions.push(act("EU", ActionKind::Signature, "2025-10-25"));
    actions.push(act("EU", ActionKind::Approval, "2027-02-01"));
    let r = register(actions).unwrap();
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::NotYet {
            counted: CountRange::exact(39),
            required: 40
        }
    );
}

#[test]
fn a_later_party_is_bound_thirty_days_after_its_deposit_or_at_entry_into_force() {
    let codes = states(42);
    let mut actions = sign_and_ratify(&codes[..40], |_| "2027-01-01".into());
    // Deposits after the fortieth: one before entry into force, one well after.
    actions.extend(sign_and_ratify(&codes[40..41], |_| "2027-03-01".into()));
    actions.extend(sign_and_ratify(&codes[41..42], |_| "2027-06-15".into()));
    let r = register(actions).unwrap();
    let eif = day("2027-04-01");
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::On { date: eif }
    );
    assert_eq!(
        r.on(r.as_of()).bound_from(code(&codes[40])).unwrap().exact_day(),
        Some(eif),
        "30 days after 1 March is before EIF"
    );
    assert_eq!(
        r.on(r.as_of()).bound_from(code(&codes[41])).unwrap().exact_day(),
        Some(day("2027-07-15"))
    );
    assert_eq!(
        r.on(day("2027-07-14")).is_bound(code(&codes[41])),
        Some(Answer::No)
    );
    assert_eq!(
        r.on(day("2027-07-15")).is_bound(code(&codes[41])),
        Some(Answer::Yes)
    );
}

#[test]
fn a_window_on_the_fortieth_deposit_gives_a_window() {
    let codes = states(40);
    let mut actions = sign_and_ratify(&codes[..39], |_| "2027-01-01".into());
    actions.push(act(&codes[39], ActionKind::Signature, "2025-10-25"));
    actions.push(act(
        &codes[39],
        ActionKind::Ratification,
        "2027-02-01..2027-02-28",
    ));
    let r = register(actions).unwrap();
    let EntryIntoForce::Within { window: w } = r.on(r.as_of()).entry_into_force() else {
        panic!("{}", r.on(r.as_of()).entry_into_force())
    };
    assert_eq!((w.earliest(), w.latest()), (day("2027-05-02"), day("2027-05-29")));
    assert_eq!(r.on(day("2027-05-10")).in_force(), Answer::Unknown);
}

#[test]
fn what_if_assumed_deposits() {
    let r = register(sign_and_ratify(&states(39), jan)).unwrap();
    let extra = Register::embedded().participants().find("NZL").unwrap().code();
    let d = Date::constant(2027, 9, 1);
    let w = r.on(r.as_of()).what_if(&[Assumption::new(extra, d)]).unwrap();
    assert_eq!(w.assumed[0].outcome, Outcome::Counted);
    assert_eq!(
        w.assumed[0].instrument,
        ActionKind::Accession,
        "New Zealand had not signed"
    );
    assert_eq!(
        w.then,
        EntryIntoForce::On {
            date: day("2027-11-30")
        }
    );
    // A code the treaty does not know is rejected, and changes nothing.
    let w = r
        .on(r.as_of())
        .what_if(&[Assumption::new(code("ZZZ"), d)])
        .unwrap();
    assert!(
        matches!(&w.assumed[0].outcome, Outcome::Rejected { problems } if problems[0].to_string().contains("known-participant"))
    );
    assert_eq!(w.then, w.from_data);
}
