//! Checking a data set against a treaty's final provisions, and deriving
//! each participant's stages (signed, party, denounced) on the way.
//!
//! - `check`: the validator; every rule, every record, every problem.
//! - `rule`: the rules, by name ([`Rule`]).
//! - `stage`: how far a participant has gone ([`Stage`]).
//! - `violation`: a problem found ([`Violation`]), with its record, rule,
//!   article and what was expected; [`Violations`] lists them.

mod check;
mod rule;
mod stage;
mod violation;

pub(crate) use check::{Prerequisite, Transition, check};
pub use rule::Rule;
pub use stage::Stage;
pub use violation::{Violation, Violations};
