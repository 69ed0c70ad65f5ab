//! Sources and confidence levels: every fact in the crate carries both.

use std::borrow::Cow;
use std::fmt;

/// Text that is either part of the embedded data (borrowed for the whole
/// program) or read from a user's file (owned).
pub(crate) type Str = Cow<'static, str>;

/// How sure the data is of a fact.
///
/// The levels follow the crate's confidence policy (see `docs/data-sources.md`):
/// `High` is a primary source or two independent ones, `Medium` one good
/// source or a date derived from counts, `Low` a single weak source.
/// Levels are ordered, so `Confidence::Medium >= Confidence::Low`.
///
/// ```
/// use hanoi_convention::Confidence;
///
/// let c: Confidence = "medium".parse()?;
/// assert!(c > Confidence::Low && c < Confidence::High);
/// assert!("certain".parse::<Confidence>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Confidence {
    /// A single weak source; keep it out of headline figures or flag it.
    Low,
    /// One good source, or a date derived from published counts.
    Medium,
    /// A primary source, or two independent sources.
    High,
}

impl Confidence {
    /// All levels, lowest first.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[Confidence] = &[Confidence::Low, Confidence::Medium, Confidence::High];

    /// The lowercase name used in data files: `low`, `medium` or `high`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value that was not one of the keywords a field accepts (an
/// [`Error`](crate::Error) of kind [`Value`](crate::ErrorKind::Value) to
/// callers).
///
/// ```
/// use hanoi_convention::{ErrorKind, actions::ActionKind};
///
/// let err = "ratify".parse::<ActionKind>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Value);
/// assert!(err.to_string().contains("ratification"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found:?} is not {what}: expected one of {expected}")]
pub(crate) struct ParseEnumError {
    /// What the value should have been, e.g. "an action kind".
    pub(crate) what: &'static str,
    /// The accepted keywords, comma separated.
    pub(crate) expected: String,
    /// The input.
    pub(crate) found: String,
}

/// Parses one of a fixed set of keywords, ignoring ASCII case and
/// surrounding spaces; `-` and `_` and ` ` are interchangeable. The error
/// is the crate's [`Error`](crate::Error) to callers of `FromStr`, the
/// reason itself to the loaders.
pub(crate) fn parse_keyword<T: Copy, E: From<ParseEnumError>>(
    input: &str,
    all: &[T],
    name: impl Fn(T) -> &'static str,
    what: &'static str,
) -> Result<T, E> {
    let wanted = input.trim();
    if let Some(v) = all.iter().copied().find(|&v| name(v) == wanted) {
        return Ok(v);
    }
    let same = |a: &str, b: &str| {
        a.len() == b.len()
            && a.bytes().zip(b.bytes()).all(|(x, y)| {
                let norm = |c: u8| match c {
                    b'-' | b' ' => b'_',
                    c => c.to_ascii_lowercase(),
                };
                norm(x) == norm(y)
            })
    };
    all.iter()
        .copied()
        .find(|&v| same(name(v), wanted))
        .ok_or_else(|| {
            ParseEnumError {
                what,
                expected: all.iter().map(|&v| name(v)).collect::<Vec<_>>().join(", "),
                found: input.to_string(),
            }
            .into()
        })
}

/// Where a fact comes from and how sure the data is of it.
///
/// ```
/// use hanoi_convention::{Confidence, Provenance};
///
/// let p = Provenance::new("https://treaties.un.org/", Confidence::High);
/// assert_eq!(p.confidence(), Confidence::High);
/// assert!(p.source().starts_with("https://"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Provenance {
    pub(crate) source: Str,
    pub(crate) confidence: Confidence,
}

impl Provenance {
    /// A fact from `source` (URLs or references, `;`-separated) at `confidence`.
    pub fn new(source: &str, confidence: Confidence) -> Provenance {
        Provenance {
            source: Cow::Owned(source.to_string()),
            confidence,
        }
    }

    /// A provenance whose source lives for the whole program.
    pub const fn from_static(source: &'static str, confidence: Confidence) -> Provenance {
        Provenance {
            source: Cow::Borrowed(source),
            confidence,
        }
    }

    /// The source or sources, as written in the data.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The sources one by one: a fact with two independent sources (what
    /// `high` confidence may rest on) records them separated by ` ; `.
    ///
    /// ```
    /// use hanoi_convention::{Confidence, Provenance};
    ///
    /// let p = Provenance::new("UN Treaty Collection XVIII-16 ; Gazette 12/2026", Confidence::High);
    /// assert_eq!(p.sources().collect::<Vec<_>>(), ["UN Treaty Collection XVIII-16", "Gazette 12/2026"]);
    /// ```
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.source.split(" ; ").map(str::trim).filter(|s| !s.is_empty())
    }

    /// The sources read into their parts (the address to link, what it
    /// says besides, a stored copy), split at each `;` outside
    /// parentheses; see [`SourcePart`](crate::SourcePart).
    pub fn parts(&self) -> Vec<super::source::SourcePart<'_>> {
        super::source::parts(&self.source)
    }

    /// How sure the data is of this fact.
    pub fn confidence(&self) -> Confidence {
        self.confidence
    }
}
