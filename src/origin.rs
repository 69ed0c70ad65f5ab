//! Where a record came from, so that every error can point at it.

use std::fmt;
use std::sync::Arc;

/// The place a record was read from: a line of a file, a record of a JSON
/// document, or code that built it directly.
///
/// Every [`Action`](crate::Action) keeps its origin, and every
/// [`Violation`](crate::Violation) reports it, so a problem can always be
/// traced back to the line that caused it.
///
/// ```
/// use hanoi_convention::Origin;
///
/// let at = Origin::line("my-actions.tsv", 12);
/// assert_eq!(at.to_string(), "my-actions.tsv:12");
/// assert_eq!(Origin::Code.to_string(), "(built in code)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Origin {
    /// Built by a program, not read from a file.
    #[default]
    Code,
    /// A line of a text file (1-based; the header is line 1).
    Line {
        /// The file's name as given to the loader.
        file: Arc<str>,
        /// The 1-based line number.
        line: u32,
    },
    /// A record of a JSON document (0-based index in its `actions` array).
    Record {
        /// The file's name as given to the loader.
        file: Arc<str>,
        /// The 0-based index of the record.
        index: u32,
    },
}

impl Origin {
    /// The origin of line `line` (1-based) of `file`.
    pub fn line(file: impl Into<Arc<str>>, line: u32) -> Origin {
        Origin::Line {
            file: file.into(),
            line,
        }
    }

    /// The file name, when the record came from a file.
    pub fn file(&self) -> Option<&str> {
        match self {
            Origin::Code => None,
            Origin::Line { file, .. } | Origin::Record { file, .. } => Some(file),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Code => f.write_str("(built in code)"),
            Origin::Line { file, line } => write!(f, "{file}:{line}"),
            Origin::Record { file, index } => write!(f, "{file}: record {index}"),
        }
    }
}
