//! The crate's errors: one top-level [`Error`], and the [`Violation`]s a
//! data set can have, each naming its rule and the article the rule comes
//! from.

use std::fmt;

use crate::actions::{ActionKind, Place};
use crate::date::{Date, DateWindow};
use crate::origin::Origin;
use crate::participants::Code;

/// Everything that can go wrong in this crate.
///
/// ```
/// use hanoi_convention::{Error, Register};
///
/// let err = Register::embedded().participants().find("Viet Nom").unwrap_err();
/// assert!(matches!(err, Error::UnknownParticipant { .. }));
/// assert!(err.to_string().contains("Viet Nam"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The data has problems; every one found is listed, in a stable order.
    #[error("{0}")]
    Invalid(Violations),
    /// A whole file could not be read as a data file (empty, not text, no
    /// header, wrong columns).
    #[error("{origin}: {message}")]
    Format {
        /// Where: the file, and the line when one is to blame.
        origin: Origin,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A file could not be opened or read.
    #[error("{path}: cannot read: {message}")]
    Io {
        /// The path as given.
        path: String,
        /// The operating system's message.
        message: String,
    },
    /// No participant has this code, name or alias.
    #[error("no participant is called {query:?}{}", suggest(.suggestions))]
    UnknownParticipant {
        /// What was looked up.
        query: String,
        /// The nearest names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// Not an article number of the Convention.
    #[error(transparent)]
    ArticleNumber(#[from] crate::text::ArticleNumberError),
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// A non-empty list of [`Violation`]s, displayed one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violations(pub Vec<Violation>);

impl Violations {
    /// The violations, in a stable order (by origin, then rule).
    pub fn as_slice(&self) -> &[Violation] {
        &self.0
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} problem{} found", if n == 1 { "" } else { "s" })?;
        for v in &self.0 {
            write!(f, "\n  {v}")?;
        }
        Ok(())
    }
}

/// The rule a [`Violation`] breaks, with the article it comes from.
///
/// ```
/// use hanoi_convention::Rule;
///
/// assert_eq!(Rule::SignaturePeriod.article(), Some("64(1)"));
/// assert_eq!(Rule::Format.article(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// A field is missing or not of the expected form.
    Format,
    /// The record names a participant the register does not know.
    KnownParticipant,
    /// The same action is recorded twice.
    NoDuplicates,
    /// A record is dated after the data set's as-of date.
    NotAfterAsOf,
    /// Signature is open from 25 October 2025 to 31 December 2026.
    SignaturePeriod,
    /// Signatures of 25-26 October 2025 were made in Hanoi, later ones in New York.
    SignaturePlace,
    /// A participant signs once.
    SingleSignature,
    /// A regional economic integration organization acts only after one of its member States.
    ReioAfterMemberState,
    /// Ratification, acceptance or approval follows the participant's signature.
    ConsentAfterSignature,
    /// Accession is the route of non-signatories.
    AccessionByNonSignatory,
    /// One instrument of consent, unless a denunciation took effect in between.
    SingleConsent,
    /// Only a party denounces.
    DenunciationByParty,
    /// Reservations and declarations name provisions that allow them.
    ReservableProvision,
}

impl Rule {
    /// The article (and paragraph) the rule comes from, if any.
    pub const fn article(self) -> Option<&'static str> {
        match self {
            Rule::Format | Rule::KnownParticipant | Rule::NoDuplicates | Rule::NotAfterAsOf => None,
            Rule::SignaturePeriod | Rule::SignaturePlace | Rule::SingleSignature => Some("64(1)"),
            Rule::ReioAfterMemberState => Some("64(2)-(4)"),
            Rule::ConsentAfterSignature => Some("64(3)"),
            Rule::AccessionByNonSignatory => Some("64(4)"),
            Rule::SingleConsent => Some("64(3)-(4), 67"),
            Rule::DenunciationByParty => Some("67"),
            Rule::ReservableProvision => Some("7-16, 63(3)"),
        }
    }

    /// A short kebab-case name, stable for scripts and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Rule::Format => "format",
            Rule::KnownParticipant => "known-participant",
            Rule::NoDuplicates => "no-duplicates",
            Rule::NotAfterAsOf => "not-after-as-of",
            Rule::SignaturePeriod => "signature-period",
            Rule::SignaturePlace => "signature-place",
            Rule::SingleSignature => "single-signature",
            Rule::ReioAfterMemberState => "reio-after-member-state",
            Rule::ConsentAfterSignature => "consent-after-signature",
            Rule::AccessionByNonSignatory => "accession-by-non-signatory",
            Rule::SingleConsent => "single-consent",
            Rule::DenunciationByParty => "denunciation-by-party",
            Rule::ReservableProvision => "reservable-provision",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.article() {
            Some(a) => write!(f, "{} (art. {a})", self.name()),
            None => f.write_str(self.name()),
        }
    }
}

