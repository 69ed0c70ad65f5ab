//! The final provisions as data: who may sign, where and until when; which
//! instruments express consent and who may accede; the rules for regional
//! economic integration organizations (REIOs); how a denunciation takes
//! effect. The entry-into-force rule is in `entry_into_force.rs`. Each
//! rule carries the article it comes from, so errors can cite it.

use crate::actions::{ActionKind, Place};
use crate::base::citation::Citation;
use crate::base::date::{Date, DateWindow};
use crate::base::provenance::Str;
use crate::participants::Code;
use crate::treaty::entry_into_force::EntryIntoForceRule;

/// Where signatures were made during part of the signature period.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SignaturePlace {
    pub(crate) place: Place,
    pub(crate) from: Date,
    pub(crate) until: Option<Date>,
}

impl SignaturePlace {
    /// Signatures from `from` to `until` (inclusive; `None`: to the end of
    /// the period) were made at `place`.
    pub fn new(place: Place, from: Date, until: Option<Date>) -> SignaturePlace {
        SignaturePlace { place, from, until }
    }

    /// The place.
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// The first day signatures were made there.
    pub fn from(&self) -> Date {
        self.from
    }

    /// The last day, if the place changed later.
    pub fn until(&self) -> Option<Date> {
        self.until
    }

    fn covers(&self, w: DateWindow) -> bool {
        self.from <= w.earliest() && self.until.is_none_or(|u| w.latest() <= u)
    }
}

/// Who may sign.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "scope", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SignatoryScope {
    /// Every participant of the treaty's universe (UN conventions: all
    /// States, and REIOs under the REIO rule).
    Everyone,
    /// The members of the treaty's organisation (see
    /// [`Grouping::membership`](crate::treaty::Grouping::membership)) and
    /// the non-members listed, e.g. those that took part in the elaboration.
    MembersAnd {
        /// The non-members that may sign.
        others: Vec<Code>,
    },
    /// Parties to another treaty only (a protocol to a convention): the
    /// register is built with that treaty's register as its prerequisite
    /// ([`RegisterBuilder::prerequisite`](crate::register::RegisterBuilder::prerequisite)).
    PartiesTo {
        /// The other treaty's reference, e.g. "CETS 185".
        treaty: Str,
    },
}

/// The signature clause.
///
/// ```
/// use hanoi_convention::convention;
///
/// let sig = convention().rules().signature();
/// assert_eq!(sig.opens().to_string(), "2025-10-25");
/// assert_eq!(sig.closes().map(|d| d.to_string()), Some("2026-12-31".into()));
/// assert_eq!(sig.places().len(), 2);
/// assert_eq!(sig.article().to_string(), "64(1)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SignatureRule {
    pub(crate) opens: Date,
    pub(crate) closes: Option<Date>,
    pub(crate) places: Vec<SignaturePlace>,
    pub(crate) open_to: SignatoryScope,
    pub(crate) article: Citation,
}

impl SignatureRule {
    /// Open for signature from `opens` to `closes` (inclusive; `None`: no
    /// closing date), by everyone, under `article` (e.g. `64(1)`).
    pub fn new(opens: Date, closes: Option<Date>, article: Citation) -> SignatureRule {
        SignatureRule {
            opens,
            closes,
            places: Vec::new(),
            open_to: SignatoryScope::Everyone,
            article,
        }
    }

    /// Adds a place of signature for part of the period.
    #[must_use]
    pub fn with_place(mut self, place: SignaturePlace) -> SignatureRule {
        self.places.push(place);
        self
    }

    /// Sets who may sign.
    #[must_use]
    pub fn with_scope(mut self, scope: SignatoryScope) -> SignatureRule {
        self.open_to = scope;
        self
    }

    /// The first day of signature.
    pub fn opens(&self) -> Date {
        self.opens
    }

    /// The last day of signature, if there is one.
    pub fn closes(&self) -> Option<Date> {
        self.closes
    }

