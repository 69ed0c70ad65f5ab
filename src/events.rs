//! Events around the Convention that are not treaty actions: the Hanoi
//! signing ceremony, and totals published by sources, which the register is
//! compared with to show what it is missing.

use once_cell::sync::Lazy;

use crate::date::{Date, DateWindow, parse_date};
use crate::error::Error;
use crate::participants::Code;
use crate::provenance::Provenance;
use crate::register::Register;
use crate::status::Counts;
use crate::table::{Columns, Record, provenance, read_all};

/// A signing ceremony.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Ceremony {
    name: String,
    dates: DateWindow,
    city: String,
    venue: String,
    first_signatory: Code,
    signatories: u32,
    provenance: Provenance,
    note: String,
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

/// The Hanoi signing ceremony of 25-26 October 2025.
///
/// ```
/// let c = hanoi_convention::hanoi_ceremony();
/// assert_eq!(c.city(), "Hanoi");
/// assert_eq!(c.first_signatory().as_str(), "VNM");
/// assert_eq!(c.days().len(), 2);
/// ```
pub fn hanoi_ceremony() -> &'static Ceremony {
    static C: Lazy<Ceremony> = Lazy::new(|| {
        let (file, text) = crate::embedded::EVENTS;
        load_ceremonies(file, text)
            .ok()
            .and_then(|v| v.into_iter().next())
            .unwrap_or_else(|| panic!("embedded {file} is invalid (the crate's tests catch this)"))
    });
    &C
}

static EVENT_COLUMNS: Columns = Columns {
    all: &[
        "name",
        "date_from",
        "date_to",
        "city",
        "venue",
        "first_signatory",
        "signatories",
        "confidence",
        "source",
        "note",
    ],
    required: &[
        "name",
        "date_from",
        "date_to",
        "city",
        "first_signatory",
        "signatories",
        "confidence",
        "source",
    ],
};

pub(crate) fn load_ceremonies(file: &str, text: &str) -> Result<Vec<Ceremony>, Error> {
    read_all(file, text, &EVENT_COLUMNS, |row| {
        Ok(Ceremony {
            name: row.required("name", "a name")?.to_string(),
            dates: DateWindow::from_fields(row.get("date_from"), row.get("date_to"))
                .map_err(|e| row.problem("date_to", e.to_string()))?,
            city: row.required("city", "a city")?.to_string(),
            venue: row.get("venue").to_string(),
            first_signatory: row.parse("first_signatory", "a participant code")?,
            signatories: row.parse("signatories", "a whole number")?,
            provenance: provenance(row)?,
            note: row.get("note").to_string(),
        })
    })
}

/// What a published total counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum TotalOf {
    /// Signatories.
    Signatories,
    /// Parties (instruments of consent deposited).
    Parties,
}

/// A total published by a source on a date ("74 signatories as of 29 December 2025").
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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

/// The totals published by sources, from `data/reported_totals.tsv`.
pub fn reported_totals() -> &'static [ReportedTotal] {
    static T: Lazy<Vec<ReportedTotal>> = Lazy::new(|| {
        let (file, text) = crate::embedded::REPORTED_TOTALS;
        load_totals(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    &T
}

static TOTAL_COLUMNS: Columns = Columns {
    all: &["as_of", "count_of", "value", "confidence", "source", "note"],
    required: &["as_of", "count_of", "value", "confidence", "source"],
};

pub(crate) fn load_totals(file: &str, text: &str) -> Result<Vec<ReportedTotal>, Error> {
    read_all(file, text, &TOTAL_COLUMNS, |row| {
        Ok(ReportedTotal {
            as_of: parse_date(row.get("as_of")).map_err(|_| row.problem("as_of", "a date YYYY-MM-DD"))?,
            count_of: match row.get("count_of") {
                "signatories" => TotalOf::Signatories,
                "parties" => TotalOf::Parties,
                _ => return Err(row.problem("count_of", "signatories or parties")),
            },
            value: row.parse("value", "a whole number")?,
            provenance: provenance(row)?,
            note: row.get("note").to_string(),
        })
    })
}

/// A published total next to what the register counts on the same day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage<'a> {
    /// The published total.
    pub reported: &'a ReportedTotal,
    /// What the register counts on that day.
    pub counted: Counts,
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
    /// use hanoi_convention::{reported_totals, Register};
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
                    TotalOf::Signatories => self.signatories(t.as_of),
                    TotalOf::Parties => self.parties(t.as_of),
                },
            })
            .collect()
    }
}
