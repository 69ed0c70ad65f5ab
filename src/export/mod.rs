//! Exports and reports: the register's data in forms other tools read.
//!
//! - `rows`, `wide`, `panel`, `years`: the four views as rows, for spreadsheets
//!   and statistical tools: *events* (a row per action, in the interchange
//!   columns, so an export loads back into an equal register), *wide* (a
//!   row per participant, like the UN Treaty Collection's table, with its
//!   codes in every system), *panel* (a row per unit per year over a chosen
//!   [`Universe`], with the status lattice [`PanelStatus`]) and *years*
//!   (counts per year, overall and by group).
//! - `package`: a Frictionless data package describing a CSV export
//!   (feature `json`).
//! - `reports`: the answers of the `hanoi` tool as serializable documents
//!   (feature `serde`); their JSON is the tool's `--format json`, with a
//!   schema for each in `docs/schemas/`; `problems`: the validator's
//!   findings as a document; `roster`: the participants with their
//!   standing on a day.
//! - `comparison`: comparisons of treaties as documents and rows.
//! - `csv`, `json`: writing rows and documents (features `csv`, `json`).

#[cfg(feature = "serde")]
mod comparison;
#[cfg(feature = "csv")]
mod csv;
#[cfg(feature = "json")]
mod json;
#[cfg(feature = "json")]
mod package;
mod panel;
#[cfg(feature = "serde")]
mod problems;
#[cfg(feature = "serde")]
mod reports;
#[cfg(feature = "serde")]
mod roster;
mod rows;
mod span;
mod wide;
mod years;

#[cfg(feature = "csv")]
pub use self::csv::{Csv, CsvRow};
#[cfg(feature = "serde")]
pub use comparison::{CellList, CellMember, CompareReport, ComparisonRows, PaceReport};
#[cfg(feature = "json")]
pub use json::json_document;
#[cfg(feature = "json")]
pub use package::{Resource, datapackage};
pub use panel::{PanelRow, PanelStatus, Universe, panel_rows, panel_rows_over};
#[cfg(feature = "serde")]
pub use problems::{ProblemRow, ValidationReport, ValidationReports};
#[cfg(feature = "serde")]
pub use reports::{
    ArticleReport, BudapestRow, Caveat, ChapterRef, CodeValue, Document, EifReport, Listed,
    ParticipantReport, ProvisionRow, Rows, RowsReport, SearchHitRow, SearchReport, StatusReport, TermRow,
    TimelineReport, TimelineRow,
};
#[cfg(feature = "serde")]
pub use roster::{RosterReport, RosterRow};
pub use rows::{EventRow, View, actions_tsv, event_rows, event_rows_by, events_tsv};
pub use span::{MAX_PANEL_YEARS, YearSpan};
pub use wide::{WideRow, wide_rows};
pub use years::{YearRow, year_rows, year_rows_over};

/// The version of the JSON documents' layout (`docs/json.md`): raised when
/// a field is renamed, removed or changes meaning.
pub const JSON_SCHEMA_VERSION: u32 = 1;