    /// The places of signature, in date order.
    pub fn places(&self) -> &[SignaturePlace] {
        &self.places
    }

    /// Who may sign.
    pub fn open_to(&self) -> &SignatoryScope {
        &self.open_to
    }

    /// The provisions the clause is in.
    pub fn article(&self) -> &Citation {
        &self.article
    }

    /// Whether a signature dated `w` may lie in the period.
    pub(crate) fn period_allows(&self, w: DateWindow) -> bool {
        w.latest() >= self.opens && self.closes.is_none_or(|c| w.earliest() <= c)
    }

    /// The place a signature dated `w` was made at, when the window settles it.
    pub(crate) fn implied_place(&self, w: DateWindow) -> Option<&Place> {
        self.places.iter().find(|p| p.covers(w)).map(|p| &p.place)
    }

    /// The period as text, e.g. "2025-10-25 to 2026-12-31".
    pub(crate) fn period_text(&self) -> String {
        match self.closes {
            Some(c) => format!("{} to {c}", self.opens),
            None => format!("{} on", self.opens),
        }
    }
}

/// Who may accede.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Accession {
    /// Any participant that has not signed (UN practice: a signatory
    /// ratifies, accepts or approves; it does not accede).
    NonSignatories,
    /// Participants invited to accede (e.g. by the Committee of Ministers of
    /// the Council of Europe); a signatory ratifies.
    OnInvitation,
    /// No one: the treaty has no accession clause, so consent follows a
    /// signature (e.g. the Second Additional Protocol to the Budapest
    /// Convention, CETS 224, art. 16: open for signature by the Convention's
    /// parties, then ratification, acceptance or approval).
    None,
}

/// The consent clause: the instruments a signatory deposits, and accession.
///
/// ```
/// use hanoi_convention::{actions::ActionKind, convention, treaty::Accession};
///
/// let consent = convention().rules().consent();
/// assert!(consent.instruments().contains(&ActionKind::Approval));
/// assert_eq!(consent.accession(), Accession::NonSignatories);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ConsentRule {
    pub(crate) instruments: Vec<ActionKind>,
    pub(crate) accession: Accession,
    pub(crate) article: Citation,
    pub(crate) accession_article: Citation,
}

impl ConsentRule {
    /// Signatories deposit one of `instruments` (under `article`); others
    /// accede as `accession` says (under `accession_article`).
    pub fn new(
        instruments: impl IntoIterator<Item = ActionKind>,
        article: Citation,
        accession: Accession,
        accession_article: Citation,
    ) -> ConsentRule {
        ConsentRule {
            instruments: instruments.into_iter().collect(),
            accession,
            article,
            accession_article,
        }
    }

    /// The instruments a signatory deposits (ratification, acceptance,
    /// approval); empty when the data does not record them (a treaty read
    /// from a depositary's page), and then any instrument is taken.
    pub fn instruments(&self) -> &[ActionKind] {
        &self.instruments
    }

    /// Whether the clause provides `kind` as a way to consent: one of its
    /// instruments, or accession. Always true when the instruments are
    /// not recorded.
    pub fn provides(&self, kind: ActionKind) -> bool {
        self.instruments.is_empty() || kind == ActionKind::Accession || self.instruments.contains(&kind)
    }

    /// Who may accede.
    pub fn accession(&self) -> Accession {
        self.accession
    }

    /// The provisions on ratification, acceptance and approval.
    pub fn article(&self) -> &Citation {
        &self.article
    }

    /// The provisions on accession.
    pub fn accession_article(&self) -> &Citation {
        &self.accession_article
    }
}

