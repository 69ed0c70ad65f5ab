//! Events around the Convention that are not treaty actions: the Hanoi
//! signing ceremony, and totals published by sources, which the register is
//! compared with to show what it is missing.

use crate::base::count::CountRange;
use crate::base::date::{Date, DateWindow};
use crate::base::provenance::Provenance;
use crate::participants::Code;
use crate::register::Register;

/// A signing ceremony.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Ceremony {
    pub(crate) name: String,
    pub(crate) dates: DateWindow,
    pub(crate) city: String,
    pub(crate) venue: String,
    pub(crate) first_signatory: Code,
    pub(crate) signatories: u32,
    pub(crate) provenance: Provenance,
    pub(crate) note: String,
}

impl Ceremony {
    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// First and last day.
    pub fn dates(&self) -> DateWindow {
        self.dates
    }
    /// Every day of the ceremony.
    pub fn days(&self) -> Vec<Date> {
        let mut days = vec![self.dates.earliest()];
        while let Some(next) = days
            .last()
            .and_then(|d| d.tomorrow().ok())
            .filter(|d| *d <= self.dates.latest())
        {
            days.push(next);
        }
        days
    }
    /// The city.
    pub fn city(&self) -> &str {
        &self.city
    }
    /// The venue.
    pub fn venue(&self) -> &str {
        &self.venue
    }
    /// Who signed first.
    pub fn first_signatory(&self) -> Code {
        self.first_signatory
    }
    /// How many signed during the ceremony, as published.
    pub fn signatories(&self) -> u32 {
        self.signatories
    }
    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
    /// Note.
    pub fn note(&self) -> &str {
        &self.note
    }
}

/// What a published total counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TotalOf {
    /// Signatories.
    Signatories,
    /// Parties (instruments of consent deposited).
    Parties,
}

/// A total published by a source on a date ("74 signatories as of 29 December 2025").
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReportedTotal {
    /// The day the total describes.
    pub as_of: Date,
    /// What it counts.
    pub count_of: TotalOf,
    /// The published number.
    pub value: u32,
    /// Source and confidence.
    pub provenance: Provenance,
    /// Note.
    pub note: String,
}

/// A published total next to what the register counts on the same day.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Coverage<'a> {
    /// The published total.
    pub reported: &'a ReportedTotal,
    /// What the register counts on that day.
    pub counted: CountRange,
}

impl Coverage<'_> {
    /// How many the register lacks at the least (0 when it may hold all).
    pub fn missing(&self) -> u32 {
        self.reported.value.saturating_sub(self.counted.possible)
    }

    /// True when the register counts more than was published, which should
    /// never happen: the log may name fewer actors, never more.
    pub fn exceeds(&self) -> bool {
        self.counted.certain > self.reported.value
    }
}

impl Register {
    /// Compares the register with published totals.
    ///
    /// ```
    /// use hanoi_convention::{Register, embedded::reported_totals};
    ///
    /// let r = Register::embedded();
    /// let rows = r.coverage(reported_totals());
    /// assert!(rows.iter().all(|c| !c.exceeds()));
    /// // 77 signatories were reported after Canada signed; 75 are named.
    /// let last = rows.iter().filter(|c| c.reported.value == 77).next().unwrap();
    /// assert_eq!(last.missing(), 2);
    /// ```
    pub fn coverage<'a>(&self, totals: &'a [ReportedTotal]) -> Vec<Coverage<'a>> {
        totals
            .iter()
            .map(|t| Coverage {
                reported: t,
                counted: match t.count_of {
                    TotalOf::Signatories => self.on(t.as_of).signatories().count(),
                    TotalOf::Parties => self.on(t.as_of).parties().count(),
                },
            })
            .collect()
    }
}