/// One problem in a data set, with the record it came from.
///
/// Windows are judged leniently: a rule is broken only when no day in the
/// windows involved could satisfy it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Violation {
    /// A field is missing or malformed.
    #[error("{at}: field `{field}`: expected {expected}, found {found:?}")]
    Field {
        /// Where.
        at: Origin,
        /// The field (column) name.
        field: &'static str,
        /// What the field should hold.
        expected: String,
        /// What it holds.
        found: String,
    },
    /// The participant code is not in the register's participant list.
    #[error(
        "{at}: field `participant`: unknown participant code {code:?}; expected a code from the participant list (ISO 3166-1 alpha-3, or EU)"
    )]
    UnknownParticipant {
        /// Where.
        at: Origin,
        /// The code as written.
        code: String,
    },
    /// The same action appears twice.
    #[error(
        "{at}: {participant} {kind} dated {date} repeats the record at {first}; expected each action once"
    )]
    Duplicate {
        /// Where the repeat is.
        at: Origin,
        /// Who.
        participant: Code,
        /// What.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// Where the first record is.
        first: Origin,
    },
    /// The record is dated after the data set's as-of date.
    #[error(
        "{at}: {participant} {kind} dated {date} ends after the data's as-of date {as_of}; expected a date no later than {as_of}"
    )]
    AfterAsOf {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// What.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// The as-of date.
        as_of: Date,
    },
    /// A signature outside 25 October 2025 - 31 December 2026.
    #[error(
        "{at}: {participant} signature dated {date}: rule {}: expected a date from 2025-10-25 to 2026-12-31",
        Rule::SignaturePeriod
    )]
    SignaturePeriod {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
    },
    /// A signature whose place does not match its date.
    #[error(
        "{at}: {participant} signature dated {date} gives place {found}: rule {}: expected {expected}",
        Rule::SignaturePlace
    )]
    SignaturePlace {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// The place given.
        found: Place,
        /// The place its date implies.
        expected: Place,
    },
    /// A second signature.
    #[error(
        "{at}: {participant} signs again on {date}: rule {}: expected one signature (first at {first})",
        Rule::SingleSignature
    )]
    SecondSignature {
        /// Where the second one is.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// Where the first is.
        first: Origin,
    },
    /// A regional economic integration organization acting before any member State.
    #[error(
        "{at}: {participant} {kind} dated {date}: rule {}: expected a member State to have done the same no later than that day",
        Rule::ReioAfterMemberState
    )]
    ReioBeforeMemberState {
        /// Where.
        at: Origin,
        /// The organization.
        participant: Code,
        /// Signature or instrument of consent.
        kind: ActionKind,
        /// When.
        date: DateWindow,
    },
    /// Ratification, acceptance or approval without an earlier signature.
    #[error(
        "{at}: {participant} {kind} dated {date}: rule {}: expected a signature by {participant} no later than that day (or an accession instead)",
        Rule::ConsentAfterSignature
    )]
    ConsentWithoutSignature {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// Ratification, acceptance or approval.
        kind: ActionKind,
        /// When.
        date: DateWindow,
    },
    /// Accession by a participant that had signed.
    #[error(
        "{at}: {participant} accession dated {date}: rule {}: {participant} signed ({signed}), so expected ratification, acceptance or approval",
        Rule::AccessionByNonSignatory
    )]
    AccessionBySignatory {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// The signature's date.
        signed: DateWindow,
    },
    /// A second instrument of consent with no denunciation in effect between.
    #[error(
        "{at}: {participant} {kind} dated {date}: rule {}: expected no second instrument while the first (at {first}) is in effect",
        Rule::SingleConsent
    )]
    SecondConsent {
        /// Where the second one is.
        at: Origin,
        /// Who.
        participant: Code,
        /// The second instrument's kind.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// Where the first is.
        first: Origin,
    },
    /// A denunciation by a participant that is not a party.
    #[error(
        "{at}: {participant} denunciation dated {date}: rule {}: expected an instrument of consent deposited before it",
        Rule::DenunciationByParty
    )]
    DenunciationByNonParty {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
    },
    /// A reservation or declaration on a provision that does not allow one,
    /// or naming none.
    #[error("{at}: {participant} {kind}: field `provisions`: rule {}: {provision} {}", Rule::ReservableProvision, if .provision.is_empty() { "names no provision; expected at least one, e.g. 11(3) or 63(3)" } else { "does not allow a reservation or declaration; expected one of 7(2), 8(2), 9(2), 11(3), 12(2), 14(3), 14(4), 15(2)-(4), 16, 19(2), 19(3), 63(3)" })]
    NotReservable {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// Reservation or declaration.
        kind: ActionKind,
        /// The provision as written (empty when none was named).
        provision: String,
    },
}

