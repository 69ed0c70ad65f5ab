//! The treaty is a value: a text loaded from other files answers with its
//! own titles, and a second, synthetic treaty built only through the public
//! API (its own entry-into-force rule, places, grouping and reservable
//! provisions) is validated, queried and exported without changing the
//! embedded Convention's answers.

mod common;

use std::sync::Arc;

use common::{code, day};
use hanoi_convention::actions::{Action, ActionKind, Place};
use hanoi_convention::io::treaty::text_from_files;
use hanoi_convention::participants::{Participant, ParticipantKind, Participants};
use hanoi_convention::problem::Problem;
use hanoi_convention::treaty::{
    Accession, Article, ArticleNumber, Chapter, ConsentRule, Delay, DenunciationRule, EntryIntoForceRule,
    EntryIntoForceShape, Fact, FinalProvisions, Grouping, Identity, Provision, ProvisionKind, SignatoryScope,
    SignaturePlace, SignatureRule, TreatyText,
};
use hanoi_convention::{
    Answer, Confidence, EntryIntoForce, Error, Provenance, Register, Status, Treaty, export,
};

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn a_loaded_text_answers_with_its_own_titles() {
    let articles = data("articles.tsv").replace("\tIllegal access\t", "\tUnlawful entry\t");
    let chapters = data("chapters.tsv").replace("\tCriminalization\t", "\tOffences\t");
    let (terms, provisions) = (data("terms.tsv"), data("provisions.tsv"));
    let text = text_from_files(
        ("chapters.tsv", &chapters),
        ("articles.tsv", &articles),
        ("terms.tsv", &terms),
        ("provisions.tsv", &provisions),
    )
    .unwrap();
    let ch2 = text.chapter(2).unwrap();
    assert_eq!(ch2.title(), "Offences");
    assert_eq!(text.articles_in(ch2)[0].title(), "Unlawful entry");
    let art7 = text.article(7).unwrap();
    assert_eq!(text.chapter_of(art7).map(|c| c.title()), Some("Offences"));
    // The embedded text is untouched.
    let embedded = hanoi_convention::convention().text();
    assert_eq!(
        embedded.articles_in(embedded.chapter(2).unwrap())[0].title(),
        "Illegal access"
    );
}

fn prov() -> Provenance {
    Provenance::new("synthetic test treaty", Confidence::High)
}

fn art(n: u8) -> ArticleNumber {
    ArticleNumber::new(n).unwrap()
}

/// A treaty in the shape of a Council of Europe convention: members of an
/// organisation, two places of signature, the month rule, accession on
/// invitation, one reservable provision.
fn synthetic() -> Treaty {
    let identity = Identity::new(vec![
        Fact::new("title", "Convention on Synthetic Testing", prov()),
        Fact::new("short_name", "Testing Convention", prov()),
        Fact::new("treaty_reference", "TEST 1", prov()),
        Fact::new("adopted_on", "2001-11-08", prov()),
    ])
    .unwrap();
    let text = TreatyText::new(
        vec![
            Chapter::new(1, "Substance", art(1), art(3), prov()).unwrap(),
            Chapter::new(2, "Final clauses", art(4), art(6), prov()).unwrap(),
        ],
        [
            (1, 1, "Definitions"),
            (2, 1, "Offence"),
            (3, 1, "Cooperation"),
            (4, 2, "Signature and entry into force"),
            (5, 2, "Accession"),
            (6, 2, "Denunciation"),
        ]
        .into_iter()
        .map(|(n, ch, title)| Article::new(art(n), ch, title, prov()).unwrap())
        .collect(),
        vec![],
        vec![Provision::new(
            "2(2)".parse().unwrap(),
            ProvisionKind::Reservation,
            "may reserve",
            prov(),
        )],
    )
    .unwrap();
    let list = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]
        .into_iter()
        .map(|c| {
            Participant::new(
                code(c),
                format!("State {c}"),
                ParticipantKind::UnMemberState,
                prov(),
            )
        })
        .collect();
    let participants = Arc::new(Participants::new(list).unwrap());
    let grouping = Grouping::membership("Council of Testing", [code("AAA"), code("BBB"), code("CCC")]);
    let cite = |s: &str| s.parse().unwrap();
    let signature = SignatureRule::new(day("2001-11-23"), None, cite("4(1)"))
        .with_place(SignaturePlace::new(
            Place::new("Budapest"),
            day("2001-11-23"),
            Some(day("2001-11-23")),
        ))
        .with_place(SignaturePlace::new(
            Place::new("Strasbourg"),
            day("2001-11-24"),
            None,
        ))
        .with_scope(SignatoryScope::MembersAnd {
            others: vec![code("DDD")],
        });
    let consent = ConsentRule::new(
        [
            ActionKind::Ratification,
            ActionKind::Acceptance,
            ActionKind::Approval,
        ],
        cite("4(2)"),
        Accession::OnInvitation,
        cite("5"),
    );
    let eif = EntryIntoForceRule::new(
        EntryIntoForceShape::FirstOfMonthAfterNth {
            consents: 3,
            months: 3,
            from_members: 2,
        },
        [
            ActionKind::Ratification,
            ActionKind::Acceptance,
            ActionKind::Approval,
        ],
        cite("4(3)"),
    );
    let denunciation = DenunciationRule::new(Delay::FirstOfMonthAfterMonths(3), cite("6"));
    let rules = FinalProvisions::new(signature, consent, eif, denunciation);
    Treaty::new(identity, text, participants, grouping, rules).unwrap()
}

