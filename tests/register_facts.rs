//! The embedded register against the facts the sources report.

mod common;

use common::{code, day};
use hanoi_convention::{
    Answer, CountRange, EntryIntoForce, Register, Standing, Status,
    actions::{ActionKind, Place},
    embedded::{EmbeddedTreaty, reported_totals},
    register::{Assumption, Outcome},
};

#[test]
fn hanoi_ceremony_counts() {
    let r = Register::embedded();
    assert_eq!(r.on(day("2025-10-24")).signatories().count().possible, 0);
    let first = r.on(day("2025-10-25")).signatories().count();
    assert_eq!((first.certain, first.possible), (69, 69));
    let second = r.on(day("2025-10-26")).signatories().count();
    assert_eq!((second.certain, second.possible), (72, 72));
    let c = EmbeddedTreaty::Hanoi.ceremony().expect("the Hanoi ceremony");
    let per_day: Vec<CountRange> = c.days().iter().map(|d| r.on(*d).signatures_made()).collect();
    assert_eq!(per_day[0].certain, 69);
    assert_eq!(per_day[1].certain, 3);
    assert_eq!(per_day.iter().map(|n| n.certain).sum::<u32>(), c.signatories());
}

#[test]
fn viet_nam_signed_first_in_hanoi() {
    let r = Register::embedded();
    let vnm = r.actions_of(code("VNM"));
    let sig = vnm.iter().find(|a| a.kind() == ActionKind::Signature).unwrap();
    assert_eq!(sig.date().exact_day(), Some(day("2025-10-25")));
    assert_eq!(sig.place(), Some(&Place::new("Hanoi")));
    let c = EmbeddedTreaty::Hanoi.ceremony().expect("the Hanoi ceremony");
    assert_eq!(c.first_signatory(), code("VNM"));
    let earliest = r
        .actions()
        .iter()
        .filter(|a| a.kind() == ActionKind::Signature)
        .map(|a| a.date().earliest())
        .min();
    assert_eq!(earliest, sig.date().exact_day());
}

#[test]
fn mauritius_signed_in_new_york() {
    let r = Register::embedded();
    let mus = r.actions_of(code("MUS"));
    assert_eq!(mus.len(), 1);
    assert_eq!(mus[0].date().exact_day(), Some(day("2025-11-19")));
    assert_eq!(mus[0].place(), Some(&Place::new("New York")));
    assert_eq!(r.on(day("2025-11-18")).has_signed(code("MUS")), Some(Answer::No));
    assert_eq!(r.on(day("2025-11-19")).has_signed(code("MUS")), Some(Answer::Yes));
}

#[test]
fn the_eu_signed_and_does_not_count_toward_forty() {
    let r = Register::embedded();
    assert_eq!(r.on(day("2025-10-25")).has_signed(code("EU")), Some(Answer::Yes));
    // A what-if: the EU depositing adds nothing to the count (art. 65(1)),
    // and says why.
    let before = r.on(r.as_of()).entry_into_force();
    let eu_alone = r
        .on(r.as_of())
        .what_if(&[Assumption::new(code("EU"), day("2026-08-01"))])
        .unwrap();
    assert_eq!(eu_alone.then, before);
    // On its own it is against art. 64: no member State has deposited yet.
    assert!(
        matches!(&eu_alone.assumed[0].outcome, Outcome::Rejected { problems } if problems[0].to_string().contains("reio-after-member-state"))
    );
    let with_france = [
        Assumption::new(code("FRA"), day("2026-08-01")),
        Assumption::new(code("EU"), day("2026-08-01")),
    ];
    let eu = r.on(r.as_of()).what_if(&with_france).unwrap();
    assert_eq!(eu.assumed[0].outcome, Outcome::Counted);
    let Outcome::NotCounted { reason } = &eu.assumed[1].outcome else {
        panic!("{:?}", eu.assumed[1])
    };
    assert!(
        matches!(reason, hanoi_convention::register::Reason::NotAdditional { .. }),
        "{reason:?}"
    );
    assert!(reason.to_string().contains("art. 65(1)"), "{reason}");
    let fra = r
        .on(r.as_of())
        .what_if(&[Assumption::new(code("FRA"), day("2026-08-01"))])
        .unwrap();
    let EntryIntoForce::NotYet { counted, .. } = fra.then else {
        panic!()
    };
    assert_eq!(counted.certain, 4);
}

