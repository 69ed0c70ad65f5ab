//! A new user's tour, written from the documentation alone: counts by UN
//! regional group on several days, lookups by name and code, a file with
//! mistakes checked, what-if questions for the Hanoi Convention and CETS 224,
//! the Budapest parties that had not signed, a panel as CSV, standings, and
//! an I/O error's chain.
//!
//! `cargo run --features csv --example new_user`

use std::error::Error as _;

use hanoi_convention::actions::{Action, ActionKind};
use hanoi_convention::compare::Comparison;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{self, Universe};
use hanoi_convention::io::actions;
use hanoi_convention::participants::{CodeSystem, RegionalGroup};
use hanoi_convention::register::{Assumption, Outcome};
use hanoi_convention::treaty::Group;
use hanoi_convention::{
    Answer, Date, EntryIntoForce, Error, ErrorKind, Register, Standing, ToSpan, convention,
};

fn main() -> Result<(), Error> {
    let r = Register::embedded();
    println!(
        "{} (data {}, as of {})\n",
        r.treaty().identity().reference(),
        r.data_version(),
        r.as_of()
    );

    by_group(r);
    lookups(r)?;
    validate_file();
    what_if(r)?;
    budapest_gap()?;
    panel(r)?;
    standings(r)?;
    io_error();
    Ok(())
}

/// Step 1: Signatories and parties by UN regional group on a few days.
fn by_group(r: &Register) {
    println!("== 1. By UN regional group");
    let days = [
        Date::constant(2025, 10, 1),  // before the opening
        Date::constant(2025, 10, 26), // the end of the ceremony in Hanoi
        Date::constant(2025, 12, 1),  // inside Fiji's window
        r.as_of(),
    ];
    for day in days {
        let on = r.on(day);
        let counts = on.counts_by_group();
        println!(
            "{day}: {} signatories, {} parties",
            range(counts.total_signatories()),
            range(counts.total_parties())
        );
        for g in RegionalGroup::ALL {
            let group = Group::Regional(*g);
            println!(
                "  {:<7} signed {:>7}  parties {:>5}",
                g.abbreviation(),
                range(counts.signatories_in(group).expect("a UN regional group")),
                range(counts.parties_in(group).expect("a UN regional group")),
            );
        }
        println!(
            "  rest    signed {:>7}",
            range(counts.signatories_in(Group::Rest).expect("the rest"))
        );
    }
    let before = r.on(Date::constant(2025, 10, 1)).counts_by_group();
    assert_eq!(before.total_signatories().possible, 0);
    let hanoi = r.on(Date::constant(2025, 10, 26)).counts_by_group();
    assert_eq!(hanoi.total_signatories().certain, 72);
    let window = r.on(Date::constant(2025, 12, 1)).counts_by_group();
    let apg = window
        .signatories_in(Group::Regional(RegionalGroup::AsiaPacific))
        .expect("a UN regional group");
    assert_eq!(
        apg.possible,
        apg.certain + 1,
        "Fiji (Asia-Pacific) is only possibly a signatory on 1 December"
    );
    println!();
}

fn range(c: hanoi_convention::CountRange) -> String {
    if c.certain == c.possible {
        c.certain.to_string()
    } else {
        format!("{}-{}", c.certain, c.possible)
    }
}

