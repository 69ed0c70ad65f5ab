//! The register on one day ([`OnDay`]): every question "at the end of
//! this day" in one place, so the day is given once.

use crate::actions::Stage;
use crate::base::count::CountRange;
use crate::base::date::{Answer, Date, DateWindow, day_key};
use crate::participants::{Code, Participant};
use crate::register::build::Register;
use crate::register::counts::GroupCounts;
use crate::register::status::{Status, status_from};
use crate::treaty::EntryIntoForce;

/// The register at the end of one day: who had signed, who was a party,
/// counts by group, and entry into force as it stood then. Cheap to make
/// and to copy.
///
/// ```
/// use hanoi_convention::{Answer, Date, Register, Status};
///
/// let r = Register::embedded();
/// let end_of_hanoi = r.on(Date::constant(2025, 10, 26));
/// assert_eq!(end_of_hanoi.signatories().count().certain, 72);
/// assert_eq!(end_of_hanoi.parties().count().certain, 0);
/// assert_eq!(end_of_hanoi.in_force(), Answer::No);
/// assert!(matches!(end_of_hanoi.status("VNM".parse()?), Some(Status::Signed { .. })));
/// assert!(!end_of_hanoi.beyond_data());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct OnDay<'r> {
    register: &'r Register,
    day: Date,
    key: i32,
}

/// Which list a [`Members`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Signatories,
    Parties,
}

/// The signatories, or the parties, on a day: counted from the timeline
/// ([`count`](Members::count), a binary search), or listed
/// ([`list`](Members::list)).
#[derive(Debug, Clone, Copy)]
pub struct Members<'r> {
    on: OnDay<'r>,
    which: Which,
}

impl<'r> Members<'r> {
    /// How many: certainly, and possibly (a window covers the day).
    pub fn count(&self) -> CountRange {
        let counts = self.on.counts_by_group();
        match self.which {
            Which::Signatories => counts.total_signatories(),
            Which::Parties => counts.total_parties(),
        }
    }

    /// Each member, in participant-list order, with whether it is certain
    /// ([`Answer::Yes`]) or possible ([`Answer::Unknown`]).
    ///
    /// ```
    /// use hanoi_convention::{Answer, Date, Register};
    ///
    /// let r = Register::embedded();
    /// let list = r.on(Date::constant(2025, 12, 1)).signatories().list();
    /// assert_eq!(list.len(), 74);
    /// assert_eq!(list.iter().filter(|(_, k)| *k == Answer::Unknown).count(), 1); // Fiji
    /// ```
    pub fn list(&self) -> Vec<(&'r Participant, Answer)> {
        let on = self.on;
        match self.which {
            Which::Signatories => on
                .register
                .participants()
                .iter()
                .enumerate()
                .map(|(i, p)| (p, on.signed(i)))
                .filter(|(_, k)| k.is_possible())
                .collect(),
            Which::Parties => on
                .statuses()
                .map(|(p, s)| (p, s.is_party()))
                .filter(|(_, k)| k.is_possible())
                .collect(),
        }
    }
}

impl<'r> OnDay<'r> {
    pub(crate) fn new(register: &'r Register, day: Date) -> OnDay<'r> {
        OnDay {
            register,
            day,
            key: day_key(day),
        }
    }

    /// The day.
    pub fn day(&self) -> Date {
        self.day
    }

    /// The register asked.
    pub fn register(&self) -> &'r Register {
        self.register
    }

    /// True when the day is after the data's as-of date: the answers then
    /// assume nothing happened after that date, which the data cannot say.
    pub fn beyond_data(&self) -> bool {
        self.day > self.register.as_of()
    }

    /// The status of `code`; `None` for a code the treaty's participant
    /// list does not have.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, Standing, Status};
    ///
    /// let r = Register::embedded();
    /// let mus = "MUS".parse()?;
    /// assert_eq!(r.on(Date::constant(2025, 11, 18)).status(mus), Some(Status::NotSigned));
    /// assert!(matches!(r.on(Date::constant(2025, 11, 19)).status(mus), Some(Status::Signed { .. })));
    /// // Fiji signed on a day between 20 November and 29 December 2025.
    /// assert_eq!(
    ///     r.on(Date::constant(2025, 12, 1)).status("FJI".parse()?),
    ///     Some(Status::Unknown { known: Standing::NotSigned, maybe: Standing::Signed }),
    /// );
    /// assert_eq!(r.on(r.as_of()).status("XXX".parse()?), None);
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn status(&self, code: Code) -> Option<Status> {
        let i = self.register.participants().index_of(code)?;
        Some(status_from(self.register.transitions_of(i), self.key))
    }

