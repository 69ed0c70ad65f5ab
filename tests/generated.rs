//! The generated tables in `src/embedded/generated.rs` must match the files in
//! `data/`, read through the crate's own loaders. This test renders them
//! again and fails when they drift; run
//! `HANOI_REGENERATE=1 cargo test --test generated` to rewrite the file.

mod common;

use std::fmt::Write;

use hanoi_convention::{
    Confidence, Provenance, Treaty,
    actions::Action,
    io::{actions, participants, treaty},
    participants::{GroupMembership, Participant, Participants},
    record::Dataset,
};

const GENERATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/embedded/generated.rs");

fn data(name: &str) -> (String, String) {
    let path = format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    (format!("data/{name}"), text)
}

fn s(text: &str) -> String {
    format!("B({text:?})")
}

fn prov(p: &Provenance) -> String {
    let c = match p.confidence() {
        Confidence::Low => "Low",
        Confidence::Medium => "Medium",
        Confidence::High => "High",
        other => panic!("the generator does not know {other:?}"),
    };
    format!("Provenance::from_static({:?}, Confidence::{c})", p.source())
}

fn group(g: GroupMembership) -> String {
    let name = |g: hanoi_convention::participants::RegionalGroup| format!("RegionalGroup::{g:?}");
    match g {
        GroupMembership::Member(g) => format!("GroupMembership::Member({})", name(g)),
        GroupMembership::Observer(g) => format!("GroupMembership::Observer({})", name(g)),
        GroupMembership::Disputed(g) => format!("GroupMembership::Disputed({})", name(g)),
        GroupMembership::Dual { counted_in, also } => {
            format!(
                "GroupMembership::Dual {{ counted_in: {}, also: {} }}",
                name(counted_in),
                name(also)
            )
        }
        GroupMembership::None => "GroupMembership::None".into(),
        other => panic!("the generator does not know {other:?}"),
    }
}

fn code(c: Option<hanoi_convention::participants::Code>) -> String {
    c.map_or("None".into(), |c| {
        format!("Some(Code::constant({:?}))", c.as_str())
    })
}

fn opt(text: Option<&str>) -> String {
    text.map_or("None".into(), |t| format!("Some({})", s(t)))
}

fn date(d: hanoi_convention::Date) -> String {
    format!("Date::constant({}, {}, {})", d.year(), d.month(), d.day())
}

