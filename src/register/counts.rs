//! Counts by group and the cumulative timeline: built once when the
//! register is built, so that a question about any day is a binary search.
//! The groups are the treaty's own ([`Grouping`]).

use crate::actions::Stage;
use crate::base::count::CountRange;
use crate::base::date::Date;
use crate::treaty::{Group, Grouping};
use crate::validate::Transition;

/// Signatories and parties by group on one day, in the groups of the
/// treaty's [`Grouping`] (for UN regional groups: the five groups, then
/// participants in none).
///
/// ```
/// use hanoi_convention::{Date, Register};
///
/// let r = Register::embedded();
/// let counts = r.on(Date::constant(2025, 10, 26)).counts_by_group();
/// assert_eq!(counts.total_signatories().certain, 72);
/// let rows = counts.rows();
/// assert_eq!(rows.len(), 6);
/// assert_eq!(rows.iter().map(|g| g.signatories.certain).sum::<u32>(), 72);
/// assert_eq!(rows[5].label, "no regional group");
/// assert_eq!(rows[5].group, hanoi_convention::treaty::Group::Rest);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupCounts<'r> {
    grouping: &'r Grouping,
    signatories: &'r [CountRange],
    parties: &'r [CountRange],
}

/// One group's counts, labelled (see [`GroupCounts::rows`]).
///
/// ```
/// use hanoi_convention::{Date, Register};
///
/// let r = Register::embedded();
/// let counts = r.on(Date::constant(2025, 10, 26)).counts_by_group();
/// let rows = counts.rows();
/// let certain: u32 = rows.iter().map(|g| g.signatories.certain).sum();
/// assert_eq!(certain, counts.total_signatories().certain);
/// assert!(rows.iter().any(|g| g.label == "Asia-Pacific"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupRow {
    /// The group.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub group: Group,
    /// The group's label, e.g. "Asia-Pacific" or "no regional group"
    /// (`group` in JSON).
    #[cfg_attr(feature = "serde", serde(rename = "group"))]
    pub label: String,
    /// Signatories in the group.
    pub signatories: CountRange,
    /// Parties in the group.
    pub parties: CountRange,
}

impl<'r> GroupCounts<'r> {
    /// The grouping the counts are by.
    pub fn grouping(&self) -> &'r Grouping {
        self.grouping
    }

    /// Signatories in `group`; `None` for a group the treaty's grouping
    /// does not have (a UN regional group of a treaty grouped by
    /// membership), as [`Grouping::label`] says.
    pub fn signatories_in(&self, group: Group) -> Option<CountRange> {
        let i = self.grouping.position(group)?;
        Some(self.signatories.get(i).copied().unwrap_or_default())
    }

    /// Parties in `group`; `None` for a group the grouping does not have.
    pub fn parties_in(&self, group: Group) -> Option<CountRange> {
        let i = self.grouping.position(group)?;
        Some(self.parties.get(i).copied().unwrap_or_default())
    }

    /// All signatories.
    pub fn total_signatories(&self) -> CountRange {
        self.signatories.iter().copied().sum()
    }

    /// All parties.
    pub fn total_parties(&self) -> CountRange {
        self.parties.iter().copied().sum()
    }

    /// The counts of each group, in the grouping's order, labelled.
    pub fn rows(&self) -> Vec<GroupRow> {
        self.grouping
            .groups()
            .into_iter()
            .zip(self.grouping.labels())
            .enumerate()
            .map(|(i, (group, label))| GroupRow {
                group,
                label: label.to_string(),
                signatories: self.signatories.get(i).copied().unwrap_or_default(),
                parties: self.parties.get(i).copied().unwrap_or_default(),
            })
            .collect()
    }
}

/// One day on which the counts changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimelinePoint<'r> {
    /// The day.
    pub date: Date,
    /// Counts at the end of that day.
    pub counts: GroupCounts<'r>,
}

