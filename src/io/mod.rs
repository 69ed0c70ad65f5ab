//! Every file format the crate reads, under one roof. The core never
//! imports this module; loaders turn files into core values, reporting
//! every problem with file, line, field and what was expected.
//!
//! - `table`: tab-separated files with a header row (shared by the rest).
//! - `actions`: actions files (TSV; CSV and JSON behind features).
//! - `participants`: a participants file.
//! - `treaty`: a treaty's identity, text and final provisions.
//! - `record`: ceremonies, published totals, the Budapest crosswalk.
//! - `merge`: a user's actions over a base data set.
//! - `untc`: the UN Treaty Collection's status pages (feature `untc`).

mod actions;
mod merge;
mod participants;
mod record;
pub(crate) mod table;
mod treaty;
#[cfg(feature = "untc")]
pub mod untc;

pub use actions::{ACTION_COLUMNS, DataFormat, load_actions_file, parse_actions, read_actions};
pub use merge::{Merged, merge_actions};
pub(crate) use record::{read_ceremonies, read_crosswalk, read_totals};
pub use treaty::{TreatyFiles, read_final_provisions, read_identity, read_text, read_treaty};
