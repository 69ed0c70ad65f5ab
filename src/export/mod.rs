//! Exports and reports: the register's data in forms other tools read.
//!
//! - `rows`: three views as rows, for spreadsheets and statistical tools:
//!   *events* (a row per action, in the interchange columns, so an export
//!   loads back into an equal register), *wide* (a row per participant,
//!   like the UN Treaty Collection's table) and *panel* (a row per
//!   participant per year with its status on 31 December).
//! - `reports`: the answers of the `hanoi` tool as serializable documents
//!   (feature `serde`); their JSON is the tool's `--format json`, with a
//!   schema for each in `docs/schemas/`; `problems`: the validator's
//!   findings as a document.
//! - `comparison`: comparisons of treaties as documents and rows.
//! - `csv`, `json`: writing rows and documents (features `csv`, `json`).

#[cfg(feature = "serde")]
mod comparison;
#[cfg(feature = "csv")]
mod csv;
#[cfg(feature = "json")]
mod json;
#[cfg(feature = "serde")]
mod problems;
#[cfg(feature = "serde")]
mod reports;
mod rows;

#[cfg(feature = "csv")]
pub use self::csv::Csv;
#[cfg(feature = "serde")]
pub use comparison::{CellList, CellMember, CompareReport, ComparisonRows, PaceReport};
#[cfg(feature = "json")]
pub use json::json_document;
#[cfg(feature = "serde")]
pub use problems::{ProblemRow, ValidationReport, ValidationReports};
#[cfg(feature = "serde")]
pub use reports::{
    ArticleReport, BudapestRow, Caveat, ChapterRef, Document, EifReport, Listed, ParticipantReport,
    ProvisionRow, RowsReport, SearchHitRow, SearchReport, StatusReport, TermRow, TimelineReport, TimelineRow,
};
pub use rows::{
    EventRow, MAX_PANEL_YEARS, PanelRow, View, WideRow, actions_tsv, event_rows, event_rows_by, events_tsv,
    panel_rows, wide_rows,
};

/// The version of the JSON documents' layout (`docs/json.md`): raised when
/// a field is renamed, removed or changes meaning.
pub const JSON_SCHEMA_VERSION: u32 = 2;
