//! Budapest Convention parties that have not signed the Hanoi Convention,
//! by UN regional group: a small table on the terminal and a CSV file.
//! Run with `cargo run --features csv --example budapest_gap` (the CSV goes to the
//! system's temporary folder, or to the path given as the first argument).

use std::collections::BTreeMap;

use hanoi_convention::Standing;
use hanoi_convention::compare::Comparison;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Date, Register};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let hanoi = Register::embedded();
    let budapest = EmbeddedTreaty::Budapest.register();
    // Compare on the earlier of the two as-of dates: a day both data describe.
    let day: Date = hanoi.as_of().min(budapest.as_of());
    let comparison = Comparison::new(&[hanoi, budapest], day);
    let table = comparison
        .cross_table(hanoi.treaty(), budapest.treaty())
        .ok_or("two treaties compared")?;
    // A Budapest party is `party` until the Convention binds it, then `in_force`.
    let mut stayed_out: Vec<_> = [Standing::Party, Standing::InForce]
        .into_iter()
        .flat_map(|b| table.list(Standing::NotSigned, b))
        .collect();
    stayed_out.sort_by_key(|p| p.code);

    let mut by_group: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for p in &stayed_out {
        let group = p.regional_group.map_or("no regional group", |g| g.as_str());
        by_group.entry(group).or_default().push(&p.name);
    }
    println!(
        "Budapest parties that had not signed the Hanoi Convention on {day}: {}",
        stayed_out.len()
    );
    for (group, names) in &by_group {
        println!("  {group:<30} {:>3}  {}", names.len(), names.join(", "));
    }

    let path = std::env::args().nth(1).map_or_else(
        || std::env::temp_dir().join("budapest_parties_not_hanoi_signatories.csv"),
        Into::into,
    );
    let header = ["code", "name", "regional_group"].map(String::from);
    let records: Vec<Vec<String>> = stayed_out
        .iter()
        .map(|p| {
            vec![
                p.code.to_string(),
                p.name.clone(),
                p.regional_group.map_or(String::new(), |g| g.as_str().into()),
            ]
        })
        .collect();
    hanoi_convention::export::Csv::new(hanoi.data_version()).write_table(
        &header,
        &records,
        std::fs::File::create(&path)?,
    )?;
    println!("written: {}", path.display());
    Ok(())
}
