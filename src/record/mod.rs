//! The published record around a treaty's actions: signing ceremonies,
//! totals published by sources (to show what the data lacks), and the
//! Budapest Convention's articles mapped to the Hanoi Convention's.
//!
//! - `dataset`: what a data set is ([`Dataset`]): as-of date, version,
//!   licence, sources.
//! - `events`: [`Ceremony`], [`ReportedTotal`] (and what it counts,
//!   [`TotalOf`]), [`Coverage`].
//! - `crosswalk`: [`BudapestMapping`].
//!
//! The embedded instances (`EmbeddedTreaty::ceremony`,
//! `EmbeddedTreaty::crosswalk`, `reported_totals`) are in
//! [`crate::embedded`].

mod crosswalk;
mod dataset;
mod events;

pub use crosswalk::BudapestMapping;
pub use dataset::Dataset;
pub use events::{Ceremony, Coverage, ReportedTotal, TotalOf};
