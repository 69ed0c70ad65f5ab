//! Entry into force: the shapes the rule takes in the treaties the crate
//! models, which instruments it counts, the arithmetic on (possibly
//! uncertain) deposit dates, and the answer on a day ([`EntryIntoForce`]).

use std::fmt;

use crate::actions::ActionKind;
use crate::base::citation::Citation;
use crate::base::count::CountRange;
use crate::base::date::{Date, DateWindow, day_key};
use crate::error::Error;

/// The entry-into-force clause: a rule shape, its numbers, the
/// instruments it counts, and the provisions it is in.
///
/// ```
/// use hanoi_convention::{actions::ActionKind, convention, treaty::EntryIntoForceShape};
///
/// let rule = convention().rules().entry_into_force();
/// assert_eq!(rule.required(), 40);
/// assert!(matches!(rule.shape(), EntryIntoForceShape::DaysAfterNth { days: 90, later_party_days: 30, .. }));
/// assert_eq!(rule.article().to_string(), "65");
/// // Art. 65(1) counts ratification, acceptance, approval and accession; not succession.
/// assert!(rule.counts(ActionKind::Accession) && !rule.counts(ActionKind::Succession));
/// assert_eq!(rule.milestones(), [1, 5, 10, 20, 40]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EntryIntoForceRule {
    pub(crate) shape: EntryIntoForceShape,
    pub(crate) counted: Vec<ActionKind>,
    pub(crate) article: Citation,
}