/// The rules for regional economic integration organizations (REIOs).
///
/// ```
/// use hanoi_convention::treaty::ReioRule;
///
/// let reio = hanoi_convention::convention().rules().reio().unwrap();
/// assert!(reio.acts_after_member_state());
/// assert!(!reio.counted_as_additional());
/// assert_eq!(reio.counting_article().to_string(), "65(1)");
///
/// // Another treaty's rule: a REIO that may act first, and counts.
/// let other = ReioRule::new("12".parse()?)
///     .with_acts_after_member_state(false)
///     .with_counted_as_additional(true, "13".parse()?);
/// assert!(other.counted_as_additional() && !other.acts_after_member_state());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ReioRule {
    pub(crate) acts_after_member_state: bool,
    pub(crate) counted_as_additional: bool,
    pub(crate) article: Citation,
    pub(crate) counting_article: Citation,
}

impl ReioRule {
    /// A REIO may sign and join under `article`. Until the setters say
    /// otherwise, it acts only after one of its member States has, and its
    /// instrument is not counted as additional to its members' (the rule
    /// of UN conventions), the counting rule citing `article` too.
    pub fn new(article: Citation) -> ReioRule {
        ReioRule {
            acts_after_member_state: true,
            counted_as_additional: false,
            counting_article: article.clone(),
            article,
        }
    }

    /// Whether a REIO acts only after one of its member States did the same.
    #[must_use]
    pub fn with_acts_after_member_state(mut self, yes: bool) -> ReioRule {
        self.acts_after_member_state = yes;
        self
    }

    /// Whether a REIO's instrument counts toward entry into force, under
    /// `article`.
    #[must_use]
    pub fn with_counted_as_additional(mut self, yes: bool, article: Citation) -> ReioRule {
        self.counted_as_additional = yes;
        self.counting_article = article;
        self
    }

    /// Whether a REIO acts only after one of its member States did the same.
    pub fn acts_after_member_state(&self) -> bool {
        self.acts_after_member_state
    }

    /// Whether a REIO's instrument counts toward entry into force.
    pub fn counted_as_additional(&self) -> bool {
        self.counted_as_additional
    }

    /// The provisions on REIOs signing and depositing.
    pub fn article(&self) -> &Citation {
        &self.article
    }

    /// The provisions on counting a REIO's instrument.
    pub fn counting_article(&self) -> &Citation {
        &self.counting_article
    }
}

/// When a notification of denunciation takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "shape", content = "amount", rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Delay {
    /// The same calendar day this many years later (29 February: 28 February).
    Years(i16),
    /// This many days later.
    Days(i32),
    /// The first day of the month following this many months later.
    FirstOfMonthAfterMonths(i32),
    /// Not recorded (e.g. a treaty read from a status page): a denunciation
    /// takes effect on a day from its notification on, not known which.
    Unrecorded,
}

impl Delay {
    /// The day (or window) `notified` plus the delay.
    ///
    /// # Errors
    ///
    /// An error of kind [`Value`](crate::ErrorKind::Value) past the representable dates.
    ///
    /// ```
    /// use hanoi_convention::{DateWindow, treaty::Delay};
    ///
    /// let w: DateWindow = "2027-03-15".parse()?;
    /// assert_eq!(Delay::Years(1).after(w)?.to_string(), "2028-03-15");
    /// assert_eq!(Delay::FirstOfMonthAfterMonths(3).after(w)?.to_string(), "2027-07-01");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn after(self, notified: DateWindow) -> Result<DateWindow, crate::error::Error> {
        match self {
            Delay::Years(n) => notified.add_years(n),
            Delay::Days(n) => notified.add_days(n),
            Delay::FirstOfMonthAfterMonths(n) => notified.add_months(n)?.first_of_next_month(),
            Delay::Unrecorded => DateWindow::new(notified.earliest(), Date::MAX),
        }
    }
}

impl std::fmt::Display for Delay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = |n: i64| if n == 1 { "" } else { "s" };
        match *self {
            Delay::Years(n) => write!(f, "{n} year{} after notification", s(n.into())),
            Delay::Days(n) => write!(f, "{n} day{} after notification", s(n.into())),
            Delay::FirstOfMonthAfterMonths(n) => write!(
                f,
                "the first day of the month following {n} month{} after notification",
                s(n.into())
            ),
            Delay::Unrecorded => f.write_str("not recorded"),
        }
    }
}

