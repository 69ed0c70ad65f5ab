//! The maintainer's refresh (`hanoi refresh --write-data DIR`): the page's
//! new and narrowed rows written into the crate's data files, the data
//! set's as-of date and revision moved, and the change message printed for
//! the changelog and the commit. Conflicts and rows the page lacks are left
//! for a person, and listed.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use hanoi_convention::actions::Action;
use hanoi_convention::export;
use hanoi_convention::io::actions;
use hanoi_convention::io::untc::{Refresh, UntcImport};
use hanoi_convention::{Date, Register};

use crate::Failure;
use crate::cache::write_atomic;
use crate::output::put;

/// Writes `dir/actions.tsv` and `dir/dataset.tsv` with the page applied,
/// and prints the change message.
pub fn write_data(
    dir: &Path,
    import: &UntcImport,
    day: Date,
    base: &Register,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let actions_path = dir.join("actions.tsv");
    let dataset_path = dir.join("dataset.tsv");
    let (ours, unread) = actions::from_path(&actions_path)?.into_parts();
    if !unread.is_empty() {
        return Err(Failure::usage(format!(
            "{}: {} row(s) cannot be read; fix them first (hanoi validate {})",
            actions_path.display(),
            unread.len(),
            actions_path.display()
        )));
    }
    let dataset =
        std::fs::read_to_string(&dataset_path).map_err(|e| Failure::unreadable(&dataset_path, &e))?;
    let refresh = Refresh::of(&ours, &import.actions);
    let message = refresh.change_message(base.participants());
    let rows = annotate(refresh.merged(), &refresh, day);
    let (dataset, version) = moved(&dataset, day, !refresh.is_empty())
        .ok_or_else(|| Failure::usage(format!("{}: no as_of or revision row", dataset_path.display())))?;
    write_atomic(&actions_path, export::actions_tsv(&rows).as_bytes())?;
    write_atomic(&dataset_path, dataset.as_bytes())?;
    let mut text = format!("Data {version}: {message} (the depositary's status page, {day}).\n");
    for p in &refresh.conflicts {
        let _ = writeln!(
            text,
            "  to review: {} {}: {}",
            p.ours.participant(),
            p.ours.kind(),
            p.why
        );
    }
    for a in &refresh.not_on_page {
        let _ = writeln!(
            text,
            "  to review: {} {} {}: not on the page",
            a.participant(),
            a.kind(),
            a.date()
        );
    }
    put(out, &text)?;
    eprintln!(
        "hanoi: note: wrote {} and {}; next: HANOI_REGENERATE=1 cargo test --test generated, then bash .ci/run",
        actions_path.display(),
        dataset_path.display()
    );
    Ok(0)
}

/// The rows the page narrowed say so in their note, so that a note such as
/// "day unknown" does not outlive the fact that replaced it.
fn annotate(rows: Vec<Action>, refresh: &Refresh, day: Date) -> Vec<Action> {
    rows.into_iter()
        .map(|a| {
            match refresh
                .narrowed
                .iter()
                .find(|p| p.ours.participant() == a.participant() && p.ours.kind() == a.kind())
            {
                Some(p) if a.date() == p.page.date() => {
                    let was = p.ours.date();
                    let note = if p.ours.note().is_empty() {
                        format!("day from the depositary's status page of {day} (the data had {was})")
                    } else {
                        format!(
                            "day from the depositary's status page of {day} (the data had {was}: {})",
                            p.ours.note()
                        )
                    };
                    a.with_note(&note)
                }
                _ => a,
            }
        })
        .collect()
}

/// `dataset` with `as_of` moved to `day` (and the revision back to 1) when
/// the page is later, or the revision raised when only facts changed; and
/// the new data version.
fn moved(dataset: &str, day: Date, changed: bool) -> Option<(String, String)> {
    let value = |key: &str| {
        dataset
            .lines()
            .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix('\t')))
            .and_then(|r| r.split('\t').next())
            .map(str::to_string)
    };
    let as_of: Date = value("as_of")?.parse().ok()?;
    let revision: u32 = value("revision")?.parse().ok()?;
    let (new_as_of, new_revision) = if day > as_of {
        (day, 1)
    } else if changed {
        (as_of, revision + 1)
    } else {
        (as_of, revision)
    };
    let mut out = String::new();
    for line in dataset.lines() {
        let mut cells: Vec<String> = line.split('\t').map(str::to_string).collect();
        match cells.first().map(String::as_str) {
            Some("as_of") if new_as_of != as_of => {
                cells[1] = new_as_of.to_string();
                if let Some(note) = cells.get_mut(2) {
                    *note = format!("the depositary's status page, fetched {day}");
                }
            }
            Some("revision") if new_revision != revision => {
                cells[1] = new_revision.to_string();
                if let Some(note) = cells.get_mut(2) {
                    *note = "raised whenever facts are corrected without the as-of date moving".to_string();
                }
            }
            _ => {}
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    Some((out, format!("{new_as_of}.{new_revision}")))
}