/// The shapes an entry-into-force rule takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "shape", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntryIntoForceShape {
    /// In force `days` days after the `instruments`-th instrument is
    /// deposited; for a later party, `later_party_days` after its own
    /// deposit or the general date, whichever is later (the shape of UN
    /// conventions).
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
    /// after its own deposit (the shape of Council of Europe conventions).
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
    /// A rule of `shape` counting the instruments of the kinds `counted`,
    /// under `article`.
    pub fn new(
        shape: EntryIntoForceShape,
        counted: impl IntoIterator<Item = ActionKind>,
        article: Citation,
    ) -> EntryIntoForceRule {
        EntryIntoForceRule {
            shape,
            counted: counted.into_iter().collect(),
            article,
        }
    }

    /// The shape and its numbers.
    pub fn shape(&self) -> EntryIntoForceShape {
        self.shape
    }

    /// The provisions the clause is in.
    pub fn article(&self) -> &Citation {
        &self.article
    }

    /// The kinds of instrument the rule counts.
    pub fn counted_kinds(&self) -> &[ActionKind] {
        &self.counted
    }

    /// Whether the rule counts an instrument of `kind`.
    pub fn counts(&self, kind: ActionKind) -> bool {
        self.counted.contains(&kind)
    }

    /// How many instruments (or consents) the rule needs.
    pub fn required(&self) -> u32 {
        match self.shape {
            EntryIntoForceShape::DaysAfterNth { instruments, .. } => instruments,
            EntryIntoForceShape::FirstOfMonthAfterNth { consents, .. } => consents,
        }
    }

    /// The counts worth marking on the way to entry into force: the 1st
    /// instrument, then 5, 10, 20, 40, ... below the number required, and
    /// that number.
    pub fn milestones(&self) -> Vec<u32> {
        let required = self.required().max(1);
        let mut out = vec![1];
        let mut n = 5;
        while n < required {
            out.push(n);
            n = n.saturating_mul(2);
        }
        if required > 1 {
            out.push(required);
        }
        out
    }

    /// The window of the general entry into force given the counted
    /// deposits, or `None` when they are too few. With windows, the n-th
    /// deposit lies between the n-th earliest start and the n-th earliest
    /// end; the rule's arithmetic is monotone, so it maps the two ends.
    fn general_window(&self, deposits: &[Deposit]) -> Result<Option<DateWindow>, Error> {
        let Some(mut last) = nth(deposits.iter().map(|d| d.date), self.required() as usize) else {
            return Ok(None);
        };
        let window = match self.shape {
            EntryIntoForceShape::DaysAfterNth { days, .. } => last.add_days(days)?,
            EntryIntoForceShape::FirstOfMonthAfterNth {
                months, from_members, ..
            } => {
                if from_members > 0 {
                    let members = deposits.iter().filter(|d| d.from_member).map(|d| d.date);
                    let Some(kth) = nth(members, from_members as usize) else {
                        return Ok(None);
                    };
                    last = last.whichever_later(kth);
                }
                last.add_months(months)?.first_of_next_month()?
            }
        };
        Ok(Some(window))
    }

    /// The general entry into force given every counted deposit the data
    /// knows: in force from a day or a window, or `None` when too few.
    pub(crate) fn general(&self, deposits: &[Deposit]) -> Result<Option<EntryIntoForce>, Error> {
        Ok(self.general_window(deposits)?.map(EntryIntoForce::from_window))
    }

    /// Entry into force as it stood at the end of `day`: only the
    /// deposits made by then count (those whose window covers the day
    /// may have been). `general` is [`general`](Self::general) of all of
    /// them, which is the answer once enough deposits were certainly made.
    pub(crate) fn on_day(
        &self,
        deposits: &[Deposit],
        day: Date,
        general: Option<EntryIntoForce>,
    ) -> Result<EntryIntoForce, Error> {
        let counted = count_by(deposits, day);
        let required = self.required();
        // The deposits that may have been made by the day, each as if made
        // no later than it.
        let possible: Vec<Deposit> = deposits
            .iter()
            .filter(|d| d.date.earliest() <= day)
            .map(|d| Deposit {
                date: DateWindow::from_ordered(d.date.earliest(), d.date.latest().min(day)),
                from_member: d.from_member,
            })
            .collect();
        let Some(window) = self.general_window(&possible)? else {
            return Ok(EntryIntoForce::NotYet { counted, required });
        };
        let certain: Vec<Deposit> = deposits
            .iter()
            .filter(|d| d.date.latest() <= day)
            .copied()
            .collect();
        if self.general_window(&certain)?.is_some() {
            if let Some(general) = general {
                return Ok(general);
            }
        }
        Ok(EntryIntoForce::Unknown {
            counted,
            required,
            window,
        })
    }

    /// The day (or window) from which the treaty binds a participant whose
    /// instrument is dated `deposit`, given the general entry into force.
    pub(crate) fn for_party(&self, deposit: DateWindow, general: DateWindow) -> Result<DateWindow, Error> {
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

/// How many of `deposits` had certainly and possibly been made by the end
/// of `day`.
/// The counted deposits indexed for questions about a day: their first and
/// last possible days, sorted, and the days from which enough of them were
/// possibly and certainly made for the rule (so that a day outside the
/// decisive window is answered in O(log n)).
#[derive(Debug, Clone, Default)]
pub(crate) struct DepositIndex {
    // Days as `day_key` integers: compared on every question.
    starts: Vec<i32>,
    ends: Vec<i32>,
    /// The first day enough deposits may have been made by (none: never).
    possible_from: Option<i32>,
    /// The first day enough deposits were certainly made by.
    certain_from: Option<i32>,
    /// The instruments the rule needs.
    pub(crate) required: u32,
}

impl DepositIndex {
    pub(crate) fn new(rule: &EntryIntoForceRule, deposits: &[Deposit]) -> DepositIndex {
        let sorted = |end: fn(&DateWindow) -> Date, members_only: bool| {
            let mut v: Vec<i32> = deposits
                .iter()
                .filter(|d| !members_only || d.from_member)
                .map(|d| day_key(end(&d.date)))
                .collect();
            v.sort_unstable();
            v
        };
        let from_members = match rule.shape {
            EntryIntoForceShape::FirstOfMonthAfterNth { from_members, .. } => from_members as usize,
            EntryIntoForceShape::DaysAfterNth { .. } => 0,
        };
        // The day the n-th of `all` and the k-th of the members' are reached.
        let reached = |all: &[i32], members: &[i32]| {
            // As `general_window`: a rule that needs none is never met.
            let n = rule.required() as usize;
            let nth = *all.get(n.checked_sub(1)?)?;
            match from_members {
                0 => Some(nth),
                k => members.get(k - 1).map(|m| nth.max(*m)),
            }
        };
        let (starts, ends) = (
            sorted(DateWindow::earliest, false),
            sorted(DateWindow::latest, false),
        );
        let (member_starts, member_ends) = (
            sorted(DateWindow::earliest, true),
            sorted(DateWindow::latest, true),
        );
        DepositIndex {
            required: rule.required(),
            possible_from: reached(&starts, &member_starts),
            certain_from: reached(&ends, &member_ends),
            starts,
            ends,
        }
    }

    /// The deposits made by the end of the day of `key` (a `day_key`):
    /// certainly, and possibly.
    pub(crate) fn count(&self, key: i32) -> CountRange {
        let by = |v: &[i32]| u32::try_from(v.partition_point(|d| *d <= key)).unwrap_or(u32::MAX);
        CountRange::new(by(&self.ends), by(&self.starts))
    }

    /// Whether the day of `key` is before enough deposits may have been
    /// made (the answer is "not yet"), or after enough certainly were (the
    /// answer is the general one); `None` inside the decisive window.
    pub(crate) fn settled(&self, key: i32) -> Option<bool> {
        match (self.possible_from, self.certain_from) {
            (None, _) => Some(false),
            (Some(p), _) if key < p => Some(false),
            (_, Some(c)) if key >= c => Some(true),
            _ => None,
        }
    }
}

pub(crate) fn count_by(deposits: &[Deposit], day: Date) -> CountRange {
    let certain = deposits.iter().filter(|d| d.date.latest() <= day).count();
    let possible = deposits.iter().filter(|d| d.date.earliest() <= day).count();
    CountRange::new(
        u32::try_from(certain).unwrap_or(u32::MAX),
        u32::try_from(possible).unwrap_or(u32::MAX),
    )
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

/// When a treaty enters (or entered) into force, as it stood at the end
/// of a day.
///
/// ```
/// use hanoi_convention::{CountRange, Date, EntryIntoForce, Register};
///
/// let r = Register::embedded();
/// // On 31 December 2025 no instrument had been deposited.
/// let at_end_of_2025 = r.on(Date::constant(2025, 12, 31)).entry_into_force();
/// assert_eq!(at_end_of_2025, EntryIntoForce::NotYet { counted: CountRange::exact(0), required: 40 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "state", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntryIntoForce {
    /// Too few instruments had been deposited.
    NotYet {
        /// Instruments counted by then: certainly, and possibly.
        counted: CountRange,
        /// Instruments the rule needs.
        required: u32,
    },
    /// The instrument that decides may have been deposited by then: a
    /// window on its date covers the day. If it had been, the treaty
    /// enters into force on a day in `window`; if not, not yet.
    Unknown {
        /// Instruments counted by then: certainly, and possibly.
        counted: CountRange,
        /// Instruments the rule needs.
        required: u32,
        /// Where entry into force falls if the deciding instrument had been deposited.
        window: DateWindow,
    },
    /// On this day (enough instruments had been deposited).
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
    /// The day or window, once the treaty is certainly (to be) in force.
    ///
    /// ```
    /// use hanoi_convention::{CountRange, Date, EntryIntoForce};
    ///
    /// let not_yet = EntryIntoForce::NotYet { counted: CountRange::exact(3), required: 40 };
    /// assert_eq!(not_yet.window(), None);
    /// let date = Date::constant(2027, 5, 30);
    /// assert_eq!(EntryIntoForce::On { date }.window().map(|w| w.earliest()), Some(date));
    /// ```
    pub fn window(&self) -> Option<DateWindow> {
        match *self {
            EntryIntoForce::NotYet { .. } | EntryIntoForce::Unknown { .. } => None,
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
            EntryIntoForce::NotYet { counted, required } => write!(
                f,
                "not yet in force: {counted} of {required} instruments counted, {} missing",
                counted.short_of(*required)
            ),
            EntryIntoForce::Unknown {
                counted,
                required,
                window,
            } => write!(
                f,
                "unknown: {counted} of {required} instruments counted; if the deciding one had been deposited, \
                 in force from a day in {window}, else not yet"
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

    fn days_rule(instruments: u32) -> EntryIntoForceRule {
        EntryIntoForceRule::new(
            EntryIntoForceShape::DaysAfterNth {
                instruments,
                days: 90,
                later_party_days: 30,
            },
            [ActionKind::Ratification],
            "65".parse().unwrap(),
        )
    }

    #[test]
    fn nth_deposit_plus_days() {
        let rule = days_rule(3);
        let mut d = deposits(&["2026-01-05", "2026-01-01"], false);
        assert_eq!(rule.general(&d).unwrap(), None);
        d.extend(deposits(&["2026-06-01"], false));
        let general = rule.general(&d).unwrap().unwrap();
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
    fn on_a_day_only_the_deposits_made_by_then_count() {
        let rule = days_rule(2);
        let d = deposits(&["2026-01-01", "2026-03-01..2026-03-31"], false);
        let general = rule.general(&d).unwrap();
        let on = |s: &str| rule.on_day(&d, day(s).earliest(), general).unwrap();
        assert_eq!(
            on("2025-12-31"),
            EntryIntoForce::NotYet {
                counted: CountRange::exact(0),
                required: 2
            }
        );
        assert_eq!(
            on("2026-02-01"),
            EntryIntoForce::NotYet {
                counted: CountRange::exact(1),
                required: 2
            }
        );
        // Inside the second deposit's window: it may have been made by the 10th.
        assert_eq!(
            on("2026-03-10"),
            EntryIntoForce::Unknown {
                counted: CountRange::new(1, 2),
                required: 2,
                window: day("2026-05-30..2026-06-08")
            }
        );
        assert_eq!(
            on("2026-04-01"),
            EntryIntoForce::Within {
                window: day("2026-05-30..2026-06-29")
            }
        );
    }

    #[test]
    fn month_rule_waits_for_enough_members() {
        let rule = EntryIntoForceRule::new(
            EntryIntoForceShape::FirstOfMonthAfterNth {
                consents: 3,
                months: 3,
                from_members: 2,
            },
            [ActionKind::Ratification],
            "36".parse().unwrap(),
        );
        let mut d = deposits(&["2003-01-10", "2003-02-10", "2003-03-10"], false);
        d.extend(deposits(&["2003-04-10"], true));
        assert_eq!(rule.general(&d).unwrap(), None);
        d.extend(deposits(&["2004-03-18"], true));
        // The second member consent decides: 18 March + 3 months -> 1 July.
        assert_eq!(
            rule.general(&d).unwrap(),
            Some(EntryIntoForce::On {
                date: Date::constant(2004, 7, 1)
            })
        );
        let g = day("2004-07-01");
        assert_eq!(rule.for_party(day("2006-10-12"), g).unwrap(), day("2007-02-01"));
        let general = rule.general(&d).unwrap();
        assert!(matches!(
            rule.on_day(&d, Date::constant(2004, 3, 17), general).unwrap(),
            EntryIntoForce::NotYet { .. }
        ));
    }

    #[test]
    fn month_rule_without_a_share_for_members() {
        let rule = EntryIntoForceRule::new(
            EntryIntoForceShape::FirstOfMonthAfterNth {
                consents: 2,
                months: 3,
                from_members: 0,
            },
            [ActionKind::Ratification],
            "16".parse().unwrap(),
        );
        let d = deposits(&["2023-02-09", "2023-08-10"], false);
        assert_eq!(
            rule.general(&d).unwrap(),
            Some(EntryIntoForce::On {
                date: Date::constant(2023, 12, 1)
            })
        );
    }

    #[test]
    fn milestones_follow_the_rule() {
        assert_eq!(days_rule(40).milestones(), [1, 5, 10, 20, 40]);
        assert_eq!(days_rule(5).milestones(), [1, 5]);
        assert_eq!(days_rule(3).milestones(), [1, 3]);
        assert_eq!(days_rule(1).milestones(), [1]);
        assert_eq!(days_rule(60).milestones(), [1, 5, 10, 20, 40, 60]);
    }

    #[test]
    fn arithmetic_past_the_last_date_is_an_error() {
        assert!(days_rule(1).general(&deposits(&["9999-12-31"], false)).is_err());
    }
}
