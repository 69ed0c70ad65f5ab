//! The crate's one error type, [`Error`], and what kind of error it is
//! ([`ErrorKind`], from [`Error::kind`]), to branch on. A data set's problems are
//! [`Problem`](crate::problem::Problem)s, listed by [`Error::problems`].
//!
//! `Error` is opaque (a box around a private enum), so that a new kind of
//! failure, or a new fact kept about one, breaks no caller. Its `Display`
//! is this level's message only; the error behind it (the operating
//! system's, for an I/O error) is its [`source`](std::error::Error::source),
//! so that a reporter walking the chain prints each cause once.
//!
//! - `value`: the text forms of the value types (`Code`, `DateWindow`,
//!   `ArticleNumber`, the keywords) and the date arithmetic, whose errors
//!   are `Error`s of kind `Value`.

mod value;

pub use value::parse_date;

use std::fmt;
use std::sync::Arc;

use crate::base::article::ArticleNumberError;
use crate::base::code::{Code, CodeError};
use crate::base::date::{Date, DateError};
use crate::base::origin::Origin;
use crate::base::provenance::ParseEnumError;
use crate::problem::Problems;

/// Everything that can go wrong in this crate.
///
/// What went wrong is [`kind`](Error::kind); the problems of invalid data
/// are [`problems`](Error::problems); the names nearest a miss are
/// [`suggestions`](Error::suggestions), the participants an ambiguous
/// input may mean [`candidates`](Error::candidates), a known participant
/// outside the treaty [`participant`](Error::participant). The error behind an
/// I/O error is its [`source`](std::error::Error::source), not part of
/// its `Display`.
///
/// Its `Debug` form is its message followed by the error behind it, so
/// that `fn main() -> Result<(), Error>` prints something a person can
/// read; `{:#?}` shows the kind and the source too.
///
/// ```
/// use hanoi_convention::{ErrorKind, Register};
///
/// let err = Register::embedded().participants().find("Viet Nom").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::NotFound);
/// assert_eq!(err.suggestions().first().map(String::as_str), Some("Viet Nam"));
/// assert!(err.to_string().contains("Viet Nam"));
/// assert_eq!(format!("{err:?}"), err.to_string());
/// ```
#[derive(Clone)]
pub struct Error {
    inner: Box<Inner>,
}