fn render_text(treaty: &Treaty, out: &mut String) {
    let (id, c) = (treaty.identity(), treaty.text());
    writeln!(
        out,
        "pub(crate) const ADOPTED_ON: Date = {};\n",
        date(id.adopted_on())
    )
    .unwrap();
    writeln!(out, "pub(crate) static FACTS: &[Fact] = &[").unwrap();
    for f in id.all_facts() {
        writeln!(
            out,
            "    Fact {{ key: {}, value: {}, provenance: {} }},",
            s(f.key()),
            s(f.value()),
            prov(f.provenance())
        )
        .unwrap();
    }
    writeln!(out, "];\n\npub(crate) static CHAPTERS: &[Chapter] = &[").unwrap();
    for ch in c.chapters() {
        let (a, b) = ch.article_range();
        writeln!(
            out,
            "    Chapter {{ number: {}, title: {}, first: art({a}), last: art({b}), provenance: {} }},",
            ch.number(),
            s(ch.title()),
            prov(ch.provenance())
        )
        .unwrap();
    }
    writeln!(out, "];\n\npub(crate) static ARTICLES: &[Article] = &[").unwrap();
    for a in c.articles() {
        writeln!(
            out,
            "    Article {{ number: art({}), chapter: {}, title: {}, provenance: {} }},",
            a.number(),
            a.chapter_number(),
            s(a.title()),
            prov(a.provenance())
        )
        .unwrap();
    }
    writeln!(out, "];\n\npub(crate) static TERMS: &[Term] = &[").unwrap();
    for t in c.terms() {
        writeln!(
            out,
            "    Term {{ article: art({}), letter: {:?}, term: {}, note: {}, provenance: {} }},",
            t.article(),
            t.letter(),
            s(t.term()),
            s(t.note()),
            prov(t.provenance())
        )
        .unwrap();
    }
    writeln!(out, "];\n\npub(crate) static PROVISIONS: &[Provision] = &[").unwrap();
    for p in c.provisions() {
        writeln!(
            out,
            "    Provision {{ reference: {}, kind: ProvisionKind::{:?}, summary: {}, provenance: {} }},",
            provision(p.reference()),
            p.kind(),
            s(p.summary()),
            prov(p.provenance())
        )
        .unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

fn provision(p: hanoi_convention::treaty::ProvisionRef) -> String {
    format!(
        "ProvisionRef {{ article: art({}), paragraph: {:?} }}",
        p.article(),
        p.paragraph()
    )
}

fn render_participants(list: &Participants, out: &mut String) {
    // Each participant's names in other languages as a static of its own:
    // Rust 1.85 does not promote an array of them written inline.
    let statics = |p: &Participant| format!("NAMES_{}", p.code().as_str());
    for p in list {
        if p.local_names().is_empty() {
            continue;
        }
        writeln!(
            out,
            "static {}: [LocalName; {}] = [",
            statics(p),
            p.local_names().len()
        )
        .unwrap();
        for n in p.local_names() {
            writeln!(
                out,
                "    LocalName {{ language: Language::{:?}, name: {}, kind: NameKind::{:?}, provenance: {} }},",
                n.language(),
                s(n.name()),
                n.kind(),
                prov(n.provenance())
            )
            .unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    writeln!(out, "\npub(crate) static PARTICIPANTS: &[Participant] = &[").unwrap();
    for p in list {
        let p: &Participant = p;
        let aliases: Vec<String> = p.aliases().map(s).collect();
        let names = if p.local_names().is_empty() {
            "&[]".to_string()
        } else {
            format!("&{}", statics(p))
        };
        writeln!(
            out,
            "    Participant {{ code: Code::constant({:?}), iso2: {}, name: {}, kind: ParticipantKind::{:?}, \
             group: {}, member_of: {}, iso_name: {}, official_name: {}, aliases: B(&[{}]), local_names: B({names}), \
             codes: {}, provenance: {}, note: {} }},",
            p.code().as_str(),
            code(p.iso2()),
            s(p.name()),
            p.kind(),
            group(p.group()),
            code(p.member_of()),
            opt(p.iso_name()),
            opt(p.official_name()),
            aliases.join(", "),
            codes(p),
            prov(p.provenance()),
            s(p.note())
        )
        .unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

/// A participant's codes in other systems, as a struct literal.
fn codes(p: &Participant) -> String {
    use hanoi_convention::participants::CodeSystem as S;
    let c = p.codes();
    let n = |s: S| c.number(s).map_or("None".into(), |n| format!("Some({n})"));
    let l = |s: S| code(c.letters(s));
    let provenance = c
        .provenance()
        .map_or("None".into(), |p| format!("Some({})", prov(p)));
    format!(
        "Codes {{ iso3: {}, iso_numeric: {}, m49: {}, cow: {}, cow_letters: {}, gw: {}, gw_letters: {}, provenance: {provenance}, note: {} }}",
        l(S::Iso3),
        n(S::IsoNumeric),
        n(S::M49),
        n(S::Cow),
        l(S::CowLetters),
        n(S::Gw),
        l(S::Gw),
        s(c.note())
    )
}

fn render_actions(actions: &[Action], out: &mut String) {
    writeln!(out, "pub(crate) static ACTIONS: &[Action] = &[").unwrap();
    for a in actions {
        let hanoi_convention::Origin::Line { line, .. } = a.origin() else {
            panic!("actions come from lines")
        };
        let provisions: Vec<String> = a.provisions().iter().map(|p| provision(*p)).collect();
        writeln!(
            out,
            "    Action {{ participant: Code::constant({:?}), kind: ActionKind::{:?}, \
             date: DateWindow::from_ordered({}, {}), place: {}, provisions: B(&[{}]), notification: {}, \
             provenance: {}, note: {}, origin: Origin::Line {{ file: FileName::from_static(ACTIONS_FILE), line: {line} }} }},",
            a.participant().as_str(),
            a.kind(),
            date(a.date().earliest()),
            date(a.date().latest()),
            a.place().map_or("None".into(), |p| format!("Some(Place::from_static({:?}))", p.as_str())),
            provisions.join(", "),
            a.notification().map_or("None".into(), |n| format!("Some({})", s(n))),
            prov(a.provenance()),
            s(a.note())
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
}

fn render_datasets(out: &mut String) {
    let sets: Vec<Dataset> = ["dataset.tsv", "budapest/dataset.tsv", "cets224/dataset.tsv"]
        .iter()
        .map(|name| {
            let (file, text) = data(name);
            treaty::dataset_from_str(&file, &text).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    writeln!(
        out,
        "pub(crate) const HANOI_AS_OF: Date = {};",
        date(sets[0].as_of())
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const HANOI_VERSION: &str = {:?};\n",
        sets[0].version()
    )
    .unwrap();
    writeln!(
        out,
        "/// Hanoi, Budapest, CETS 224.\npub(crate) static DATASETS: [Dataset; 3] = ["
    )
    .unwrap();
    for d in &sets {
        writeln!(
            out,
            "    Dataset {{ as_of: {}, revision: {}, version: B({:?}), title: B({:?}), licence: B({:?}), sources: B({:?}) }},",
            date(d.as_of()),
            d.revision(),
            d.version(),
            d.title(),
            d.licence(),
            d.sources()
        )
        .unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

fn render() -> String {
    let files: Vec<(String, String)> = [
        "convention.tsv",
        "final_provisions.tsv",
        "chapters.tsv",
        "articles.tsv",
        "terms.tsv",
        "provisions.tsv",
        "participants.tsv",
        "participant_names.tsv",
        "participant_codes.tsv",
        "participant_un_names.tsv",
    ]
    .map(data)
    .into();
    let pair = |i: usize| (files[i].0.as_str(), files[i].1.as_str());
    let files = treaty::TreatyFiles::new(pair(0), pair(1), pair(6))
        .with_text(pair(2), pair(3), pair(4), pair(5))
        .with_participant_names(pair(7))
        .with_participant_names(pair(9))
        .with_participant_codes(pair(8));
    let treaty = treaty::from_files(&files).unwrap_or_else(|e| panic!("{e}"));
    let (aname, atext) = data("actions.tsv");
    let actions = actions::from_str(&aname, &atext)
        .and_then(|f| f.into_actions())
        .unwrap_or_else(|e| panic!("{e}"));

    let mut out = String::from(
        "//! @generated by `tests/generated.rs` from the files in `data/`: do not edit.\n\
         //! Regenerate with `HANOI_REGENERATE=1 cargo test --test generated`.\n\n\
         use std::borrow::Cow::Borrowed as B;\n\n\
         use crate::actions::{Action, ActionKind, Place};\n\
         use crate::base::date::{Date, DateWindow};\n\
         use crate::base::origin::{FileName, Origin};\n\
         use crate::base::language::Language;\n\
         use crate::participants::{Code, Codes, GroupMembership, LocalName, NameKind, Participant, ParticipantKind, RegionalGroup};\n\
         use crate::record::Dataset;\n\
         use crate::base::provenance::{Confidence, Provenance};\n\
         use crate::treaty::{Article, ArticleNumber, Chapter, Fact, Provision, ProvisionKind, ProvisionRef, Term};\n\n\
         const ACTIONS_FILE: &str = \"data/actions.tsv\";\n\n\
         const fn art(n: u8) -> ArticleNumber {\n    \
             match ArticleNumber::new(n) {\n        Some(a) => a,\n        None => panic!(\"not an article\"),\n    }\n}\n\n",
    );
    render_datasets(&mut out);
    render_text(&treaty, &mut out);
    render_participants(treaty.participants(), &mut out);
    render_actions(&actions, &mut out);
    out
}

#[test]
fn generated_tables_match_the_data_files() {
    common::check_generated(
        GENERATED,
        &render(),
        "src/embedded/generated.rs",
        "data/",
        "generated",
    );
}

#[test]
fn embedded_values_equal_the_loaded_files() {
    let (pname, ptext) = data("participants.tsv");
    let (nname, ntext) = data("participant_names.tsv");
    let (cname, ctext) = data("participant_codes.tsv");
    let list = participants::from_str(&pname, &ptext).unwrap();
    let (uname, utext) = data("participant_un_names.tsv");
    let loaded = participants::with_names_from_str(&list, &nname, &ntext).unwrap_or_else(|e| panic!("{e}"));
    let loaded = participants::with_names_from_str(&loaded, &uname, &utext).unwrap_or_else(|e| panic!("{e}"));
    let loaded = participants::with_codes_from_str(&loaded, &cname, &ctext).unwrap_or_else(|e| panic!("{e}"));
    let embedded = hanoi_convention::Register::embedded().participants();
    assert!(loaded.iter().eq(embedded.iter()));
    // The embedded list passes the same uniqueness checks as a user's list.
    assert!(hanoi_convention::participants::Participants::new(embedded.iter().cloned().collect()).is_ok());
    let (aname, atext) = data("actions.tsv");
    let mut loaded = actions::from_str(&aname, &atext).unwrap().into_actions().unwrap();
    let mut embedded: Vec<Action> = hanoi_convention::Register::load_embedded()
        .unwrap()
        .actions()
        .to_vec();
    let key = |a: &Action| a.origin().clone();
    loaded.sort_by_key(key);
    embedded.sort_by_key(key);
    assert_eq!(loaded, embedded);
}
