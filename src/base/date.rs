//! Civil dates and honest date windows.
//!
//! Some treaty actions are known to the day; others only to a month or a
//! range ("deposited between 12 March and 21 May 2026"). A [`DateWindow`]
//! holds both cases, and queries on a date inside a window answer
//! "unknown" instead of guessing.

use std::fmt;

pub use jiff::civil::Date;

/// The earliest and latest day on which something may have happened
/// (both inclusive). An exact day is a window of one day.
///
/// Text form: `2025-10-25` for an exact day, `2025-11-20..2025-12-29` for a
/// range, and `2026-07` for a whole month.
///
/// ```
/// use hanoi_convention::{DateWindow, Date};
///
/// let fiji: DateWindow = "2025-11-20..2025-12-29".parse()?;
/// assert!(!fiji.is_exact());
/// assert!(fiji.contains(Date::constant(2025, 12, 1)));
///
/// let month: DateWindow = "2026-07".parse()?;
/// assert_eq!(month.latest(), Date::constant(2026, 7, 31));
///
/// assert!("2025-02-30".parse::<DateWindow>().is_err());
/// assert!("2026-01-02..2026-01-01".parse::<DateWindow>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateWindow {
    earliest: Date,
    latest: Date,
}

/// A date or date window that could not be read, or date arithmetic that
/// left the representable dates (public as an `Error` of kind `Value`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum DateError {
    /// Not a valid `YYYY-MM-DD` calendar date.
    #[error("{found:?} is not a calendar date: expected YYYY-MM-DD (e.g. 2025-10-25)")]
    Invalid {
        /// The input.
        found: String,
    },
    /// The window starts after it ends.
    #[error("window starts on {earliest} but ends on {latest}: its start must not be after its end")]
    Reversed {
        /// The given start.
        earliest: Date,
        /// The given end.
        latest: Date,
    },
    /// Date arithmetic left the dates that can be represented (years -9999
    /// to 9999).
    #[error(
        "{date} plus {amount} {unit} is beyond the last representable date (9999-12-31) or before the first"
    )]
    OutOfRange {
        /// The date moved.
        date: Date,
        /// By how much.
        amount: i64,
        /// In which unit.
        unit: DateUnit,
    },
}

/// The unit of a date shift, as a [`DateError::OutOfRange`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DateUnit {
    /// Days.
    Days,
    /// Calendar months.
    Months,
    /// Calendar years.
    Years,
}

impl fmt::Display for DateUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateUnit::Days => "days",
            DateUnit::Months => "months",
            DateUnit::Years => "years",
        })
    }
}

impl DateError {
    pub(crate) fn out_of_range(date: Date, amount: impl Into<i64>, unit: DateUnit) -> DateError {
        DateError::OutOfRange {
            date,
            amount: amount.into(),
            unit,
        }
    }
}

/// [`parse_date`](crate::parse_date), its error the crate's own reason.
pub(crate) fn parse(input: &str) -> Result<Date, DateError> {
    let s = input.trim();
    let b = s.as_bytes();
    // jiff accepts more ISO 8601 forms than the data format allows; insist on
    // the one form every file uses.
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(DateError::Invalid {
            found: input.to_string(),
        });
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0i32, |n, c| n * 10 + i32::from(c - b'0'));
    // jiff checks the calendar (month lengths, leap years).
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    Date::new(y as i16, m as i8, d as i8).map_err(|_| DateError::Invalid {
        found: input.to_string(),
    })
}

impl DateWindow {
    /// A window of exactly one day.
    pub const fn exact(day: Date) -> DateWindow {
        DateWindow {
            earliest: day,
            latest: day,
        }
    }

    /// A window the caller knows is in order (generated tables).
    pub(crate) const fn from_ordered(earliest: Date, latest: Date) -> DateWindow {
        DateWindow { earliest, latest }
    }

    /// The first day the event may have happened on.
    pub const fn earliest(&self) -> Date {
        self.earliest
    }

    /// The last day the event may have happened on.
    pub const fn latest(&self) -> Date {
        self.latest
    }

    /// True when the day is known.
    pub fn is_exact(&self) -> bool {
        self.earliest == self.latest
    }

    /// The day, when it is known.
    pub fn exact_day(&self) -> Option<Date> {
        self.is_exact().then_some(self.earliest)
    }

    /// True when `day` lies in the window.
    pub fn contains(&self, day: Date) -> bool {
        self.earliest <= day && day <= self.latest
    }

