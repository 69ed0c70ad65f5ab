//! How a treaty groups its participants for counts: by UN regional group
//! (UN conventions), or members of an organisation and the rest (Council
//! of Europe conventions).

use crate::base::provenance::Str;
use crate::participants::{Code, Participant, RegionalGroup};

/// The most groups a grouping may have, the "no group" bucket included.
pub(crate) const BUCKETS: usize = 6;

/// How participants are grouped in counts by group.
///
/// ```
/// use hanoi_convention::{convention, treaty::Grouping};
///
/// assert_eq!(convention().grouping(), &Grouping::UnRegionalGroups);
/// let labels: Vec<String> = convention().grouping().labels().collect();
/// assert_eq!(labels.len(), 6);
/// assert_eq!(labels[5], "no regional group");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "by", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Grouping {
    /// The five UN regional groups, then participants in none (or whose
    /// group the sources dispute).
    UnRegionalGroups,
    /// Members of an organisation, then everyone else.
    Membership {
        /// The organisation, e.g. "Council of Europe".
        organisation: Str,
        /// Its members' codes.
        members: Vec<Code>,
    },
}

impl Grouping {
    /// Members of `organisation` (their codes), then everyone else.
    pub fn membership(organisation: impl Into<String>, members: impl IntoIterator<Item = Code>) -> Grouping {
        let mut members: Vec<Code> = members.into_iter().collect();
        members.sort_unstable();
        members.dedup();
        Grouping::Membership {
            organisation: organisation.into().into(),
            members,
        }
    }

    /// The bucket a participant is counted in: `0..BUCKETS - 1` for a
    /// group, `BUCKETS - 1` for none.
    pub(crate) fn bucket_of(&self, p: &Participant) -> usize {
        match self {
            Grouping::UnRegionalGroups => p.group().counted_in().map_or(BUCKETS - 1, RegionalGroup::index),
            Grouping::Membership { members, .. } => {
                if members.binary_search(&p.code()).is_ok() {
                    0
                } else {
                    BUCKETS - 1
                }
            }
        }
    }

    /// Whether `code` belongs to the organisation (always false for UN
    /// regional groups).
    pub fn is_member(&self, code: Code) -> bool {
        match self {
            Grouping::UnRegionalGroups => false,
            Grouping::Membership { members, .. } => members.binary_search(&code).is_ok(),
        }
    }

    /// The buckets in use, in order, as (bucket, label).
    pub(crate) fn buckets(&self) -> Vec<(usize, String)> {
        match self {
            Grouping::UnRegionalGroups => RegionalGroup::ALL
                .iter()
                .map(|g| (g.index(), g.as_str().to_string()))
                .chain(std::iter::once((BUCKETS - 1, "no regional group".to_string())))
                .collect(),
            Grouping::Membership { organisation, .. } => vec![
                (0, format!("members of the {organisation}")),
                (BUCKETS - 1, format!("not members of the {organisation}")),
            ],
        }
    }

    /// The labels of the buckets in use, in order.
    pub fn labels(&self) -> impl Iterator<Item = String> {
        self.buckets().into_iter().map(|(_, label)| label)
    }
}
