//! The Budapest Convention (CETS 185) and its Second Additional Protocol
//! (CETS 224) as treaties of their own: the Council of Europe chart as an
//! oracle for the entry-into-force rule, counts on known days, and the
//! protocol's admission of the Convention's parties only.

mod common;

use common::{code, day};
use hanoi_convention::__private::BUDAPEST_CHART_ENTRY_INTO_FORCE;
use hanoi_convention::actions::{Action, ActionKind};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::problem::{Problem, Rule};
use hanoi_convention::{Confidence, CountRange, EntryIntoForce, Register, Standing, Status};

fn budapest() -> &'static Register {
    EmbeddedTreaty::Budapest.register()
}

#[test]
fn the_rule_reproduces_every_entry_into_force_date_of_the_chart() {
    let r = budapest();
    let (_, text) = BUDAPEST_CHART_ENTRY_INTO_FORCE;
    let mut rows = 0;
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (who, chart) = (code(fields[0]), day(fields[1]));
        let ours = r
            .on(r.as_of())
            .bound_from(who)
            .unwrap_or_else(|| panic!("{who}: no date from the rule"));
        assert_eq!(
            ours.exact_day(),
            Some(chart),
            "{who}: the rule gives {ours}, the chart {chart}"
        );
        rows += 1;
    }
    assert_eq!(rows, 81, "one row per party");
}

#[test]
fn status_on_the_day_it_entered_into_force_and_on_the_chart_date() {
    let r = budapest();
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::On {
            date: day("2004-07-01")
        }
    );
    // The fifth consent (three of them from member States) was Lithuania's.
    assert!(matches!(
        r.on(day("2004-03-18")).status(code("LTU")),
        Some(Status::Party { since, .. }) if since.exact_day() == Some(day("2004-03-18"))
    ));
    // Albania, Croatia, Estonia, Hungary, then Lithuania; Romania followed
    // on 12 May 2004, before the Convention entered into force.
    assert_eq!(r.on(day("2004-03-18")).parties().count().certain, 5);
    assert_eq!(r.on(day("2004-03-17")).parties().count().certain, 4);
    assert_eq!(r.on(day("2004-07-01")).parties().count().certain, 6);
    let chart = day("2026-04-25");
    assert_eq!(r.on(chart).parties().count().certain, 81);
    // Signed and not ratified: Ireland and South Africa.
    let signed_only: Vec<String> = r
        .on(chart)
        .statuses()
        .filter(|(_, s)| matches!(s, Status::Signed { .. }))
        .map(|(p, _)| p.code().to_string())
        .collect();
    assert_eq!(signed_only, ["IRL", "ZAF"]);
    // Fourteen invited to accede, not parties.
    let invited = r
        .on(chart)
        .statuses()
        .filter(|(_, s)| s.step() == Standing::Invited)
        .count();
    assert_eq!(invited, 14);
    for (who, from) in [
        ("ARM", "2007-02-01"),
        ("AUT", "2012-10-01"),
        ("NZL", "2025-12-01"),
    ] {
        assert_eq!(
            r.on(r.as_of()).bound_from(code(who)).and_then(|w| w.exact_day()),
            Some(day(from)),
            "{who}"
        );
    }
    // Counted by the treaty's own grouping: Council of Europe members first.
    let rows = r.on(chart).counts_by_group().rows();
    assert_eq!(rows[0].label, "members of the Council of Europe");
    assert_eq!(rows[0].group, hanoi_convention::treaty::Group::Members);
    assert_eq!(rows[0].parties.certain + rows[1].parties.certain, 81);
    assert_eq!(rows[0].parties.certain, 45); // all members but Ireland
    // Asked by group: the typed groups give the rows' counts, and a group
    // this grouping lacks is none, as its label is.
    use hanoi_convention::{participants::RegionalGroup, treaty::Group};
    let counts = r.on(chart).counts_by_group();
    assert_eq!(counts.parties_in(Group::Members), Some(rows[0].parties));
    assert_eq!(counts.parties_in(Group::Rest), Some(rows[1].parties));
    let weog = Group::Regional(RegionalGroup::WesternEuropeanAndOthers);
    assert_eq!(counts.parties_in(weog), None);
    assert_eq!(r.treaty().grouping().label(weog), None);
}

#[test]
fn an_accession_needs_an_invitation() {
    let mut actions = budapest().actions().to_vec();
    actions.retain(|a| !(a.participant() == code("NZL") && a.kind() == ActionKind::Invitation));
    let err = Register::builder(budapest().treaty())
        .as_of(budapest().as_of())
        .actions(actions)
        .build()
        .unwrap_err();
    let Some(v) = err.problems() else { panic!("{err}") };
    let v = &v.as_slice()[0];
    assert_eq!(v.rule(), Rule::Accession);
    assert_eq!(v.article().map(|a| a.to_string()).as_deref(), Some("37(1)"));
    assert!(v.to_string().contains("expected an invitation to accede"), "{v}");
}

