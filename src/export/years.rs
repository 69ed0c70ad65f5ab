//! The table of years: for each year, the counts on 31 December (or on the
//! day asked, for its year), overall and in each group of the treaty's
//! grouping, in long form (a row per year and group), for the plots
//! researchers make first.

use crate::base::date::{Answer, Date};
use crate::register::OnDay;

/// One year's counts in one group (or `all`).
///
/// ```
/// use hanoi_convention::{Date, Register, export::year_rows};
///
/// let r = Register::embedded();
/// let rows = year_rows(&r.on(Date::constant(2025, 12, 31)))?;
/// let all = &rows[0];
/// assert_eq!((all.year, all.group.as_str(), all.year_complete), (2025, "all", 1));
/// assert!(all.signatories_certain >= 72);
/// assert_eq!(all.in_force, "no");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct YearRow {
    /// The year.
    pub year: i16,
    /// The day the counts describe: 31 December, or the day asked.
    pub observed_on: String,
    /// 1 when `observed_on` is the year's 31 December, 0 when it is a day
    /// inside the year (the day asked).
    pub year_complete: u8,
    /// The group: `all`, or a label of the treaty's grouping.
    pub group: String,
    /// Signatories, certain.
    pub signatories_certain: u32,
    /// Signatories, possible.
    pub signatories_possible: u32,
    /// Parties, certain.
    pub parties_certain: u32,
    /// Parties, possible.
    pub parties_possible: u32,
    /// Instruments the entry-into-force rule counts, certain (`all` rows only).
    pub instruments_certain: Option<u32>,
    /// The same, possible (`all` rows only).
    pub instruments_possible: Option<u32>,
    /// Whether the treaty was in force: yes, no or unknown.
    pub in_force: &'static str,
}

/// A row per year and group (the `all` row first), from the year
/// signature opened to the year of the day of `on`.
///
/// # Errors
///
/// An error of kind [`OutOfRange`](crate::ErrorKind::OutOfRange) beyond
/// [`MAX_PANEL_YEARS`](crate::export::MAX_PANEL_YEARS) years.
///
/// ```
/// use hanoi_convention::{Date, Register, export::year_rows};
///
/// let r = Register::embedded();
/// let rows = year_rows(&r.on(Date::constant(2026, 7, 31)))?;
/// let end_2025 = rows.iter().find(|y| y.year == 2025 && y.group == "all").unwrap();
/// assert_eq!((end_2025.signatories_certain, end_2025.parties_certain), (74, 0));
/// assert_eq!(rows.iter().filter(|y| y.year == 2025).count(), 7); // all, five groups, none
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn year_rows(on: &OnDay<'_>) -> Result<Vec<YearRow>, crate::error::Error> {
    year_rows_over(on, super::YearSpan::default())
}

/// The table of years over the years of `span` (before the opening too:
/// no signatories, no parties, not in force).
///
/// # Errors
///
/// As [`YearSpan::years`](super::YearSpan::years).
pub fn year_rows_over(on: &OnDay<'_>, span: super::YearSpan) -> Result<Vec<YearRow>, crate::error::Error> {
    let r = on.register();
    let mut rows = Vec::new();
    for year in span.years(on)? {
        let day = r.on(Date::constant(year, 12, 31).min(on.day()));
        let counts = day.counts_by_group();
        let instruments = day.counted_instruments();
        let in_force = match day.in_force() {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
        };
        let make = |group: &str, s: crate::CountRange, p: crate::CountRange, all: bool| YearRow {
            year,
            observed_on: day.day().to_string(),
            year_complete: super::span::year_complete(day.day()),
            group: group.to_string(),
            signatories_certain: s.certain,
            signatories_possible: s.possible,
            parties_certain: p.certain,
            parties_possible: p.possible,
            instruments_certain: all.then_some(instruments.certain),
            instruments_possible: all.then_some(instruments.possible),
            in_force,
        };
        rows.push(make(
            "all",
            counts.total_signatories(),
            counts.total_parties(),
            true,
        ));
        for g in counts.rows() {
            rows.push(make(&g.label, g.signatories, g.parties, false));
        }
    }
    Ok(rows)
}
