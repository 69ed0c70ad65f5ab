//! The validator: checking a data set against a treaty's final provisions,
//! and deriving each participant's stages (signed, party, denounced) on the
//! way. Its findings are [`Problem`](crate::problem::Problem)s; users reach
//! it through [`RegisterBuilder::validate`](crate::register::RegisterBuilder::validate)
//! and [`build`](crate::register::RegisterBuilder::build).
//!
//! - `check`: every rule, every record: one small method per kind of action.
//! - `reio`: a REIO ceasing to be a party when all its members denounce.
//! - `transition`: a change of stage for one participant, which both
//!   derive and the register indexes.

mod check;
mod reio;
mod transition;

pub(crate) use check::{Prerequisite, check};
pub(crate) use transition::Transition;
