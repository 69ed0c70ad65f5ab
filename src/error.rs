//! The crate's one error type, [`Error`], and what kind of error it is
//! ([`ErrorKind`], from [`Error::kind`]), to branch on. A data set's problems are
//! [`Problem`](crate::problem::Problem)s, listed in [`Error::Invalid`].

use std::fmt;
use std::sync::Arc;

use crate::base::origin::Origin;
use crate::problem::Problems;

/// Everything that can go wrong in this crate.
///
/// Its `Debug` form is its message (and the message of the error behind
/// it), so that `fn main() -> Result<(), Error>` prints something a
/// person can read; `{:#?}` shows the variant too.
///
/// ```
/// use hanoi_convention::{Error, Register};
///
/// let err = Register::embedded().participants().find("Viet Nom").unwrap_err();
/// assert!(matches!(err, Error::UnknownParticipant { .. }));
/// assert!(err.to_string().contains("Viet Nam"));
/// assert_eq!(format!("{err:?}"), err.to_string());
/// ```
#[derive(Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The data has problems; every one found is listed, in a stable order.
    #[error("{0}")]
    Invalid(Problems),
    /// A whole file could not be read as a data file (empty, not text, no
    /// header, wrong columns).
    #[error("{origin}: {message}")]
    Format {
        /// Where: the file, and the line when one is to blame.
        origin: Origin,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A file (or the output) could not be opened, read or written.
    #[error("{path}: {action}: {source}")]
    Io {
        /// The path as given, or `(output)` / `(standard output)`.
        path: String,
        /// What was being done: `cannot read` or `cannot write`.
        action: &'static str,
        /// The operating system's error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// No participant has this code, name or alias.
    #[error("no participant is called {query:?}{}", suggest(.suggestions))]
    UnknownParticipant {
        /// What was looked up.
        query: String,
        /// The nearest names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// An input that reads as more than one participant (a name of one,
    /// folded, is the code of another: "nga" is the Russian Federation's
    /// Vietnamese name and Nigeria's code), so none is chosen.
    #[error("{query:?} is ambiguous: it is {}; write a code in capitals, or the name as it is written", either(.candidates))]
    AmbiguousParticipant {
        /// What was looked up.
        query: String,
        /// Each participant it could mean, with how the input reads as it
        /// (e.g. `Nigeria (the code NGA)`).
        candidates: Vec<(crate::base::code::Code, String)>,
    },
    /// No participant has this code in this code system
    /// ([`find_participant_by_code`](crate::embedded::find_participant_by_code)).
    #[error("no participant has the {system} code {code:?}")]
    UnknownCode {
        /// The code system, described (e.g. "Correlates of War").
        system: &'static str,
        /// The code looked up.
        code: String,
    },
    /// A known State or organisation that is not among those the treaty's
    /// data lists as able to join (e.g. a State outside the Council of
    /// Europe's chart of the Budapest Convention).
    #[error("{name} ({code}) is known, but not among the participants the {treaty}'s data lists")]
    OutsideTreaty {
        /// The participant's code.
        code: crate::base::code::Code,
        /// Its name.
        name: String,
        /// The treaty's short name.
        treaty: String,
    },
    /// A question about a day before the treaty existed
    /// ([`Register::try_on`](crate::Register::try_on)).
    #[error("{day} is before the {treaty} existed (adopted on {adopted}): expected a date from {adopted}")]
    BeforeTreaty {
        /// The day asked.
        day: crate::base::date::Date,
        /// The day the treaty was adopted.
        adopted: crate::base::date::Date,
        /// The treaty's short name.
        treaty: String,
    },
    /// A request beyond what any treaty could need, e.g. a panel export of
    /// more than [`MAX_PANEL_YEARS`](crate::export::MAX_PANEL_YEARS) years.
    #[error("{0}")]
    Limit(String),
    /// A treaty whose parts do not fit together (its rules cite an
    /// article its text lacks, its grouping names a participant its list
    /// lacks).
    #[error("inconsistent treaty: {0}")]
    Treaty(String),
    /// A treaty text that breaks a structural rule (articles out of order,
    /// chapters that do not cover them).
    #[error("{origin}: {message}")]
    Text {
        /// Where: the file the part was read from, or the code that built it.
        origin: Origin,
        /// The rule broken.
        message: String,
    },
    /// A treaty identity that lacks a required fact or holds a malformed one.
    #[error("{origin}: {message}")]
    Identity {
        /// Where.
        origin: Origin,
        /// What is wrong and what was expected.
        message: String,
    },
    /// Not an article number.
    #[error(transparent)]
    ArticleNumber(#[from] crate::base::article::ArticleNumberError),
    /// Not a participant code.
    #[error(transparent)]
    Code(#[from] crate::base::code::CodeError),
    /// Not a date or date window, or date arithmetic beyond the
    /// representable dates.
    #[error(transparent)]
    Date(#[from] crate::base::date::DateError),
    /// Not one of the keywords a field accepts.
    #[error(transparent)]
    Keyword(#[from] crate::base::provenance::ParseEnumError),
}

/// What kind of error an [`Error`] is ([`Error::kind`]): what a caller
/// branches on, stable while the variants and their fields change.
///
/// ```
/// use hanoi_convention::{ErrorKind, Register};
///
/// let p = Register::embedded().participants();
/// assert_eq!(p.find("Atlantis").unwrap_err().kind(), ErrorKind::NotFound);
/// assert_eq!(p.find("nga").unwrap_err().kind(), ErrorKind::Ambiguous);
/// assert!(p.find("Viet Nom").unwrap_err().is_not_found());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The data has problems; [`Error::problems`] lists every one.
    Invalid,
    /// A file that is not a data file of the expected form, or a treaty
    /// whose text, identity or parts do not fit together.
    Format,
    /// A file, or the output, could not be opened, read or written
    /// ([`Error::io_kind`] says why).
    Io,
    /// No participant has this name or code.
    NotFound,
    /// An input that reads as more than one participant.
    Ambiguous,
    /// A known participant outside the treaty's list.
    OutsideTreaty,
    /// A day before the treaty existed, or a request beyond any treaty's
    /// span.
    OutOfRange,
    /// A value not of its type's form (an article number, a code, a date, a
    /// keyword), or date arithmetic beyond the representable dates.
    Value,
}

impl Error {
    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid(_) => ErrorKind::Invalid,
            Error::Format { .. } | Error::Treaty(_) | Error::Text { .. } | Error::Identity { .. } => {
                ErrorKind::Format
            }
            Error::Io { .. } => ErrorKind::Io,
            Error::UnknownParticipant { .. } | Error::UnknownCode { .. } => ErrorKind::NotFound,
            Error::AmbiguousParticipant { .. } => ErrorKind::Ambiguous,
            Error::OutsideTreaty { .. } => ErrorKind::OutsideTreaty,
            Error::BeforeTreaty { .. } | Error::Limit(_) => ErrorKind::OutOfRange,
            Error::ArticleNumber(_) | Error::Code(_) | Error::Date(_) | Error::Keyword(_) => ErrorKind::Value,
        }
    }

    /// True when the data has problems ([`ErrorKind::Invalid`]).
    pub fn is_invalid(&self) -> bool {
        self.kind() == ErrorKind::Invalid
    }

    /// True when nothing matched a name or code ([`ErrorKind::NotFound`]).
    pub fn is_not_found(&self) -> bool {
        self.kind() == ErrorKind::NotFound
    }

    /// True when a file or the output could not be read or written
    /// ([`ErrorKind::Io`]).
    pub fn is_io(&self) -> bool {
        self.kind() == ErrorKind::Io
    }

    /// Every problem of invalid data, in a stable order; `None` for an
    /// error of another kind.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, actions::{Action, ActionKind}};
    ///
    /// let early = Action::new("FRA".parse()?, ActionKind::Signature, Date::constant(2025, 1, 1).into());
    /// let err = Register::builder(hanoi_convention::convention()).action(early).build().unwrap_err();
    /// assert!(err.is_invalid());
    /// assert_eq!(err.problems().map(|p| p.len()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn problems(&self) -> Option<&Problems> {
        match self {
            Error::Invalid(p) => Some(p),
            _ => None,
        }
    }

    /// An error reading `path`.
    pub(crate) fn read(path: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            action: "cannot read",
            source: Arc::new(source),
        }
    }

    /// An error writing to `path`.
    #[cfg(feature = "csv")]
    pub(crate) fn write(path: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            action: "cannot write",
            source: Arc::new(source),
        }
    }

    /// The kind of the operating system's error, for [`Error::Io`]: e.g.
    /// [`BrokenPipe`](std::io::ErrorKind::BrokenPipe) when the output was
    /// closed early.
    ///
    /// ```
    /// let err = hanoi_convention::io::actions::from_path("/no/such/file.tsv").unwrap_err();
    /// assert_eq!(err.io_kind(), Some(std::io::ErrorKind::NotFound));
    /// ```
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            Error::Io { source, .. } => Some(source.kind()),
            _ => None,
        }
    }

    fn variant(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "Invalid",
            Error::Format { .. } => "Format",
            Error::Io { .. } => "Io",
            Error::UnknownParticipant { .. } => "UnknownParticipant",
            Error::AmbiguousParticipant { .. } => "AmbiguousParticipant",
            Error::UnknownCode { .. } => "UnknownCode",
            Error::OutsideTreaty { .. } => "OutsideTreaty",
            Error::BeforeTreaty { .. } => "BeforeTreaty",
            Error::Limit(_) => "Limit",
            Error::Treaty(_) => "Treaty",
            Error::Text { .. } => "Text",
            Error::Identity { .. } => "Identity",
            Error::ArticleNumber(_) => "ArticleNumber",
            Error::Code(_) => "Code",
            Error::Date(_) => "Date",
            Error::Keyword(_) => "Keyword",
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            let mut d = f.debug_struct("Error");
            d.field("kind", &self.variant())
                .field("message", &self.to_string());
            if let Error::Io { source, .. } = self {
                d.field("source", source);
            }
            return d.finish();
        }
        write!(f, "{self}")
    }
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

fn either(candidates: &[(crate::base::code::Code, String)]) -> String {
    let readings: Vec<&str> = candidates.iter().map(|(_, r)| r.as_str()).collect();
    readings.join(" or ")
}
