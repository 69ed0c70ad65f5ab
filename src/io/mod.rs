//! Every file format the crate reads, under one roof. The core never
//! imports this module; loaders turn files into core values, reporting
//! every problem with file, line, field and what was expected.
//!
//! Each kind of file is a module with the same verbs: `from_str` (text
//! held in memory), `from_reader` and `from_path` where a file is read
//! whole:
//!
//! - [`actions`]: actions files (TSV; CSV and JSON behind features).
//! - [`participants`]: a participants file, and their names in other
//!   languages.
//! - [`treaty`]: a treaty's identity, text and final provisions (from
//!   files in memory, or a folder in the layout of `data/`).
//! - `untc`: the UN Treaty Collection's status pages (feature `untc`).
//! - `merge`: a user's actions over a base data set ([`merge_actions`],
//!   giving the actions and what replaced what: [`Merged`]).
//! - `record`: ceremonies, published totals, the Budapest crosswalk (the
//!   crate's own tables).
//! - `table`: tab-separated files with a header row (shared by the rest).

pub mod actions;
pub mod membership;
mod merge;
pub mod participants;
mod record;
pub(crate) mod table;
pub mod treaty;
#[cfg(feature = "untc")]
#[cfg_attr(docsrs, doc(cfg(feature = "untc")))]
pub mod untc;

pub use merge::{Merged, latest_day, merge_actions};
pub(crate) use record::{read_ceremonies, read_crosswalk, read_totals};
