//! The crate's one error type, [`Error`]. A data set's problems are
//! [`Violation`](crate::validate::Violation)s, listed in
//! [`Error::Invalid`].

use crate::base::origin::Origin;
use crate::validate::Violations;

/// Everything that can go wrong in this crate.
///
/// ```
/// use hanoi_convention::{Error, Register};
///
/// let err = Register::embedded().participants().find("Viet Nom").unwrap_err();
/// assert!(matches!(err, Error::UnknownParticipant { .. }));
/// assert!(err.to_string().contains("Viet Nam"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The data has problems; every one found is listed, in a stable order.
    #[error("{0}")]
    Invalid(Violations),
    /// A whole file could not be read as a data file (empty, not text, no
    /// header, wrong columns).
    #[error("{origin}: {message}")]
    Format {
        /// Where: the file, and the line when one is to blame.
        origin: Origin,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A file could not be opened or read.
    #[error("{path}: cannot read: {message}")]
    Io {
        /// The path as given.
        path: String,
        /// The operating system's message.
        message: String,
    },
    /// No participant has this code, name or alias.
    #[error("no participant is called {query:?}{}", suggest(.suggestions))]
    UnknownParticipant {
        /// What was looked up.
        query: String,
        /// The nearest names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// A request beyond what any treaty could need, e.g. a panel export of
    /// more than [`MAX_PANEL_YEARS`](crate::export::MAX_PANEL_YEARS) years.
    #[error("{0}")]
    Limit(String),
    /// Not an article number.
    #[error(transparent)]
    ArticleNumber(#[from] crate::base::article::ArticleNumberError),
    /// Not a participant code.
    #[error(transparent)]
    Code(#[from] crate::participants::CodeError),
    /// Not a date or date window, or date arithmetic beyond the
    /// representable dates.
    #[error(transparent)]
    Date(#[from] crate::base::date::DateError),
    /// Not one of the keywords a field accepts.
    #[error(transparent)]
    Keyword(#[from] crate::base::provenance::ParseEnumError),
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}