    /// Every participant's status, in participant-list order.
    pub fn statuses(&self) -> impl ExactSizeIterator<Item = (&'r Participant, Status)> + 'r {
        let (r, key) = (self.register, self.key);
        r.participants()
            .iter()
            .zip(r.transition_starts.windows(2))
            .map(move |(p, w)| {
                // Most participants have no transition, or none yet by `key`.
                let ts = match r.transitions.get(w[0] as usize..w[1] as usize) {
                    Some(ts) if ts.first().is_some_and(|t| t.keys.0 <= key) => ts,
                    _ => return (p, Status::NotSigned),
                };
                (p, status_from(ts, key))
            })
    }

    /// Whether `code` had signed; `None` for a code the treaty does not
    /// know. A participant that joined without signing had not.
    ///
    /// ```
    /// use hanoi_convention::{Answer, Date, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.on(Date::constant(2026, 7, 15)).has_signed("CAN".parse()?), Some(Answer::Unknown));
    /// assert_eq!(r.on(r.as_of()).has_signed("USA".parse()?), Some(Answer::No));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn has_signed(&self, code: Code) -> Option<Answer> {
        let i = self.register.participants().index_of(code)?;
        Some(self.signed(i))
    }

    fn signed(&self, i: usize) -> Answer {
        self.register
            .transitions_of(i)
            .iter()
            .find(|t| t.stage == Stage::Signed)
            .map_or(Answer::No, |t| t.date.happened_by(self.day))
    }