impl Violation {
    /// The rule this violation breaks.
    pub fn rule(&self) -> Rule {
        match self {
            Violation::Field { .. } => Rule::Format,
            Violation::UnknownParticipant { .. } => Rule::KnownParticipant,
            Violation::Duplicate { .. } => Rule::NoDuplicates,
            Violation::AfterAsOf { .. } => Rule::NotAfterAsOf,
            Violation::SignaturePeriod { .. } => Rule::SignaturePeriod,
            Violation::SignaturePlace { .. } => Rule::SignaturePlace,
            Violation::SecondSignature { .. } => Rule::SingleSignature,
            Violation::ReioBeforeMemberState { .. } => Rule::ReioAfterMemberState,
            Violation::ConsentWithoutSignature { .. } => Rule::ConsentAfterSignature,
            Violation::AccessionBySignatory { .. } => Rule::AccessionByNonSignatory,
            Violation::SecondConsent { .. } => Rule::SingleConsent,
            Violation::DenunciationByNonParty { .. } => Rule::DenunciationByParty,
            Violation::NotReservable { .. } => Rule::ReservableProvision,
        }
    }

    /// Where the offending record came from.
    pub fn origin(&self) -> &Origin {
        match self {
            Violation::Field { at, .. }
            | Violation::UnknownParticipant { at, .. }
            | Violation::Duplicate { at, .. }
            | Violation::AfterAsOf { at, .. }
            | Violation::SignaturePeriod { at, .. }
            | Violation::SignaturePlace { at, .. }
            | Violation::SecondSignature { at, .. }
            | Violation::ReioBeforeMemberState { at, .. }
            | Violation::ConsentWithoutSignature { at, .. }
            | Violation::AccessionBySignatory { at, .. }
            | Violation::SecondConsent { at, .. }
            | Violation::DenunciationByNonParty { at, .. }
            | Violation::NotReservable { at, .. } => at,
        }
    }

    /// The field (column) at fault.
    pub fn field(&self) -> &'static str {
        match self {
            Violation::Field { field, .. } => field,
            Violation::UnknownParticipant { .. } => "participant",
            Violation::SignaturePlace { .. } => "place",
            Violation::NotReservable { .. } => "provisions",
            Violation::Duplicate { .. } => "(row)",
            Violation::SecondSignature { .. }
            | Violation::ConsentWithoutSignature { .. }
            | Violation::AccessionBySignatory { .. }
            | Violation::SecondConsent { .. }
            | Violation::DenunciationByNonParty { .. } => "action",
            _ => "date_from",
        }
    }
}
