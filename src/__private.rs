//! The documents of the crate's own front ends (the `hanoi` tool, the web
//! page and the Python package) and the inner parts its tests look at.
//!
//! **Not public API**: for the crate's own tool, page, package and tests
//! only. Nothing here is covered by semantic versioning; any release may
//! change or remove it. The JSON these documents serialize to is described
//! (and versioned) by `docs/json.md` and `docs/schemas/`; a program that
//! wants the answers should use the queries ([`Register::on`](crate::Register::on) and the
//! rest) or the exports ([`export`](crate::export)). See `docs/design.md`, "Why the
//! reports are not public API".

#[cfg(feature = "serde")]
pub use crate::export::comparison::{CellList, CellMember, CompareReport, ComparisonRows, PaceReport};
#[cfg(feature = "serde")]
pub use crate::export::problems::{ProblemRow, ValidationReport, ValidationReports};
#[cfg(feature = "serde")]
pub use crate::export::reports::{
    ArticleReport, BudapestRow, Caveat, ChapterRef, CodeValue, Document, EifReport, Listed,
    ParticipantReport, ProvisionRow, Rows, RowsReport, SearchHitRow, SearchReport, StatusReport, TermRow,
    TimelineReport, TimelineRow,
};
#[cfg(feature = "serde")]
pub use crate::export::roster::{RosterReport, RosterRow};

pub use crate::chart::svg::TextBox;
pub use crate::embedded::oracle::BUDAPEST_CHART_ENTRY_INTO_FORCE;
#[cfg(feature = "untc")]
pub use crate::io::untc::page::{Cell, Column, ColumnRole, Page, Row, Statement};

pub use crate::error::report;
