//! The primitives the rest of the crate builds on; nothing here knows of
//! any treaty.
//!
//! - `date`: civil dates ([`Date`]), date windows ([`DateWindow`]) with
//!   arithmetic in days, months and years, and [`Answer`] (yes, no, or
//!   unknown because a date is only known to a window).
//! - `article`: article numbers and references to paragraphs
//!   (reached as `treaty::ArticleNumber` and `treaty::ProvisionRef`); whether an article exists is
//!   a question for a treaty's text.
//! - `citation`: the provisions a rule comes from (reached as
//!   `problem::Citation`).
//! - `code`: participant codes (reached as `participants::Code`): a
//!   value type every record, problem and error names.
//! - `count`: [`CountRange`], a count from certain to possible.
//! - `provenance`: a fact's source and [`Confidence`].
//! - `source`: a source read into its parts ([`SourcePart`]: address,
//!   description, stored copy).
//! - `origin`: the file and line a record came from ([`Origin`]).
//! - `language`: the languages the crate has names in ([`Language`]).
//! - `fold`: folding text (case, diacritics, punctuation) for matching.
//!
//! What can fail with the crate's [`Error`](crate::Error) (the types'
//! `FromStr`, `parse_date`, `DateWindow::new` and the window arithmetic)
//! is in `error/value.rs`, above the error type; here are the reasons
//! those errors give (`DateError`, `CodeError`, ...), crate-private.

pub(crate) mod article;
pub(crate) mod citation;
pub(crate) mod code;
pub(crate) mod count;
pub(crate) mod date;
pub(crate) mod fold;
pub(crate) mod language;
pub(crate) mod origin;
pub(crate) mod provenance;
pub(crate) mod source;

pub use count::CountRange;
pub use date::{Answer, Date, DateWindow};
pub use language::Language;
pub use origin::{FileName, Origin};
pub use provenance::{Confidence, Provenance};
pub use source::SourcePart;

/// Serializes a value by its `Display` (a typed reason written as the
/// sentence the reports have always carried).
#[cfg(feature = "serde")]
pub(crate) fn serialize_display<T: std::fmt::Display, S: serde::Serializer>(
    value: &T,
    out: S,
) -> Result<S::Ok, S::Error> {
    out.collect_str(value)
}

/// Serializes a list by each item's `Display`.
#[cfg(feature = "serde")]
pub(crate) fn serialize_displays<T: std::fmt::Display, S: serde::Serializer>(
    values: &[T],
    out: S,
) -> Result<S::Ok, S::Error> {
    out.collect_seq(values.iter().map(ToString::to_string))
}