/// The denunciation clause.
///
/// ```
/// use hanoi_convention::{convention, treaty::Delay};
///
/// let d = convention().rules().denunciation();
/// assert_eq!(d.delay(), Delay::Years(1));
/// assert!(d.reio_ceases_when_members_denounce());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DenunciationRule {
    pub(crate) delay: Delay,
    pub(crate) reio_ceases_when_members_denounce: bool,
    pub(crate) article: Citation,
}

impl DenunciationRule {
    /// A denunciation takes effect `delay` after notification (under
    /// `article`).
    pub fn new(delay: Delay, article: Citation) -> DenunciationRule {
        DenunciationRule {
            delay,
            reio_ceases_when_members_denounce: false,
            article,
        }
    }

    /// A REIO ceases to be a party when all its member States have denounced.
    #[must_use]
    pub fn with_reio_ceasing_when_members_denounce(mut self) -> DenunciationRule {
        self.reio_ceases_when_members_denounce = true;
        self
    }

    /// The delay.
    pub fn delay(&self) -> Delay {
        self.delay
    }

    /// Whether a REIO ceases to be a party once all its member States' denunciations took effect.
    pub fn reio_ceases_when_members_denounce(&self) -> bool {
        self.reio_ceases_when_members_denounce
    }

    /// The provisions the clause is in.
    pub fn article(&self) -> &Citation {
        &self.article
    }
}

/// A treaty's final provisions: signature, consent, REIOs, entry into
/// force and denunciation. Reservations are allowed where the text's
/// classified provisions say so
/// ([`TreatyText::reservable`](crate::treaty::TreatyText::reservable)).
///
/// Every provision a clause cites, for checking them against the text:
/// see [`FinalProvisions::citations`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FinalProvisions {
    pub(crate) signature: SignatureRule,
    pub(crate) consent: ConsentRule,
    pub(crate) reio: Option<ReioRule>,
    pub(crate) entry_into_force: EntryIntoForceRule,
    pub(crate) denunciation: DenunciationRule,
}

impl FinalProvisions {
    /// The final provisions from their clauses; no REIO rule (add one with
    /// [`FinalProvisions::with_reio`]).
    pub fn new(
        signature: SignatureRule,
        consent: ConsentRule,
        entry_into_force: EntryIntoForceRule,
        denunciation: DenunciationRule,
    ) -> FinalProvisions {
        FinalProvisions {
            signature,
            consent,
            reio: None,
            entry_into_force,
            denunciation,
        }
    }

    /// Adds the REIO rule.
    #[must_use]
    pub fn with_reio(mut self, reio: ReioRule) -> FinalProvisions {
        self.reio = Some(reio);
        self
    }

    /// The signature clause.
    pub fn signature(&self) -> &SignatureRule {
        &self.signature
    }

    /// The consent clause.
    pub fn consent(&self) -> &ConsentRule {
        &self.consent
    }

    /// The REIO rule, when the treaty is open to REIOs.
    pub fn reio(&self) -> Option<&ReioRule> {
        self.reio.as_ref()
    }

    /// The entry-into-force clause.
    pub fn entry_into_force(&self) -> &EntryIntoForceRule {
        &self.entry_into_force
    }

    /// The denunciation clause.
    pub fn denunciation(&self) -> &DenunciationRule {
        &self.denunciation
    }

    /// Every citation of every clause, in clause order.
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        let reio = self.reio.iter().flat_map(|r| [&r.article, &r.counting_article]);
        [
            &self.signature.article,
            &self.consent.article,
            &self.consent.accession_article,
            self.entry_into_force.article(),
            &self.denunciation.article,
        ]
        .into_iter()
        .chain(reio)
    }
}
