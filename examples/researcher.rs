//! What a researcher does first with the crate, written from its docs:
//! signatories by regional group, participants looked up by name and by
//! code (and an ambiguous input refused), a data file checked, a what-if,
//! a comparison with the Budapest Convention, and a panel written as CSV.
//! Run with `cargo run --features csv --example researcher` (the CSV goes
//! to the system's temporary folder, or to the path given as the first
//! argument).

use hanoi_convention::Standing;
use hanoi_convention::compare::Comparison;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{Csv, Universe, panel_rows};
use hanoi_convention::io::actions;
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::register::{Assumption, Outcome};
use hanoi_convention::{Date, ErrorKind, Register, ToSpan, convention};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let r = Register::embedded();
    let today = r.on(r.as_of());
    println!("Hanoi Convention, data {} as of {}", r.data_version(), r.as_of());

    // 1. Signatories and parties by UN regional group.
    for g in today.counts_by_group().rows() {
        let (signatories, parties) = (g.signatories.to_string(), g.parties.to_string());
        println!(
            "  {:<30} signatories {signatories:>3}  parties {parties:>3}",
            g.label
        );
    }

    // 2. Names in any of the crate's languages, codes in their own system.
    let p = r.participants();
    for name in ["Viet Nam", "Fédération de Russie", "Côte d'Ivoire"] {
        let found = p.find(name)?;
        println!("  find({name:?}) -> {} ({})", found.name(), found.code());
    }
    for (system, code) in [
        (CodeSystem::Iso3, "AUS"),
        (CodeSystem::CowLetters, "AUS"),
        (CodeSystem::Cow, "816"),
    ] {
        let found = p.find_code(system, code)?;
        println!("  find_code({system:?}, {code:?}) -> {}", found.name());
    }
    // "nga" is the Russian Federation's name in Vietnamese and Nigeria's
    // code: the crate refuses to choose.
    match p.find("nga") {
        Err(e) if e.kind() == ErrorKind::Ambiguous => println!("  find(\"nga\") -> {e}"),
        other => return Err(format!("expected an ambiguous lookup, got {other:?}").into()),
    }

    // 3. A file of actions checked against the treaty's rules.
    let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
               FRA\tsignature\t2025-01-01\thigh\tmy notes\n\
               DEU\tsignature\t2025-10-25\thigh\tmy notes\n";
    let v = Register::builder(convention())
        .file(actions::from_str("mine.tsv", tsv)?)
        .validate();
    println!("  mine.tsv: {} problem(s)", v.problems().len());
    for problem in v.problems() {
        println!("    {problem}");
    }

    // 4. What if France deposited a year and a day after the data end?
    let day = r.as_of().checked_add(1.year())?.checked_add(1.day())?;
    let w = today.what_if(&[Assumption::new("FRA".parse()?, day)])?;
    println!("  what if FRA deposits on {day}: {} -> {}", w.from_data, w.then);
    for a in &w.assumed {
        match &a.outcome {
            Outcome::Counted => println!("    {} counted", a.code),
            Outcome::NotCounted { reason } => println!("    {} not counted: {reason}", a.code),
            Outcome::Rejected { problems } => println!("    {} rejected: {}", a.code, problems[0]),
            _ => println!("    {} {:?}", a.code, a.outcome),
        }
    }

    // 5. Budapest parties that had not signed the Hanoi Convention, on a
    // day both data sets describe.
    let budapest = EmbeddedTreaty::Budapest.register();
    let both: Date = r.as_of().min(budapest.as_of());
    let comparison = Comparison::new(&[r, budapest], both);
    let table = comparison
        .cross_table(r.treaty(), budapest.treaty())
        .ok_or("two treaties compared")?;
    // A Budapest party is `party` until the Convention binds it, then `in_force`.
    let out: Vec<_> = [Standing::Party, Standing::InForce]
        .into_iter()
        .flat_map(|b| table.list(Standing::NotSigned, b))
        .collect();
    println!(
        "  Budapest parties not signatories of Hanoi on {both}: {}",
        out.len()
    );

    // 6. A panel (a row per participant per year) as CSV for R or Stata.
    let rows = panel_rows(&today, Universe::Participants)?;
    let path = std::env::args()
        .nth(1)
        .map_or_else(|| std::env::temp_dir().join("hanoi_panel.csv"), Into::into);
    Csv::new(r.data_version()).write(&rows, std::fs::File::create(&path)?)?;
    println!("  panel: {} rows written to {}", rows.len(), path.display());
    Ok(())
}
