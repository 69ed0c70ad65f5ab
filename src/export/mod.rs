//! Exports and reports: the register's data in forms other tools read.
//!
//! - `rows`, `wide`, `panel`, `years`: the four views as rows, for spreadsheets
//!   and statistical tools: *events* (an [`EventRow`] per action, in the
//!   interchange columns, so an export loads back into an equal register),
//!   *wide* (a [`WideRow`] per participant, like the UN Treaty Collection's
//!   table, with its codes in every system), *panel* (a [`PanelRow`] per
//!   unit per year over a chosen [`Universe`], with the status lattice
//!   [`crate::Standing`]) and *years* (a [`YearRow`] of counts per year,
//!   overall and by group).
//! - `package`: a Frictionless data package describing a CSV export, a
//!   `Resource` per file (feature `json`).
//! - `reports`, `problems`, `roster`, `comparison`: the answers of the
//!   `hanoi` tool, the web page and the Python package as serializable
//!   documents (feature `serde`; their JSON is the tool's `--format json`,
//!   with a schema for each in `docs/schemas/`). They are not public API:
//!   the crate's own front ends reach them through a hidden module, and
//!   their shapes change with the tool's output (`docs/design.md`).
//! - `csv`, `json`: writing rows and documents (features `csv`, `json`).

#[cfg(feature = "serde")]
pub(crate) mod comparison;
#[cfg(feature = "csv")]
mod csv;
#[cfg(feature = "json")]
mod json;
#[cfg(feature = "json")]
mod package;
mod panel;
#[cfg(feature = "serde")]
pub(crate) mod problems;
#[cfg(feature = "serde")]
pub(crate) mod reports;
#[cfg(feature = "serde")]
pub(crate) mod roster;
mod rows;
mod span;
mod wide;
mod years;

#[cfg(feature = "csv")]
pub use self::csv::{Csv, CsvRow};
#[cfg(feature = "json")]
pub use json::json_document;
#[cfg(feature = "json")]
pub use package::{Resource, datapackage};
pub use panel::{PanelRow, Universe, panel_rows, panel_rows_over};
// The tool's, page's and package's documents: public only through the
// hidden `crate::__private` (see docs/design.md, "Why the reports are not
// public API").
#[cfg(feature = "csv")]
pub(crate) use problems::ProblemRow;
#[cfg(feature = "serde")]
pub(crate) use reports::Caveat;
#[cfg(feature = "json")]
pub(crate) use reports::{Document, RowsReport};
#[cfg(feature = "csv")]
pub(crate) use reports::{ProvisionRow, TimelineRow};
#[cfg(feature = "csv")]
pub(crate) use roster::RosterRow;
pub use rows::{EventRow, View, actions_tsv, event_rows, event_rows_by, events_tsv};
pub use span::{MAX_PANEL_YEARS, YearSpan};
pub use wide::{WideRow, wide_rows};
pub use years::{YearRow, year_rows, year_rows_over};

/// The version of the JSON documents' layout (`docs/json.md`): raised when
/// a field is renamed, removed or changes meaning.
pub const JSON_SCHEMA_VERSION: u32 = 1;
