//! Each validation rule: a minimal broken register yields exactly that
//! violation, naming its article and the record's origin.

mod common;

use common::{act, code, day, register};
use hanoi_convention::{
    Error, Origin, Register,
    actions::{Action, ActionKind, Place},
    problem::{Problem, Rule},
};

fn only_violation(actions: Vec<Action>) -> Problem {
    match register(actions) {
        Err(e) if e.is_invalid() => {
            let v = e.problems().expect("invalid");
            assert_eq!(v.as_slice().len(), 1, "expected exactly one violation, got {v}");
            let p = v.as_slice()[0].clone();
            // Every problem says what was expected (or why not).
            let detail = p.detail();
            assert!(
                detail.contains("expected") || detail.contains(": "),
                "{p:?}: {detail:?}"
            );
            p
        }
        other => panic!("expected a violation, got {other:?}"),
    }
}

fn at(line: u32) -> Origin {
    Origin::line("test.tsv", line)
}

#[test]
fn signature_outside_the_period() {
    for when in ["2025-10-24", "2027-01-01"] {
        let v = only_violation(vec![act("FJI", ActionKind::Signature, when)]);
        assert!(matches!(v, Problem::SignaturePeriod { .. }), "{when}: {v}");
        assert_eq!(v.article().map(|a| a.to_string()).as_deref(), Some("64(1)"));
    }
    // A window that may fall inside the period is not a violation.
    assert!(register(vec![act("FJI", ActionKind::Signature, "2025-10-01..2025-10-25")]).is_ok());
}

#[test]
fn signature_place_must_match_its_date() {
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25").with_place(Place::new("New York")),
    ]);
    assert!(
        matches!(
            v,
            Problem::SignaturePlace { ref expected, .. } if *expected == Place::new("Hanoi")
        ),
        "{v}"
    );
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-11-02").with_place(Place::new("Hanoi")),
    ]);
    assert!(
        matches!(
            v,
            Problem::SignaturePlace { ref expected, .. } if *expected == Place::new("New York")
        ),
        "{v}"
    );
    assert!(v.to_string().contains("art. 64(1)"));
}

#[test]
fn a_participant_signs_once() {
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25").with_origin(at(2)),
        act("FJI", ActionKind::Signature, "2025-12-01").with_origin(at(3)),
    ]);
    assert!(
        matches!(&v, Problem::SecondSignature { first, .. } if *first == at(2)),
        "{v}"
    );
    assert_eq!(v.origin(), &at(3));
}

#[test]
fn reio_signs_only_after_a_member_state() {
    let v = only_violation(vec![act("EU", ActionKind::Signature, "2025-10-25")]);
    assert!(
        matches!(
            v,
            Problem::ReioBeforeMemberState {
                kind: ActionKind::Signature,
                ..
            }
        ),
        "{v}"
    );
    assert_eq!(v.rule(), Rule::ReioAfterMemberState);
    // A member State signing the same day is enough.
    assert!(
        register(vec![
            act("EU", ActionKind::Signature, "2025-10-25"),
            act("FRA", ActionKind::Signature, "2025-10-25")
        ])
        .is_ok()
    );
    // But a non-member's signature is not.
    let v = only_violation(vec![
        act("EU", ActionKind::Signature, "2025-10-25"),
        act("NOR", ActionKind::Signature, "2025-10-25"),
    ]);
    assert!(matches!(v, Problem::ReioBeforeMemberState { .. }), "{v}");
}

#[test]
fn reio_deposits_only_after_a_member_state() {
    let v = only_violation(vec![
        act("EU", ActionKind::Signature, "2025-10-25"),
        act("FRA", ActionKind::Signature, "2025-10-25"),
        act("EU", ActionKind::Approval, "2026-06-01"),
        act("FRA", ActionKind::Ratification, "2026-07-01"),
    ]);
    assert!(
        matches!(
            v,
            Problem::ReioBeforeMemberState {
                kind: ActionKind::Approval,
                ..
            }
        ),
        "{v}"
    );
    // A member State's declaration made on signing is not an instrument.
    let v = only_violation(vec![
        act("EU", ActionKind::Signature, "2025-10-25"),
        act("FRA", ActionKind::Signature, "2025-10-25"),
        act("FRA", ActionKind::Declaration, "2025-10-25").with_provisions(["11(3)".parse().unwrap()]),
        act("EU", ActionKind::Approval, "2026-06-01"),
    ]);
    assert!(
        matches!(
            v,
            Problem::ReioBeforeMemberState {
                kind: ActionKind::Approval,
                ..
            }
        ),
        "{v}"
    );
}

