//! Where a record came from, so that every error can point at it.

use std::fmt;
use std::sync::Arc;

/// The place a record was read from: a line of a file, a record of a JSON
/// document, or code that built it directly.
///
/// Every [`Action`](crate::actions::Action) keeps its origin, and every
/// [`Problem`](crate::Problem) reports it, so a problem can always be
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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Origin {
    /// Built by a program, not read from a file.
    #[default]
    Code,
    /// A line of a text file (1-based; the header is line 1).
    Line {
        /// The file's name as given to the loader.
        file: FileName,
        /// The 1-based line number.
        line: u32,
    },
    /// A record of a JSON document (0-based index in its `actions` array).
    Record {
        /// The file's name as given to the loader.
        file: FileName,
        /// The 0-based index of the record.
        index: u32,
    },
    /// An assumption of a what-if question (1-based, in the order given).
    Assumption {
        /// The 1-based position of the assumption.
        index: u32,
    },
}

impl Origin {
    /// The origin of line `line` (1-based) of `file`.
    pub fn line(file: &str, line: u32) -> Origin {
        Origin::Line {
            file: FileName::shared(Arc::from(file)),
            line,
        }
    }

    /// The file name, when the record came from a file.
    ///
    /// ```
    /// use hanoi_convention::Origin;
    ///
    /// assert_eq!(Origin::line("a.tsv", 3).file(), Some("a.tsv"));
    /// assert_eq!(Origin::Code.file(), None);
    /// ```
    pub fn file(&self) -> Option<&str> {
        match self {
            Origin::Code | Origin::Assumption { .. } => None,
            Origin::Line { file, .. } | Origin::Record { file, .. } => Some(file.as_str()),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Code => f.write_str("(built in code)"),
            Origin::Line { file, line } => write!(f, "{file}:{line}"),
            Origin::Record { file, index } => write!(f, "{file}: record {index}"),
            Origin::Assumption { index } => write!(f, "assumption {index}"),
        }
    }
}

/// A file name in an [`Origin`]: shared between the records of one file,
/// or a constant for the embedded data.
///
/// ```
/// use hanoi_convention::Origin;
///
/// let Origin::Line { file, line } = Origin::line("mine.tsv", 3) else { panic!() };
/// assert_eq!((file.as_str(), line), ("mine.tsv", 3));
/// ```
#[derive(Debug, Clone)]
pub struct FileName(Name);

#[derive(Debug, Clone)]
enum Name {
    /// A file of the embedded data (e.g. `data/actions.tsv`).
    Static(&'static str),
    /// A file read at run time, shared by its records.
    Shared(Arc<str>),
}

impl FileName {
    /// A file of the embedded data.
    pub(crate) const fn from_static(name: &'static str) -> FileName {
        FileName(Name::Static(name))
    }

    /// A file read at run time.
    pub(crate) fn shared(name: Arc<str>) -> FileName {
        FileName(Name::Shared(name))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Name::Static(s) => s,
            Name::Shared(s) => s,
        }
    }
}

impl PartialEq for FileName {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for FileName {}

impl std::hash::Hash for FileName {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for FileName {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FileName {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Display for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for FileName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
