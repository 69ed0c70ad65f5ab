//! Problems with records, below everything that finds them: the loaders
//! (`crate::io`), the participant list (`crate::participants`) and the
//! validator (`crate::validate`) all report a [`Problem`] naming the record,
//! the field, the rule and the provisions the rule comes from.
//!
//! - `problem`: [`Problem`], one problem with one record.
//! - `detail`: what is wrong and what was expected, in words, for each
//!   kind of problem.
//! - `list`: [`Problems`], every problem of a data set in a stable order,
//!   and the records that could not be read.
//! - `rule`: the rules by name ([`Rule`]).
//! - [`Citation`] (from `crate::base`): the provisions a rule comes from,
//!   in the treaty or another [`Instrument`].

mod detail;
mod list;
#[allow(clippy::module_inception)]
mod problem;
mod rule;

pub use crate::base::citation::{Citation, Instrument};
pub use list::Problems;
pub use problem::Problem;
pub use rule::Rule;