/// What went wrong, with what the message needs.
#[derive(Debug, Clone, thiserror::Error)]
pub(crate) enum Inner {
    /// The data has problems; every one found is listed, in a stable order.
    #[error("{0}")]
    Invalid(Problems),
    /// A whole file could not be read as a data file (empty, not text, no
    /// header, wrong columns), or a page as a treaty the crate models.
    #[error("{}{message}", at(.origin.as_ref()))]
    Format {
        /// Where: the file, and the line when one is to blame (none when
        /// the message names it).
        origin: Option<Origin>,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A file (or the output) could not be opened, read or written; the
    /// operating system's error is the source, not part of the message.
    #[error("{path}: {action}")]
    Io {
        /// The path as given, or `(output)` / `(standard output)`.
        path: String,
        /// What was being done: `cannot read` or `cannot write`.
        action: &'static str,
        /// The operating system's error.
        cause: Arc<std::io::Error>,
    },
    /// No participant has this code, name or alias.
    #[error("no participant is called {query:?}{}", suggest(.suggestions))]
    UnknownParticipant {
        /// What was looked up.
        query: String,
        /// The nearest names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// An input that reads as more than one participant, so none is chosen.
    #[error("{query:?} is ambiguous: it is {}; write a code in capitals, or the name as it is written", .readings.join(" or "))]
    AmbiguousParticipant {
        /// What was looked up.
        query: String,
        /// Each participant it could mean.
        candidates: Vec<Code>,
        /// How the input reads as each (e.g. `Nigeria (the code NGA)`).
        readings: Vec<String>,
    },
    /// No participant has this code in this code system.
    #[error("no participant has the code {code:?} in {system}")]
    UnknownCode {
        /// The code system, described (e.g. "Correlates of War").
        system: &'static str,
        /// The code looked up.
        code: String,
    },
    /// A known State or organisation outside the treaty's list.
    #[error("{name} ({code}) is known, but not among the participants the {treaty}'s data lists")]
    OutsideTreaty {
        /// The participant's code.
        code: Code,
        /// Its name.
        name: String,
        /// The treaty's short name.
        treaty: String,
    },
    /// A question about a day before the treaty existed.
    #[error("{day} is before the {treaty} existed (adopted on {adopted}): expected a date from {adopted}")]
    BeforeTreaty {
        /// The day asked.
        day: Date,
        /// The day the treaty was adopted.
        adopted: Date,
        /// The treaty's short name.
        treaty: String,
    },
    /// A request beyond what any treaty could need.
    #[error("{0}")]
    Limit(String),
    /// A treaty whose parts do not fit together.
    #[error("inconsistent treaty: {0}")]
    Treaty(String),
    /// A treaty text that breaks a structural rule.
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
    ArticleNumber(#[from] ArticleNumberError),
    /// Not a participant code.
    #[error(transparent)]
    Code(#[from] CodeError),
    /// Not a date or date window, or date arithmetic beyond the
    /// representable dates.
    #[error(transparent)]
    Date(#[from] DateError),
    /// Not one of the keywords a field accepts.
    #[error(transparent)]
    Keyword(#[from] ParseEnumError),
    /// An input the call cannot take, with what it expected.
    #[error("{0}")]
    Value(String),
    /// jiff's error, from date arithmetic or a date read by jiff (its
    /// message is the whole story: jiff keeps no separate cause).
    #[error(transparent)]
    Jiff(#[from] jiff::Error),
}

/// What kind of error an [`Error`] is ([`Error::kind`]): what a caller
/// branches on.
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
    /// No participant has this name or code ([`Error::suggestions`] may
    /// hold the nearest names).
    NotFound,
    /// An input that reads as more than one participant
    /// ([`Error::candidates`] lists them).
    Ambiguous,
    /// A known participant outside the treaty's list
    /// ([`Error::participant`] names it).
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
        match &*self.inner {
            Inner::Invalid(_) => ErrorKind::Invalid,
            Inner::Format { .. } | Inner::Treaty(_) | Inner::Text { .. } | Inner::Identity { .. } => {
                ErrorKind::Format
            }
            Inner::Io { .. } => ErrorKind::Io,
            Inner::UnknownParticipant { .. } | Inner::UnknownCode { .. } => ErrorKind::NotFound,
            Inner::AmbiguousParticipant { .. } => ErrorKind::Ambiguous,
            Inner::OutsideTreaty { .. } => ErrorKind::OutsideTreaty,
            Inner::BeforeTreaty { .. } | Inner::Limit(_) => ErrorKind::OutOfRange,
            Inner::ArticleNumber(_)
            | Inner::Code(_)
            | Inner::Date(_)
            | Inner::Keyword(_)
            | Inner::Value(_)
            | Inner::Jiff(_) => ErrorKind::Value,
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
        match &*self.inner {
            Inner::Invalid(p) => Some(p),
            _ => None,
        }
    }

    /// The nearest names to a name no participant has, best first
    /// ([`ErrorKind::NotFound`]); empty when none is near, or for an error
    /// of another kind.
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.find("Viet Nom").unwrap_err().suggestions()[0], "Viet Nam");
    /// assert!(p.find("qqqqqqqqqq").unwrap_err().suggestions().is_empty());
    /// ```
    pub fn suggestions(&self) -> &[String] {
        match &*self.inner {
            Inner::UnknownParticipant { suggestions, .. } => suggestions,
            _ => &[],
        }
    }

    /// The participants an ambiguous input may mean
    /// ([`ErrorKind::Ambiguous`]), in the order the message gives them; each
    /// one's code, in capitals, finds it alone. Empty for an error of
    /// another kind.
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// let err = p.find("nga").unwrap_err();
    /// let codes: Vec<&str> = err.candidates().iter().map(|c| c.as_str()).collect();
    /// assert_eq!(codes, ["NGA", "RUS"]);
    /// ```
    pub fn candidates(&self) -> &[Code] {
        match &*self.inner {
            Inner::AmbiguousParticipant { candidates, .. } => candidates,
            _ => &[],
        }
    }

    /// The known participant that is not among the treaty's
    /// ([`ErrorKind::OutsideTreaty`]); `None` for an error of another kind.
    ///
    /// ```
    /// use hanoi_convention::embedded::{EmbeddedTreaty, find_participant};
    ///
    /// let err = find_participant(EmbeddedTreaty::Budapest.treaty(), "Viet Nam").unwrap_err();
    /// assert_eq!(err.participant().map(|c| c.to_string()).as_deref(), Some("VNM"));
    /// ```
    pub fn participant(&self) -> Option<Code> {
        match &*self.inner {
            Inner::OutsideTreaty { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The kind of the operating system's error, for an I/O error
    /// ([`ErrorKind::Io`]): e.g. [`BrokenPipe`](std::io::ErrorKind::BrokenPipe)
    /// when the output was closed early. The error itself is the
    /// [`source`](std::error::Error::source).
    ///
    /// ```
    /// use std::error::Error as _;
    ///
    /// let err = hanoi_convention::io::actions::from_path("/no/such/file.tsv").unwrap_err();
    /// assert_eq!(err.io_kind(), Some(std::io::ErrorKind::NotFound));
    /// assert_eq!(err.to_string(), "/no/such/file.tsv: cannot read");
    /// assert!(err.source().is_some());
    /// ```
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match &*self.inner {
            Inner::Io { cause, .. } => Some(cause.kind()),
            _ => None,
        }
    }

    /// What went wrong, for the crate's own code to look at.
    pub(crate) fn inner(&self) -> &Inner {
        &self.inner
    }

    /// Invalid data, with every problem.
    pub(crate) fn invalid(problems: Problems) -> Error {
        Inner::Invalid(problems).into()
    }

    /// A file that is not a data file of the expected form, at `origin`.
    pub(crate) fn format(origin: Origin, message: String) -> Error {
        Inner::Format {
            origin: Some(origin),
            message,
        }
        .into()
    }

    /// A form the crate cannot use, the message naming where.
    #[cfg(feature = "untc")]
    pub(crate) fn format_here(message: String) -> Error {
        Inner::Format {
            origin: None,
            message,
        }
        .into()
    }

    /// An error reading `path`.
    pub(crate) fn read(path: impl Into<String>, source: std::io::Error) -> Error {
        Inner::Io {
            path: path.into(),
            action: "cannot read",
            cause: Arc::new(source),
        }
        .into()
    }

    /// An error writing to `path`.
    #[cfg(feature = "csv")]
    pub(crate) fn write(path: impl Into<String>, source: std::io::Error) -> Error {
        Inner::Io {
            path: path.into(),
            action: "cannot write",
            cause: Arc::new(source),
        }
        .into()
    }

    /// An input the call cannot take (the message says what it expected).
    pub(crate) fn value(message: String) -> Error {
        Inner::Value(message).into()
    }

    /// A request beyond what any treaty could need.
    pub(crate) fn limit(message: String) -> Error {
        Inner::Limit(message).into()
    }

    /// A treaty whose parts do not fit together.
    pub(crate) fn treaty(message: String) -> Error {
        Inner::Treaty(message).into()
    }

    /// A treaty text that breaks a structural rule.
    pub(crate) fn text(origin: Origin, message: String) -> Error {
        Inner::Text { origin, message }.into()
    }

    /// A treaty identity that lacks a fact or holds a malformed one.
    pub(crate) fn identity(origin: Origin, message: String) -> Error {
        Inner::Identity { origin, message }.into()
    }

    fn variant(&self) -> &'static str {
        match &*self.inner {
            Inner::Invalid(_) => "Invalid",
            Inner::Format { .. } => "Format",
            Inner::Io { .. } => "Io",
            Inner::UnknownParticipant { .. } => "UnknownParticipant",
            Inner::AmbiguousParticipant { .. } => "AmbiguousParticipant",
            Inner::UnknownCode { .. } => "UnknownCode",
            Inner::OutsideTreaty { .. } => "OutsideTreaty",
            Inner::BeforeTreaty { .. } => "BeforeTreaty",
            Inner::Limit(_) => "Limit",
            Inner::Treaty(_) => "Treaty",
            Inner::Text { .. } => "Text",
            Inner::Identity { .. } => "Identity",
            Inner::ArticleNumber(_) => "ArticleNumber",
            Inner::Code(_) => "Code",
            Inner::Date(_) => "Date",
            Inner::Keyword(_) => "Keyword",
            Inner::Value(_) => "Value",
            Inner::Jiff(_) => "Jiff",
        }
    }
}

impl From<Inner> for Error {
    fn from(inner: Inner) -> Error {
        Error {
            inner: Box::new(inner),
        }
    }
}

impl From<ArticleNumberError> for Error {
    fn from(e: ArticleNumberError) -> Error {
        Inner::ArticleNumber(e).into()
    }
}

impl From<CodeError> for Error {
    fn from(e: CodeError) -> Error {
        Inner::Code(e).into()
    }
}

impl From<DateError> for Error {
    fn from(e: DateError) -> Error {
        Inner::Date(e).into()
    }
}

impl From<ParseEnumError> for Error {
    fn from(e: ParseEnumError) -> Error {
        Inner::Keyword(e).into()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.inner {
            Inner::Io { cause, .. } => Some(&**cause),
            _ => None,
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            let mut d = f.debug_struct("Error");
            d.field("kind", &self.kind())
                .field("variant", &self.variant())
                .field("message", &self.to_string());
            if let Inner::Io { cause, .. } = &*self.inner {
                d.field("source", cause);
            }
            return d.finish();
        }
        f.write_str(&report(self))
    }
}

/// `e`'s message followed by each error behind it, `: ` between them: the
/// one line the crate's tool, page and package print for an error, each
/// cause once.
///
/// ```
/// let err = hanoi_convention::io::actions::from_path("/no/such/file.tsv").unwrap_err();
/// let line = hanoi_convention::__private::report(&err);
/// assert!(line.starts_with("/no/such/file.tsv: cannot read: "), "{line}");
/// ```
pub fn report(e: &(dyn std::error::Error + 'static)) -> String {
    let mut line = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        line.push_str(": ");
        line.push_str(&c.to_string());
        cause = c.source();
    }
    line
}

fn at(origin: Option<&Origin>) -> String {
    origin.map(|o| format!("{o}: ")).unwrap_or_default()
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// Date arithmetic with jiff's [`Span`](crate::Span) (`checked_add`,
/// `checked_sub`) fails with jiff's error; `?` turns it into the crate's,
/// of kind [`Value`](ErrorKind::Value), so a program can keep one error
/// type.
///
/// ```
/// use hanoi_convention::{Date, Error, ErrorKind, ToSpan};
///
/// fn a_month_on(day: Date) -> Result<Date, Error> {
///     Ok(day.checked_add(30.days())?)
/// }
/// assert_eq!(a_month_on(Date::constant(2025, 10, 25))?, Date::constant(2025, 11, 24));
/// assert_eq!(a_month_on(Date::MAX).unwrap_err().kind(), ErrorKind::Value);
/// # Ok::<(), Error>(())
/// ```
impl From<jiff::Error> for Error {
    fn from(e: jiff::Error) -> Error {
        Inner::Jiff(e).into()
    }
}
