//! The problems a data set can have ([`Violation`]), each naming its rule,
//! the article the rule comes from in the treaty checked against, the
//! record at fault and what was expected.

use std::fmt;

use crate::actions::{ActionKind, Place};
use crate::base::date::{Date, DateWindow};
use crate::base::origin::Origin;
use crate::base::provenance::Str;
use crate::participants::Code;
use crate::validate::rule::Rule;

/// A non-empty list of [`Violation`]s, displayed one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violations(Vec<Violation>);

impl Violations {
    pub(crate) fn new(list: Vec<Violation>) -> Violations {
        Violations(list)
    }

    /// The violations, in a stable order (by origin, then rule).
    pub fn as_slice(&self) -> &[Violation] {
        &self.0
    }

    /// The violations, owned.
    pub fn into_vec(self) -> Vec<Violation> {
        self.0
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

/// One problem in a data set, with the record it came from.
///
/// Windows are judged leniently: a rule is broken only when no day in the
/// windows involved could satisfy it. Displayed as
/// `file:line: field `f`: rule name (art. N): what is wrong; expected ...`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Violation {
    /// A field is missing or malformed.
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
    /// The participant code is not in the treaty's participant list.
    UnknownParticipant {
        /// Where.
        at: Origin,
        /// The code as written.
        code: String,
    },
    /// The same action appears twice.
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
    /// A signature outside the signature period.
    SignaturePeriod {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// The period, e.g. "2025-10-25 to 2026-12-31".
        period: String,
        /// The article of the signature clause.
        article: Str,
    },
    /// A signature whose place does not match its date.
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
        /// The article of the signature clause.
        article: Str,
    },
    /// A signature by a participant the signature clause does not open it to.
    MaySign {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// Who may sign, in words.
        open_to: String,
        /// The article of the signature clause.
        article: Str,
    },
    /// A second signature.
    SecondSignature {
        /// Where the second one is.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// Where the first is.
        first: Origin,
        /// The article of the signature clause.
        article: Str,
    },
    /// A regional economic integration organization acting before any member State.
    ReioBeforeMemberState {
        /// Where.
        at: Origin,
        /// The organization.
        participant: Code,
        /// Signature or instrument of consent.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// The article of the REIO rule.
        article: Str,
    },
    /// Ratification, acceptance or approval without an earlier signature.
    ConsentWithoutSignature {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// Ratification, acceptance or approval.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// The article of the consent clause.
        article: Str,
    },
    /// Accession by a participant the accession clause does not open it to
    /// (e.g. one that had signed).
    Accession {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// Why it may not accede.
        reason: String,
        /// The article of the accession clause.
        article: Str,
    },
    /// A second instrument of consent with no denunciation in effect between.
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
        /// The articles on consent and denunciation.
        article: Str,
    },
    /// A denunciation by a participant that is not a party.
    DenunciationByNonParty {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// When.
        date: DateWindow,
        /// The article of the denunciation clause.
        article: Str,
    },
    /// A reservation or declaration on a provision that does not allow one,
    /// or naming none.
    NotReservable {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// Reservation or declaration.
        kind: ActionKind,
        /// The provision as written (empty when none was named).
        provision: String,
        /// The provisions that allow one, e.g. "7(2), 8(2), 11(3), 63(3)".
        allowed: String,
    },
    /// A signature or instrument by a participant that was not (even
    /// possibly) a party to the treaty whose parties alone may join.
    NotPartyToPrerequisite {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// Signature or instrument.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// The other treaty, e.g. "CETS 185".
        prerequisite: String,
        /// The article of the clause.
        article: Str,
    },
    /// A reservation or declaration by a participant that had neither
    /// signed nor expressed consent by then.
    StatementByNonSignatory {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// Reservation or declaration.
        kind: ActionKind,
        /// When.
        date: DateWindow,
    },
}

