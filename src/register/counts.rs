//! Counts by group and the cumulative timeline: built once when the
//! register is built, so that a question about any day is a binary search.

use crate::base::date::Date;
use crate::participants::RegionalGroup;
use crate::register::status::{CountRange, Stage};
use crate::treaty::{BUCKETS, Grouping};
use crate::validate::Transition;

/// Signatories and parties by group on one day. The groups are the
/// treaty's ([`Grouping`]): for UN regional groups, the five groups then
/// "no group".
///
/// ```
/// use hanoi_convention::{Date, Register, participants::RegionalGroup};
///
/// let r = Register::embedded();
/// let counts = r.counts_by_group(Date::constant(2025, 10, 26));
/// assert_eq!(counts.total_signatories().certain, 72);
/// let by_group: u32 = RegionalGroup::ALL.iter().map(|g| counts.signatories(Some(*g)).certain).sum();
/// assert_eq!(by_group + counts.signatories(None).certain, 72);
/// let rows = counts.rows(r.treaty().grouping());
/// assert_eq!(rows.len(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GroupCounts {
    signatories: [CountRange; BUCKETS],
    parties: [CountRange; BUCKETS],
}

/// One group's counts, labelled (see [`GroupCounts::rows`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupRow {
    /// The group's name, e.g. "Asia-Pacific" or "no regional group".
    pub group: String,
    /// Signatories in the group.
    pub signatories: CountRange,
    /// Parties in the group.
    pub parties: CountRange,
}

fn regional_bucket(group: Option<RegionalGroup>) -> usize {
    group.map_or(BUCKETS - 1, RegionalGroup::index)
}

impl GroupCounts {
    /// Signatories counted in UN regional group `group` (`None`: in no
    /// group, or disputed). Meaningful for treaties grouped by UN regional
    /// group; see [`GroupCounts::rows`] for any grouping.
    pub fn signatories(&self, group: Option<RegionalGroup>) -> CountRange {
        self.signatories[regional_bucket(group)]
    }

    /// Parties counted in UN regional group `group` (`None`: in no group,
    /// or disputed).
    pub fn parties(&self, group: Option<RegionalGroup>) -> CountRange {
        self.parties[regional_bucket(group)]
    }

    /// All signatories.
    pub fn total_signatories(&self) -> CountRange {
        self.signatories.iter().copied().sum()
    }

    /// All parties.
    pub fn total_parties(&self) -> CountRange {
        self.parties.iter().copied().sum()
    }

    /// The counts of each group of `grouping`, in its order, labelled.
    pub fn rows(&self, grouping: &Grouping) -> Vec<GroupRow> {
        grouping
            .buckets()
            .into_iter()
            .map(|(b, group)| GroupRow {
                group,
                signatories: self.signatories[b],
                parties: self.parties[b],
            })
            .collect()
    }
}

/// One day on which the counts changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimelinePoint {
    /// The day.
    pub date: Date,
    /// Counts at the end of that day.
    pub counts: GroupCounts,
}

impl TimelinePoint {
    /// All signatories at the end of the day.
    pub fn signatories(&self) -> CountRange {
        self.counts.total_signatories()
    }

    /// All parties at the end of the day.
    pub fn parties(&self) -> CountRange {
        self.counts.total_parties()
    }
}

/// The change points of the counts: for each participant (its bucket and
/// its transitions), signature and party counts rise at a window's start
/// (possible) and end (certain); a denunciation lowers them the other way
/// round.
pub(crate) fn timeline<'a>(
    participants: impl Iterator<Item = (usize, &'a [Transition])>,
) -> Vec<TimelinePoint> {
    // (day, bucket, is_party, d_certain, d_possible)
    let mut events: Vec<(Date, usize, bool, i32, i32)> = Vec::new();
    for (b, ts) in participants {
        if let Some(sig) = ts.iter().find(|t| t.stage == Stage::Signed) {
            events.push((sig.date.earliest(), b, false, 0, 1));
            events.push((sig.date.latest(), b, false, 1, 0));
        }
        for t in ts {
            match t.stage {
                Stage::Party => {
                    events.push((t.date.earliest(), b, true, 0, 1));
                    events.push((t.date.latest(), b, true, 1, 0));
                }
                Stage::Denounced => {
                    events.push((t.date.earliest(), b, true, -1, 0));
                    events.push((t.date.latest(), b, true, 0, -1));
                }
                _ => {}
            }
        }
    }
    events.sort_unstable_by_key(|e| e.0);
    let mut running = [[(0i64, 0i64); BUCKETS]; 2];
    let mut points: Vec<TimelinePoint> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let day = events[i].0;
        while i < events.len() && events[i].0 == day {
            let (_, b, party, dc, dp) = events[i];
            let slot = &mut running[usize::from(party)][b];
            slot.0 += i64::from(dc);
            slot.1 += i64::from(dp);
            i += 1;
        }
        let to_counts = |row: &[(i64, i64); BUCKETS]| {
            row.map(|(c, p)| CountRange {
                certain: u32::try_from(c.max(0)).unwrap_or(u32::MAX),
                possible: u32::try_from(p.max(0)).unwrap_or(u32::MAX),
            })
        };
        points.push(TimelinePoint {
            date: day,
            counts: GroupCounts {
                signatories: to_counts(&running[0]),
                parties: to_counts(&running[1]),
            },
        });
    }
    points
}

#[cfg(feature = "serde")]
impl serde::Serialize for TimelinePoint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("TimelinePoint", 3)?;
        st.serialize_field("date", &self.date)?;
        st.serialize_field("signatories", &self.signatories())?;
        st.serialize_field("parties", &self.parties())?;
        st.end()
    }
}
