//! The status register: participants and their validated actions, with
//! indexes built once so that every question "as of a date" is cheap.

use std::fmt;
use std::sync::Arc;

use crate::actions::Action;
use crate::date::{Date, DateWindow, Known, day_key};
use crate::error::{Error, Violations};
use crate::participants::{Code, Participant, Participants, RegionalGroup};
use crate::rules::{DAYS_FOR_LATER_PARTIES, DAYS_TO_ENTRY_INTO_FORCE, INSTRUMENTS_FOR_ENTRY_INTO_FORCE};
use crate::status::{Counts, Stage, Status};
use crate::validate::{Transition, check};

/// Counts per regional group bucket: the five groups, then "no group".
pub const GROUP_BUCKETS: usize = 6;

/// Signatories and parties by regional group on one day.
///
/// ```
/// use hanoi_convention::{Date, RegionalGroup, Register};
///
/// let r = Register::embedded();
/// let counts = r.counts_by_group(Date::constant(2025, 10, 26));
/// assert_eq!(counts.total_signatories().certain, 72);
/// let by_group: u32 = RegionalGroup::ALL.iter().map(|g| counts.signatories(Some(*g)).certain).sum();
/// assert_eq!(by_group + counts.signatories(None).certain, 72);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GroupCounts {
    signatories: [Counts; GROUP_BUCKETS],
    parties: [Counts; GROUP_BUCKETS],
}

fn bucket(group: Option<RegionalGroup>) -> usize {
    group.map_or(GROUP_BUCKETS - 1, RegionalGroup::index)
}

impl GroupCounts {
    /// Signatories counted in `group` (`None`: in no group, or disputed).
    pub fn signatories(&self, group: Option<RegionalGroup>) -> Counts {
        self.signatories[bucket(group)]
    }

    /// Parties counted in `group` (`None`: in no group, or disputed).
    pub fn parties(&self, group: Option<RegionalGroup>) -> Counts {
        self.parties[bucket(group)]
    }

    /// All signatories.
    pub fn total_signatories(&self) -> Counts {
        self.signatories.iter().copied().sum()
    }

    /// All parties.
    pub fn total_parties(&self) -> Counts {
        self.parties.iter().copied().sum()
    }

    /// The buckets in order: each group of [`RegionalGroup::ALL`], then `None`.
    pub fn buckets() -> impl Iterator<Item = Option<RegionalGroup>> {
        RegionalGroup::ALL
            .into_iter()
            .map(Some)
            .chain(std::iter::once(None))
    }
}

/// One day on which the counts changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TimelinePoint {
    /// The day.
    pub date: Date,
    /// Counts at the end of that day.
    pub counts: GroupCounts,
}

impl TimelinePoint {
    /// All signatories at the end of the day.
    pub fn signatories(&self) -> Counts {
        self.counts.total_signatories()
    }

    /// All parties at the end of the day.
    pub fn parties(&self) -> Counts {
        self.counts.total_parties()
    }
}

/// When the Convention enters into force (art. 65(1)).
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
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum EntryIntoForce {
    /// Fewer than forty instruments counted.
    NotYet {
        /// Instruments counted so far (a REIO's is not counted).
        counted: u32,
        /// Instruments still missing.
        missing: u32,
    },
    /// On this day.
    On(Date),
    /// On a day in this window (the fortieth deposit is only known to a window).
    Within(DateWindow),
}

impl EntryIntoForce {
    /// The day or window, if the Convention is (to be) in force.
    ///
    /// ```
    /// use hanoi_convention::{Date, EntryIntoForce};
    ///
    /// assert_eq!(EntryIntoForce::NotYet { counted: 3, missing: 37 }.window(), None);
    /// let d = Date::constant(2027, 5, 30);
    /// assert_eq!(EntryIntoForce::On(d).window().map(|w| w.earliest()), Some(d));
    /// ```
    pub fn window(&self) -> Option<DateWindow> {
        match self {
            EntryIntoForce::NotYet { .. } => None,
            EntryIntoForce::On(d) => Some(DateWindow::exact(*d)),
            EntryIntoForce::Within(w) => Some(*w),
        }
    }

