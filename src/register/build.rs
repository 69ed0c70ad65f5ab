//! Building a register: a treaty, actions validated against its final
//! provisions, and the indexes every question "on a day" uses.

use crate::actions::{Action, Stage};
use crate::base::date::{Date, DateWindow};
use crate::base::origin::Origin;
use crate::error::Error;
use crate::participants::Participants;
use crate::problem::{Problem, Problems};
use crate::register::counts::Timeline;
use crate::register::file::ActionsFile;
use crate::treaty::SignatoryScope;
use crate::treaty::{Deposit, EntryIntoForce, Treaty};
use crate::validate::{Prerequisite, Transition, check};

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
/// assert_eq!(register.on(Date::constant(2025, 10, 25)).signatories().count().certain, 1);
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
    /// Records of the files added that could not be read.
    unreadable: Vec<Problem>,
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
    /// `2026-07-31.4+local:mine.tsv@2026-08-01`. Default: `unversioned`.
    pub fn data_version(mut self, version: impl Into<String>) -> RegisterBuilder {
        self.data_version = Some(version.into());
        self
    }

    /// Keeps only the actions `keep` holds to (e.g. those of a day).
    pub(crate) fn keep_actions(mut self, keep: impl FnMut(&Action) -> bool) -> RegisterBuilder {
        self.actions.retain(keep);
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

    /// Adds the actions of a file, and the problems of its records that
    /// could not be read: [`validate`](Self::validate) and
    /// [`build`](Self::build) report them with the problems the rules find
    /// in every other record, so one call answers "is my file right?".
    pub fn file(mut self, file: ActionsFile) -> RegisterBuilder {
        let (actions, problems) = file.into_parts();
        self.actions.extend(actions);
        self.unreadable.extend(problems);
        self
    }

    /// Validates and indexes: the register, or every problem found, with
    /// the records that could not be read.
    ///
    /// ```
    /// use hanoi_convention::{Register, convention, io::actions};
    ///
    /// let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
    ///            FRA\tsignature\t2025-01-01\thigh\tmy notes\n\
    ///            DEU\tsignature\t2025-10-25\thigh\tmy notes\n";
    /// let v = Register::builder(convention()).file(actions::from_str("mine.tsv", tsv)?).validate();
    /// assert!(!v.is_valid());
    /// assert_eq!(v.problems().len(), 1);
    /// assert_eq!(v.checked(), 2);
    /// assert!(v.problems()[0].to_string().contains("rule signature-period (art. 64(1))"));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn validate(self) -> Validation {
        let checked = self.actions.len();
        let unread: Vec<Origin> = self.unreadable.iter().map(|p| p.origin().clone()).collect();
        Validation {
            checked,
            unread,
            result: self.build_register(),
        }
    }

    /// Validates and indexes. Every problem is reported, in a stable
    /// order that does not depend on the order the actions were added in.
    ///
    /// # Errors
    ///
    /// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every problem (a protocol
    /// built without its convention's register is one: [`Problem::PrerequisiteNotGiven`]); an error
    /// of kind [`Value`](crate::ErrorKind::Value) when the entry-into-force arithmetic leaves the
    /// representable dates.
    pub fn build(self) -> Result<Register, Error> {
        self.build_register()
    }

    fn build_register(self) -> Result<Register, Error> {
        let as_of = self.as_of.unwrap_or_else(|| {
            self.actions
                .iter()
                .map(|a| a.date().latest())
                .max()
                .unwrap_or(self.treaty.identity().adopted_on())
        });
        // A protocol without its convention's register: one problem for
        // the data as a whole (not one per action), beside the others.
        let signature = self.treaty.rules().signature();
        let mut general = Vec::new();
        let adopted = self.treaty.identity().adopted_on();
        if as_of < adopted {
            general.push(Problem::AsOfBeforeAdoption {
                at: Origin::Code,
                as_of,
                adopted,
            });
        }
        let needs_prerequisite = matches!(signature.open_to(), SignatoryScope::PartiesTo { .. });
        if let Some(given) = self.prerequisite.as_ref().filter(|_| !needs_prerequisite) {
            general.push(Problem::PrerequisiteNotExpected {
                at: Origin::Code,
                treaty: self.treaty.identity().short_name().to_string(),
                given: given.reference.clone(),
                article: signature.article().clone(),
            });
        }
        if let SignatoryScope::PartiesTo { treaty } = signature.open_to() {
            if self
                .prerequisite
                .as_ref()
                .is_none_or(|p| p.reference != treaty.as_ref())
            {
                general.push(Problem::PrerequisiteNotGiven {
                    at: Origin::Code,
                    treaty: self.treaty.identity().short_name().to_string(),
                    prerequisite: treaty.to_string(),
                    article: signature.article().clone(),
                });
            }
        }
        let version = self.data_version.unwrap_or_else(|| "unversioned".into());
        Register::index(
            self.treaty,
            self.actions,
            as_of,
            version,
            self.prerequisite,
            self.unreadable,
            general,
        )
    }
}

