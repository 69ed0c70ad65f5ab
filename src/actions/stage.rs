//! The stages a participant goes through, as the validator derives them.

use std::fmt;

/// How far a participant has gone, in the order it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub(crate) enum Stage {
    /// Has done nothing yet.
    NotSigned,
    /// Has been invited to accede (and not yet acceded).
    Invited,
    /// Has signed.
    Signed,
    /// Has deposited an instrument of consent (UN Treaty Collection "Party").
    Party,
    /// Its denunciation has taken effect.
    Denounced,
}

impl Stage {
    /// The snake_case name used in exports.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Stage::NotSigned => "not_signed",
            Stage::Invited => "invited",
            Stage::Signed => "signed",
            Stage::Party => "party",
            Stage::Denounced => "denounced",
        }
    }
}

/// In words, for people: `not signed`, `invited`, `signed`, `party`,
/// `denounced` ([`Stage::as_str`] is the snake_case name exports use).
impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stage::NotSigned => "not signed",
            other => other.as_str(),
        })
    }
}
