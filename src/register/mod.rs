//! The status register: a treaty and its validated actions, with indexes
//! built once so that every question "as of a date" is cheap.
//!
//! - `build`: [`Register`] and [`RegisterBuilder`]: validation (through
//!   `crate::validate`) and indexing.
//! - `status`: a participant's [`Stage`] and [`Status`] on a day, and
//!   [`CountRange`], a count from certain to possible.
//! - `counts`: counts by group ([`GroupCounts`]) and the cumulative
//!   timeline ([`TimelinePoint`]).
//! - `queries`: the questions: status, signatories, parties, counts,
//!   timeline, entry into force in general and for each party.

mod build;
mod counts;
mod queries;
mod status;

pub use build::{Register, RegisterBuilder};
pub use counts::{GroupCounts, GroupRow, TimelinePoint};
pub use status::{CountRange, Stage, Status};
