//! The Convention's status from the crate's embedded data: the README's
//! main job. Run with `cargo run --example status`.

use hanoi_convention::{
    DATA_AS_OF, DATA_VERSION, EntryIntoForce, GroupCounts, Known, Register, convention, hanoi_ceremony,
    reported_totals,
};

fn main() {
    let c = convention();
    let r = Register::embedded();
    let day = r.as_of();

    println!("{}", c.title());
    println!(
        "  {} ({})",
        c.short_names().collect::<Vec<_>>().join(" / "),
        c.treaty_reference()
    );
    println!("  adopted by {} on {}", c.adopted_by(), c.adopted_on());
    println!(
        "  {} articles in {} chapters; data version {DATA_VERSION}",
        c.articles().len(),
        c.chapters().len()
    );
    println!();

    println!("Status as of {DATA_AS_OF} (the data's as-of date)");
    let counts = r.counts_by_group(day);
    println!(
        "  signatories: {}    parties: {}",
        counts.total_signatories(),
        counts.total_parties()
    );
    println!();
    println!(
        "  {:<32} {:>12} {:>9}",
        "regional group", "signatories", "parties"
    );
    for g in GroupCounts::buckets() {
        let name = g.map_or("no group / disputed", |g| g.as_str());
        println!(
            "  {:<32} {:>12} {:>9}",
            name,
            counts.signatories(g).to_string(),
            counts.parties(g).to_string()
        );
    }
    println!();

    let ceremony = hanoi_ceremony();
    println!("{} ({}, {})", ceremony.name(), ceremony.venue(), ceremony.dates());
    let first = r
        .participants()
        .get(ceremony.first_signatory())
        .map_or("?", |p| p.name());
    println!("  first to sign: {first}");
    for (d, n) in r.signatures_on_days(&ceremony.days()) {
        println!("  signatures on {d}: {n}");
    }
    println!();

    println!("Entry into force (art. 65)");
    match r.entry_into_force() {
        EntryIntoForce::NotYet { counted, missing } => {
            println!("  not in force: {counted} of 40 instruments counted, {missing} missing");
        }
        other => println!("  {other}"),
    }
    for (p, known) in r.parties_on(day) {
        let certain = if known == Known::Yes { "" } else { " (possibly)" };
        let actions = r.actions_of(p.code());
        let deposit = actions.iter().find(|a| a.kind().is_consent());
        if let Some(a) = deposit {
            println!("  {:<28} {} {}{certain}", p.name(), a.kind(), a.date());
        }
    }
    println!();

    println!("Known only as a window (day unknown)");
    for a in r.actions().iter().filter(|a| !a.date().is_exact()) {
        let name = r.participants().get(a.participant()).map_or("?", |p| p.name());
        println!(
            "  {:<28} {:<13} {} ({})",
            name,
            a.kind().as_str(),
            a.date(),
            a.provenance().confidence()
        );
    }
    println!();

    println!("Coverage against published totals");
    for cov in r.coverage(reported_totals()) {
        let t = cov.reported;
        let of = format!("{:?}", t.count_of).to_lowercase();
        let gap = match cov.missing() {
            0 => String::new(),
            n => format!("  ({n} not named in the data)"),
        };
        println!(
            "  {}  {:>3} {of:<12} reported, {} in the data{gap}",
            t.as_of, t.value, cov.counted
        );
    }
}
