//! Reading a depositary's status page from a file: the import, with a
//! note on standard error for everything not imported, its data version,
//! and its treaty's register (`--page`). The context (`--data PAGE.xml`,
//! `--page`) and the page commands (`untc`) both read pages here.

use std::path::Path;

use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::untc::{self, UntcImport};
use hanoi_convention::participants::Participants;
use hanoi_convention::{Date, Register};

use crate::Failure;

/// True when the file looks like an XML status page.
pub fn is_page(path: &Path, bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(300)];
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml"))
        || head.windows(5).any(|w| w == b"<?xml")
        || head.windows(9).any(|w| w == b"<Document")
}

/// Reads and imports a page, telling on standard error what was not
/// imported.
pub fn read_page(
    path: &Path,
    participants: &Participants,
    status_date: Option<Date>,
) -> Result<UntcImport, Failure> {
    let import = import_page(path, participants, status_date)?;
    note_unimported(path, &import);
    Ok(import)
}

/// Reads and imports a page, saying nothing.
fn import_page(
    path: &Path,
    participants: &Participants,
    status_date: Option<Date>,
) -> Result<UntcImport, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::unreadable(path, &e))?;
    Ok(untc::from_bytes(
        &path.display().to_string(),
        &bytes,
        participants,
        status_date,
    )?)
}

/// A note on standard error for each row and cell of `path` not imported.
fn note_unimported(path: &Path, import: &UntcImport) {
    for u in &import.unmatched {
        eprintln!(
            "hanoi: note: {}:{}: {:?} matches no participant; its {} dated cell(s) were not imported",
            path.display(),
            u.line,
            u.name,
            u.dated_cells
        );
    }
    for s in &import.skipped {
        eprintln!(
            "hanoi: note: {}:{}: not imported: {}",
            path.display(),
            s.line,
            s.reason
        );
    }
    if import.control_bytes_removed > 0 {
        eprintln!(
            "hanoi: note: {}: {} stray control byte(s) removed",
            path.display(),
            import.control_bytes_removed
        );
    }
}

/// The version string of data read from a page.
pub fn page_version(import: &UntcImport) -> String {
    format!(
        "untc:{}@{}",
        import.page.reference,
        import
            .status_date
            .map_or("undated".to_string(), |d| d.to_string())
    )
}

/// A register for the treaty of a status page, as a treaty of its own
/// (`--page`), over the embedded list of participants. `--page XIX-35`
/// (a reference, not a file) is the page `hanoi --page FILE refresh`
/// stored for that treaty.
pub fn page_register(path: &Path) -> Result<Register, Failure> {
    page_register_noting(path, true)
}

/// As [`page_register`], with no notes on what the file leaves out when
/// `notes` is false: `hanoi --page FILE refresh` reads FILE for its treaty
/// only, and notes what the page it fetches and stores leaves out, once.
pub fn page_register_noting(path: &Path, notes: bool) -> Result<Register, Failure> {
    let participants = EmbeddedTreaty::Hanoi.treaty().participants();
    let name = path.to_string_lossy();
    if !path.exists() && crate::cache::is_untc(&name) {
        let cache = crate::cache::Cache::of(&name);
        if let Some((record, page)) = cache.map(|c| c.current()).transpose()?.flatten() {
            let import = untc::from_bytes(&record.url, &page, participants, Some(record.status_date))?;
            return register_of(&import, &record.url);
        }
        return Err(Failure::usage(format!(
            "{name}: no such file, and no page of {name} stored: `hanoi --page FILE refresh` stores one"
        )));
    }
    let import = import_page(path, participants, None)?;
    if notes {
        note_unimported(path, &import);
    }
    register_of(&import, &name)
}

/// The register of a page's treaty, from the page alone.
/// A page whose treaty the crate cannot model is refused (exit 1), naming
/// `source` (the file or address) and what can be done with it instead.
pub fn register_of(import: &UntcImport, source: &str) -> Result<Register, Failure> {
    let participants = EmbeddedTreaty::Hanoi.treaty().participants();
    let treaty = import
        .treaty(std::sync::Arc::new(participants.clone()))
        .map_err(|e| match e.kind() {
            hanoi_convention::ErrorKind::Format => Failure::not_found(format!(
                "{source}: {e}; the page's actions can still be read with `hanoi import untc {source}`"
            )),
            _ => Failure::from(e),
        })?;
    let as_of = import
        .status_date
        .or_else(|| import.actions.iter().map(|a| a.date().latest()).max())
        .unwrap_or(treaty.identity().adopted_on());
    Ok(Register::builder(&treaty)
        .as_of(as_of)
        .data_version(page_version(import))
        .actions(import.actions.clone())
        .build()?)
}

/// What a page changes in the data of `r`: a summary line, then a line per
/// new, narrowed, conflicting and missing row.
pub fn diff_lines(r: &Register, page_version: &str, refresh: &hanoi_convention::io::untc::Refresh) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let row = |a: &hanoi_convention::actions::Action| {
        let name = r.participants().get(a.participant()).map_or("?", |p| p.name());
        format!("{} {name} {} {}", a.participant(), a.kind(), a.date())
    };
    let _ = writeln!(
        out,
        "{page_version} against the data ({}, as of {}): {} new, {} narrowed, {} in conflict, {} not on the page, {} unchanged",
        r.data_version(),
        r.as_of(),
        refresh.new.len(),
        refresh.narrowed.len(),
        refresh.conflicts.len(),
        refresh.not_on_page.len(),
        refresh.unchanged
    );
    for a in &refresh.new {
        let _ = writeln!(out, "  new         {}", row(a));
    }
    for p in &refresh.narrowed {
        let _ = writeln!(out, "  narrowed    {}: {}", row(&p.ours), p.why);
    }
    for p in &refresh.conflicts {
        let _ = writeln!(out, "  conflict    {}: {}", row(&p.ours), p.why);
    }
    for a in &refresh.not_on_page {
        let _ = writeln!(out, "  not on page {}", row(a));
    }
    out
}
