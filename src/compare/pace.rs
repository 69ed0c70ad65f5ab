//! How fast a treaty gathered consents: days from its opening for signature
//! to its 1st, 5th, 10th ... consent and to its entry into force, and the
//! cumulative curve, for treaties side by side.

use crate::base::date::{Date, DateWindow};
use crate::register::{OnDay, Register};

/// The milestones to show for several treaties side by side: every
/// treaty's own ([`EntryIntoForceRule::milestones`](crate::treaty::EntryIntoForceRule::milestones)),
/// merged and sorted.
///
/// ```
/// use hanoi_convention::{compare::milestones, embedded::EmbeddedTreaty};
///
/// let all: Vec<_> = EmbeddedTreaty::ALL.iter().map(|t| t.register()).collect();
/// assert_eq!(milestones(&all), [1, 5, 10, 20, 40]);
/// ```
pub fn milestones(registers: &[&Register]) -> Vec<u32> {
    let mut all: Vec<u32> = registers
        .iter()
        .flat_map(|r| r.treaty().rules().entry_into_force().milestones())
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// A number of days known to lie in a range (both ends inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Days {
    /// The fewest days it can be.
    pub earliest: i64,
    /// The most days it can be.
    pub latest: i64,
}

impl std::fmt::Display for Days {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.earliest == self.latest {
            write!(f, "{}", self.earliest)
        } else {
            write!(f, "{}-{}", self.earliest, self.latest)
        }
    }
}

/// Days from the opening to the n-th consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Milestone {
    /// Which consent: 1 for the first.
    pub consent: u32,
    /// Days after the opening (none if not reached by the data's as-of date).
    pub days: Option<Days>,
}

/// A treaty's pace, up to a day.
///
/// ```
/// use hanoi_convention::{compare::Pace, embedded::EmbeddedTreaty};
///
/// let r = EmbeddedTreaty::Budapest.register();
/// let budapest = Pace::of(&r.on(r.as_of()), &[1, 5]);
/// // Opened on 23 November 2001; Albania ratified first, on 20 June 2002;
/// // the fifth consent was Lithuania's, on 18 March 2004.
/// assert_eq!(budapest.milestones[0].days.map(|d| d.latest), Some(209));
/// assert_eq!(budapest.milestones[1].days.map(|d| d.latest), Some(846));
/// assert_eq!(budapest.entry_into_force.map(|d| d.latest), Some(951));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Pace {
    /// The treaty's short name.
    pub treaty: String,
    /// The day it opened for signature.
    pub opened: Date,
    /// Consents needed for entry into force.
    pub required: u32,
    /// The day the pace is told up to.
    pub as_of: Date,
    /// The last day the treaty's data describes.
    pub data_as_of: Date,
    /// The version of the treaty's data.
    pub data_version: String,
    /// Days to each milestone.
    pub milestones: Vec<Milestone>,
    /// Days to entry into force (none if not in force, or not yet known).
    pub entry_into_force: Option<Days>,
    /// The cumulative curve: (days after opening, consents certainly
    /// deposited by then), a point per day the count changed.
    pub curve: Vec<(i64, u32)>,
    /// The same if every deposit known only to a window was made on its
    /// window's first day.
    pub possible_curve: Vec<(i64, u32)>,
}

pub(crate) fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |s| i64::from(s.get_days()))
}

/// The cumulative count of `days` (sorted), a point per day it changes.
fn cumulative(days: &[i64]) -> Vec<(i64, u32)> {
    let mut curve: Vec<(i64, u32)> = Vec::new();
    for (k, &x) in days.iter().enumerate() {
        match curve.last_mut() {
            Some(last) if last.0 == x => last.1 = k as u32 + 1,
            _ => curve.push((x, k as u32 + 1)),
        }
    }
    curve
}

impl Pace {
    /// The pace of the register's treaty up to the day of `on`: each
    /// participant's first instrument of consent counts once.
    pub fn of(on: &OnDay<'_>, milestones: &[u32]) -> Pace {
        let r = on.register();
        let day = on.day();
        let opened = r.treaty().rules().signature().opens();
        let consents: Vec<DateWindow> = (0..r.participants().len())
            .filter_map(|i| r.first_consent(i))
            .filter(|w| w.earliest() <= day)
            .collect();
        let days = |d: Date| days_between(opened, d);
        let mut starts: Vec<i64> = consents.iter().map(|w| days(w.earliest())).collect();
        let mut ends: Vec<i64> = consents.iter().map(|w| days(w.latest().min(day))).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        // Certain: deposits whose whole window lies before the day.
        let mut certain_days: Vec<i64> = consents
            .iter()
            .filter(|w| w.latest() <= day)
            .map(|w| days(w.latest()))
            .collect();
        certain_days.sort_unstable();
        let milestones = milestones
            .iter()
            .map(|&n| Milestone {
                consent: n,
                days: (n >= 1 && (n as usize) <= starts.len()).then(|| Days {
                    earliest: starts[n as usize - 1],
                    latest: ends[n as usize - 1],
                }),
            })
            .collect();
        Pace {
            treaty: r.treaty().identity().short_name().to_string(),
            opened,
            required: r.treaty().rules().entry_into_force().required(),
            as_of: day,
            data_as_of: r.as_of(),
            data_version: r.data_version().to_string(),
            milestones,
            entry_into_force: on.entry_into_force().window().map(|w| Days {
                earliest: days(w.earliest()),
                latest: days(w.latest()),
            }),
            curve: cumulative(&certain_days),
            possible_curve: cumulative(&starts),
        }
    }

    /// Days from the opening to the day the pace is told up to.
    pub fn span(&self) -> i64 {
        days_between(self.opened, self.as_of)
    }
}
