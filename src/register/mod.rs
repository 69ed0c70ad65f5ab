//! The status register: a treaty and its validated actions, with indexes
//! built once so that every question "on a day" is cheap.
//!
//! - `build`: [`Register`], [`RegisterBuilder`] and [`Validation`]:
//!   validation (through `crate::validate`) and indexing.
//! - `day`: the register on one day ([`OnDay`]): status, signatories and
//!   parties ([`Members`]), counts by group, entry into force.
//! - `file`: [`ActionsFile`], an actions file as read (by
//!   `crate::io::actions`), the builder's input.
//! - `status`: a participant's [`Status`] on a day, from its transitions.
//! - `standing`: the one status vocabulary, the lattice [`Standing`]
//!   (`outside` ... `in_force` ... `unknown`), and [`OnDay::standing`].
//! - `counts`: counts by group ([`GroupCounts`]) and the cumulative
//!   timeline ([`TimelinePoint`]).
//! - `queries`: the questions about the data as a whole: actions,
//!   timeline, [`Register::on`].
//! - `what_if`: entry into force with assumed deposits ([`Assumption`]),
//!   each checked ([`WhatIf`], with an [`Assumed`] per assumption and its
//!   [`Outcome`]).

mod build;
mod counts;
mod day;
mod file;
mod queries;
mod standing;
mod status;
mod what_if;

pub use build::{Register, RegisterBuilder, Validation};
pub use counts::{GroupCounts, GroupRow, TimelinePoint};
pub use day::{Members, OnDay};
pub use file::ActionsFile;
pub use standing::Standing;
pub use status::Status;
pub use what_if::{Assumed, Assumption, Outcome, Reason, WhatIf};
