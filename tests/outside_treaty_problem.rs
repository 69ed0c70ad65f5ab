//! A known State outside a treaty's list, in a record or an assumption, is
//! reported as not in the treaty's list, not as an unknown code.

use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::actions;
use hanoi_convention::register::{Assumption, Outcome};
use hanoi_convention::{Date, Register};

#[test]
fn a_known_state_outside_the_list_is_not_called_unknown() {
    let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
               VNM\taccession\t2020-01-01\thigh\tmy notes\n";
    let file = actions::from_str("mine.tsv", tsv).unwrap();
    let v = Register::builder(EmbeddedTreaty::Budapest.treaty())
        .file(file)
        .validate();
    assert_eq!(v.problems().len(), 1);
    let message = v.problems()[0].to_string();
    assert!(!message.contains("unknown participant code"), "{message}");
    // The validator knows only the treaty's own list: it says the code is
    // not in it, and why that may be, not that the code means nothing.
    assert!(
        message.contains("not in the treaty's participant list"),
        "{message}"
    );

    let protocol = EmbeddedTreaty::Cets224.register();
    let w = protocol
        .on(protocol.as_of())
        .what_if(&[Assumption::new(
            "VNM".parse().unwrap(),
            Date::constant(2027, 1, 15),
        )])
        .unwrap();
    let Outcome::Rejected { problems } = &w.assumed[0].outcome else {
        panic!("{:?}", w.assumed[0].outcome)
    };
    let message = problems[0].to_string();
    assert!(!message.contains("unknown participant code"), "{message}");
}
