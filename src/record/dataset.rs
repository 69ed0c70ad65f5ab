//! What a data set is: the day it describes events up to, its version,
//! its licence and a summary of its sources, for outputs and citations to
//! say which data made them.

use crate::base::date::Date;
use crate::base::provenance::Str;

/// A data set's identity: as-of date, revision, licence and sources.
///
/// ```
/// use hanoi_convention::embedded::EmbeddedTreaty;
///
/// let d = EmbeddedTreaty::Hanoi.dataset();
/// assert_eq!(d.version(), hanoi_convention::Register::embedded().data_version());
/// assert!(d.version().starts_with(&d.as_of().to_string()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dataset {
    pub(crate) as_of: Date,
    pub(crate) revision: u32,
    pub(crate) version: Str,
    pub(crate) title: Str,
    pub(crate) licence: Str,
    pub(crate) sources: Str,
}

impl Dataset {
    /// A data set describing events up to `as_of`, at `revision` (raised
    /// whenever facts are corrected without the as-of date moving).
    pub fn new(
        as_of: Date,
        revision: u32,
        title: impl Into<String>,
        licence: impl Into<String>,
        sources: impl Into<String>,
    ) -> Dataset {
        Dataset {
            as_of,
            revision,
            version: format!("{as_of}.{revision}").into(),
            title: title.into().into(),
            licence: licence.into().into(),
            sources: sources.into().into(),
        }
    }

    /// The last day the data describes: no later event is known to it.
    pub fn as_of(&self) -> Date {
        self.as_of
    }

    /// The revision at that as-of date.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The version: the as-of date and the revision, e.g. `2026-07-31.4`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The data set's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The licence of the data.
    pub fn licence(&self) -> &str {
        &self.licence
    }

    /// A summary of its sources (each row names its own).
    pub fn sources(&self) -> &str {
        &self.sources
    }
}
