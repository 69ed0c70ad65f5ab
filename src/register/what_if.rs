//! What if more participants deposited instruments: each assumed deposit
//! checked against the treaty's rules like any data, with whether and why
//! it counts, and the entry into force that follows ([`WhatIf`]).

use crate::actions::{Action, ActionKind};
use crate::base::citation::Citation;
use crate::base::date::{Date, DateWindow};
use crate::base::origin::Origin;
use crate::error::Error;
use crate::participants::Code;
use crate::problem::Problem;
use crate::register::build::Register;
use crate::register::day::OnDay;
use crate::treaty::{Deposit, EntryIntoForce};

/// An assumed deposit: who, and on which day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Assumption {
    /// The participant.
    pub code: Code,
    /// The day of the deposit.
    pub date: Date,
}

impl Assumption {
    /// `code` deposits on `date`.
    pub fn new(code: Code, date: Date) -> Assumption {
        Assumption { code, date }
    }
}

/// What became of one assumption.
///
/// ```
/// use hanoi_convention::{Date, Register, register::{Assumption, Outcome}};
///
/// let r = Register::embedded();
/// let fra = "FRA".parse()?;
/// let twice = [
///     Assumption::new(fra, Date::constant(2027, 3, 1)),
///     Assumption::new(fra, Date::constant(2027, 4, 1)),
/// ];
/// let w = r.on(r.as_of()).what_if(&twice)?;
/// assert_eq!(w.assumed[0].outcome, Outcome::Counted);
/// assert_ne!(w.assumed[1].outcome, Outcome::Counted); // a second consent counts once
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "outcome", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Outcome {
    /// Counted toward entry into force.
    Counted,
    /// A valid deposit that adds nothing to the count, and why.
    NotCounted {
        /// Why (its `Display` says it in words, with the article).
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::base::serialize_display"))]
        reason: Reason,
    },
    /// Against the treaty's rules: not taken.
    Rejected {
        /// The problems, as the validator reports them (each with its
        /// rule and article).
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::base::serialize_displays"))]
        problems: Vec<Problem>,
    },
}

/// Why a valid assumed deposit adds nothing to the count toward entry
/// into force.
///
/// ```
/// use hanoi_convention::{Register, register::{Assumption, Outcome, Reason}};
///
/// let r = Register::embedded();
/// let fra = "FRA".parse()?;
/// let day = hanoi_convention::Date::constant(2027, 1, 5);
/// let w = r.on(r.as_of()).what_if(&[Assumption::new(fra, day), Assumption::new(fra, day)])?;
/// let Outcome::NotCounted { reason } = &w.assumed[1].outcome else { panic!() };
/// assert_eq!(reason, &Reason::AssumedTwice { code: fra });
/// assert_eq!(reason.to_string(), "FRA is assumed more than once; only the first counts");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// The participant already has an instrument counted, deposited in
    /// `since`.
    AlreadyCounted {
        /// Who.
        code: Code,
        /// When its counted instrument was deposited.
        since: DateWindow,
    },
    /// The same participant is assumed again: only its first deposit counts.
    AssumedTwice {
        /// Who.
        code: Code,
    },
    /// The entry-into-force rule does not count this kind of instrument.
    InstrumentNotCounted {
        /// The instrument assumed.
        instrument: ActionKind,
        /// The kinds the rule counts.
        counted: Vec<ActionKind>,
        /// The rule's article.
        article: Citation,
    },
    /// A regional economic integration organization's instrument is not
    /// counted as additional to its member States'.
    NotAdditional {
        /// The article that says so.
        article: Citation,
    },
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::AlreadyCounted { code, since } => write!(
                f,
                "{code} already has an instrument counted toward entry into force ({since})"
            ),
            Reason::AssumedTwice { code } => {
                write!(f, "{code} is assumed more than once; only the first counts")
            }
            Reason::InstrumentNotCounted {
                instrument,
                counted,
                article,
            } => {
                let kinds: Vec<&str> = counted.iter().map(|k| k.as_str()).collect();
                write!(
                    f,
                    "the entry-into-force rule (art. {article}) counts {} only, not {instrument}",
                    kinds.join(", ")
                )
            }
            Reason::NotAdditional { article } => write!(
                f,
                "the instrument of a regional economic integration organization is not counted as additional \
                 to those of its member States (art. {article})"
            ),
        }
    }
}