    fn from_window(w: Option<DateWindow>, counted: u32) -> EntryIntoForce {
        match w {
            None => EntryIntoForce::NotYet {
                counted,
                missing: INSTRUMENTS_FOR_ENTRY_INTO_FORCE.saturating_sub(counted),
            },
            Some(w) => match w.exact_day() {
                Some(d) => EntryIntoForce::On(d),
                None => EntryIntoForce::Within(w),
            },
        }
    }
}

impl fmt::Display for EntryIntoForce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryIntoForce::NotYet { counted, missing } => {
                write!(
                    f,
                    "not yet in force: {counted} of 40 instruments counted, {missing} missing"
                )
            }
            EntryIntoForce::On(d) => write!(f, "in force from {d}"),
            EntryIntoForce::Within(w) => write!(f, "in force from a day in {w}"),
        }
    }
}

/// Builds a [`Register`] from participants and actions, validating them.
///
/// ```
/// use hanoi_convention::{Action, ActionKind, Date, Register};
///
/// let vnm = "VNM".parse()?;
/// let register = Register::builder()
///     .as_of(Date::constant(2026, 1, 1))
///     .action(Action::new(vnm, ActionKind::Signature, Date::constant(2025, 10, 25).into()))
///     .build()?;
/// assert_eq!(register.signatories(Date::constant(2025, 10, 25)).certain, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct RegisterBuilder {
    participants: Arc<Participants>,
    actions: Vec<Action>,
    as_of: Date,
}

impl RegisterBuilder {
    /// Uses these participants instead of the embedded ones.
    pub fn participants(mut self, participants: Arc<Participants>) -> RegisterBuilder {
        self.participants = participants;
        self
    }

    /// The data's as-of date: no action may be dated after it.
    pub fn as_of(mut self, as_of: Date) -> RegisterBuilder {
        self.as_of = as_of;
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
    pub fn build(self) -> Result<Register, Error> {
        Register::build(self.participants, self.actions, self.as_of)
    }
}

/// Participants, their validated actions, and the answers derived from them.
#[derive(Debug, Clone)]
pub struct Register {
    participants: Arc<Participants>,
    as_of: Date,
    actions: Vec<Action>,
    action_ranges: Vec<(u32, u32)>,
    transitions: Vec<Transition>,
    /// Participant `i`'s transitions are `transitions[starts[i]..starts[i + 1]]`.
    transition_starts: Vec<u32>,
    timeline: Vec<TimelinePoint>,
    /// Deposit windows of the instruments counted under art. 65(1).
    counted_deposits: Vec<DateWindow>,
    entry_into_force: EntryIntoForce,
}

impl Register {
    /// The register of the crate's embedded data, as of [`crate::DATA_AS_OF`].
    pub fn embedded() -> &'static Register {
        crate::embedded::register()
    }

    /// Builds a fresh register from the embedded data, reading and
    /// validating every file again: the work [`Register::embedded`] does once
    /// on first use. Useful to measure that cost, or to own a copy.
    ///
    /// ```
    /// let fresh = hanoi_convention::Register::load_embedded()?;
    /// assert_eq!(fresh.actions(), hanoi_convention::Register::embedded().actions());
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn load_embedded() -> Result<Register, Error> {
        crate::embedded::build_register()
    }

    /// A builder starting from the embedded participants, no actions, and
    /// [`crate::DATA_AS_OF`] as the as-of date.
    pub fn builder() -> RegisterBuilder {
        RegisterBuilder {
            participants: crate::embedded::participants(),
            actions: Vec::new(),
            as_of: crate::DATA_AS_OF,
        }
    }