fn act(who: &str, kind: ActionKind, when: &str) -> Action {
    Action::new(code(who), kind, when.parse().unwrap()).with_source("synthetic", Confidence::High)
}

fn actions() -> Vec<Action> {
    vec![
        act("AAA", ActionKind::Signature, "2001-11-23").with_place(Place::new("Budapest")),
        act("BBB", ActionKind::Signature, "2001-11-23"),
        act("CCC", ActionKind::Signature, "2002-02-01"),
        act("DDD", ActionKind::Signature, "2002-03-01"),
        act("DDD", ActionKind::Ratification, "2003-01-10"),
        act("AAA", ActionKind::Ratification, "2003-06-20"),
        act("AAA", ActionKind::Reservation, "2003-06-20").with_provisions(["2(2)".parse().unwrap()]),
        act("CCC", ActionKind::Ratification, "2003-08-05"),
        act("BBB", ActionKind::Ratification, "2004-03-18"),
        act("EEE", ActionKind::Invitation, "2004-01-01..2004-12-31"),
        act("EEE", ActionKind::Accession, "2005-05-05"),
    ]
}

#[test]
fn a_second_treaty_is_validated_queried_and_exported() {
    let embedded = Register::embedded();
    let before = (
        embedded.on(embedded.as_of()).signatories().count(),
        embedded.on(embedded.as_of()).entry_into_force(),
        export::events_tsv(embedded),
    );

    let treaty = synthetic();
    let r = Register::builder(&treaty)
        .as_of(day("2006-12-31"))
        .actions(actions())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    // Three consents, two of them members' (AAA 2003-06-20, CCC 2003-08-05):
    // the third consent is CCC's, so 5 August + 3 months -> 1 December 2003.
    assert_eq!(
        r.on(r.as_of()).entry_into_force(),
        EntryIntoForce::On {
            date: day("2003-12-01")
        }
    );
    // A later party: its own deposit + 3 months, first of the next month.
    assert_eq!(
        r.on(r.as_of()).bound_from(code("BBB")).map(|w| w.to_string()),
        Some("2004-07-01".into())
    );
    assert_eq!(r.on(day("2003-11-30")).is_bound(code("DDD")), Some(Answer::No));
    assert_eq!(r.on(day("2003-12-01")).is_bound(code("DDD")), Some(Answer::Yes));
    assert!(matches!(
        r.on(day("2006-01-01")).status(code("EEE")),
        Some(Status::Party { .. })
    ));
    // Counts by the treaty's own grouping.
    let rows = r.on(day("2006-12-31")).counts_by_group().rows();
    assert_eq!(rows[0].label, "members of the Council of Testing");
    assert_eq!((rows[0].signatories.certain, rows[0].parties.certain), (3, 3));
    assert_eq!((rows[1].signatories.certain, rows[1].parties.certain), (1, 2));
    // Exported and loaded back into an equal register.
    let tsv = export::events_tsv(&r);
    let back = Register::builder(&treaty)
        .as_of(r.as_of())
        .actions(
            hanoi_convention::io::actions::from_str("synthetic.tsv", &tsv)
                .and_then(|f| f.into_actions())
                .unwrap(),
        )
        .build()
        .unwrap();
    assert_eq!(back.timeline(), r.timeline());
    assert_eq!(export::wide_rows(&r.on(r.as_of())).len(), 6);
    assert_eq!(
        export::panel_rows(&r.on(r.as_of()), export::Universe::Participants)
            .unwrap()
            .first()
            .map(|p| p.year),
        Some(2001)
    );

    // The embedded Convention answers as before.
    let after = (
        embedded.on(embedded.as_of()).signatories().count(),
        embedded.on(embedded.as_of()).entry_into_force(),
        export::events_tsv(embedded),
    );
    assert_eq!(before, after);
}

