//! The value types' text forms and date arithmetic, whose failures are
//! [`Error`]s of kind [`Value`](crate::ErrorKind::Value): the types live in
//! `base` and `actions`, below the error type, and their fallible parts
//! here, above it, so that no module uses one above it.

use std::str::FromStr;

use super::Error;
use crate::actions::{ActionKind, Place};
use crate::base::article::{ArticleNumber, ProvisionRef};
use crate::base::citation::Citation;
use crate::base::code::{Code, CodeError};
use crate::base::date::{self, Date, DateError, DateUnit, DateWindow};
use crate::base::language::Language;
use crate::base::provenance::{Confidence, ParseEnumError, parse_keyword};

/// Parses a strict `YYYY-MM-DD` date: the crate's one date parser. Every
/// data file, the `hanoi` tool's `--as-of`, the web page and the Python
/// package read dates with it, so a day is written one way everywhere.
///
/// [`Date`] is jiff's, and its own `FromStr` is jiff's ISO 8601 reader,
/// which also takes a date and time (dropping the time) or a week date;
/// use `parse_date` for input that must be a day.
///
/// # Errors
///
/// An error of kind [`Value`](crate::ErrorKind::Value) for any other shape, or a day the calendar
/// lacks.
///
/// ```
/// use hanoi_convention::{parse_date, Date};
///
/// assert_eq!(parse_date("2025-10-25")?, Date::constant(2025, 10, 25));
/// assert!(parse_date("2025-02-30").is_err());
/// assert!(parse_date("25/10/2025").is_err());
/// // A date and time is not a day here (jiff's own parser would take it).
/// assert!(parse_date("2025-12-31T10:00").is_err());
/// assert!("2025-12-31T10:00".parse::<Date>().is_ok());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn parse_date(input: &str) -> Result<Date, Error> {
    Ok(date::parse(input)?)
}

impl DateWindow {
    /// A window from `earliest` to `latest`, both inclusive.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) when `earliest` is after `latest`.
    ///
    /// ```
    /// use hanoi_convention::{Date, DateWindow};
    ///
    /// let w = DateWindow::new(Date::constant(2026, 2, 1), Date::constant(2026, 2, 28))?;
    /// assert_eq!(w.len_days(), 28);
    /// assert!(DateWindow::new(w.latest(), w.earliest()).is_err());
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn new(earliest: Date, latest: Date) -> Result<DateWindow, Error> {
        if earliest > latest {
            return Err(DateError::Reversed { earliest, latest }.into());
        }
        Ok(DateWindow::from_ordered(earliest, latest))
    }

