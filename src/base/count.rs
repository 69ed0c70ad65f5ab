//! Counts that keep what is certain apart from what is possible.

use std::fmt;

/// A count known to lie in a range: what is certain, and what is possible
/// if every window falls as early as it can (`certain <= possible`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CountRange {
    /// Certainly counted on the day.
    pub certain: u32,
    /// Counted if every window falls as early as it can.
    pub possible: u32,
}

impl CountRange {
    /// A count from `certain` to `possible` (a `possible` below `certain`
    /// is raised to it).
    pub fn new(certain: u32, possible: u32) -> CountRange {
        CountRange {
            certain,
            possible: possible.max(certain),
        }
    }

    /// An exact count.
    pub fn exact(n: u32) -> CountRange {
        CountRange::new(n, n)
    }

    /// How far the count is from `target`: from `target - possible` (if
    /// every window falls early) to `target - certain`, never below 0.
    pub fn short_of(&self, target: u32) -> CountRange {
        CountRange::new(
            target.saturating_sub(self.possible),
            target.saturating_sub(self.certain),
        )
    }

    /// True when nothing is uncertain.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let r = Register::embedded();
    /// assert!(r.on(Date::constant(2025, 10, 26)).signatories().count().is_exact());
    /// assert!(!r.on(Date::constant(2025, 12, 1)).signatories().count().is_exact()); // Fiji's window
    /// ```
    pub fn is_exact(&self) -> bool {
        self.certain == self.possible
    }
}

impl std::ops::Add for CountRange {
    type Output = CountRange;
    fn add(self, o: CountRange) -> CountRange {
        CountRange {
            certain: self.certain + o.certain,
            possible: self.possible + o.possible,
        }
    }
}

impl std::iter::Sum for CountRange {
    fn sum<I: Iterator<Item = CountRange>>(iter: I) -> CountRange {
        iter.fold(CountRange::default(), |a, b| a + b)
    }
}

/// The count, or its range where a window leaves it open: `72`, or
/// `73 to 74`.
///
/// ```
/// use hanoi_convention::CountRange;
///
/// assert_eq!(CountRange::new(72, 72).to_string(), "72");
/// assert_eq!(CountRange::new(73, 74).to_string(), "73 to 74");
/// ```
impl fmt::Display for CountRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_exact() {
            write!(f, "{}", self.certain)
        } else {
            write!(f, "{} to {}", self.certain, self.possible)
        }
    }
}
