//! The years a panel or a table of years spans: by default from the year
//! the treaty opened for signature to the year of the day asked; on request
//! any years up to that one, before the opening too (whose rows then say
//! the treaty was not yet open).

use std::ops::RangeInclusive;

use crate::error::Error;
use crate::register::OnDay;

/// The most years a panel export spans: no treaty's record needs more (the
/// oldest multilateral treaties with a depositary date from the 1920s).
pub const MAX_PANEL_YEARS: i16 = 200;

/// The years asked of a panel or a table of years: a first and a last year,
/// each defaulting to the year signature opened and the year of the day
/// asked.
///
/// ```
/// use hanoi_convention::{Date, Register, export::YearSpan};
///
/// let r = Register::embedded();
/// let on = r.on(Date::constant(2026, 7, 31));
/// assert_eq!(YearSpan::default().years(&on)?, 2025..=2026);
/// assert_eq!(YearSpan::new(Some(2020), Some(2025)).years(&on)?, 2020..=2025);
/// assert!(YearSpan::new(None, Some(2027)).years(&on).is_err()); // after the day asked
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearSpan {
    from: Option<i16>,
    to: Option<i16>,
}

impl YearSpan {
    /// From `from` (default: the year signature opened) to `to` (default:
    /// the year of the day asked).
    pub const fn new(from: Option<i16>, to: Option<i16>) -> YearSpan {
        YearSpan { from, to }
    }

    /// The years, as of the day of `on`.
    ///
    /// # Errors
    ///
    /// An error of kind [`OutOfRange`](crate::ErrorKind::OutOfRange) when the last year is after
    /// the year of the day asked (its rows could say nothing), the first asked is after the last,
    /// or they span more than [`MAX_PANEL_YEARS`] years.
    pub fn years(&self, on: &OnDay<'_>) -> Result<RangeInclusive<i16>, Error> {
        let opened = on.register().treaty().rules().signature().opens().year();
        let day = on.day();
        let first = self.from.unwrap_or(opened);
        let last = self.to.unwrap_or(day.year());
        if last > day.year() {
            return Err(Error::limit(format!(
                "the years asked end in {last}, after the day asked ({day}): a row of {last} would describe a day \
                 not yet asked; ask as of a day in {last} (e.g. {last}-12-31), or end the years by {}",
                day.year()
            )));
        }
        // By default a day before the opening year has no years (no rows).
        if first > last && self.from.is_some() {
            return Err(Error::limit(format!(
                "the years asked start in {first}, after they end ({last}): give a first year up to {last}"
            )));
        }
        let years = i32::from(last) - i32::from(first) + 1;
        if years > i32::from(MAX_PANEL_YEARS) {
            return Err(Error::limit(format!(
                "rows from {first} to {last} would span {years} years; no treaty needs more than {MAX_PANEL_YEARS}: \
                 give years (or an as-of date) within {MAX_PANEL_YEARS} years"
            )));
        }
        Ok(first..=last)
    }

    /// Whether the last year's rows describe a day inside that year (the
    /// day asked) rather than its 31 December.
    pub fn ends_in_partial_year(&self, on: &OnDay<'_>) -> bool {
        let day = on.day();
        let last = self.to.unwrap_or(day.year());
        last == day.year() && (day.month(), day.day()) != (12, 31)
    }
}

/// 1 when a row observed on `day` describes its whole year (the day is
/// 31 December), 0 when it describes a day inside the year.
pub(crate) fn year_complete(day: crate::Date) -> u8 {
    u8::from((day.month(), day.day()) == (12, 31))
}

#[cfg(feature = "serde")]
impl crate::export::Caveat {
    /// The caveat of a panel or a table of years whose last year is
    /// observed on a day inside it, not on its 31 December.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, __private::Caveat, export::YearSpan};
    ///
    /// let r = Register::embedded();
    /// let c = Caveat::partial_year(&r.on(Date::constant(2026, 7, 31)), YearSpan::default()).unwrap();
    /// assert!(c.message.contains("2026 describe 2026-07-31"));
    /// assert!(Caveat::partial_year(&r.on(Date::constant(2025, 12, 31)), YearSpan::default()).is_none());
    /// ```
    pub fn partial_year(on: &OnDay<'_>, span: YearSpan) -> Option<crate::export::Caveat> {
        if !span.ends_in_partial_year(on) {
            return None;
        }
        let r = on.register();
        let day = on.day();
        let year = day.year();
        Some(crate::export::Caveat {
            treaty: r.treaty().identity().short_name().to_string(),
            data_as_of: r.as_of(),
            day,
            message: format!(
                "the rows of {year} describe {day}, not the whole year (their year_complete is 0); for whole \
                 years only, ask as of a 31 December or end the years by {}",
                year - 1
            ),
        })
    }
}