    /// A builder holding this register's participants, actions and as-of
    /// date, to add to.
    ///
    /// ```
    /// use hanoi_convention::{Action, ActionKind, Register};
    ///
    /// // Add France's (hypothetical) ratification to the embedded data.
    /// let ratify = Action::new("FRA".parse()?, ActionKind::Ratification, "2026-07-01".parse()?);
    /// let r = Register::embedded().to_builder().action(ratify).build()?;
    /// assert_eq!(r.parties(r.as_of()).certain, 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> RegisterBuilder {
        RegisterBuilder {
            participants: self.participants.clone(),
            actions: self.actions.clone(),
            as_of: self.as_of,
        }
    }

    fn build(participants: Arc<Participants>, actions: Vec<Action>, as_of: Date) -> Result<Register, Error> {
        let checked = check(&participants, actions, as_of);
        if !checked.violations.is_empty() {
            return Err(Error::Invalid(Violations(checked.violations)));
        }
        let mut register = Register {
            participants,
            as_of,
            actions: checked.actions,
            action_ranges: checked.action_ranges,
            transitions: checked.transitions,
            transition_starts: starts_of(&checked.transition_ranges),
            timeline: Vec::new(),
            counted_deposits: Vec::new(),
            entry_into_force: EntryIntoForce::NotYet {
                counted: 0,
                missing: INSTRUMENTS_FOR_ENTRY_INTO_FORCE,
            },
        };
        register.timeline = register.build_timeline();
        register.counted_deposits = register.collect_counted_deposits();
        register.entry_into_force = entry_into_force_of(&register.counted_deposits);
        Ok(register)
    }

    fn transitions_of(&self, index: usize) -> &[Transition] {
        match self.transition_starts.get(index..index + 2) {
            Some(&[a, b]) => &self.transitions[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The change points of the counts: for each participant, signature and
    /// party counts rise at a window's start (possible) and end (certain);
    /// a denunciation lowers them the other way round.
    fn build_timeline(&self) -> Vec<TimelinePoint> {
        // (day, bucket, is_party, d_certain, d_possible)
        let mut events: Vec<(Date, usize, bool, i32, i32)> = Vec::new();
        for (i, p) in self.participants.iter().enumerate() {
            let b = bucket(p.group().counted_in());
            let ts = self.transitions_of(i);
            if let Some(sig) = ts.iter().find(|t| t.stage == Stage::Signed) {
                events.push((sig.date.earliest(), b, false, 0, 1));
                events.push((sig.date.latest(), b, false, 1, 0));
            }
            for t in ts {
                match t.stage {
                    Stage::Party => {
                        events.push((t.date.earliest(), b, true, 0, 1));
                        events.push((t.date.latest(), b, true, 1, 0));
                    }
                    Stage::Denounced => {
                        events.push((t.date.earliest(), b, true, -1, 0));
                        events.push((t.date.latest(), b, true, 0, -1));
                    }
                    _ => {}
                }
            }
        }
        events.sort_unstable_by_key(|e| e.0);
        let mut running = [[(0i64, 0i64); GROUP_BUCKETS]; 2];
        let mut points: Vec<TimelinePoint> = Vec::new();
        let mut i = 0;
        while i < events.len() {
            let day = events[i].0;
            while i < events.len() && events[i].0 == day {
                let (_, b, party, dc, dp) = events[i];
                let slot = &mut running[usize::from(party)][b];
                slot.0 += i64::from(dc);
                slot.1 += i64::from(dp);
                i += 1;
            }
            let to_counts = |row: &[(i64, i64); GROUP_BUCKETS]| {
                row.map(|(c, p)| Counts {
                    certain: u32::try_from(c.max(0)).unwrap_or(u32::MAX),
                    possible: u32::try_from(p.max(0)).unwrap_or(u32::MAX),
                })
            };
            points.push(TimelinePoint {
                date: day,
                counts: GroupCounts {
                    signatories: to_counts(&running[0]),
                    parties: to_counts(&running[1]),
                },
            });
        }
        points
    }

    /// One instrument per State: its first counted instrument of consent.
    fn collect_counted_deposits(&self) -> Vec<DateWindow> {
        let mut out = Vec::new();
        for (i, p) in self.participants.iter().enumerate() {
            // Art. 65(1): a REIO's instrument is not additional to its members'.
            if !p.kind().is_state() {
                continue;
            }
            if let Some(t) = self
                .transitions_of(i)
                .iter()
                .find(|t| t.stage == Stage::Party && t.kind.counts_toward_entry_into_force())
            {
                out.push(t.date);
            }
        }
        out
    }

    /// The participants.
    pub fn participants(&self) -> &Participants {
        &self.participants
    }

    /// The shared handle to the participants (cheap to clone).
    pub fn participants_arc(&self) -> Arc<Participants> {
        self.participants.clone()
    }

    /// The as-of date: the data describes events up to this day.
    pub fn as_of(&self) -> Date {
        self.as_of
    }

    /// Every action, sorted by participant (in participant-list order)
    /// then date.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    /// The actions of one participant, in date order.
    ///
    /// ```
    /// use hanoi_convention::{ActionKind, Register};
    ///
    /// let qat = Register::embedded().actions_of("QAT".parse()?);
    /// let kinds: Vec<ActionKind> = qat.iter().map(|a| a.kind()).collect();
    /// assert_eq!(kinds, [ActionKind::Signature, ActionKind::Ratification, ActionKind::Reservation]);
    /// # Ok::<(), hanoi_convention::CodeError>(())
    /// ```
    pub fn actions_of(&self, code: Code) -> &[Action] {
        match self.participants.index_of(code) {
            Some(i) => {
                let (a, b) = self.action_ranges[i];
                &self.actions[a as usize..b as usize]
            }
            None => &[],
        }
    }

    /// The status of participant number `index` (see
    /// [`Participants::index_of`]) at the end of `day`.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, Status};
    ///
    /// let r = Register::embedded();
    /// let i = r.participants().index_of("AGO".parse()?).unwrap();
    /// assert!(matches!(r.status_at_index(i, Date::constant(2026, 1, 1)), Status::Signed { .. }));
    /// # Ok::<(), hanoi_convention::CodeError>(())
    /// ```
    pub fn status_at_index(&self, index: usize, day: Date) -> Status {
        self.status_at_key(index, day_key(day))
    }

    fn status_at_key(&self, index: usize, key: i32) -> Status {
        status_from(self.transitions_of(index), key)
    }
    /// The status of `code` at the end of `day`; `NotSigned` for a code the
    /// register does not know.
    pub fn status(&self, code: Code, day: Date) -> Status {
        self.participants
            .index_of(code)
            .map_or(Status::NotSigned, |i| self.status_at_index(i, day))
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
        let key = day_key(day);
        self.participants
            .iter()
            .zip(self.transition_starts.windows(2))
            .map(move |(p, w)| {
                (
                    p,
                    status_from(&self.transitions[w[0] as usize..w[1] as usize], key),
                )
            })
    }

    /// Whether `code` had signed by the end of `day`.
    ///
    /// ```
    /// use hanoi_convention::{Date, Known, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.has_signed("CAN".parse()?, Date::constant(2026, 7, 15)), Known::Unknown);
    /// assert_eq!(r.has_signed("USA".parse()?, r.as_of()), Known::No);
    /// # Ok::<(), hanoi_convention::CodeError>(())
    /// ```
    pub fn has_signed(&self, code: Code, day: Date) -> Known {
        let Some(i) = self.participants.index_of(code) else {
            return Known::No;
        };
        self.transitions_of(i)
            .iter()
            .find(|t| t.stage == Stage::Signed)
            .map_or(Known::No, |t| t.date.happened_by(day))
    }

    /// Participants that had signed by the end of `day`, each with whether
    /// that is certain ([`Known::Yes`]) or possible ([`Known::Unknown`]).
    ///
    /// ```
    /// use hanoi_convention::{Date, Known, Register};
    ///
    /// let r = Register::embedded();
    /// let list = r.signatories_on(Date::constant(2025, 12, 1));
    /// assert_eq!(list.len(), 74);
    /// assert_eq!(list.iter().filter(|(_, k)| *k == Known::Unknown).count(), 1);
    /// ```
    pub fn signatories_on(&self, day: Date) -> Vec<(&Participant, Known)> {
        self.participants
            .iter()
            .map(|p| (p, self.has_signed(p.code(), day)))
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
    pub fn parties_on(&self, day: Date) -> Vec<(&Participant, Known)> {
        self.statuses(day)
            .map(|(p, s)| (p, s.is_party()))
            .filter(|(_, k)| k.is_possible())
            .collect()
    }

    fn point_at(&self, day: Date) -> Option<&TimelinePoint> {
        let n = self.timeline.partition_point(|p| p.date <= day);
        n.checked_sub(1).map(|i| &self.timeline[i])
    }

    /// Signatories and parties by regional group at the end of `day`.
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
    pub fn signatories(&self, day: Date) -> Counts {
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
    pub fn parties(&self, day: Date) -> Counts {
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
    /// use hanoi_convention::{hanoi_ceremony, Register};
    ///
    /// let per_day = Register::embedded().signatures_on_days(&hanoi_ceremony().days());
    /// assert_eq!(per_day[1].1.certain, 3); // Mali, Rwanda, Saudi Arabia on 26 October
    /// ```
    pub fn signatures_on_days(&self, days: &[Date]) -> Vec<(Date, Counts)> {
        days.iter()
            .map(|&day| {
                let mut c = Counts::default();
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

    /// When the Convention enters into force under art. 65(1).
    ///
    /// Counted: each State's first instrument of ratification, acceptance,
    /// approval or accession (a REIO's instrument is not additional to its
    /// members', and succession is not named in art. 65(1)). A denunciation
    /// before entry into force does not take an instrument out of the count.
    pub fn entry_into_force(&self) -> EntryIntoForce {
        self.entry_into_force
    }

    /// Whether the Convention was in force at the end of `day`.
    ///
    /// ```
    /// use hanoi_convention::{Known, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.in_force_on(r.as_of()), Known::No);
    /// ```
    pub fn in_force_on(&self, day: Date) -> Known {
        self.entry_into_force
            .window()
            .map_or(Known::No, |w| w.happened_by(day))
    }

    /// The day (or window) from which the Convention binds `code` (art.
    /// 65(2)): the thirtieth day after its deposit, or entry into force if
    /// later. `None` when it is not a party or the Convention is not yet
    /// in force.
    ///
    /// ```
    /// use hanoi_convention::{Action, ActionKind, Date, Register};
    ///
    /// let r = Register::embedded();
    /// assert_eq!(r.bound_from("QAT".parse()?), None); // not yet in force
    /// # Ok::<(), hanoi_convention::CodeError>(())
    /// ```
    pub fn bound_from(&self, code: Code) -> Option<DateWindow> {
        let eif = self.entry_into_force.window()?;
        let i = self.participants.index_of(code)?;
        let ts = self.transitions_of(i);
        let last = ts.last()?;
        (last.stage == Stage::Party).then(|| later_party(last.date, eif))
    }

    /// Whether the Convention bound `code` at the end of `day`.
    pub fn is_bound(&self, code: Code, day: Date) -> Known {
        let Some(i) = self.participants.index_of(code) else {
            return Known::No;
        };
        let Some(eif) = self.entry_into_force.window() else {
            return Known::No;
        };
        // Bound while a party whose own date (art. 65(2)) has come, until a
        // denunciation takes effect.
        let mut answer = Known::No;
        for t in self.transitions_of(i) {
            match t.stage {
                Stage::Party => answer = later_party(t.date, eif).happened_by(day),
                Stage::Denounced => {
                    answer = match (answer, t.date.happened_by(day)) {
                        (_, Known::Yes) => Known::No,
                        (Known::No, _) => Known::No,
                        (a, Known::No) => a,
                        (_, Known::Unknown) => Known::Unknown,
                    }
                }
                _ => {}
            }
        }
        answer
    }

    /// Entry into force if the participants in `assumed` deposited an
    /// instrument counted under art. 65(1) on the given days, in addition
    /// to the register's. A participant that already has a counted
    /// instrument, or a REIO, adds nothing.
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
    /// assert_eq!(r.entry_into_force_if(&extra)?, EntryIntoForce::On(Date::constant(2027, 5, 30)));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn entry_into_force_if(&self, assumed: &[(Code, Date)]) -> Result<EntryIntoForce, Error> {
        let mut deposits = self.counted_deposits.clone();
        let mut seen: Vec<Code> = Vec::new();
        for &(code, day) in assumed {
            let Some(i) = self.participants.index_of(code) else {
                return Err(Error::UnknownParticipant {
                    query: code.to_string(),
                    suggestions: self.participants.suggest(code.as_str(), 3),
                });
            };
            let Some(p) = self.participants.by_index(i) else {
                continue;
            };
            let already = self
                .transitions_of(i)
                .iter()
                .any(|t| t.stage == Stage::Party && t.kind.counts_toward_entry_into_force());
            if p.kind().is_state() && !already && !seen.contains(&code) {
                seen.push(code);
                deposits.push(DateWindow::exact(day));
            }
        }
        Ok(entry_into_force_of(&deposits))
    }
}

/// The status given a participant's transitions, at the end of the day
/// whose `day_key` is `key`: the last transition certainly reached and the
/// last possibly reached.
fn status_from(ts: &[Transition], key: i32) -> Status {
    let (mut certain, mut possible) = (None, None);
    for (k, t) in ts.iter().enumerate() {
        if t.keys.0 <= key {
            possible = Some(k);
            if t.keys.1 <= key {
                certain = Some(k);
            }
        }
    }
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

/// Art. 65(2): the thirtieth day after the deposit, or entry into force if later.
fn later_party(deposit: DateWindow, eif: DateWindow) -> DateWindow {
    deposit.add_days(DAYS_FOR_LATER_PARTIES).max(eif)
}

/// Art. 65(1): the ninetieth day after the fortieth deposit. With windows,
/// the fortieth deposit lies between the fortieth-earliest start and the
/// fortieth-earliest end.
fn entry_into_force_of(deposits: &[DateWindow]) -> EntryIntoForce {
    let n = INSTRUMENTS_FOR_ENTRY_INTO_FORCE as usize;
    let counted = u32::try_from(deposits.len()).unwrap_or(u32::MAX);
    if deposits.len() < n {
        return EntryIntoForce::from_window(None, counted);
    }
    let mut starts: Vec<Date> = deposits.iter().map(DateWindow::earliest).collect();
    let mut ends: Vec<Date> = deposits.iter().map(DateWindow::latest).collect();
    let (_, first, _) = starts.select_nth_unstable(n - 1);
    let (_, last, _) = ends.select_nth_unstable(n - 1);
    let fortieth = DateWindow::new(*first, *last).unwrap_or(DateWindow::exact(*last));
    EntryIntoForce::from_window(Some(fortieth.add_days(DAYS_TO_ENTRY_INTO_FORCE)), counted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        crate::parse_date(s).unwrap()
    }

    #[test]
    fn fortieth_deposit_plus_ninety_days() {
        let mut d: Vec<DateWindow> = (1..=39)
            .map(|i| DateWindow::exact(Date::constant(2026, 1, i.min(28) as i8)))
            .collect();
        assert_eq!(
            entry_into_force_of(&d),
            EntryIntoForce::NotYet {
                counted: 39,
                missing: 1
            }
        );
        d.push(DateWindow::exact(day("2026-06-01")));
        assert_eq!(entry_into_force_of(&d), EntryIntoForce::On(day("2026-08-30")));
    }

    #[test]
    fn later_party_takes_the_later_date() {
        let eif = DateWindow::exact(day("2026-08-30"));
        assert_eq!(later_party(DateWindow::exact(day("2026-06-01")), eif), eif);
        assert_eq!(
            later_party(DateWindow::exact(day("2026-09-15")), eif),
            DateWindow::exact(day("2026-10-15"))
        );
    }
}
