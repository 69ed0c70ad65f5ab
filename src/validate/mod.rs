//! Checking a data set against a treaty's final provisions, and deriving
//! each participant's stages (signed, party, denounced) on the way.
//!
//! - `check`: the validator; every rule, every record, every problem.
//! - `rule`: the rules, by name ([`Rule`]).
//! - `violation`: a problem found ([`Violation`]), with its record, rule,
//!   article and what was expected; [`Violations`] lists them.

mod check;
mod rule;
mod violation;

pub(crate) use check::{Transition, check};
pub use rule::Rule;
pub use violation::{Violation, Violations};