/// Where the law of treaties says when reservations are made.
const VCLT: &str = "Vienna Convention on the Law of Treaties, art. 19 and 23";

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
            Violation::MaySign { .. } => Rule::MaySign,
            Violation::SecondSignature { .. } => Rule::SingleSignature,
            Violation::ReioBeforeMemberState { .. } => Rule::ReioAfterMemberState,
            Violation::ConsentWithoutSignature { .. } => Rule::ConsentAfterSignature,
            Violation::Accession { .. } => Rule::Accession,
            Violation::SecondConsent { .. } => Rule::SingleConsent,
            Violation::DenunciationByNonParty { .. } => Rule::DenunciationByParty,
            Violation::NotReservable { .. } => Rule::ReservableProvision,
            Violation::StatementByNonSignatory { .. } => Rule::StatementBySignatoryOrParty,
            Violation::NotPartyToPrerequisite { .. } => Rule::PartyToPrerequisite,
        }
    }

    /// The article of the treaty (or other instrument) the rule comes from,
    /// e.g. `"64(1)"`; `None` for rules of the data format.
    ///
    /// ```
    /// use hanoi_convention::{Date, Error, Register, actions::{Action, ActionKind}};
    ///
    /// let early = Action::new("FRA".parse()?, ActionKind::Signature, Date::constant(2025, 1, 1).into());
    /// let Err(Error::Invalid(v)) = Register::builder(hanoi_convention::convention()).action(early).build() else { panic!() };
    /// assert_eq!(v.as_slice()[0].article(), Some("64(1)"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn article(&self) -> Option<&str> {
        // A treaty read from a status page cites no articles.
        self.cited().filter(|a| !a.is_empty())
    }

    fn cited(&self) -> Option<&str> {
        match self {
            Violation::Field { .. }
            | Violation::UnknownParticipant { .. }
            | Violation::Duplicate { .. }
            | Violation::AfterAsOf { .. } => None,
            Violation::SignaturePeriod { article, .. }
            | Violation::SignaturePlace { article, .. }
            | Violation::MaySign { article, .. }
            | Violation::SecondSignature { article, .. }
            | Violation::ReioBeforeMemberState { article, .. }
            | Violation::ConsentWithoutSignature { article, .. }
            | Violation::Accession { article, .. }
            | Violation::SecondConsent { article, .. }
            | Violation::DenunciationByNonParty { article, .. }
            | Violation::NotPartyToPrerequisite { article, .. } => Some(article),
            Violation::NotReservable { allowed, .. } => Some(allowed),
            Violation::StatementByNonSignatory { .. } => Some(VCLT),
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
            | Violation::MaySign { at, .. }
            | Violation::SecondSignature { at, .. }
            | Violation::ReioBeforeMemberState { at, .. }
            | Violation::ConsentWithoutSignature { at, .. }
            | Violation::Accession { at, .. }
            | Violation::SecondConsent { at, .. }
            | Violation::DenunciationByNonParty { at, .. }
            | Violation::NotReservable { at, .. }
            | Violation::NotPartyToPrerequisite { at, .. }
            | Violation::StatementByNonSignatory { at, .. } => at,
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
            Violation::MaySign { .. }
            | Violation::SecondSignature { .. }
            | Violation::ConsentWithoutSignature { .. }
            | Violation::Accession { .. }
            | Violation::SecondConsent { .. }
            | Violation::DenunciationByNonParty { .. }
            | Violation::NotPartyToPrerequisite { .. }
            | Violation::StatementByNonSignatory { .. } => "action",
            _ => "date_from",
        }
    }

    /// What is wrong and what was expected, without the place, field and
    /// rule that [`Display`](fmt::Display) puts before it.
    pub fn detail(&self) -> String {
        match self {
            Violation::Field { expected, found, .. } => {
                format!("expected {expected}, found {:?}", shortened(found))
            }
            Violation::UnknownParticipant { code, .. } => format!(
                "unknown participant code {code:?}; expected a code from the participant list (ISO 3166-1 alpha-3, or EU)"
            ),
            Violation::Duplicate {
                participant,
                kind,
                date,
                first,
                ..
            } => format!(
                "{participant} {kind} dated {date} repeats the record at {first}; expected each action once"
            ),
            Violation::AfterAsOf {
                participant,
                kind,
                date,
                as_of,
                ..
            } => format!(
                "{participant} {kind} dated {date} ends after the data's as-of date {as_of}; expected a date no later than {as_of}"
            ),
            Violation::SignaturePeriod {
                participant,
                date,
                period,
                ..
            } => format!("{participant} signature dated {date}; expected a date from {period}"),
            Violation::SignaturePlace {
                participant,
                date,
                found,
                expected,
                ..
            } => format!("{participant} signature dated {date} gives place {found}; expected {expected}"),
            Violation::MaySign {
                participant,
                date,
                open_to,
                ..
            } => format!(
                "{participant} signature dated {date}; expected a signatory the clause opens signature to ({open_to})"
            ),
            Violation::SecondSignature {
                participant,
                date,
                first,
                ..
            } => format!("{participant} signs again on {date}; expected one signature (first at {first})"),
            Violation::ReioBeforeMemberState {
                participant,
                kind,
                date,
                ..
            } => format!(
                "{participant} {kind} dated {date}; expected a member State to have done the same no later than that day"
            ),
            Violation::ConsentWithoutSignature {
                participant,
                kind,
                date,
                ..
            } => format!(
                "{participant} {kind} dated {date}; expected a signature by {participant} no later than that day (or an accession instead)"
            ),
            Violation::Accession {
                participant,
                date,
                reason,
                ..
            } => format!("{participant} accession dated {date}: {reason}"),
            Violation::SecondConsent {
                participant,
                kind,
                date,
                first,
                ..
            } => format!(
                "{participant} {kind} dated {date}; expected no second instrument while the first (at {first}) is in effect"
            ),
            Violation::DenunciationByNonParty {
                participant, date, ..
            } => {
                format!(
                    "{participant} denunciation dated {date}; expected an instrument of consent deposited before it"
                )
            }
            Violation::NotReservable {
                participant,
                kind,
                provision,
                ..
            } => {
                if provision.is_empty() {
                    format!(
                        "{participant} {kind} names no provision; expected at least one of those the rule lists"
                    )
                } else {
                    format!(
                        "{participant} {kind} on {provision}, which does not allow a reservation or declaration; expected one of those the rule lists"
                    )
                }
            }
            Violation::NotPartyToPrerequisite {
                participant,
                kind,
                date,
                prerequisite,
                ..
            } => format!(
                "{participant} {kind} dated {date}; expected {participant} to be a party to {prerequisite} by then (only its parties may join)"
            ),
            Violation::StatementByNonSignatory {
                participant,
                kind,
                date,
                ..
            } => format!(
                "{participant} {kind} dated {date}; expected a signature or an instrument of consent by {participant} no later than that day"
            ),
        }
    }
}

/// A found value as shown in messages: whole when short, else its first
/// 60 characters and its length.
fn shortened(found: &str) -> String {
    let n = found.chars().count();
    if n <= 80 {
        found.to_string()
    } else {
        format!(
            "{}... ({n} characters)",
            found.chars().take(60).collect::<String>()
        )
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: field `{}`: rule {}",
            self.origin(),
            self.field(),
            self.rule()
        )?;
        match self.article() {
            Some(a) if a.starts_with(|c: char| c.is_ascii_digit()) => write!(f, " (art. {a})")?,
            Some(a) => write!(f, " ({a})")?,
            None => {}
        }
        write!(f, ": {}", self.detail())
    }
}

impl std::error::Error for Violation {}