    /// Whether the event had happened by the end of `day`: certainly, not
    /// at all, or unknown (the day lies inside the window, before its end).
    ///
    /// ```
    /// use hanoi_convention::{Date, DateWindow, Answer};
    ///
    /// let w: DateWindow = "2026-02-01..2026-02-28".parse()?;
    /// assert_eq!(w.happened_by(Date::constant(2026, 1, 31)), Answer::No);
    /// assert_eq!(w.happened_by(Date::constant(2026, 2, 10)), Answer::Unknown);
    /// assert_eq!(w.happened_by(Date::constant(2026, 2, 28)), Answer::Yes);
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn happened_by(&self, day: Date) -> Answer {
        if self.latest <= day {
            Answer::Yes
        } else if self.earliest > day {
            Answer::No
        } else {
            Answer::Unknown
        }
    }

    pub(crate) fn shift(
        &self,
        span: jiff::Span,
        amount: impl Into<i64>,
        unit: DateUnit,
    ) -> Result<DateWindow, DateError> {
        let amount = amount.into();
        let add = |d: Date| {
            d.checked_add(span).map_err(|_| DateError::OutOfRange {
                date: d,
                amount,
                unit,
            })
        };
        Ok(DateWindow {
            earliest: add(self.earliest)?,
            latest: add(self.latest)?,
        })
    }

    /// The later of two windows, end by end: the window of "whichever is
    /// later" when both dates are only known to windows. (Not `Ord::max`,
    /// which would pick one of the two windows whole.)
    ///
    /// ```
    /// use hanoi_convention::DateWindow;
    ///
    /// let a: DateWindow = "2027-01-01..2027-01-10".parse()?;
    /// let b: DateWindow = "2027-01-05".parse()?;
    /// assert_eq!(a.whichever_later(b).to_string(), "2027-01-05..2027-01-10");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    #[must_use]
    pub fn whichever_later(self, other: DateWindow) -> DateWindow {
        DateWindow {
            earliest: self.earliest.max(other.earliest),
            latest: self.latest.max(other.latest),
        }
    }

    /// The number of days in the window.
    pub fn len_days(&self) -> i32 {
        self.earliest
            .until(self.latest)
            .map(|span| span.get_days() + 1)
            .unwrap_or(1)
    }
}

/// An integer that orders like the date, for tight comparison loops.
pub(crate) fn day_key(d: Date) -> i32 {
    i32::from(d.year()) * 512 + i32::from(d.month()) * 32 + i32::from(d.day())
}

impl From<Date> for DateWindow {
    fn from(day: Date) -> DateWindow {
        DateWindow::exact(day)
    }
}

impl fmt::Display for DateWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_exact() {
            write!(f, "{}", self.earliest)
        } else {
            write!(f, "{}..{}", self.earliest, self.latest)
        }
    }
}

/// A yes/no answer that may be unknown because a date is only known to a
/// window.
///
/// ```
/// use hanoi_convention::Answer;
///
/// assert_eq!(Answer::from(true), Answer::Yes);
/// assert!(Answer::Unknown.is_possible() && !Answer::Unknown.is_known());
/// assert!(Answer::No.is_known() && !Answer::No.is_possible());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[must_use]
pub enum Answer {
    /// Certainly true.
    Yes,
    /// Certainly false.
    No,
    /// Depends on a day the data only knows to lie in a window.
    Unknown,
}

impl Answer {
    /// True when the answer is known: certainly yes or certainly no.
    ///
    /// ```
    /// use hanoi_convention::Answer;
    ///
    /// assert!(Answer::Yes.is_known() && Answer::No.is_known());
    /// assert!(!Answer::Unknown.is_known());
    /// ```
    pub const fn is_known(self) -> bool {
        !matches!(self, Answer::Unknown)
    }

    /// True only when certainly yes.
    pub const fn is_yes(self) -> bool {
        matches!(self, Answer::Yes)
    }

    /// True only when certainly no.
    pub const fn is_no(self) -> bool {
        matches!(self, Answer::No)
    }

    /// True when yes or unknown: not ruled out.
    pub const fn is_possible(self) -> bool {
        !matches!(self, Answer::No)
    }
}

/// `yes`, `no` or `unknown`, as the exports write it.
///
/// ```
/// use hanoi_convention::Answer;
///
/// assert_eq!(Answer::Unknown.to_string(), "unknown");
/// ```
impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
        })
    }
}

impl From<bool> for Answer {
    fn from(b: bool) -> Answer {
        if b { Answer::Yes } else { Answer::No }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateWindow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("DateWindow", 3)?;
        st.serialize_field("earliest", &self.earliest)?;
        st.serialize_field("latest", &self.latest)?;
        st.serialize_field("exact", &self.is_exact())?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for DateWindow {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Raw {
            earliest: Date,
            latest: Date,
        }
        let raw = Raw::deserialize(d)?;
        DateWindow::new(raw.earliest, raw.latest).map_err(serde::de::Error::custom)
    }
}
