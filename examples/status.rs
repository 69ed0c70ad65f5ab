//! The Convention's status from the crate's embedded data: the README's
//! main job. Run with `cargo run --example status`, or with names in
//! another language: `cargo run --example status -- --lang vi` (ar, zh,
//! en, fr, ru, es or vi).

use hanoi_convention::embedded::{EmbeddedTreaty, reported_totals};
use hanoi_convention::participants::Participant;
use hanoi_convention::record::TotalOf;
use hanoi_convention::{Answer, EntryIntoForce, Language, Register, convention};

/// The language asked for with `--lang CODE` (English by default).
fn language() -> Language {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = match args.as_slice() {
        [] => return Language::En,
        [flag, value] if flag == "--lang" => value.as_str(),
        [one] if one.starts_with("--lang=") => &one["--lang=".len()..],
        _ => {
            eprintln!("usage: status [--lang ar|zh|en|fr|ru|es|vi]");
            std::process::exit(2);
        }
    };
    value.parse().unwrap_or_else(|e| {
        eprintln!("--lang: {e}");
        std::process::exit(2);
    })
}

fn main() {
    let language = language();
    let treaty = convention();
    let (id, text) = (treaty.identity(), treaty.text());
    let r = Register::embedded();
    let day = r.as_of();
    // English where a name is not recorded in the language asked for.
    let name = |p: &Participant| p.name_in(language).unwrap_or(p.name()).to_string();

    println!("{}", id.title_in(language).unwrap_or(id.title()));
    println!(
        "  {} ({})",
        id.short_names().collect::<Vec<_>>().join(" / "),
        id.reference()
    );
    println!("  adopted by {} on {}", id.adopted_by(), id.adopted_on());
    println!(
        "  {} articles in {} chapters; data version {}",
        text.articles().len(),
        text.chapters().len(),
        r.data_version()
    );
    println!();

    println!("Status as of {} (the data's as-of date)", r.as_of());
    let counts = r.on(day).counts_by_group();
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
    for g in counts.rows() {
        println!(
            "  {:<32} {:>12} {:>9}",
            g.label,
            g.signatories.to_string(),
            g.parties.to_string()
        );
    }
    println!();

    let ceremony = EmbeddedTreaty::Hanoi
        .ceremony()
        .expect("the Hanoi ceremony is embedded");
    println!("{} ({}, {})", ceremony.name(), ceremony.venue(), ceremony.dates());
    let first = r
        .participants()
        .get(ceremony.first_signatory())
        .map_or("?".into(), name);
    println!("  first to sign: {first}");
    for d in ceremony.days() {
        println!("  signatures on {d}: {}", r.on(d).signatures_made());
    }
    println!();

    println!(
        "Entry into force (art. {})",
        treaty.rules().entry_into_force().article()
    );
    match r.on(day).entry_into_force() {
        EntryIntoForce::NotYet { counted, required } => {
            let missing = counted.short_of(required);
            println!("  not in force: {counted} of {required} instruments counted, {missing} missing");
        }
        other => println!("  {other}"),
    }
    for (p, known) in r.on(day).parties().list() {
        let certain = if known == Answer::Yes { "" } else { " (possibly)" };
        let actions = r.actions_of(p.code());
        let deposit = actions.iter().find(|a| a.kind().is_consent());
        if let Some(a) = deposit {
            println!("  {:<28} {} {}{certain}", name(p), a.kind(), a.date());
        }
    }
    println!();

    println!("Answer only as a window (day unknown)");
    for a in r.actions().iter().filter(|a| !a.date().is_exact()) {
        let who = r.participants().get(a.participant()).map_or("?".into(), name);
        println!(
            "  {:<28} {:<13} {} ({})",
            who,
            a.kind().as_str(),
            a.date(),
            a.provenance().confidence()
        );
    }
    println!();

    println!("Coverage against published totals");
    for cov in r.coverage(reported_totals()) {
        let t = cov.reported;
        let of = match t.count_of {
            TotalOf::Signatories => "signatories",
            _ => "parties",
        };
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
