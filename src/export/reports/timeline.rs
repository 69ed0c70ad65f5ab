//! The counts over time.

use serde::Serialize;

use super::Caveat;
use crate::base::date::Date;
use crate::register::OnDay;

/// One day of the timeline, flat for CSV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[non_exhaustive]
pub struct TimelineRow {
    /// The day.
    pub date: Date,
    /// Signatories, certain.
    pub signatories_certain: u32,
    /// Signatories, possible.
    pub signatories_possible: u32,
    /// Parties, certain.
    pub parties_certain: u32,
    /// Parties, possible.
    pub parties_possible: u32,
}

/// The timeline (`hanoi timeline`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TimelineReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The last day shown.
    pub until: Date,
    /// A point per day on which a count changed, up to `until`.
    pub points: Vec<TimelineRow>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl TimelineReport {
    /// The register's timeline up to the day of `on`.
    pub fn new(on: &OnDay<'_>) -> TimelineReport {
        let r = on.register();
        TimelineReport {
            treaty: r.treaty().identity().short_name().to_string(),
            until: on.day(),
            caveats: Caveat::beyond_data(on).into_iter().collect(),
            points: r
                .timeline()
                .iter()
                .filter(|p| p.date <= on.day())
                .map(|p| TimelineRow {
                    date: p.date,
                    signatories_certain: p.signatories().certain,
                    signatories_possible: p.signatories().possible,
                    parties_certain: p.parties().certain,
                    parties_possible: p.parties().possible,
                })
                .collect(),
        }
    }
}