#[test]
fn ratification_needs_a_signature_first() {
    let v = only_violation(vec![act("FJI", ActionKind::Ratification, "2026-06-01")]);
    assert!(matches!(v, Problem::ConsentWithoutSignature { .. }), "{v}");
    let v = only_violation(vec![
        act("FJI", ActionKind::Acceptance, "2026-01-01"),
        act("FJI", ActionKind::Signature, "2026-02-01"),
    ]);
    assert!(matches!(v, Problem::ConsentWithoutSignature { .. }), "{v}");
    assert_eq!(v.article().map(|a| a.to_string()).as_deref(), Some("64(3)"));
}

#[test]
fn accession_only_by_a_non_signatory() {
    assert!(register(vec![act("FJI", ActionKind::Accession, "2027-06-01")]).is_ok());
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25"),
        act("FJI", ActionKind::Accession, "2027-06-01"),
    ]);
    assert!(matches!(v, Problem::Accession { .. }), "{v}");
}

#[test]
fn one_instrument_unless_denounced_in_between() {
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25"),
        act("FJI", ActionKind::Ratification, "2026-06-01"),
        act("FJI", ActionKind::Ratification, "2026-08-01"),
    ]);
    assert!(matches!(v, Problem::SecondConsent { .. }), "{v}");
    // Denounced, effective a year later, then joined again: allowed.
    let r = register(vec![
        act("FJI", ActionKind::Signature, "2025-10-25"),
        act("FJI", ActionKind::Ratification, "2026-06-01"),
        act("FJI", ActionKind::Denunciation, "2027-01-10"),
        act("FJI", ActionKind::Accession, "2028-02-01"),
    ]);
    // ...except that accession by a signatory is itself not allowed.
    assert!(
        matches!(r.as_ref().err().and_then(Error::problems), Some(v) if v.as_slice().len() == 1 && v.as_slice()[0].rule() == Rule::Accession)
    );
    // Before the denunciation takes effect, a new instrument is a second one.
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25"),
        act("FJI", ActionKind::Ratification, "2026-06-01"),
        act("FJI", ActionKind::Denunciation, "2027-01-10"),
        act("FJI", ActionKind::Ratification, "2027-06-01"),
    ]);
    assert!(matches!(v, Problem::SecondConsent { .. }), "{v}");
}

#[test]
fn denunciation_only_by_a_party_and_effective_a_year_later() {
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25"),
        act("FJI", ActionKind::Denunciation, "2026-06-01"),
    ]);
    assert!(matches!(v, Problem::DenunciationByNonParty { .. }), "{v}");
    assert_eq!(v.article().map(|a| a.to_string()).as_deref(), Some("67(1)"));
    let r = register(vec![
        act("FJI", ActionKind::Signature, "2025-10-25"),
        act("FJI", ActionKind::Ratification, "2026-06-01"),
        act("FJI", ActionKind::Denunciation, "2027-01-10"),
    ])
    .unwrap();
    use hanoi_convention::Standing;
    assert_eq!(
        r.on(day("2028-01-09")).status(code("FJI")).map(|s| s.step()),
        Some(Standing::Party)
    );
    assert_eq!(
        r.on(day("2028-01-10")).status(code("FJI")).map(|s| s.step()),
        Some(Standing::Denounced)
    );
}

#[test]
fn reservations_only_where_allowed() {
    let reserve = |p: &str| {
        act("FJI", ActionKind::Reservation, "2025-10-25")
            .with_provisions(p.split(';').map(|x| x.parse().unwrap()))
    };
    let sig = || act("FJI", ActionKind::Signature, "2025-10-25");
    assert!(register(vec![sig(), reserve("11(3);63(3)")]).is_ok());
    let v = only_violation(vec![sig(), reserve("11(3);65")]);
    assert!(
        matches!(&v, Problem::NotReservable { provision, .. } if provision.map(|p| p.to_string()).as_deref() == Some("65")),
        "{v}"
    );
    let v = only_violation(vec![sig(), act("FJI", ActionKind::Declaration, "2025-10-25")]);
    assert!(
        matches!(&v, Problem::NotReservable { provision, .. } if provision.is_none()),
        "{v}"
    );
}

#[test]
fn unknown_participants_are_reported() {
    let v = only_violation(vec![act("XYZ", ActionKind::Signature, "2025-10-25")]);
    assert!(
        matches!(&v, Problem::UnknownParticipant { code, .. } if code == "XYZ"),
        "{v}"
    );
}

