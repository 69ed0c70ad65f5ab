//! Building a register: a treaty, actions validated against its final
//! provisions, and the indexes every question "as of a date" uses.

use crate::actions::Action;
use crate::base::date::{Date, DateWindow, day_key};
use crate::error::Error;
use crate::participants::Participants;
use crate::register::counts::{TimelinePoint, timeline};
use crate::register::status::Stage;
use crate::treaty::SignatoryScope;
use crate::treaty::{Deposit, EntryIntoForce, Treaty};
use crate::validate::{Prerequisite, Transition, Violations, check};

/// Builds a [`Register`] for a treaty from actions, validating them.
///
/// ```
/// use hanoi_convention::{Date, Register, convention};
/// use hanoi_convention::actions::{Action, ActionKind};
///
/// let vnm = "VNM".parse()?;
/// let register = Register::builder(convention())
///     .as_of(Date::constant(2026, 1, 1))
///     .action(Action::new(vnm, ActionKind::Signature, Date::constant(2025, 10, 25).into()))
///     .build()?;
/// assert_eq!(register.signatories(Date::constant(2025, 10, 25)).certain, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct RegisterBuilder {
    treaty: Treaty,
    actions: Vec<Action>,
    as_of: Option<Date>,
    data_version: Option<String>,
    prerequisite: Option<Prerequisite>,
}

impl RegisterBuilder {
    /// The register of the treaty whose parties alone may join this one (a
    /// protocol's convention, see
    /// [`SignatoryScope::PartiesTo`](crate::treaty::SignatoryScope::PartiesTo)).
    pub fn prerequisite(mut self, register: &Register) -> RegisterBuilder {
        let consents = register
            .participants()
            .iter()
            .enumerate()
            .filter_map(|(i, p)| register.first_consent(i).map(|w| (p.code(), w)))
            .collect();
        self.prerequisite = Some(Prerequisite {
            reference: register.treaty().identity().reference().to_string(),
            consents,
        });
        self
    }

    /// The data's as-of date: no action may be dated after it. Default: the
    /// latest day any action's window reaches (or the treaty's adoption
    /// when there are none), never the machine's clock.
    pub fn as_of(mut self, as_of: Date) -> RegisterBuilder {
        self.as_of = Some(as_of);
        self
    }

    /// Names the data, for outputs to say which data made them, e.g.
    /// `2026-07-31.2+local`. Default: `unversioned`.
    pub fn data_version(mut self, version: impl Into<String>) -> RegisterBuilder {
        self.data_version = Some(version.into());
        self
    }

    /// Adds one action.
    pub fn action(mut self, action: Action) -> RegisterBuilder {
        self.actions.push(action);
        self
    }

    /// Adds actions.
    pub fn actions(mut self, actions: impl IntoIterator<Item = Action>) -> RegisterBuilder {
        self.actions.extend(actions);
        self
    }

    /// Validates and indexes. Every violation is reported, in a stable
    /// order that does not depend on the order the actions were added in.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] listing every violation; [`Error::Date`] when the
    /// entry-into-force arithmetic leaves the representable dates.
    pub fn build(self) -> Result<Register, Error> {
        let as_of = self.as_of.unwrap_or_else(|| {
            self.actions
                .iter()
                .map(|a| a.date().latest())
                .max()
                .unwrap_or(self.treaty.identity().adopted_on())
        });
        if let SignatoryScope::PartiesTo { treaty } = self.treaty.rules().signature().open_to() {
            if self
                .prerequisite
                .as_ref()
                .is_none_or(|p| p.reference != treaty.as_ref())
            {
                return Err(Error::Format {
                    origin: crate::base::origin::Origin::Code,
                    message: format!(
                        "{} admits only the parties to {treaty}: give the builder that treaty's register \
                         (RegisterBuilder::prerequisite)",
                        self.treaty.identity().short_name()
                    ),
                });
            }
        }
        let version = self.data_version.unwrap_or_else(|| "unversioned".into());
        Register::build(self.treaty, self.actions, as_of, version, self.prerequisite)
    }
}

/// A treaty, its validated actions, and the answers derived from them.
#[derive(Debug, Clone)]
pub struct Register {
    pub(crate) treaty: Treaty,
    pub(crate) as_of: Date,
    pub(crate) data_version: String,
    pub(crate) prerequisite: Option<Prerequisite>,
    pub(crate) actions: Vec<Action>,
    pub(crate) action_ranges: Vec<(u32, u32)>,
    pub(crate) transitions: Vec<Transition>,
    /// Participant `i`'s transitions are `transitions[starts[i]..starts[i + 1]]`.
    pub(crate) transition_starts: Vec<u32>,
    pub(crate) timeline: Vec<TimelinePoint>,
    /// The instruments counted toward entry into force.
    pub(crate) counted_deposits: Vec<Deposit>,
    pub(crate) entry_into_force: EntryIntoForce,
}

