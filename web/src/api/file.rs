//! The user's own actions file (TSV, CSV or JSON): every problem, with
//! its line, field, rule and article, found by the library on its own
//! (`Register::builder(..).file(..).validate()`) and merged over the
//! embedded data (`io::merge_actions`); the merged register, when valid,
//! answers the page's other questions. The file never leaves the page.

use std::rc::Rc;

use hanoi_convention::__private::{Document, ValidationReport, ValidationReports};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::actions::{self, ActionsFile};
use hanoi_convention::io::{latest_day, merge_actions};
use hanoi_convention::register::Validation;
use hanoi_convention::{Date, Register};
use serde::{Deserialize, Serialize};

use super::context::{Answer, Overlay, csv_rows, json, set_overlay, treaty_named};

/// The largest file read: 2 MiB, far more than an actions file of every
/// participant of every treaty; the page refuses larger ones before
/// reading them.
pub(crate) const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Which treaty the file is about, and its name.
#[derive(Debug, Deserialize)]
pub(super) struct FileAsk {
    #[serde(default)]
    pub(super) treaty: String,
    pub(super) name: String,
    /// The day a depositary's status page describes (the day the reader
    /// saved it, as the page knows it); empty: the data's as-of date.
    #[serde(default)]
    pub(super) day: String,
}

/// One check of the file: the library's report (each problem with its
/// line or JSON record, `hanoi_convention::__private::ProblemRow`), and the problems as CSV.
#[derive(Serialize)]
pub(super) struct Check {
    document: Document<ValidationReports>,
    csv: String,
}

#[derive(Serialize)]
pub(super) struct FileAnswer {
    pub(super) file: String,
    pub(super) bytes: usize,
    /// The file on its own.
    pub(super) alone: Check,
    /// Merged over the embedded data (none when the file could not be read at all).
    pub(super) merged: Option<Check>,
    /// The embedded rows the file's rows replace.
    pub(super) replaced: usize,
    /// The merged data's version and as-of date, when it is valid and
    /// now answers for the page.
    pub(super) merged_version: Option<String>,
    pub(super) merged_as_of: Option<Date>,
    /// A depositary's status page, applied as the source of record (the
    /// file is then no actions file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) page: Option<super::page::PageNote>,
}

impl FileAnswer {
    /// The answer on a file checked on its own, not (yet) merged.
    pub(super) fn new(ask: &FileAsk, bytes: &[u8], alone: Check) -> FileAnswer {
        FileAnswer {
            file: ask.name.clone(),
            bytes: bytes.len(),
            alone,
            merged: None,
            replaced: 0,
            merged_version: None,
            merged_as_of: None,
            page: None,
        }
    }
}

/// Checks the actions file `bytes` described by `request`; the answer, or
/// `{"error": ...}`.
pub(crate) fn check_file(request: &str, bytes: &[u8]) -> String {
    let answered = serde_json::from_str::<FileAsk>(request)
        .map_err(|e| format!("a request the page does not make: {e}"))
        .and_then(|ask| check(&ask, bytes));
    answered.unwrap_or_else(|message| super::failure(&message))
}

fn check(ask: &FileAsk, bytes: &[u8]) -> Answer {
    let which = treaty_named(&ask.treaty)?;
    let base = which.register();
    // The merged data of an earlier file answers no more.
    set_overlay(None);
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} is {} bytes: files of at most {MAX_FILE_BYTES} bytes (2 MiB) are read",
            ask.name,
            bytes.len()
        ));
    }
    if super::page::is_page(&ask.name, bytes) {
        return super::page::apply(which, ask, bytes);
    }
    let file = match actions::from_reader(&ask.name, bytes) {
        Ok(f) => f,
        Err(e) => return json(&FileAnswer::new(ask, bytes, unreadable(base, &ask.name, &e)?)),
    };
    // Dated as the `hanoi` tool dates data (never by the machine's clock).
    let as_of = latest_day(file.actions(), base.as_of());
    let alone = which
        .builder()
        .data_version(base.data_version())
        .file(file.clone());
    let alone = checked(base, false, as_of, &ask.name, &alone.as_of(as_of).validate())?;
    let mut answer = FileAnswer::new(ask, bytes, alone);
    merge(which, file, &mut answer)?;
    json(&answer)
}

/// Checks `file` merged over `which`'s embedded data; when valid, its
/// register answers for the page from now on.
fn merge(which: EmbeddedTreaty, file: ActionsFile, answer: &mut FileAnswer) -> Result<(), String> {
    let base = which.register();
    let name = file.name().to_string();
    let (rows, unread) = file.into_parts();
    let merged = merge_actions(base.actions(), rows);
    let as_of = merged.as_of(base.as_of());
    // Which data made the answers: the embedded data's version, the file's
    // name and its as-of date (as `hanoi --data` names it).
    let version = format!("{}+local:{name}@{as_of}", base.data_version());
    let v = which
        .builder()
        .as_of(as_of)
        .data_version(version.clone())
        .file(ActionsFile::from_parts(&name, merged.actions, unread))
        .validate();
    answer.replaced = merged.replaced.len();
    answer.merged = Some(checked(base, true, as_of, &name, &v)?);
    if let Ok(register) = v.into_register() {
        set_overlay(Some(Overlay {
            which,
            register: Rc::new(register),
        }));
        answer.merged_version = Some(version);
        answer.merged_as_of = Some(as_of);
    }
    Ok(())
}

pub(super) fn checked(
    base: &Register,
    merged: bool,
    as_of: Date,
    name: &str,
    v: &Validation,
) -> Result<Check, String> {
    check_of(base, merged, as_of, ValidationReport::of(name, v))
}

/// The check of a file that could not be read at all.
pub(super) fn unreadable(base: &Register, name: &str, e: &hanoi_convention::Error) -> Result<Check, String> {
    check_of(base, false, base.as_of(), ValidationReport::unreadable(name, e))
}

fn check_of(base: &Register, merged: bool, as_of: Date, report: ValidationReport) -> Result<Check, String> {
    Ok(Check {
        csv: csv_rows(base.data_version(), &report.problems)?,
        document: Document::new(
            "validate",
            base,
            ValidationReports::new(base, merged, as_of, vec![report]),
        ),
    })
}