impl TimelinePoint<'_> {
    /// All signatories at the end of the day.
    pub fn signatories(&self) -> CountRange {
        self.counts.total_signatories()
    }

    /// All parties at the end of the day.
    pub fn parties(&self) -> CountRange {
        self.counts.total_parties()
    }
}

/// The change points of the counts, stored flat: the days, and for each
/// (after a first row of zeros, for days before the first point) the
/// signatories of each group then the parties of each group.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Timeline {
    days: Vec<Date>,
    counts: Vec<CountRange>,
    groups: usize,
}

impl Timeline {
    /// The change points: for each participant (its group and its
    /// transitions), signature and party counts rise at a window's start
    /// (possible) and end (certain); a denunciation lowers them the other
    /// way round.
    pub(crate) fn build<'a>(
        groups: usize,
        participants: impl Iterator<Item = (usize, &'a [Transition])>,
    ) -> Timeline {
        // (day, group, is_party, d_certain, d_possible)
        let mut events: Vec<(Date, usize, bool, i32, i32)> = Vec::new();
        for (g, ts) in participants {
            if let Some(sig) = ts.iter().find(|t| t.stage == Stage::Signed) {
                events.push((sig.date.earliest(), g, false, 0, 1));
                events.push((sig.date.latest(), g, false, 1, 0));
            }
            for t in ts {
                match t.stage {
                    Stage::Party => {
                        events.push((t.date.earliest(), g, true, 0, 1));
                        events.push((t.date.latest(), g, true, 1, 0));
                    }
                    Stage::Denounced => {
                        events.push((t.date.earliest(), g, true, -1, 0));
                        events.push((t.date.latest(), g, true, 0, -1));
                    }
                    _ => {}
                }
            }
        }
        events.sort_unstable_by_key(|e| e.0);
        let mut running = vec![(0i64, 0i64); 2 * groups];
        let mut out = Timeline {
            days: Vec::new(),
            counts: vec![CountRange::default(); 2 * groups],
            groups,
        };
        let mut i = 0;
        while i < events.len() {
            let day = events[i].0;
            while i < events.len() && events[i].0 == day {
                let (_, g, party, dc, dp) = events[i];
                if let Some(slot) = running.get_mut(usize::from(party) * groups + g) {
                    slot.0 += i64::from(dc);
                    slot.1 += i64::from(dp);
                }
                i += 1;
            }
            out.days.push(day);
            out.counts.extend(running.iter().map(|&(c, p)| {
                CountRange::new(
                    u32::try_from(c.max(0)).unwrap_or(u32::MAX),
                    u32::try_from(p.max(0)).unwrap_or(u32::MAX),
                )
            }));
        }
        out
    }

    /// The counts of row `row` (0: before the first point).
    fn at_row<'r>(&'r self, row: usize, grouping: &'r Grouping) -> GroupCounts<'r> {
        let width = 2 * self.groups;
        let cells = self.counts.get(row * width..(row + 1) * width).unwrap_or(&[]);
        let (signatories, parties) = cells.split_at(cells.len() / 2);
        GroupCounts {
            grouping,
            signatories,
            parties,
        }
    }

    /// The counts at the end of `day`.
    pub(crate) fn on<'r>(&'r self, day: Date, grouping: &'r Grouping) -> GroupCounts<'r> {
        self.at_row(self.days.partition_point(|d| *d <= day), grouping)
    }

    /// Every change point, in date order.
    pub(crate) fn points<'r>(&'r self, grouping: &'r Grouping) -> Vec<TimelinePoint<'r>> {
        self.days
            .iter()
            .enumerate()
            .map(|(k, &date)| TimelinePoint {
                date,
                counts: self.at_row(k + 1, grouping),
            })
            .collect()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TimelinePoint<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("TimelinePoint", 3)?;
        st.serialize_field("date", &self.date)?;
        st.serialize_field("signatories", &self.signatories())?;
        st.serialize_field("parties", &self.parties())?;
        st.end()
    }
}