impl Register {
    /// A builder for `treaty`, with no actions yet.
    pub fn builder(treaty: &Treaty) -> RegisterBuilder {
        RegisterBuilder {
            treaty: treaty.clone(),
            actions: Vec::new(),
            as_of: None,
            data_version: None,
            prerequisite: None,
        }
    }

    /// A builder holding this register's treaty, actions and as-of date, to
    /// add to.
    ///
    /// ```
    /// use hanoi_convention::Register;
    /// use hanoi_convention::actions::{Action, ActionKind};
    ///
    /// // Add France's (hypothetical) ratification to the embedded data.
    /// let ratify = Action::new("FRA".parse()?, ActionKind::Ratification, "2026-07-01".parse()?);
    /// let r = Register::embedded().to_builder().action(ratify).build()?;
    /// assert_eq!(r.parties(r.as_of()).certain, 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> RegisterBuilder {
        RegisterBuilder {
            treaty: self.treaty.clone(),
            actions: self.actions.clone(),
            as_of: Some(self.as_of),
            data_version: Some(self.data_version.clone()),
            prerequisite: self.prerequisite.clone(),
        }
    }

    fn build(
        treaty: Treaty,
        actions: Vec<Action>,
        as_of: Date,
        data_version: String,
        prerequisite: Option<Prerequisite>,
    ) -> Result<Register, Error> {
        let checked = check(&treaty, actions, as_of, prerequisite.as_ref());
        if !checked.violations.is_empty() {
            return Err(Error::Invalid(Violations::new(checked.violations)));
        }
        let mut register = Register {
            treaty,
            as_of,
            data_version,
            prerequisite,
            actions: checked.actions,
            action_ranges: checked.action_ranges,
            transitions: checked.transitions,
            transition_starts: starts_of(&checked.transition_ranges),
            timeline: Vec::new(),
            counted_deposits: Vec::new(),
            entry_into_force: EntryIntoForce::NotYet {
                counted: 0,
                missing: 0,
            },
        };
        let grouping = register.treaty.grouping();
        register.timeline = timeline(
            register
                .treaty
                .participants()
                .iter()
                .enumerate()
                .map(|(i, p)| (grouping.bucket_of(p), register.transitions_of(i))),
        );
        register.counted_deposits = register.collect_counted_deposits();
        register.entry_into_force = register
            .treaty
            .rules()
            .entry_into_force()
            .general(&register.counted_deposits)?;
        Ok(register)
    }

    pub(crate) fn transitions_of(&self, index: usize) -> &[Transition] {
        match self.transition_starts.get(index..index + 2) {
            Some(&[a, b]) => &self.transitions[a as usize..b as usize],
            _ => &[],
        }
    }

    /// One instrument per participant: its first counted instrument of
    /// consent. A REIO's is left out when the treaty does not count it as
    /// additional to its members'.
    fn collect_counted_deposits(&self) -> Vec<Deposit> {
        let rules = self.treaty.rules();
        let reio_counted = rules.reio().is_none_or(|r| r.counted_as_additional());
        let mut out = Vec::new();
        for (i, p) in self.treaty.participants().iter().enumerate() {
            if !p.kind().is_state() && !reio_counted {
                continue;
            }
            if let Some(t) = self.counted_instrument(i) {
                out.push(Deposit {
                    date: t,
                    from_member: self.treaty.grouping().is_member(p.code()),
                });
            }
        }
        out
    }

    /// The date of participant `i`'s first instrument of consent, if any.
    pub(crate) fn first_consent(&self, i: usize) -> Option<DateWindow> {
        self.transitions_of(i)
            .iter()
            .find(|t| t.stage == Stage::Party)
            .map(|t| t.date)
    }

    /// The date of participant `i`'s first instrument counted toward entry
    /// into force, if any.
    pub(crate) fn counted_instrument(&self, i: usize) -> Option<DateWindow> {
        self.transitions_of(i)
            .iter()
            .find(|t| t.stage == Stage::Party && t.kind.counts_toward_entry_into_force())
            .map(|t| t.date)
    }

    /// The treaty the register is for.
    pub fn treaty(&self) -> &Treaty {
        &self.treaty
    }

    /// The treaty's participants.
    pub fn participants(&self) -> &Participants {
        self.treaty.participants()
    }

    /// The as-of date: the data describes events up to this day.
    pub fn as_of(&self) -> Date {
        self.as_of
    }

    /// Which data the register holds, e.g. `2026-07-31.2` for the embedded
    /// data ([`crate::DATA_VERSION`]), or what the builder was told.
    pub fn data_version(&self) -> &str {
        &self.data_version
    }

    /// Every action, sorted by participant (in participant-list order)
    /// then date.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    pub(crate) fn day_key(day: Date) -> i32 {
        day_key(day)
    }
}

/// Per-participant range starts from (start, end) pairs laid out in order.
fn starts_of(ranges: &[(u32, u32)]) -> Vec<u32> {
    let mut starts = Vec::with_capacity(ranges.len() + 1);
    let mut end = 0;
    for &(a, b) in ranges {
        starts.push(if a == b { end } else { a });
        end = end.max(b);
    }
    starts.push(end);
    starts
}
