//! The questions a register answers for a day: each participant's status,
//! who had signed or become a party, counts, the timeline, and entry into
//! force (in general and for each party).

use crate::actions::Action;
use crate::base::date::{Answer, Date, DateWindow};
use crate::error::Error;
use crate::participants::{Code, Participant};
use crate::register::build::Register;
use crate::register::counts::{GroupCounts, TimelinePoint};
use crate::register::status::{CountRange, Stage, Status};
use crate::treaty::{Deposit, EntryIntoForce};
use crate::validate::Transition;

impl Register {
    /// The actions of one participant, in date order (empty for a code the
    /// treaty does not know).
    ///
    /// ```
    /// use hanoi_convention::{Register, actions::ActionKind};
    ///
    /// let qat = Register::embedded().actions_of("QAT".parse()?);
    /// let kinds: Vec<ActionKind> = qat.iter().map(|a| a.kind()).collect();
    /// assert_eq!(kinds, [ActionKind::Signature, ActionKind::Ratification, ActionKind::Reservation]);
    /// # Ok::<(), hanoi_convention::participants::CodeError>(())
    /// ```
    pub fn actions_of(&self, code: Code) -> &[Action] {
        match self.participants().index_of(code) {
            Some(i) => {
                let (a, b) = self.action_ranges[i];
                &self.actions[a as usize..b as usize]
            }
            None => &[],
        }
    }

    /// The status of `code` at the end of `day`; `None` for a code the
    /// treaty's participant list does not have.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, Stage, Status};
    ///
    /// let r = Register::embedded();
    /// let mus = "MUS".parse()?;
    /// assert_eq!(r.status(mus, Date::constant(2025, 11, 18)), Some(Status::NotSigned));
    /// assert!(matches!(r.status(mus, Date::constant(2025, 11, 19)), Some(Status::Signed { .. })));
    /// // Fiji signed on a day between 20 November and 29 December 2025.
    /// assert_eq!(
    ///     r.status("FJI".parse()?, Date::constant(2025, 12, 1)),
    ///     Some(Status::Unknown { known: Stage::NotSigned, maybe: Stage::Signed }),
    /// );
    /// assert_eq!(r.status("XXX".parse()?, r.as_of()), None);
    /// # Ok::<(), hanoi_convention::participants::CodeError>(())
    /// ```
    pub fn status(&self, code: Code, day: Date) -> Option<Status> {
        let i = self.participants().index_of(code)?;
        Some(status_from(self.transitions_of(i), Register::day_key(day)))
    }