fn violations(extra: Vec<Action>) -> Vec<Problem> {
    let mut all = actions();
    all.extend(extra);
    match Register::builder(&synthetic())
        .as_of(day("2006-12-31"))
        .actions(all)
        .build()
    {
        Err(e) if e.is_invalid() => {
            let v = e.problems().expect("invalid").clone();
            assert!(
                v.as_slice().iter().all(|p| p.detail().contains("expected")),
                "{v}"
            );
            v.into_vec()
        }
        other => panic!("expected violations, got {other:?}"),
    }
}

#[test]
fn the_second_treatys_own_rules_are_enforced_and_cited() {
    // FFF is neither a member nor named in the signature clause.
    let v = violations(vec![act("FFF", ActionKind::Signature, "2002-01-01")]);
    assert!(matches!(&v[0], Problem::MaySign { .. }), "{}", v[0]);
    assert_eq!(v[0].article().map(|a| a.to_string()).as_deref(), Some("4(1)"));
    // The place of signature follows the treaty's own places and dates.
    let v = violations(vec![
        act("EEE", ActionKind::Signature, "2001-11-23").with_place(Place::new("Strasbourg")),
    ]);
    let found = v
        .iter()
        .find(|v| matches!(v, Problem::SignaturePlace { .. }))
        .unwrap();
    assert!(found.to_string().contains("expected Budapest"), "{found}");
    // Only its own reservable provision is accepted.
    let v = violations(vec![
        act("DDD", ActionKind::Reservation, "2003-01-10").with_provisions(["3".parse().unwrap()]),
    ]);
    assert!(matches!(&v[0], Problem::NotReservable { .. }), "{}", v[0]);
    assert!(v[0].to_string().contains("expected one of 2(2)"), "{}", v[0]);
    assert_eq!(
        v[0].article().map(|a| a.to_string()).as_deref(),
        Some("Vienna Convention on the Law of Treaties, art. 19")
    );
    // A signatory does not accede.
    let signed_then_acceded = vec![
        act("CCC", ActionKind::Signature, "2002-02-01"),
        act("CCC", ActionKind::Accession, "2003-09-01"),
    ];
    let Some(v) = (Register::builder(&synthetic())
        .actions(signed_then_acceded)
        .build())
    .as_ref()
    .err()
    .and_then(Error::problems)
    .cloned() else {
        panic!("a signatory's accession is accepted")
    };
    assert!(matches!(&v.as_slice()[0], Problem::Accession { .. }), "{v}");
    assert_eq!(
        v.as_slice()[0].article().map(|a| a.to_string()).as_deref(),
        Some("5")
    );
}

#[test]
fn a_bad_final_provisions_file_names_every_problem() {
    let good = data("final_provisions.tsv");
    let bad = good
        .replace("entry_into_force_days\t90", "entry_into_force_days\tninety")
        .lines()
        .filter(|l| !l.starts_with("denunciation_delay"))
        .collect::<Vec<_>>()
        .join("\n");
    let Some(v) = (hanoi_convention::io::treaty::final_provisions_from_str("fp.tsv", &bad))
        .as_ref()
        .err()
        .and_then(Error::problems)
        .cloned()
    else {
        panic!("a bad final-provisions file is accepted")
    };
    let text = v.to_string();
    assert!(text.contains("fp.tsv:14: field `value`"), "{text}");
    assert!(text.contains("`entry_into_force_days`"), "{text}");
    assert!(text.contains("a row with the key `denunciation_delay`"), "{text}");
    assert!(hanoi_convention::io::treaty::final_provisions_from_str("fp.tsv", &good).is_ok());
}
