//! Denunciation (art. 67): a pending denunciation leaves a party bound, a
//! REIO ceases to be a party once all its member States have denounced
//! (art. 67(2)), and statements need a signature or consent first.

mod common;

use common::{act, code, day};
use hanoi_convention::actions::{Action, ActionKind};
use hanoi_convention::problem::Problem;
use hanoi_convention::{
    Answer, Date, EntryIntoForce, Error, ErrorKind, Register, Standing, Status, convention,
};

fn build(actions: Vec<Action>, as_of: &str) -> Register {
    Register::builder(convention())
        .as_of(day(as_of))
        .actions(actions)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Forty States outside the EU sign in Hanoi and ratify in January 2027:
/// the Convention enters into force on 2027-04-30 (40th deposit on
/// 2027-01-30 + 90 days).
fn forty() -> (Vec<String>, Vec<Action>) {
    let codes: Vec<String> = Register::embedded()
        .participants()
        .iter()
        .filter(|p| p.kind().is_state() && p.member_of().is_none())
        .take(40)
        .map(|p| p.code().to_string())
        .collect();
    let actions = codes
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            [
                act(c, ActionKind::Signature, "2025-10-25"),
                act(c, ActionKind::Ratification, &format!("2027-01-{:02}", i % 30 + 1)),
            ]
        })
        .collect();
    (codes, actions)
}

#[test]
fn a_pending_denunciation_leaves_the_party_bound() {
    let (codes, mut actions) = forty();
    let who = codes[0].clone();
    actions.push(act(&who, ActionKind::Denunciation, "2028-03-01"));
    let r = build(actions.clone(), "2028-06-01");
    let EntryIntoForce::On { date } = r.on(r.as_of()).entry_into_force() else {
        panic!("{}", r.on(r.as_of()).entry_into_force())
    };
    assert_eq!(date, Date::constant(2027, 4, 30));
    // Notified, not yet effective: still a party, still bound, bound_from kept.
    assert!(matches!(
        r.on(r.as_of()).status(code(&who)),
        Some(Status::Party { .. })
    ));
    assert_eq!(r.on(r.as_of()).is_bound(code(&who)), Some(Answer::Yes));
    assert_eq!(
        r.on(r.as_of()).bound_from(code(&who)).map(|w| w.earliest()),
        Some(date)
    );
    // Effective one year after notification: no longer bound.
    let later = build(actions, "2029-03-01");
    assert_eq!(later.on(day("2029-03-01")).is_bound(code(&who)), Some(Answer::No));
    assert_eq!(later.on(later.as_of()).bound_from(code(&who)), None);
    assert!(matches!(
        later.on(day("2029-03-01")).status(code(&who)),
        Some(Status::Denounced { .. })
    ));
    // The counts follow: 40 parties until the denunciation takes effect, 39 after.
    assert_eq!(later.on(day("2029-02-28")).parties().count().certain, 40);
    assert_eq!(later.on(day("2029-03-01")).parties().count().certain, 39);
    assert_eq!(later.on(day("2029-03-01")).parties().list().len(), 39);
}

#[test]
fn a_reio_ceases_to_be_a_party_when_all_its_members_have_denounced() {
    let members: Vec<String> = Register::embedded()
        .participants()
        .iter()
        .filter(|p| p.member_of().map(|m| m.as_str() == "EU").unwrap_or(false))
        .map(|p| p.code().to_string())
        .collect();
    assert_eq!(members.len(), 27);
    let mut actions = vec![];
    for (i, m) in members.iter().enumerate() {
        actions.push(act(m, ActionKind::Signature, "2025-10-25"));
        actions.push(act(m, ActionKind::Ratification, "2026-01-10"));
        // The last member denounces a month after the others.
        let notified = if i == members.len() - 1 {
            "2027-02-01"
        } else {
            "2027-01-01"
        };
        actions.push(act(m, ActionKind::Denunciation, notified));
    }
    actions.push(act("EU", ActionKind::Signature, "2025-10-25"));
    actions.push(act("EU", ActionKind::Approval, "2026-02-01"));
    let r = build(actions.clone(), "2028-12-31");
    let eu = code("EU");
    assert!(matches!(
        r.on(day("2028-01-31")).status(eu),
        Some(Status::Party { .. })
    ));
    assert_eq!(
        r.on(day("2028-02-01")).status(eu),
        Some(Status::Denounced {
            effective: day("2028-02-01").into()
        })
    );
    // An EU that only signed is not a party, and does not cease to be one.
    let signed_only: Vec<Action> = actions
        .iter()
        .filter(|a| !(a.participant() == eu && a.kind() == ActionKind::Approval))
        .cloned()
        .collect();
    let r = build(signed_only, "2028-12-31");
    assert_eq!(
        r.on(day("2028-12-31")).status(eu).map(|s| s.step()),
        Some(Standing::Signed)
    );
    // While one member remains, the EU remains a party.
    actions.retain(|a| !(a.participant() == code(&members[0]) && a.kind() == ActionKind::Denunciation));
    let r = build(actions, "2028-12-31");
    assert_eq!(
        r.on(day("2028-12-31")).status(eu).map(|s| s.step()),
        Some(Standing::Party)
    );
}

#[test]
fn a_reservation_needs_a_signature_or_consent_first() {
    let early = vec![
        act("FRA", ActionKind::Reservation, "2025-11-01").with_provisions(["11(3)".parse().unwrap()]),
        act("FRA", ActionKind::Signature, "2025-12-01"),
    ];
    let Some(v) = (Register::builder(convention()).actions(early).build())
        .as_ref()
        .err()
        .and_then(Error::problems)
        .cloned()
    else {
        panic!("a reservation before any signature is accepted")
    };
    let v = &v.as_slice()[0];
    assert!(matches!(v, Problem::StatementByNonSignatory { .. }), "{v}");
    assert!(
        v.to_string()
            .contains("Vienna Convention on the Law of Treaties, art. 19, 23"),
        "{v}"
    );
    // On the day of signature, it is fine.
    let same_day = vec![
        act("FRA", ActionKind::Signature, "2025-12-01"),
        act("FRA", ActionKind::Reservation, "2025-12-01").with_provisions(["11(3)".parse().unwrap()]),
    ];
    assert!(Register::builder(convention()).actions(same_day).build().is_ok());
}

#[test]
fn date_arithmetic_past_the_last_date_is_an_error_not_a_clamp() {
    let (codes, _) = forty();
    let mut actions = Vec::new();
    for c in &codes {
        actions.push(act(c, ActionKind::Signature, "2025-10-25"));
        actions.push(act(c, ActionKind::Ratification, "9999-12-31"));
    }
    let err = Register::builder(convention())
        .as_of(day("9999-12-31"))
        .actions(actions)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Value, "{err}");
    assert!(
        err.to_string().contains("beyond the last representable date"),
        "{err}"
    );
}
