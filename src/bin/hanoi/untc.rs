//! `hanoi import untc`, `hanoi diff` and `--data PAGE.xml`: the depositary's
//! status pages.

use std::io::Write;
use std::path::Path;

use hanoi_convention::__private::{Document, RowsReport};
use hanoi_convention::export::{self, EventRow};
use hanoi_convention::io::untc::{Refresh, UntcImport};
use hanoi_convention::{Date, Register};

use crate::Failure;
use crate::args::Format;
use crate::context::Context;
use crate::output::{json, put};
use crate::page::{page_version, read_page};

/// `hanoi import untc`: the page's actions, in the format asked.
pub fn import(
    ctx: &Context,
    page: &Path,
    format: Format,
    check: bool,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let import = read_page(page, ctx.register.participants(), ctx.asked)?;
    let counts = import.count_check();
    for m in counts.mismatches() {
        eprintln!("hanoi: note: {}: {m}", page.display());
    }
    // A page with provisional acts: which reading its header's count matches.
    if let Some(reading) = counts.reading_note().filter(|_| check) {
        eprintln!("hanoi: note: {}: {reading}", page.display());
    }
    // A page cannot record what happened after the day it describes.
    if let Some(day) = import.status_date {
        let later = import
            .actions
            .iter()
            .filter(|a| a.date().earliest() > day)
            .count();
        if later > 0 {
            eprintln!(
                "hanoi: note: {}: {later} action(s) dated after {day}, the day the page is said to describe",
                page.display()
            );
        }
    }
    let version = page_version(&import);
    let rows: Vec<EventRow> = import.actions.iter().map(EventRow::of).collect();
    match format {
        Format::Csv => export::Csv::new(&version).write(&rows, &mut *out)?,
        Format::Json => {
            let as_of = import
                .status_date
                .or_else(|| import.actions.iter().map(|a| a.date().latest()).max());
            let doc = Document::about(
                "events",
                &version,
                as_of.unwrap_or(Date::MIN),
                RowsReport::events(&import.page.reference, as_of.unwrap_or(Date::MIN), rows),
            );
            serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| Failure::writing(&e.into()))?;
            put(out, "\n")?;
        }
        _ => put(out, &export::actions_tsv(&import.actions))?,
    }
    Ok(if check && !counts.agrees() { 1 } else { 0 })
}

/// `hanoi diff`: what the page changes, or (tsv) the data with it applied.
pub fn diff(ctx: &Context, page: &Path, format: Format, out: &mut dyn Write) -> Result<u8, Failure> {
    let r: &Register = &ctx.register;
    let import = read_page(page, r.participants(), ctx.asked)?;
    let reference = r.treaty().identity().reference();
    if import.page.reference != reference {
        return Err(Failure::usage(format!(
            "{} is the page of {}, not of {} ({reference}): expected that treaty's page, or --treaty",
            page.display(),
            import.page.reference,
            r.treaty().identity().short_name()
        )));
    }
    let refresh = Refresh::of(r.actions(), &import.actions);
    match format {
        Format::Tsv => put(out, &export::actions_tsv(&refresh.merged()))?,
        Format::Json => json(out, "diff", r, &refresh)?,
        _ => put(out, &render_diff(r, &import, &refresh))?,
    }
    Ok(0)
}

fn render_diff(r: &Register, import: &UntcImport, refresh: &Refresh) -> String {
    crate::page::diff_lines(r, &page_version(import), refresh)
}