#[test]
fn duplicates_are_reported() {
    let v = only_violation(vec![
        act("FJI", ActionKind::Signature, "2025-10-25").with_origin(at(2)),
        act("FJI", ActionKind::Signature, "2025-10-25").with_origin(at(5)),
    ]);
    assert!(
        matches!(&v, Problem::Duplicate { first, .. } if *first == at(2)),
        "{v}"
    );
    assert_eq!(v.origin(), &at(5));
}

#[test]
fn nothing_after_the_as_of_date() {
    let r = Register::builder(hanoi_convention::convention())
        .as_of(day("2026-01-01"))
        .action(act("FJI", ActionKind::Signature, "2025-12-20..2026-01-05"))
        .build();
    let Some(v) = r.as_ref().err().and_then(Error::problems).cloned() else {
        panic!("{r:?}")
    };
    assert_eq!(v.as_slice().len(), 1);
    assert!(matches!(v.as_slice()[0], Problem::AfterAsOf { .. }));
}

#[test]
fn a_reversed_window_is_a_field_error_with_its_line() {
    let text = "participant\taction\tdate_from\tdate_to\tconfidence\tsource\nFJI\tsignature\t2026-01-05\t2026-01-01\thigh\tx\n";
    let Some(v) = (hanoi_convention::io::actions::from_str("test.tsv", text).and_then(|f| f.into_actions()))
        .as_ref()
        .err()
        .and_then(Error::problems)
        .cloned()
    else {
        panic!()
    };
    let v = &v.as_slice()[0];
    assert_eq!(
        (v.origin(), v.field(), v.rule()),
        (&at(2), "date_to", Rule::Format)
    );
    assert!(v.to_string().contains("no earlier than date_from"), "{v}");
}

#[test]
fn every_violation_is_reported_in_a_stable_order() {
    let broken = vec![
        act("XYZ", ActionKind::Signature, "2025-10-25").with_origin(at(4)),
        act("FJI", ActionKind::Ratification, "2026-06-01").with_origin(at(2)),
        act("EU", ActionKind::Signature, "2025-10-25").with_origin(at(3)),
    ];
    let mut reversed = broken.clone();
    reversed.reverse();
    let (Err(a), Err(b)) = (register(broken), register(reversed)) else {
        panic!()
    };
    let (Some(a), Some(b)) = (a.problems(), b.problems()) else {
        panic!("{a}; {b}")
    };
    assert_eq!(a, b);
    let lines: Vec<String> = a.as_slice().iter().map(|v| v.origin().to_string()).collect();
    assert_eq!(lines, ["test.tsv:2", "test.tsv:3", "test.tsv:4"]);
    assert!(a.to_string().starts_with("3 problems found"));
}

/// Builder inputs that cannot fit together are refused, each with a
/// problem naming its rule, so that `validate()` always says why: an as-of
/// date before the treaty existed, and a prerequisite register for a
/// treaty open to more than another treaty's parties.
#[test]
fn inconsistent_builder_inputs_are_refused_with_their_problem() {
    use hanoi_convention::embedded::EmbeddedTreaty;
    use hanoi_convention::problem::Rule;
    let v = Register::builder(EmbeddedTreaty::Hanoi.treaty())
        .as_of(day("2000-01-01"))
        .validate();
    assert!(!v.is_valid());
    assert_eq!(v.problems().len(), 1, "{:?}", v.problems());
    assert_eq!(v.problems()[0].rule(), Rule::NotBeforeAdoption);
    assert!(
        v.problems()[0]
            .to_string()
            .contains("as-of date 2000-01-01 is before"),
        "{}",
        v.problems()[0]
    );
    let v = Register::builder(EmbeddedTreaty::Hanoi.treaty())
        .prerequisite(EmbeddedTreaty::Budapest.register())
        .validate();
    assert_eq!(v.problems().len(), 1, "{:?}", v.problems());
    assert_eq!(v.problems()[0].rule(), Rule::PartyToPrerequisite);
    assert_eq!(
        v.problems()[0].article().map(|a| a.to_string()),
        Some("64(1)".to_string())
    );
    // The same inputs, consistent, build.
    assert!(
        Register::builder(EmbeddedTreaty::Hanoi.treaty())
            .as_of(day("2024-12-24"))
            .build()
            .is_ok()
    );
    assert!(
        Register::builder(EmbeddedTreaty::Cets224.treaty())
            .prerequisite(EmbeddedTreaty::Budapest.register())
            .build()
            .is_ok()
    );
}
