//! # hanoi-convention
//!
//! The **United Nations Convention against Cybercrime** (the "Hanoi
//! Convention", adopted by General Assembly resolution 79/243 on 24 December
//! 2024) as typed, sourced data: its text structure, everyone who may join,
//! every known treaty action, and the answers that follow from the final
//! provisions (who had signed or joined by a date, counts by UN regional
//! group, entry into force).
//!
//! Every fact carries its [source and confidence](Provenance). Dates known
//! only to a month or a range are [windows](DateWindow), and questions about
//! a day inside a window answer "unknown" ([`Known::Unknown`],
//! [`Status::Unknown`]) rather than guess. The data describes events up to
//! [`DATA_AS_OF`].
//!
//! ```
//! use hanoi_convention::{convention, Date, EntryIntoForce, Register};
//!
//! // The text.
//! let c = convention();
//! assert_eq!(c.article(65).unwrap().title(), "Entry into force");
//! assert_eq!(c.chapter(2).unwrap().title(), "Criminalization");
//!
//! // The status register built from the embedded data.
//! let r = Register::embedded();
//! let end_of_hanoi = Date::constant(2025, 10, 26);
//! assert_eq!(r.signatories(end_of_hanoi).certain, 72);
//! let viet_nam = r.participants().find("Vietnam")?;
//! assert_eq!(viet_nam.code().as_str(), "VNM");
//! assert!(matches!(r.entry_into_force(), EntryIntoForce::NotYet { .. }));
//! # Ok::<(), hanoi_convention::Error>(())
//! ```
//!
//! ## The flow
//!
//! `data/*.tsv` → [loader](parse_actions) and validator → [`Register`] →
//! queries ([`Register::status`], [`Register::counts_by_group`],
//! [`Register::entry_into_force`], ...) → exports and the `hanoi`
//! command-line tool (features `csv`, `json`, `cli`).
//!
//! ## Features
//!
//! - `serde`: `Serialize` for the public data types (participants, actions,
//!   statuses, counts, the timeline, the text); `Deserialize` for the small
//!   value types (codes, date windows, kinds, places, confidence).
//! - `csv`, `json`: read actions files and write exports in these formats.
//! - `cli`: the `hanoi` command-line tool.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod actions;
mod crosswalk;
mod date;
mod embedded;
mod error;
mod events;
pub mod export;
mod fold;
#[rustfmt::skip]
mod generated;
mod load;
mod merge;
mod origin;
mod participants;
mod provenance;
mod register;
pub mod rules;
mod status;
mod table;
mod text;
mod validate;

pub use actions::{Action, ActionKind, Place};
pub use crosswalk::{BudapestMapping, budapest_counterparts, budapest_crosswalk};
pub use date::{Date, DateError, DateWindow, Known, parse_date};
pub use error::{Error, Rule, Violation, Violations};
pub use events::{Ceremony, Coverage, ReportedTotal, TotalOf, hanoi_ceremony, reported_totals};
pub use load::{ACTION_COLUMNS, DataFormat, load_actions_file, parse_actions, read_actions};
pub use merge::{Merged, merge_actions};
pub use origin::{FileName, Origin};
pub use participants::{
    Code, CodeError, GroupMembership, Participant, ParticipantKind, Participants, RegionalGroup,
};
pub use provenance::{Confidence, ParseEnumError, Provenance};
pub use register::{EntryIntoForce, GROUP_BUCKETS, GroupCounts, Register, RegisterBuilder, TimelinePoint};
pub use status::{Counts, Stage, Status};
pub use text::{
    ARTICLE_COUNT, Article, ArticleNumber, ArticleNumberError, Chapter, Convention, Fact, Provision,
    ProvisionKind, ProvisionRef, SearchHit, Term, TextFiles, convention,
};

/// The last day the embedded data describes: no action after it is known
/// to the crate. Counts of parties were last confirmed by a source on
/// 21 May 2026 (see [`reported_totals`]).
pub const DATA_AS_OF: Date = Date::constant(2026, 7, 31);

/// The version of the embedded data: its as-of date and a revision number,
/// raised whenever facts are corrected without the as-of date moving.
pub const DATA_VERSION: &str = "2026-07-31.1";

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
