//! Entry into force: the shapes the rule takes in the treaties the crate
//! models, the arithmetic on (possibly uncertain) deposit dates, and the
//! answer ([`EntryIntoForce`]).

use std::borrow::Cow;
use std::fmt;

use crate::base::date::{Date, DateError, DateWindow};
use crate::base::provenance::Str;

/// The entry-into-force clause: a rule shape and its numbers.
///
/// ```
/// use hanoi_convention::{convention, treaty::EntryIntoForceShape};
///
/// let rule = convention().rules().entry_into_force();
/// assert_eq!(rule.required(), 40);
/// assert!(matches!(rule.shape(), EntryIntoForceShape::DaysAfterNth { days: 90, later_party_days: 30, .. }));
/// assert_eq!(rule.article(), "65");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EntryIntoForceRule {
    pub(crate) shape: EntryIntoForceShape,
    pub(crate) article: Str,
}

/// The shapes an entry-into-force rule takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "shape", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntryIntoForceShape {
    /// In force `days` days after the `instruments`-th instrument is
    /// deposited; for a later party, `later_party_days` after its own
    /// deposit or the general date, whichever is later (UN conventions,
    /// e.g. the Hanoi Convention's art. 65).
    DaysAfterNth {
        /// Instruments needed.
        instruments: u32,
        /// Days from the last needed deposit to entry into force.
        days: i32,
        /// Days from a later party's deposit to its own date.
        later_party_days: i32,
    },
    /// In force on the first day of the month following `months` months
    /// after the `consents`-th consent, at least `from_members` of them from
    /// members of the treaty's organisation; for a later party, the same
    /// after its own deposit (Council of Europe conventions, e.g. Budapest
    /// art. 36(3)-(4)).
    FirstOfMonthAfterNth {
        /// Consents needed.
        consents: u32,
        /// Months from the last needed consent.
        months: i32,
        /// How many of the needed consents must come from members.
        from_members: u32,
    },
}

/// One counted instrument: when it was deposited, and whether its
/// participant is a member of the treaty's organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Deposit {
    pub date: DateWindow,
    pub from_member: bool,
}

impl EntryIntoForceRule {
    /// A rule of `shape` under `article`.
    pub fn new(shape: EntryIntoForceShape, article: impl Into<String>) -> EntryIntoForceRule {
        EntryIntoForceRule {
            shape,
            article: Cow::Owned(article.into()),
        }
    }

    /// The shape and its numbers.
    pub fn shape(&self) -> EntryIntoForceShape {
        self.shape
    }

    /// The article the clause is in.
    pub fn article(&self) -> &str {
        &self.article
    }

    /// How many instruments (or consents) the rule needs.
    pub fn required(&self) -> u32 {
        match self.shape {
            EntryIntoForceShape::DaysAfterNth { instruments, .. } => instruments,
            EntryIntoForceShape::FirstOfMonthAfterNth { consents, .. } => consents,
        }
    }

    /// The general entry into force given the counted deposits. With
    /// windows, the n-th deposit lies between the n-th earliest start and
    /// the n-th earliest end; the rule's arithmetic is monotone, so it maps
    /// the two ends.
    pub(crate) fn general(&self, deposits: &[Deposit]) -> Result<EntryIntoForce, DateError> {
        let n = self.required() as usize;
        let counted = u32::try_from(deposits.len()).unwrap_or(u32::MAX);
        let not_yet = EntryIntoForce::NotYet {
            counted,
            missing: self.required().saturating_sub(counted),
        };
        let Some(mut last) = nth(deposits.iter().map(|d| d.date), n) else {
            return Ok(not_yet);
        };
        let window = match self.shape {
            EntryIntoForceShape::DaysAfterNth { days, .. } => last.add_days(days)?,
            EntryIntoForceShape::FirstOfMonthAfterNth {
                months, from_members, ..
            } => {
                if from_members > 0 {
                    let members = deposits.iter().filter(|d| d.from_member).map(|d| d.date);
                    let Some(kth) = nth(members, from_members as usize) else {
                        return Ok(not_yet);
                    };
                    last = last.whichever_later(kth);
                }
                last.add_months(months)?.first_of_next_month()?
            }
        };
        Ok(EntryIntoForce::from_window(window))
    }

    /// The day (or window) from which the treaty binds a participant whose
    /// instrument is dated `deposit`, given the general entry into force.
    pub(crate) fn for_party(
        &self,
        deposit: DateWindow,
        general: DateWindow,
    ) -> Result<DateWindow, DateError> {
        let own = match self.shape {
            EntryIntoForceShape::DaysAfterNth { later_party_days, .. } => {
                deposit.add_days(later_party_days)?
            }
            EntryIntoForceShape::FirstOfMonthAfterNth { months, .. } => {
                deposit.add_months(months)?.first_of_next_month()?
            }
        };
        Ok(own.whichever_later(general))
    }
}

/// The window of the n-th (1-based) event among `dates`, if there are n.
fn nth(dates: impl Iterator<Item = DateWindow>, n: usize) -> Option<DateWindow> {
    let (mut starts, mut ends): (Vec<Date>, Vec<Date>) = dates.map(|w| (w.earliest(), w.latest())).unzip();
    if n == 0 || starts.len() < n {
        return None;
    }
    let (_, first, _) = starts.select_nth_unstable(n - 1);
    let (_, last, _) = ends.select_nth_unstable(n - 1);
    Some(DateWindow::new(*first, *last).unwrap_or(DateWindow::exact(*last)))
}