/// The outcome of [`RegisterBuilder::validate`]: the register, or every
/// problem of the data, with the records that could not be read.
#[derive(Debug, Clone)]
pub struct Validation {
    checked: usize,
    unread: Vec<Origin>,
    result: Result<Register, Error>,
}

impl Validation {
    /// True when the data has no problem.
    pub fn is_valid(&self) -> bool {
        self.result.is_ok()
    }

    /// Every problem, in a stable order (empty when valid; also empty when
    /// the register could not be built for another reason, see
    /// [`into_register`](Self::into_register)).
    pub fn problems(&self) -> &[Problem] {
        match &self.result {
            Err(e) => e.problems().map_or(&[], |p| p.as_slice()),
            _ => &[],
        }
    }

    /// How many records were read and checked against the rules.
    pub fn checked(&self) -> usize {
        self.checked
    }

    /// The records that could not be read (and so were not checked).
    pub fn unread(&self) -> &[Origin] {
        &self.unread
    }

    /// The register, when the data is valid.
    pub fn register(&self) -> Option<&Register> {
        self.result.as_ref().ok()
    }

    /// The register, or the error: an error of kind [`Invalid`](crate::ErrorKind::Invalid) with
    /// every problem.
    ///
    /// # Errors
    ///
    /// As [`RegisterBuilder::build`].
    pub fn into_register(self) -> Result<Register, Error> {
        self.result
    }
}

/// A treaty, its validated actions, and the answers derived from them.
///
/// Questions about a day go through [`Register::on`]; questions about the
/// data as a whole (its actions, its timeline, what-if) are asked here.
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
    pub(crate) timeline: Timeline,
    /// The instruments counted toward entry into force, one a participant.
    pub(crate) counted_deposits: Vec<Deposit>,
    /// The counted deposits indexed for questions about a day.
    pub(crate) deposit_index: crate::treaty::DepositIndex,
    /// Entry into force from every counted deposit the data knows.
    pub(crate) general: Option<EntryIntoForce>,
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
            unreadable: Vec::new(),
        }
    }

    /// A builder holding this register's treaty, actions, as-of date, data
    /// version and prerequisite, to add to.
    ///
    /// ```
    /// use hanoi_convention::Register;
    /// use hanoi_convention::actions::{Action, ActionKind};
    ///
    /// // Add France's (hypothetical) ratification to the embedded data.
    /// let base = Register::embedded();
    /// let ratify = Action::new("FRA".parse()?, ActionKind::Ratification, base.as_of().into());
    /// let r = base.to_builder().action(ratify).build()?;
    /// let day = r.on(r.as_of());
    /// assert_eq!(day.parties().count().certain, base.on(base.as_of()).parties().count().certain + 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> RegisterBuilder {
        RegisterBuilder {
            treaty: self.treaty.clone(),
            actions: self.actions.clone(),
            as_of: Some(self.as_of),
            data_version: Some(self.data_version.clone()),
            prerequisite: self.prerequisite.clone(),
            unreadable: Vec::new(),
        }
    }

    fn index(
        treaty: Treaty,
        actions: Vec<Action>,
        as_of: Date,
        data_version: String,
        prerequisite: Option<Prerequisite>,
        unreadable: Vec<Problem>,
        general: Vec<Problem>,
    ) -> Result<Register, Error> {
        let checked = check(&treaty, actions, as_of, prerequisite.as_ref());
        if !checked.problems.is_empty() || !unreadable.is_empty() || !general.is_empty() {
            let unread = unreadable.iter().map(|p| p.origin().clone()).collect();
            let mut all = unreadable;
            all.extend(general);
            all.extend(checked.problems);
            return Err(Error::invalid(Problems::with_unread(all, unread)));
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
            timeline: Timeline::default(),
            counted_deposits: Vec::new(),
            deposit_index: Default::default(),
            general: None,
        };
        let grouping = register.treaty.grouping();
        register.timeline = Timeline::build(
            grouping.len(),
            register
                .treaty
                .participants()
                .iter()
                .enumerate()
                .map(|(i, p)| (grouping.position_of(p), register.transitions_of(i))),
        );
        register.counted_deposits = register.collect_counted_deposits();
        register.deposit_index = crate::treaty::DepositIndex::new(
            register.treaty.rules().entry_into_force(),
            &register.counted_deposits,
        );
        register.general = register
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

    /// One instrument per participant: its first instrument of a kind the
    /// rule counts. A REIO's is left out when the treaty does not count it
    /// as additional to its members'.
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
        let rule = self.treaty.rules().entry_into_force();
        self.transitions_of(i)
            .iter()
            .find(|t| t.stage == Stage::Party && rule.counts(t.kind))
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

    /// Which data the register holds, e.g. `2026-07-31.4` for the embedded
    /// data (as `EmbeddedTreaty::dataset` records it), or what the builder was told.
    pub fn data_version(&self) -> &str {
        &self.data_version
    }

    /// Every action, sorted by participant (in participant-list order)
    /// then date.
    pub fn actions(&self) -> &[Action] {
        &self.actions
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