    /// The window from the `date_from` and `date_to` fields of a data file;
    /// an empty `date_to` means the day is exact.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) for a field that is not a date, or a
    /// window that ends before it starts.
    ///
    /// ```
    /// use hanoi_convention::DateWindow;
    ///
    /// assert!(DateWindow::from_fields("2025-10-25", "")?.is_exact());
    /// assert_eq!(DateWindow::from_fields("2026-07-01", "2026-07-31")?.to_string(), "2026-07-01..2026-07-31");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn from_fields(date_from: &str, date_to: &str) -> Result<DateWindow, Error> {
        let earliest = date::parse(date_from)?;
        if date_to.trim().is_empty() {
            return Ok(DateWindow::exact(earliest));
        }
        DateWindow::new(earliest, date::parse(date_to)?)
    }

    /// The window moved by `days` days.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) when either end would leave the dates
    /// jiff can represent (years -9999 to 9999); the crate never clamps silently.
    ///
    /// ```
    /// use hanoi_convention::DateWindow;
    ///
    /// let w: DateWindow = "2026-03-01..2026-03-10".parse()?;
    /// assert_eq!(w.add_days(90)?.to_string(), "2026-05-30..2026-06-08");
    /// assert!("9999-12-31".parse::<DateWindow>()?.add_days(1).is_err());
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn add_days(&self, days: i32) -> Result<DateWindow, Error> {
        let span = jiff::Span::new()
            .try_days(days)
            .map_err(|_| DateError::out_of_range(self.latest(), days, DateUnit::Days))?;
        Ok(self.shift(span, days, DateUnit::Days)?)
    }

    /// The window moved by `months` calendar months. A day that the target
    /// month lacks becomes that month's last day (31 January + 1 month is
    /// 28 or 29 February), as jiff does.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) beyond the representable dates.
    ///
    /// ```
    /// use hanoi_convention::DateWindow;
    ///
    /// let w: DateWindow = "2024-01-31".parse()?;
    /// assert_eq!(w.add_months(1)?.to_string(), "2024-02-29");
    /// assert_eq!(w.add_months(3)?.to_string(), "2024-04-30");
    /// assert_eq!(w.add_months(-2)?.to_string(), "2023-11-30");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn add_months(&self, months: i32) -> Result<DateWindow, Error> {
        let span = jiff::Span::new()
            .try_months(months)
            .map_err(|_| DateError::out_of_range(self.latest(), months, DateUnit::Months))?;
        Ok(self.shift(span, months, DateUnit::Months)?)
    }

    /// The window moved by `years` calendar years (29 February maps to
    /// 28 February).
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) beyond the representable dates.
    ///
    /// ```
    /// use hanoi_convention::DateWindow;
    ///
    /// let notified: DateWindow = "2028-02-29".parse()?;
    /// assert_eq!(notified.add_years(1)?.to_string(), "2029-02-28");
    /// assert_eq!(notified.add_days(1)?.to_string(), "2028-03-01");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn add_years(&self, years: i16) -> Result<DateWindow, Error> {
        let span = jiff::Span::new()
            .try_years(years)
            .map_err(|_| DateError::out_of_range(self.latest(), years, DateUnit::Years))?;
        Ok(self.shift(span, years, DateUnit::Years)?)
    }

    /// The first day of the month that follows each end of the window
    /// ("the first day of the month following ..."): 2004-06-18 gives
    /// 2004-07-01, and so does 2004-06-30.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) after December 9999.
    ///
    /// ```
    /// use hanoi_convention::DateWindow;
    ///
    /// let w: DateWindow = "2004-06-18..2004-06-30".parse()?;
    /// assert_eq!(w.first_of_next_month()?.to_string(), "2004-07-01");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn first_of_next_month(&self) -> Result<DateWindow, Error> {
        let next = |d: Date| {
            d.first_of_month()
                .checked_add(jiff::Span::new().months(1))
                .map_err(|_| DateError::out_of_range(d, 1, DateUnit::Months))
        };
        Ok(DateWindow::from_ordered(
            next(self.earliest())?,
            next(self.latest())?,
        ))
    }
}

impl FromStr for Code {
    type Err = Error;
    fn from_str(s: &str) -> Result<Code, Error> {
        Code::parse_ascii(s.trim().as_bytes()).ok_or_else(|| CodeError { found: s.to_string() }.into())
    }
}

impl FromStr for ArticleNumber {
    type Err = Error;
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Ok(ArticleNumber::parse(input)?)
    }
}

impl FromStr for ProvisionRef {
    type Err = Error;
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Ok(ProvisionRef::parse(input)?)
    }
}

impl FromStr for Citation {
    type Err = Error;
    /// Provisions of the treaty, separated by `,` or `;`; `64(2)-(4)` for
    /// paragraphs 2 to 4.
    fn from_str(input: &str) -> Result<Citation, Error> {
        Ok(Citation::parse(input)?)
    }
}

impl FromStr for Confidence {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(s, Confidence::ALL, |c| c.as_str(), "a confidence level")
    }
}

impl FromStr for Language {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(
            s,
            Language::ALL,
            Language::tag,
            "a language the crate has names in",
        )
    }
}

impl FromStr for ActionKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(s, ActionKind::ALL, ActionKind::as_str, "an action kind")
    }
}

impl FromStr for Place {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(ParseEnumError {
                what: "a place",
                expected: "a place name, e.g. Hanoi or New York".into(),
                found: s.to_string(),
            }
            .into());
        }
        Ok(Place::new(name))
    }
}

impl FromStr for DateWindow {
    type Err = Error;
    fn from_str(s: &str) -> Result<DateWindow, Error> {
        let s = s.trim();
        if let Some((from, to)) = s.split_once("..") {
            return DateWindow::new(parse_date(from)?, parse_date(to)?);
        }
        if s.len() == 7 && s.as_bytes()[4] == b'-' {
            let first = parse_date(&format!("{s}-01"))?;
            return DateWindow::new(first, first.last_of_month());
        }
        parse_date(s).map(DateWindow::exact)
    }
}