/// One assumption, the instrument it stands for, and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Assumed {
    /// Who.
    pub code: Code,
    /// When.
    pub date: Date,
    /// The instrument assumed: the treaty's first instrument of consent
    /// for a participant that had signed by then, accession otherwise.
    pub instrument: ActionKind,
    /// Whether it counts, and why not.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub outcome: Outcome,
    /// Remarks that do not change the outcome (e.g. a day the data covers).
    pub notes: Vec<String>,
}

/// Entry into force with assumed deposits added to the data's.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WhatIf {
    /// The day asked: the data are taken as they stood then.
    pub as_of: Date,
    /// Entry into force from the data alone, as it stood on that day.
    pub from_data: EntryIntoForce,
    /// Every assumption, in the order given.
    pub assumed: Vec<Assumed>,
    /// Entry into force with the counted assumptions added.
    pub then: EntryIntoForce,
}

impl OnDay<'_> {
    /// Entry into force if the participants in `assumed` deposited an
    /// instrument on the given days, in addition to what the data record
    /// by this day (the actions possibly made by then). Each assumption is
    /// checked against the treaty's rules as a record of the data would be
    /// (a deposit before the treaty existed, or by a participant the
    /// treaty does not know, is rejected), and says whether it counts: a
    /// participant that already has a counted instrument by then, a
    /// participant assumed twice, or a REIO whose instrument the treaty
    /// does not count as additional, adds nothing.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) when the arithmetic leaves the
    /// representable dates.
    ///
    /// ```
    /// use hanoi_convention::{Date, EntryIntoForce, Register};
    /// use hanoi_convention::register::{Assumption, Outcome};
    ///
    /// let r = Register::embedded();
    /// let day = Date::constant(2027, 3, 1);
    /// let early = Date::constant(2020, 1, 1);
    /// let w = r.on(r.as_of()).what_if(&[
    ///     Assumption::new("FRA".parse()?, day),
    ///     Assumption::new("EU".parse()?, day),
    ///     Assumption::new("DEU".parse()?, early),
    /// ])?;
    /// assert_eq!(w.assumed[0].outcome, Outcome::Counted);
    /// assert!(matches!(w.assumed[1].outcome, Outcome::NotCounted { .. })); // art. 65(1)
    /// assert!(matches!(w.assumed[2].outcome, Outcome::Rejected { .. })); // before the Convention existed
    /// // Asked at the end of 2025, Qatar's ratification of 2026 is not yet in the data.
    /// let qat = r.on(Date::constant(2025, 12, 31)).what_if(&[Assumption::new("QAT".parse()?, day)])?;
    /// assert_eq!(qat.assumed[0].outcome, Outcome::Counted);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn what_if(&self, assumed: &[Assumption]) -> Result<WhatIf, Error> {
        let r = self.register();
        let rule = r.treaty().rules().entry_into_force();
        let by_then = |w: DateWindow| w.earliest() <= self.day();
        let mut deposits: Vec<Deposit> = r
            .counted_deposits
            .iter()
            .filter(|d| by_then(d.date))
            .cloned()
            .collect();
        let mut out = Vec::with_capacity(assumed.len());
        // The assumptions taken so far, as actions (a later one is checked
        // with them), and the codes counted so far.
        let mut taken: Vec<Action> = Vec::new();
        let mut counted: Vec<Code> = Vec::new();
        for (k, a) in assumed.iter().enumerate() {
            let (one, action) = self.assume(k, *a, &taken, &counted);
            if one.outcome == Outcome::Counted {
                counted.push(a.code);
                deposits.push(Deposit {
                    date: DateWindow::exact(a.date),
                    from_member: r.treaty().grouping().is_member(a.code),
                });
            }
            if !matches!(one.outcome, Outcome::Rejected { .. }) {
                taken.extend(action);
            }
            out.push(one);
        }
        let general = rule.general(&deposits)?;
        let then = rule.on_day(&deposits, Date::MAX, general)?;
        Ok(WhatIf {
            as_of: self.day(),
            from_data: self.entry_into_force(),
            assumed: out,
            then,
        })
    }

    /// One assumption, checked with the data of the day and the
    /// assumptions taken before it; the action it stands for, unless it
    /// adds nothing.
    fn assume(
        &self,
        k: usize,
        a: Assumption,
        taken: &[Action],
        counted: &[Code],
    ) -> (Assumed, Option<Action>) {
        let r = self.register();
        let day = self.day();
        let known = |x: &&Action| x.date().earliest() <= day;
        let signed = r
            .actions_of(a.code)
            .iter()
            .filter(known)
            .any(|x| x.kind().is_signature() && x.date().earliest() <= a.date);
        let instrument = if signed {
            r.treaty()
                .rules()
                .consent()
                .instruments()
                .first()
                .copied()
                .unwrap_or(ActionKind::Ratification)
        } else {
            ActionKind::Accession
        };
        let notes = self.notes(a);
        let assumed = |outcome| Assumed {
            code: a.code,
            date: a.date,
            instrument,
            outcome,
            notes: notes.clone(),
        };
        // A participant whose instrument is already counted deposits no other.
        let already = r
            .participants()
            .index_of(a.code)
            .and_then(|i| r.counted_instrument(i));
        if let Some(w) = already.filter(|w| w.earliest() <= day) {
            let reason = Reason::AlreadyCounted {
                code: a.code,
                since: w,
            };
            return (assumed(Outcome::NotCounted { reason }), None);
        }
        if counted.contains(&a.code) {
            let reason = Reason::AssumedTwice { code: a.code };
            return (assumed(Outcome::NotCounted { reason }), None);
        }
        let origin = Origin::Assumption { index: k as u32 + 1 };
        let action = Action::new(a.code, instrument, DateWindow::exact(a.date))
            .with_source("assumed", crate::base::provenance::Confidence::Low)
            .with_origin(origin.clone());
        let latest = taken.iter().map(|t| t.date().latest()).chain([a.date, day]).max();
        // Checked with the data as they stood on the day.
        let problems: Vec<Problem> = r
            .to_builder()
            .keep_actions(|x| x.date().earliest() <= day)
            .as_of(latest.unwrap_or(a.date))
            .actions(taken.iter().cloned())
            .action(action.clone())
            .validate()
            .problems()
            .iter()
            .filter(|p| *p.origin() == origin)
            .cloned()
            .collect();
        if !problems.is_empty() {
            return (assumed(Outcome::Rejected { problems }), None);
        }
        let outcome = match r.not_counted(a, instrument) {
            Some(reason) => Outcome::NotCounted { reason },
            None => Outcome::Counted,
        };
        (assumed(outcome), Some(action))
    }

    /// Remarks on an assumption that do not change its outcome.
    fn notes(&self, a: Assumption) -> Vec<String> {
        let mut notes = Vec::new();
        let opens = self.register().treaty().rules().signature().opens();
        if a.date < opens {
            notes.push(format!(
                "dated before the treaty opened for signature ({opens}): the depositary would not yet have received it"
            ));
        }
        if a.date <= self.day() {
            notes.push(format!(
                "dated on or before the day asked ({}): a deposit the data of that day do not record",
                self.day()
            ));
        }
        notes
    }
}

impl Register {
    /// Why a valid assumed deposit adds nothing to the count, if it does not.
    fn not_counted(&self, a: Assumption, instrument: ActionKind) -> Option<Reason> {
        let p = self.participants().get(a.code)?;
        let rules = self.treaty().rules();
        let rule = rules.entry_into_force();
        if !rule.counts(instrument) {
            return Some(Reason::InstrumentNotCounted {
                instrument,
                counted: rule.counted_kinds().to_vec(),
                article: rule.article().clone(),
            });
        }
        let reio = rules
            .reio()
            .filter(|r| !p.kind().is_state() && !r.counted_as_additional())?;
        Some(Reason::NotAdditional {
            article: reio.counting_article().clone(),
        })
    }
}