    /// Every participant's status at the end of `day`, in participant-list
    /// order.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, Status};
    ///
    /// let r = Register::embedded();
    /// let unknown = r.statuses(Date::constant(2025, 12, 1))
    ///     .filter(|(_, s)| matches!(s, Status::Unknown { .. }))
    ///     .count();
    /// assert_eq!(unknown, 1); // Fiji
    /// ```
    pub fn statuses(&self, day: Date) -> impl ExactSizeIterator<Item = (&Participant, Status)> + '_ {
        let key = Register::day_key(day);
        self.participants()
            .iter()
            .zip(self.transition_starts.windows(2))
            .map(move |(p, w)| {
                // Most participants have no transition, or none yet by `key`.
                let ts = match self.transitions.get(w[0] as usize..w[1] as usize) {
                    Some(ts) if ts.first().is_some_and(|t| t.keys.0 <= key) => ts,
                    _ => return (p, Status::NotSigned),
                };
                (p, status_from(ts, key))
            })
    }

    /// Whether `code` had signed by the end of `day`; `None` for a code the
    /// treaty does not know.
    ///
    /// ```
    /// use hanoi_convention::{Answer, Date, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.has_signed("CAN".parse()?, Date::constant(2026, 7, 15)), Some(Answer::Unknown));
    /// assert_eq!(r.has_signed("USA".parse()?, r.as_of()), Some(Answer::No));
    /// # Ok::<(), hanoi_convention::participants::CodeError>(())
    /// ```
    pub fn has_signed(&self, code: Code, day: Date) -> Option<Answer> {
        let i = self.participants().index_of(code)?;
        Some(self.signed_at(i, day))
    }

    fn signed_at(&self, i: usize, day: Date) -> Answer {
        self.transitions_of(i)
            .iter()
            .find(|t| t.stage == Stage::Signed)
            .map_or(Answer::No, |t| t.date.happened_by(day))
    }

    /// Participants that had signed by the end of `day`, each with whether
    /// that is certain ([`Answer::Yes`]) or possible ([`Answer::Unknown`]).
    ///
    /// ```
    /// use hanoi_convention::{Answer, Date, Register};
    ///
    /// let r = Register::embedded();
    /// let list = r.signatories_on(Date::constant(2025, 12, 1));
    /// assert_eq!(list.len(), 74);
    /// assert_eq!(list.iter().filter(|(_, k)| *k == Answer::Unknown).count(), 1);
    /// ```
    pub fn signatories_on(&self, day: Date) -> Vec<(&Participant, Answer)> {
        self.participants()
            .iter()
            .enumerate()
            .map(|(i, p)| (p, self.signed_at(i, day)))
            .filter(|(_, k)| k.is_possible())
            .collect()
    }

    /// Participants that were parties at the end of `day` (certainly or
    /// possibly).
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let r = Register::embedded();
    /// let names: Vec<&str> = r.parties_on(Date::constant(2026, 3, 1)).iter().map(|(p, _)| p.name()).collect();
    /// assert_eq!(names, ["Qatar"]);
    /// ```
    pub fn parties_on(&self, day: Date) -> Vec<(&Participant, Answer)> {
        self.statuses(day)
            .map(|(p, s)| (p, s.is_party()))
            .filter(|(_, k)| k.is_possible())
            .collect()
    }

    fn point_at(&self, day: Date) -> Option<&TimelinePoint> {
        let n = self.timeline.partition_point(|p| p.date <= day);
        n.checked_sub(1).map(|i| &self.timeline[i])
    }

    /// Signatories and parties by group at the end of `day`.
    pub fn counts_by_group(&self, day: Date) -> GroupCounts {
        self.point_at(day).map(|p| p.counts).unwrap_or_default()
    }

    /// How many had signed by the end of `day`.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let n = Register::embedded().signatories(Date::constant(2025, 12, 29));
    /// assert_eq!((n.certain, n.possible), (74, 74));
    /// ```
    pub fn signatories(&self, day: Date) -> CountRange {
        self.counts_by_group(day).total_signatories()
    }

    /// How many were parties at the end of `day`.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let n = Register::embedded().parties(Date::constant(2026, 4, 1));
    /// assert_eq!((n.certain, n.possible), (1, 3)); // two deposits known only to a window
    /// ```
    pub fn parties(&self, day: Date) -> CountRange {
        self.counts_by_group(day).total_parties()
    }

    /// The cumulative timeline: a point for each day on which a count
    /// changed (a window contributes its first and last day).
    ///
    /// ```
    /// let t = hanoi_convention::Register::embedded().timeline();
    /// assert_eq!(t[0].signatories().certain, 69); // 25 October 2025
    /// assert!(t.windows(2).all(|w| w[0].date < w[1].date));
    /// ```
    pub fn timeline(&self) -> &[TimelinePoint] {
        &self.timeline
    }

    /// Signatures made on each of `days`: certain (dated that very day) and
    /// possible (a window that includes it).
    ///
    /// ```
    /// use hanoi_convention::{Register, embedded::hanoi_ceremony};
    ///
    /// let per_day = Register::embedded().signatures_on_days(&hanoi_ceremony().days());
    /// assert_eq!(per_day[1].1.certain, 3); // Mali, Rwanda, Saudi Arabia on 26 October
    /// ```
    pub fn signatures_on_days(&self, days: &[Date]) -> Vec<(Date, CountRange)> {
        days.iter()
            .map(|&day| {
                let mut c = CountRange::default();
                for t in self.transitions.iter().filter(|t| t.stage == Stage::Signed) {
                    if t.date.contains(day) {
                        c.possible += 1;
                        c.certain += u32::from(t.date.is_exact());
                    }
                }
                (day, c)
            })
            .collect()
    }

    /// When the treaty enters into force under its rule.
    ///
    /// Counted: each participant's first instrument of ratification,
    /// acceptance, approval or accession (a REIO's only when the treaty
    /// counts it as additional to its members'; succession is not counted).
    /// A denunciation before entry into force does not take an instrument
    /// out of the count.
    pub fn entry_into_force(&self) -> EntryIntoForce {
        self.entry_into_force
    }

    /// Whether the treaty was in force at the end of `day`.
    ///
    /// ```
    /// use hanoi_convention::{Answer, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.in_force_on(r.as_of()), Answer::No);
    /// ```
    pub fn in_force_on(&self, day: Date) -> Answer {
        self.entry_into_force
            .window()
            .map_or(Answer::No, |w| w.happened_by(day))
    }

    /// The day (or window) from which the treaty binds `code` under its
    /// current instrument: for the Hanoi Convention, the thirtieth day after
    /// its deposit or entry into force, whichever is later (art. 65(2)).
    /// A denunciation that is still pending does not change it. `None`
    /// when `code` has no instrument in effect, the treaty is not yet in
    /// force, or the code is unknown.
    ///
    /// ```
    /// use hanoi_convention::Register;
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.bound_from("QAT".parse()?), None); // not yet in force
    /// # Ok::<(), hanoi_convention::participants::CodeError>(())
    /// ```
    pub fn bound_from(&self, code: Code) -> Option<DateWindow> {
        let eif = self.entry_into_force.window()?;
        let i = self.participants().index_of(code)?;
        let ts = self.transitions_of(i);
        // The last instrument, unless a denunciation after it has taken
        // effect by the data's as-of date.
        let k = ts.iter().rposition(|t| t.stage == Stage::Party)?;
        let ended = ts[k + 1..]
            .iter()
            .any(|t| t.stage == Stage::Denounced && t.date.latest() <= self.as_of);
        if ended {
            return None;
        }
        self.treaty
            .rules()
            .entry_into_force()
            .for_party(ts[k].date, eif)
            .ok()
    }

    /// Whether the treaty bound `code` at the end of `day`; `None` for a
    /// code the treaty does not know.
    pub fn is_bound(&self, code: Code, day: Date) -> Option<Answer> {
        let i = self.participants().index_of(code)?;
        let Some(eif) = self.entry_into_force.window() else {
            return Some(Answer::No);
        };
        let rule = self.treaty.rules().entry_into_force();
        // Bound while a party whose own date has come, until a
        // denunciation takes effect.
        let mut answer = Answer::No;
        for t in self.transitions_of(i) {
            match t.stage {
                Stage::Party => {
                    answer = rule
                        .for_party(t.date, eif)
                        .map_or(Answer::No, |w| w.happened_by(day));
                }
                Stage::Denounced => {
                    answer = match (answer, t.date.happened_by(day)) {
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

    /// Entry into force if the participants in `assumed` deposited an
    /// instrument counted toward it on the given days, in addition to the
    /// register's. A participant that already has a counted instrument, or
    /// a REIO whose instrument is not counted, adds nothing.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownParticipant`] for a code the treaty does not know;
    /// [`Error::Date`] when the arithmetic leaves the representable dates.
    ///
    /// ```
    /// use hanoi_convention::{Date, EntryIntoForce, Register};
    ///
    /// let r = Register::embedded();
    /// let EntryIntoForce::NotYet { missing, .. } = r.entry_into_force() else { panic!() };
    /// // Assume every State that has not yet deposited does so on 1 March 2027.
    /// let extra: Vec<_> = r.participants().iter()
    ///     .filter(|p| p.kind().is_state() && r.actions_of(p.code()).iter().all(|a| !a.kind().is_consent()))
    ///     .take(missing as usize)
    ///     .map(|p| (p.code(), Date::constant(2027, 3, 1)))
    ///     .collect();
    /// assert_eq!(r.entry_into_force_if(&extra)?, EntryIntoForce::On { date: Date::constant(2027, 5, 30) });
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn entry_into_force_if(&self, assumed: &[(Code, Date)]) -> Result<EntryIntoForce, Error> {
        let participants = self.participants();
        let reio_counted = self
            .treaty
            .rules()
            .reio()
            .is_none_or(|r| r.counted_as_additional());
        let mut deposits = self.counted_deposits.clone();
        let mut seen: Vec<Code> = Vec::new();
        for &(code, day) in assumed {
            let (Some(i), Some(p)) = (participants.index_of(code), participants.get(code)) else {
                return Err(Error::UnknownParticipant {
                    query: code.to_string(),
                    suggestions: participants.suggest(code.as_str(), 3),
                });
            };
            let counted = p.kind().is_state() || reio_counted;
            if counted && self.counted_instrument(i).is_none() && !seen.contains(&code) {
                seen.push(code);
                deposits.push(Deposit {
                    date: DateWindow::exact(day),
                    from_member: self.treaty.grouping().is_member(code),
                });
            }
        }
        Ok(self.treaty.rules().entry_into_force().general(&deposits)?)
    }
}

/// The status given a participant's transitions, at the end of the day
/// whose `day_key` is `key`: the last transition certainly reached and the
/// last possibly reached.
fn status_from(ts: &[Transition], key: i32) -> Status {
    // Most participants have one or two transitions: find the last certain
    // and last possible with a single pass from the end.
    let possible = ts.iter().rposition(|t| t.keys.0 <= key);
    let certain = match possible {
        Some(k) if ts[k].keys.1 <= key => Some(k),
        Some(k) => ts[..k].iter().rposition(|t| t.keys.1 <= key),
        None => None,
    };
    if certain == possible {
        return match certain.map(|k| ts[k]) {
            None => Status::NotSigned,
            Some(t) => match t.stage {
                Stage::Signed => Status::Signed { since: t.date },
                Stage::Party => Status::Party {
                    since: t.date,
                    instrument: t.kind,
                },
                Stage::Denounced => Status::Denounced { effective: t.date },
                Stage::Invited => Status::Invited { since: t.date },
                Stage::NotSigned => Status::NotSigned,
            },
        };
    }
    let stage = |k: Option<usize>| k.map_or(Stage::NotSigned, |k| ts[k].stage);
    Status::Unknown {
        known: stage(certain),
        maybe: stage(possible),
    }
}
