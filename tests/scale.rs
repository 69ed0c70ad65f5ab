//! The register on a synthetic treaty far larger than this one: it builds,
//! validates, and answers the same way.

mod common;

use common::synthetic;
use hanoi_convention::Register;

#[test]
fn ten_thousand_participants_build_and_answer() {
    let participants = synthetic::participants(10_000);
    let actions = synthetic::actions(&participants, 10);
    assert_eq!(actions.len(), 10_000 + 6_666 + 8 * 10_000);
    let r = Register::builder(&synthetic::treaty(&participants))
        .as_of(synthetic::as_of())
        .actions(actions)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let end = r.on(synthetic::as_of()).signatories().count();
    assert_eq!((end.certain, end.possible), (10_000, 10_000));
    assert_eq!(r.on(synthetic::as_of()).parties().count().certain, 6_666);
    assert!(matches!(
        r.on(r.as_of()).entry_into_force(),
        hanoi_convention::EntryIntoForce::On { date: _ }
    ));
    // The interchange format carries all of it.
    let tsv = hanoi_convention::export::events_tsv(&r);
    let back = hanoi_convention::io::actions::from_str("synthetic.tsv", &tsv)
        .and_then(|f| f.into_actions())
        .unwrap();
    assert_eq!(back.len(), r.actions().len());
    let lookup = common::by_code(&participants, "abc").unwrap();
    assert_eq!(lookup.name(), "State ABC");
}
