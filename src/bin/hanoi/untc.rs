//! `hanoi import untc`, `hanoi diff` and `--data PAGE.xml`: the depositary's
//! status pages.

use std::fmt::Write as _;
use std::path::Path;

use hanoi_convention::actions::Action;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{self, Document, EventRow, RowsReport};
use hanoi_convention::io::untc::{Refresh, UntcImport, import_page};
use hanoi_convention::participants::Participants;
use hanoi_convention::{Date, Register};

use crate::args::{ActionsFormat, TextOrJson};
use crate::{Failure, csv_string};

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
    let bytes = std::fs::read(path).map_err(|e| Failure {
        code: 2,
        message: format!("{}: cannot read: {e}", path.display()),
    })?;
    let import = import_page(&path.display().to_string(), &bytes, participants, status_date)?;
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
    Ok(import)
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

/// `hanoi import untc`.
pub fn import(
    participants: &Participants,
    page: &Path,
    out_path: Option<&Path>,
    format: ActionsFormat,
    check: bool,
    status_date: Option<Date>,
    out: &mut String,
) -> Result<u8, Failure> {
    let import = read_page(page, participants, status_date)?;
    let counts = import.count_check();
    for m in counts.mismatches() {
        eprintln!("hanoi: note: {}: {m}", page.display());
    }
    let as_of = import
        .status_date
        .or_else(|| import.actions.iter().map(|a| a.date().latest()).max());
    let text = match format {
        ActionsFormat::Tsv => export::actions_tsv(&import.actions),
        ActionsFormat::Csv => csv_string(
            &import.actions.iter().map(EventRow::of).collect::<Vec<_>>(),
            &page_version(&import),
        )?,
        ActionsFormat::Json => {
            let rows = RowsReport::Events {
                actions: import.actions.iter().map(EventRow::of).collect(),
            };
            let doc = Document::about("events", &page_version(&import), as_of.unwrap_or(Date::MIN), rows);
            let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
            s.push('\n');
            s
        }
    };
    match out_path {
        Some(p) => std::fs::write(p, text).map_err(|e| Failure {
            code: 2,
            message: format!("{}: cannot write: {e}", p.display()),
        })?,
        None => out.push_str(&text),
    }
    Ok(if check && !counts.agrees() { 1 } else { 0 })
}

/// `hanoi diff`.
pub fn diff(
    r: &Register,
    page: &Path,
    status_date: Option<Date>,
    write: Option<&Path>,
    format: TextOrJson,
    out: &mut String,
) -> Result<(), Failure> {
    let import = read_page(page, r.participants(), status_date)?;
    let reference = r.treaty().identity().reference();
    if import.page.reference != reference {
        return Err(Failure {
            code: 2,
            message: format!(
                "{} is the page of {}, not of {} ({reference}): expected that treaty's page, or --treaty",
                page.display(),
                import.page.reference,
                r.treaty().identity().short_name()
            ),
        });
    }
    let refresh = Refresh::of(r.actions(), &import.actions);
    if let Some(path) = write {
        std::fs::write(path, export::actions_tsv(&refresh.merged())).map_err(|e| Failure {
            code: 2,
            message: format!("{}: cannot write: {e}", path.display()),
        })?;
        eprintln!(
            "hanoi: note: the data with the page applied is in {}",
            path.display()
        );
    }
    if format == TextOrJson::Json {
        crate::json("diff", r, &refresh, out);
        return Ok(());
    }
    let row = |a: &Action| {
        let name = r.participants().get(a.participant()).map_or("?", |p| p.name());
        format!("{} {name} {} {}", a.participant(), a.kind(), a.date())
    };
    let _ = writeln!(
        out,
        "{} against the data ({}, as of {}): {} new, {} narrowed, {} in conflict, {} not on the page, {} unchanged",
        page_version(&import),
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
    Ok(())
}

/// A register for the treaty of a status page, as a treaty of its own
/// (`--page`), over the embedded list of participants.
pub fn page_register(path: &Path) -> Result<Register, Failure> {
    let participants = EmbeddedTreaty::Hanoi.treaty().participants();
    let import = read_page(path, participants, None)?;
    let treaty = import.treaty(std::sync::Arc::new(participants.clone()))?;
    let as_of = import
        .status_date
        .or_else(|| import.actions.iter().map(|a| a.date().latest()).max())
        .unwrap_or(treaty.identity().adopted_on());
    Ok(Register::builder(&treaty)
        .as_of(as_of)
        .data_version(page_version(&import))
        .actions(import.actions)
        .build()?)
}