#[test]
fn the_protocol_admits_the_conventions_parties_only() {
    let protocol = EmbeddedTreaty::Cets224.register();
    assert_eq!(protocol.on(protocol.as_of()).parties().count().certain, 3);
    assert_eq!(protocol.on(protocol.as_of()).signatories().count().certain, 52);
    assert_eq!(
        protocol.on(protocol.as_of()).entry_into_force(),
        EntryIntoForce::NotYet {
            counted: CountRange::exact(3),
            required: 5
        }
    );
    // Ireland signed the Convention but is not a party: it may not join.
    let ireland =
        |kind| Action::new(code("IRL"), kind, day("2025-06-01").into()).with_source("test", Confidence::High);
    for kind in [ActionKind::Signature, ActionKind::Ratification] {
        let mut actions = protocol.actions().to_vec();
        actions.retain(|a| a.participant() != code("IRL"));
        actions.push(ireland(kind));
        if kind == ActionKind::Ratification {
            actions.push(ireland(ActionKind::Signature));
        }
        let err = Register::builder(protocol.treaty())
            .prerequisite(budapest())
            .as_of(protocol.as_of())
            .actions(actions)
            .build()
            .unwrap_err();
        let Some(v) = err.problems() else { panic!("{err}") };
        let found = v
            .as_slice()
            .iter()
            .find(|v| matches!(v, Problem::NotPartyToPrerequisite { kind: k, .. } if *k == kind))
            .unwrap_or_else(|| panic!("{kind}: {v}"));
        assert_eq!(found.rule(), Rule::PartyToPrerequisite);
        assert_eq!(found.article().map(|a| a.to_string()).as_deref(), Some("16"));
        assert!(found.to_string().contains("a party to CETS 185"), "{found}");
    }
    // Without the Convention's register the protocol's register is refused,
    // the reason a problem with its rule and article.
    let err = Register::builder(protocol.treaty()).build().unwrap_err();
    assert!(
        err.to_string().contains("admits only the parties to CETS 185"),
        "{err}"
    );
}

#[test]
fn entry_into_force_on_a_day_before_it_is_not_yet() {
    use hanoi_convention::EntryIntoForce;
    let r = hanoi_convention::embedded::EmbeddedTreaty::Budapest.register();
    let before = r.on(common::day("2003-06-30")).entry_into_force();
    assert!(
        matches!(before, EntryIntoForce::NotYet { required: 5, .. }),
        "{before:?}"
    );
    assert_eq!(
        r.on(common::day("2004-07-01")).entry_into_force(),
        EntryIntoForce::On {
            date: common::day("2004-07-01")
        }
    );
}

/// Validating a CETS 224 file without the Budapest register says why it
/// is invalid: a problem with its rule and article, listed beside the
/// file's own problems, never an invalid result with no problem.
#[test]
fn a_protocol_validated_without_its_convention_lists_why() {
    let protocol = EmbeddedTreaty::Cets224.treaty();
    let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
               JPN\tsignature\t2022-05-12\thigh\tmy notes\n\
               FRA\tsignature\tnot a date\thigh\tmy notes\n";
    let file = hanoi_convention::io::actions::from_str("mine.tsv", tsv).unwrap();
    let v = Register::builder(protocol).file(file).validate();
    assert!(!v.is_valid());
    let missing = v
        .problems()
        .iter()
        .find(|p| matches!(p, Problem::PrerequisiteNotGiven { .. }))
        .unwrap_or_else(|| panic!("{:?}", v.problems()));
    assert_eq!(missing.rule(), Rule::PartyToPrerequisite);
    assert_eq!(missing.article().map(|a| a.to_string()).as_deref(), Some("16"));
    assert!(missing.to_string().contains("CETS 185"), "{missing}");
    // The file's own problem is listed too, and only the file's record is unread.
    assert_eq!(v.problems().len(), 2, "{:?}", v.problems());
    assert_eq!(v.unread().len(), 1);
    // With the register, the same good record is valid.
    let good =
        hanoi_convention::io::actions::from_str("mine.tsv", &tsv[..tsv.rfind("FRA").unwrap()]).unwrap();
    let v = Register::builder(protocol)
        .prerequisite(budapest())
        .file(good)
        .validate();
    assert!(v.is_valid(), "{:?}", v.problems());
}