/// Step 2: Lookups by names in several languages, codes, and bad input.
fn lookups(r: &Register) -> Result<(), Error> {
    println!("== 2. Lookups");
    let p = r.participants();
    for q in [
        "Côte d'Ivoire",
        "Côte d’Ivoire",
        "Turkey",
        "Holy See",
        "Vatican",
        "State of Palestine",
        "European Union",
        "Кот-д'Ивуар",
        "Viet Nam",
        "Vietnam",
        "Việt Nam",
        "德国",
        "Allemagne",
        "vnm",
        "AUS",
    ] {
        match p.find(q) {
            Ok(x) => println!("  find({q:?}) = {} {}", x.code(), x.name()),
            Err(e) => println!("  find({q:?}): {:?} {e}", e.kind()),
        }
    }
    assert_eq!(p.find("Кот-д'Ивуар")?.code().as_str(), "CIV");
    assert_eq!(p.find("Vietnam")?.code(), p.find("Viet Nam")?.code());
    // AUS: ISO alpha-3 is Australia, COW letters is Austria; find() reads the crate's own codes.
    assert_eq!(p.find("AUS")?.name(), "Australia");
    assert_eq!(p.find_code(CodeSystem::CowLetters, "AUS")?.name(), "Austria");
    assert_eq!(p.find_code(CodeSystem::Cow, "816")?.name(), "Viet Nam");
    for (sys, code) in [
        (CodeSystem::Iso3, "AUS"),
        (CodeSystem::CowLetters, "AUS"),
        (CodeSystem::Cow, "900"),
        (CodeSystem::Gw, "9999"),
    ] {
        match p.find_code(sys, code) {
            Ok(x) => println!(
                "  find_code({}, {code:?}) = {} {}",
                sys.name(),
                x.code(),
                x.name()
            ),
            Err(e) => println!("  find_code({}, {code:?}): {:?} {e}", sys.name(), e.kind()),
        }
    }
    for q in [
        "nga",
        "Viet Nom",
        "Ukrane",
        "Украна",
        "Atlantis",
        "Congo",
        "Korea",
        "Guinea",
    ] {
        match p.find(q) {
            Ok(x) => println!("  find({q:?}) = {} {}", x.code(), x.name()),
            Err(e) => println!(
                "  find({q:?}): kind {:?}, candidates {:?}, suggestions {:?}\n    message: {e}",
                e.kind(),
                e.candidates().iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                e.suggestions()
            ),
        }
    }
    let nga = p.find("nga").unwrap_err();
    assert_eq!(nga.kind(), ErrorKind::Ambiguous);
    assert_eq!(nga.candidates().len(), 2);
    assert_eq!(p.find("Viet Nom").unwrap_err().suggestions()[0], "Viet Nam");
    // A State outside a treaty's list is told apart from a name nobody has.
    let out = hanoi_convention::embedded::find_participant(EmbeddedTreaty::Budapest.treaty(), "Viet Nam")
        .unwrap_err();
    println!("  Budapest find(\"Viet Nam\"): {:?} {out}", out.kind());
    assert_eq!(out.kind(), ErrorKind::OutsideTreaty);
    println!();
    Ok(())
}

/// Step 3: A small actions file with mistakes, every problem printed.
fn validate_file() {
    println!("== 3. A file checked");
    let tsv = "participant\taction\tdate_from\tdate_to\tconfidence\tsource\n\
               FRA\tsignature\t2025-01-10\t\thigh\tmy notes\n\
               DEU\tratification\t2026-02-30\t\thigh\tmy notes\n\
               XXX\tsignature\t2025-10-25\t\thigh\tmy notes\n\
               ITA\tsignature\t2025-11-02\t2025-11-01\thigh\tmy notes\n\
               ESP\tratificaton\t2026-03-01\t\thigh\tmy notes\n\
               PRT\tsignature\t2025-10-25\t\tsure\tmy notes\n\
               USA\tratification\t2026-05-01\t\thigh\tmy notes\n\
               GBR\tsignature\t2025-11-03\t\thigh\t\n";
    let file = match actions::from_str("mine.tsv", tsv) {
        Ok(f) => f,
        Err(e) => {
            println!("  not an actions file: {e}");
            return;
        }
    };
    let checked = hanoi_convention::Register::builder(convention())
        .file(file)
        .validate();
    println!(
        "  {} records checked, {} unread",
        checked.checked(),
        checked.unread().len()
    );
    for problem in checked.problems() {
        println!("  {problem}");
    }
    assert!(!checked.is_valid());
    assert!(checked.problems().len() >= 6, "every mistake is reported");
    println!();
}