    /// Those that had signed.
    pub fn signatories(&self) -> Members<'r> {
        Members {
            on: *self,
            which: Which::Signatories,
        }
    }

    /// Those that were parties (had deposited an instrument of consent).
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let r = Register::embedded();
    /// let on = r.on(Date::constant(2026, 4, 1));
    /// let n = on.parties().count();
    /// assert_eq!((n.certain, n.possible), (1, 3)); // two deposits known only to a window
    /// let names: Vec<&str> = r.on(Date::constant(2026, 3, 1)).parties().list().iter().map(|(p, _)| p.name()).collect();
    /// assert_eq!(names, ["Qatar"]);
    /// ```
    pub fn parties(&self) -> Members<'r> {
        Members {
            on: *self,
            which: Which::Parties,
        }
    }

    /// Signatories and parties by group.
    pub fn counts_by_group(&self) -> GroupCounts<'r> {
        self.register
            .timeline
            .on(self.day, self.register.treaty().grouping())
    }

    /// The instruments the entry-into-force rule counts that had been
    /// deposited: certainly, and possibly.
    pub fn counted_instruments(&self) -> CountRange {
        self.register.deposit_index.count(self.key)
    }

    /// Entry into force as it stood: counted are the instruments of a
    /// kind the rule counts, the first of each participant (a REIO's only
    /// when the treaty counts it as additional to its members'), deposited
    /// by the end of the day. A denunciation before entry into force does
    /// not take an instrument out of the count.
    ///
    /// ```
    /// use hanoi_convention::{CountRange, Date, EntryIntoForce, Register};
    ///
    /// let r = Register::embedded();
    /// let on = |d| r.on(d).entry_into_force();
    /// assert_eq!(on(Date::constant(2025, 12, 31)), EntryIntoForce::NotYet { counted: CountRange::exact(0), required: 40 });
    /// // In spring 2026 two deposits are known only to windows.
    /// assert_eq!(on(Date::constant(2026, 4, 1)), EntryIntoForce::NotYet { counted: CountRange::new(1, 3), required: 40 });
    /// ```
    pub fn entry_into_force(&self) -> EntryIntoForce {
        let r = self.register;
        let index = &r.deposit_index;
        let not_yet = || EntryIntoForce::NotYet {
            counted: index.count(self.key),
            required: index.required,
        };
        // Before enough deposits may have been made, or once enough
        // certainly were, the answer is known without the deposits.
        match index.settled(self.key) {
            Some(false) => not_yet(),
            Some(true) => r.general.unwrap_or_else(not_yet),
            None => r
                .treaty()
                .rules()
                .entry_into_force()
                .on_day(&r.counted_deposits, self.day, r.general)
                .unwrap_or_else(|_| not_yet()),
        }
    }

    /// Whether the treaty was in force.
    ///
    /// ```
    /// use hanoi_convention::{Answer, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.on(r.as_of()).in_force(), Answer::No);
    /// ```
    pub fn in_force(&self) -> Answer {
        self.register
            .general
            .and_then(|g| g.window())
            .map_or(Answer::No, |w| w.happened_by(self.day))
    }

    /// The day (or window) from which the treaty binds `code` under the
    /// instrument it had in effect: for the Hanoi Convention, the thirtieth
    /// day after its deposit or entry into force, whichever is later
    /// (art. 65(2)). A denunciation that has not yet taken effect does not
    /// change it. `None` when `code` had no instrument in effect, the
    /// treaty is not (to be) in force, or the code is unknown.
    ///
    /// ```
    /// use hanoi_convention::Register;
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.on(r.as_of()).bound_from("QAT".parse()?), None); // not yet in force
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn bound_from(&self, code: Code) -> Option<DateWindow> {
        let r = self.register;
        let eif = r.general?.window()?;
        let i = r.participants().index_of(code)?;
        let ts = r.transitions_of(i);
        // The last instrument deposited by the day, unless a denunciation
        // after it had taken effect by then.
        let k = ts
            .iter()
            .rposition(|t| t.stage == Stage::Party && t.date.earliest() <= self.day)?;
        let ended = ts[k + 1..]
            .iter()
            .any(|t| t.stage == Stage::Denounced && t.date.latest() <= self.day);
        if ended {
            return None;
        }
        r.treaty()
            .rules()
            .entry_into_force()
            .for_party(ts[k].date, eif)
            .ok()
    }

    /// Whether the treaty bound `code`; `None` for a code the treaty does
    /// not know.
    pub fn is_bound(&self, code: Code) -> Option<Answer> {
        let r = self.register;
        let i = r.participants().index_of(code)?;
        let Some(eif) = r.general.and_then(|g| g.window()) else {
            return Some(Answer::No);
        };
        let rule = r.treaty().rules().entry_into_force();
        // Bound while a party whose own date has come, until a
        // denunciation takes effect.
        let mut answer = Answer::No;
        for t in r.transitions_of(i) {
            match t.stage {
                Stage::Party => {
                    answer = rule
                        .for_party(t.date, eif)
                        .map_or(Answer::No, |w| w.happened_by(self.day));
                }
                Stage::Denounced => {
                    answer = match (answer, t.date.happened_by(self.day)) {
                        (_, Answer::Yes) | (Answer::No, _) => Answer::No,
                        (a, Answer::No) => a,
                        (_, Answer::Unknown) => Answer::Unknown,
                    }
                }
                _ => {}
            }
        }
        Some(answer)
    }

    /// Signatures made on the day itself: certain (dated that very day)
    /// and possible (a window that includes it).
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.on(Date::constant(2025, 10, 26)).signatures_made().certain, 3); // Mali, Rwanda, Saudi Arabia
    /// ```
    pub fn signatures_made(&self) -> CountRange {
        let (mut certain, mut possible) = (0, 0);
        for t in self
            .register
            .transitions
            .iter()
            .filter(|t| t.stage == Stage::Signed)
        {
            if t.date.contains(self.day) {
                possible += 1;
                certain += u32::from(t.date.is_exact());
            }
        }
        CountRange::new(certain, possible)
    }
}

#[cfg(test)]
mod tests {
    use crate::base::date::{Date, DateWindow};
    use crate::embedded::EmbeddedTreaty;

    /// The indexed answer equals the rule applied to every deposit, on
    /// every day from the opening to a year past the data, for each
    /// embedded treaty (the Budapest Convention entered into force with
    /// deposits known to windows).
    #[test]
    fn entry_into_force_from_the_index_equals_the_rule_on_every_day() {
        for t in EmbeddedTreaty::ALL.iter().copied() {
            let r = t.register();
            let rule = r.treaty().rules().entry_into_force();
            let start = r.treaty().rules().signature().opens();
            let end = DateWindow::exact(r.as_of()).add_years(1).unwrap().latest();
            let mut day = start;
            while day <= end {
                let on = r.on(day);
                let slow = rule.on_day(&r.counted_deposits, day, r.general).unwrap();
                assert_eq!(on.entry_into_force(), slow, "{t:?} on {day}");
                assert_eq!(
                    on.counted_instruments(),
                    crate::treaty::count_by(&r.counted_deposits, day)
                );
                day = day.tomorrow().unwrap_or(Date::MAX);
            }
        }
    }
}