/// When a treaty enters (or entered) into force.
///
/// ```
/// use hanoi_convention::{EntryIntoForce, Register};
///
/// match Register::embedded().entry_into_force() {
///     EntryIntoForce::NotYet { counted, missing } => assert_eq!(counted + missing, 40),
///     other => panic!("the data says {other}"),
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "state", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntryIntoForce {
    /// Too few instruments counted.
    NotYet {
        /// Instruments counted so far.
        counted: u32,
        /// Instruments still missing.
        missing: u32,
    },
    /// On this day.
    On {
        /// The day.
        date: Date,
    },
    /// On a day in this window (the deciding deposit is only known to a window).
    Within {
        /// The window.
        window: DateWindow,
    },
}

impl EntryIntoForce {
    /// The day or window, if the treaty is (to be) in force.
    ///
    /// ```
    /// use hanoi_convention::{Date, EntryIntoForce};
    ///
    /// assert_eq!(EntryIntoForce::NotYet { counted: 3, missing: 37 }.window(), None);
    /// let date = Date::constant(2027, 5, 30);
    /// assert_eq!(EntryIntoForce::On { date }.window().map(|w| w.earliest()), Some(date));
    /// ```
    pub fn window(&self) -> Option<DateWindow> {
        match *self {
            EntryIntoForce::NotYet { .. } => None,
            EntryIntoForce::On { date } => Some(DateWindow::exact(date)),
            EntryIntoForce::Within { window } => Some(window),
        }
    }

    fn from_window(window: DateWindow) -> EntryIntoForce {
        match window.exact_day() {
            Some(date) => EntryIntoForce::On { date },
            None => EntryIntoForce::Within { window },
        }
    }
}

impl fmt::Display for EntryIntoForce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryIntoForce::NotYet { counted, missing } => write!(
                f,
                "not yet in force: {counted} of {} instruments counted, {missing} missing",
                counted + missing
            ),
            EntryIntoForce::On { date } => write!(f, "in force from {date}"),
            EntryIntoForce::Within { window } => write!(f, "in force from a day in {window}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> DateWindow {
        s.parse().unwrap()
    }

    fn deposits(days: &[&str], member: bool) -> Vec<Deposit> {
        days.iter()
            .map(|d| Deposit {
                date: day(d),
                from_member: member,
            })
            .collect()
    }

    #[test]
    fn nth_deposit_plus_days() {
        let rule = EntryIntoForceRule::new(
            EntryIntoForceShape::DaysAfterNth {
                instruments: 3,
                days: 90,
                later_party_days: 30,
            },
            "65",
        );
        let mut d = deposits(&["2026-01-05", "2026-01-01"], false);
        assert_eq!(
            rule.general(&d).unwrap(),
            EntryIntoForce::NotYet {
                counted: 2,
                missing: 1
            }
        );
        d.extend(deposits(&["2026-06-01"], false));
        let general = rule.general(&d).unwrap();
        assert_eq!(
            general,
            EntryIntoForce::On {
                date: Date::constant(2026, 8, 30)
            }
        );
        let g = general.window().unwrap();
        assert_eq!(rule.for_party(day("2026-06-01"), g).unwrap(), g);
        assert_eq!(rule.for_party(day("2026-09-15"), g).unwrap(), day("2026-10-15"));
    }

    #[test]
    fn month_rule_waits_for_enough_members() {
        let rule = EntryIntoForceRule::new(
            EntryIntoForceShape::FirstOfMonthAfterNth {
                consents: 3,
                months: 3,
                from_members: 2,
            },
            "36",
        );
        let mut d = deposits(&["2003-01-10", "2003-02-10", "2003-03-10"], false);
        d.extend(deposits(&["2003-04-10"], true));
        assert!(matches!(rule.general(&d).unwrap(), EntryIntoForce::NotYet { .. }));
        d.extend(deposits(&["2004-03-18"], true));
        // The second member consent decides: 18 March + 3 months -> 1 July.
        assert_eq!(
            rule.general(&d).unwrap(),
            EntryIntoForce::On {
                date: Date::constant(2004, 7, 1)
            }
        );
        let g = day("2004-07-01");
        assert_eq!(rule.for_party(day("2006-10-12"), g).unwrap(), day("2007-02-01"));
    }

    #[test]
    fn month_rule_without_a_share_for_members() {
        let rule = EntryIntoForceRule::new(
            EntryIntoForceShape::FirstOfMonthAfterNth {
                consents: 2,
                months: 3,
                from_members: 0,
            },
            "16",
        );
        let d = deposits(&["2023-02-09", "2023-08-10"], false);
        assert_eq!(
            rule.general(&d).unwrap(),
            EntryIntoForce::On {
                date: Date::constant(2023, 12, 1)
            }
        );
    }

    #[test]
    fn arithmetic_past_the_last_date_is_an_error() {
        let rule = EntryIntoForceRule::new(
            EntryIntoForceShape::DaysAfterNth {
                instruments: 1,
                days: 90,
                later_party_days: 30,
            },
            "65",
        );
        assert!(rule.general(&deposits(&["9999-12-31"], false)).is_err());
    }
}