/// Step 4: What-if: who would bring the Convention into force; CETS 224 for a
/// Budapest party that never signed the Second Protocol.
fn what_if(r: &Register) -> Result<(), Error> {
    println!("== 4. What if");
    let on = r.on(r.as_of());
    let day = Date::constant(2027, 1, 15);
    // Every signatory that is not (even possibly) a party deposits on the same day.
    let assumed: Vec<Assumption> = on
        .statuses()
        .filter(|(p, _)| on.standing_range(p.code()).1 == Standing::Signed)
        .map(|(p, _)| Assumption::new(p.code(), day))
        .collect();
    let w = on.what_if(&assumed)?;
    let counted = w.assumed.iter().filter(|a| a.outcome == Outcome::Counted).count();
    println!("  from the data: {}", w.from_data);
    println!(
        "  if the {} signatories not yet parties deposited on {day}: {counted} counted -> {}",
        assumed.len(),
        w.then
    );
    for a in &w.assumed {
        if let Outcome::NotCounted { reason } = &a.outcome {
            println!("    {} not counted: {reason}", a.code);
        }
    }
    assert!(matches!(w.then, EntryIntoForce::On { .. }));

    // The fewest: deposits one a day until the fortieth.
    let mut few = Vec::new();
    for (i, a) in assumed.iter().enumerate() {
        few.push(Assumption::new(
            a.code,
            Date::constant(2027, 2, 1)
                .checked_add((i as i64).days())
                .expect("a day in 2027"),
        ));
        let w = on.what_if(&few)?;
        if let EntryIntoForce::On { date } = w.then {
            println!(
                "  deposit {} ({}) on {} is the one that decides: in force on {date}",
                few.len(),
                a.code,
                few.last().unwrap().date
            );
            break;
        }
    }

    // CETS 224: a Budapest party that never signed the Second Protocol.
    let budapest = EmbeddedTreaty::Budapest.register();
    let protocol = EmbeddedTreaty::Cets224.register();
    let b = budapest.on(budapest.as_of());
    let pr = protocol.on(protocol.as_of());
    let unsigned = b
        .statuses()
        .map(|(p, _)| p.code())
        .find(|c| b.standing(*c) == Standing::InForce && pr.standing(*c) == Standing::NotSigned)
        .expect("a Budapest party that has not signed CETS 224");
    let later = Date::constant(2027, 1, 15);
    let w = pr.what_if(&[
        Assumption::new(unsigned, later),
        Assumption::new("VNM".parse()?, later),
    ])?;
    println!("  CETS 224 as of {}: {}", protocol.as_of(), w.from_data);
    for a in &w.assumed {
        let outcome = match &a.outcome {
            Outcome::Counted => "counted".to_string(),
            Outcome::NotCounted { reason } => format!("not counted: {reason}"),
            Outcome::Rejected { problems } => {
                format!(
                    "rejected: {}",
                    problems
                        .iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            }
            _ => "?".to_string(),
        };
        println!(
            "    {} {} on {}: {outcome} {:?}",
            a.code, a.instrument, a.date, a.notes
        );
    }
    println!("  then: {}", w.then);
    // What it needs: a signature first, then ratification. Add the signature to the data.
    let sign = Action::new(
        unsigned,
        ActionKind::Signature,
        Date::constant(2026, 12, 1).into(),
    )
    .with_source("assumed", hanoi_convention::Confidence::Low);
    let signed = protocol
        .to_builder()
        .as_of(Date::constant(2026, 12, 1))
        .action(sign)
        .build()?;
    let w2 = signed
        .on(signed.as_of())
        .what_if(&[Assumption::new(unsigned, later)])?;
    println!(
        "  with a signature on 2026-12-01: {} {} -> {:?}; then {}",
        unsigned, w2.assumed[0].instrument, w2.assumed[0].outcome, w2.then
    );
    assert_eq!(w2.assumed[0].outcome, Outcome::Counted);
    assert_eq!(w.assumed.len(), 2);
    assert!(
        matches!(w.assumed[1].outcome, Outcome::Rejected { .. }),
        "Viet Nam is no Budapest party"
    );
    println!();
    Ok(())
}

/// Step 5: Budapest parties (bound or not yet) that had not signed the Hanoi Convention, by group.
fn budapest_gap() -> Result<(), Error> {
    println!("== 5. Budapest parties that had not signed the Hanoi Convention");
    let (hanoi, budapest) = (
        EmbeddedTreaty::Hanoi.register(),
        EmbeddedTreaty::Budapest.register(),
    );
    let day = Comparison::common_day(&[hanoi, budapest]);
    let c = Comparison::new(&[hanoi, budapest], day);
    let table = c
        .cross_table(hanoi.treaty(), budapest.treaty())
        .expect("both compared");
    let mut out: Vec<_> = table.list(Standing::NotSigned, Standing::InForce);
    out.extend(table.list(Standing::NotSigned, Standing::Party));
    // A window on a Hanoi date makes the standing unknown: its bounds say whether it had signed.
    let mut unknown = table.list(Standing::Unknown, Standing::InForce);
    unknown.extend(table.list(Standing::Unknown, Standing::Party));
    let on = hanoi.on(day);
    for p in unknown {
        let (known, maybe) = on.standing_range(p.code);
        println!(
            "  {}: Hanoi standing unknown, between {known} and {maybe}",
            p.name
        );
        assert!(
            known >= Standing::Signed,
            "{} had signed, whatever the window",
            p.name
        );
    }
    println!("  on {day}: {}", out.len());
    for g in RegionalGroup::ALL.iter().map(|g| Some(*g)).chain([None]) {
        let names: Vec<&str> = out
            .iter()
            .filter(|p| p.regional_group == g)
            .map(|p| p.name.as_str())
            .collect();
        println!(
            "  {:<7} {:>2}: {}",
            g.map_or("none", |g| g.abbreviation()),
            names.len(),
            names.join(", ")
        );
    }
    assert!(out.iter().any(|p| p.code.as_str() == "USA"));
    assert!(
        out.iter().all(|p| p.code.as_str() != "AZE"),
        "Azerbaijan signed in Hanoi"
    );
    assert_eq!(out.len(), 50);
    println!();
    Ok(())
}

/// Step 6: A panel (participant-year) as CSV.
fn panel(r: &Register) -> Result<(), Error> {
    println!("== 6. Panel");
    let rows = export::panel_rows(&r.on(r.as_of()), Universe::Participants)?;
    let mut out = Vec::new();
    export::Csv::new(r.data_version()).write(&rows, &mut out)?;
    let text = String::from_utf8(out).expect("CSV is UTF-8");
    println!("  {}", text.lines().next().unwrap());
    for l in text
        .lines()
        .filter(|l| l.starts_with("participants,QAT,") || l.starts_with("participants,FJI,"))
    {
        println!("  {l}");
    }
    let qat: Vec<Standing> = rows
        .iter()
        .filter(|r| r.code.as_deref() == Some("QAT"))
        .map(|r| r.status)
        .collect();
    assert_eq!(qat, [Standing::Signed, Standing::Party]);
    assert_eq!(text.lines().count(), 1 + 2 * r.participants().len());
    println!();
    Ok(())
}

/// Step 7: Standings on a day, and their bounds when unknown.
fn standings(r: &Register) -> Result<(), Error> {
    println!("== 7. Standings");
    for day in [
        Date::constant(2025, 1, 1),
        Date::constant(2025, 12, 1),
        Date::constant(2026, 4, 1),
        r.as_of(),
    ] {
        let on = r.on(day);
        let row: Vec<String> = ["VNM", "FJI", "QAT", "USA", "EU", "XXX"]
            .iter()
            .map(|c| {
                let code = c.parse().expect("a code");
                let (lo, hi) = on.standing_range(code);
                match on.standing(code) {
                    Standing::Unknown => format!("{c} unknown ({lo}..{hi})"),
                    s => format!("{c} {s}"),
                }
            })
            .collect();
        println!("  {day}: {}", row.join(", "));
    }
    let on = r.on(Date::constant(2025, 12, 1));
    assert_eq!(
        on.standing_range("FJI".parse()?),
        (Standing::NotSigned, Standing::Signed)
    );
    assert_eq!(r.on(r.as_of()).has_signed("USA".parse()?), Some(Answer::No));
    println!();
    Ok(())
}

/// Step 8: An I/O error's chain: the cause appears once.
fn io_error() {
    println!("== 8. I/O error");
    let err = actions::from_path("/no/such/dir/actions.tsv").unwrap_err();
    println!("  kind {:?}, io_kind {:?}", err.kind(), err.io_kind());
    let mut chain = vec![err.to_string()];
    let mut cause = err.source();
    while let Some(c) = cause {
        chain.push(c.to_string());
        cause = c.source();
    }
    println!("  chain: {}", chain.join(" <- "));
    println!("  Debug: {err:?}");
    println!("  Alternate Debug: {err:#?}");
    let debug = format!("{err:?}");
    let os = chain.last().unwrap().clone();
    assert_eq!(debug.matches(os.as_str()).count(), 1, "the cause once in Debug");
    assert_eq!(
        chain.iter().filter(|l| l.contains(os.as_str())).count(),
        1,
        "the cause once in the chain"
    );
}