#[test]
fn three_parties_by_21_may_2026() {
    let r = Register::embedded();
    let p = r.on(day("2026-05-21")).parties().count();
    assert_eq!((p.certain, p.possible), (3, 3));
    let names: Vec<&str> = r
        .on(day("2026-05-21"))
        .parties()
        .list()
        .iter()
        .map(|(p, _)| p.name())
        .collect();
    assert_eq!(names, ["Azerbaijan", "Qatar", "Viet Nam"]);
    // Before 12 March only Qatar's instrument may have been deposited.
    let early = r.on(day("2026-03-01")).parties().count();
    assert_eq!((early.certain, early.possible), (1, 1));
}

#[test]
fn not_in_force_as_of_the_data() {
    let r = Register::embedded();
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::NotYet {
            counted: CountRange::exact(3),
            required: 40
        }
    );
    assert_eq!(r.on(r.as_of()).in_force(), Answer::No);
    assert_eq!(r.on(r.as_of()).is_bound(code("QAT")), Some(Answer::No));
    assert_eq!(r.on(r.as_of()).bound_from(code("QAT")), None);
}

#[test]
fn windows_answer_unknown() {
    let r = Register::embedded();
    assert_eq!(
        r.on(day("2025-12-01")).has_signed(code("FJI")),
        Some(Answer::Unknown)
    );
    assert_eq!(r.on(day("2025-12-29")).has_signed(code("FJI")), Some(Answer::Yes));
    assert_eq!(
        r.on(day("2026-04-01")).status(code("AZE")),
        Some(Status::Unknown {
            known: Standing::Signed,
            maybe: Standing::Party
        })
    );
    let s = r.on(day("2025-12-01")).signatories().count();
    assert_eq!((s.certain, s.possible), (73, 74));
}

#[test]
fn coverage_shows_what_is_missing() {
    let r = Register::embedded();
    let cov = r.coverage(reported_totals());
    assert!(!cov.is_empty());
    assert!(
        cov.iter().all(|c| !c.exceeds()),
        "the log never names more than was published"
    );
    let may = cov
        .iter()
        .find(|c| c.reported.as_of == day("2026-05-31"))
        .unwrap();
    assert_eq!(
        (may.reported.value, may.counted.certain, may.missing()),
        (76, 74, 2)
    );
}

#[test]
fn timeline_is_cumulative_and_ordered() {
    let r = Register::embedded();
    let t = r.timeline();
    assert!(t.windows(2).all(|w| w[0].date < w[1].date));
    assert!(
        t.windows(2)
            .all(|w| w[0].signatories().certain <= w[1].signatories().certain)
    );
    assert_eq!(t.first().unwrap().date, day("2025-10-25"));
    assert_eq!(t.last().unwrap().signatories().certain, 75);
}

#[test]
fn signatories_on_a_day_and_signatures_on_days_by_listing() {
    let r = Register::embedded();
    // 69 signed on 25 October 2025, 3 more on the 26th; Fiji's window opens
    // on 20 November, so on 1 December it may have signed.
    let on = |d: &str| r.on(day(d)).signatories().list();
    assert_eq!(on("2025-10-25").len(), 69);
    assert_eq!(on("2025-10-26").len(), 72);
    let dec = on("2025-12-01");
    assert!(
        dec.iter()
            .any(|(p, k)| p.code() == code("FJI") && *k == hanoi_convention::Answer::Unknown)
    );
    assert!(
        dec.iter()
            .filter(|(p, _)| p.code() != code("FJI"))
            .all(|(_, k)| *k == hanoi_convention::Answer::Yes)
    );
    let counts: Vec<(u32, u32)> = [day("2025-10-25"), day("2025-10-26"), day("2025-12-01")]
        .iter()
        .map(|d| r.on(*d).signatures_made())
        .map(|c| (c.certain, c.possible))
        .collect();
    assert_eq!(counts, [(69, 69), (3, 3), (0, 1)]);
}

#[test]
fn entry_into_force_reads_as_a_sentence() {
    assert_eq!(
        hanoi_convention::EntryIntoForce::NotYet {
            counted: CountRange::exact(3),
            required: 40
        }
        .to_string(),
        "not yet in force: 3 of 40 instruments counted, 37 missing"
    );
    assert_eq!(
        hanoi_convention::EntryIntoForce::On {
            date: day("2027-05-30")
        }
        .to_string(),
        "in force from 2027-05-30"
    );
}
