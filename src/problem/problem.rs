//! One problem with a record ([`Problem`]): the record at fault, the
//! field, the rule it breaks with the provisions the rule comes from, and
//! what was expected.

use std::fmt;

use crate::actions::{ActionKind, Place};
use crate::base::article::ProvisionRef;
use crate::base::citation::Citation;
use crate::base::code::Code;
use crate::base::date::{Date, DateWindow};
use crate::base::origin::Origin;
use crate::problem::rule::Rule;

/// One problem in a data set, with the record it came from.
///
/// Windows are judged leniently: a rule is broken only when no day in the
/// windows involved could satisfy it. Displayed as
/// `file:line: field `f`: rule name (art. N): what is wrong; expected ...`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
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
    /// A record dated before the treaty was adopted.
    BeforeAdoption {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// What.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// The day the treaty was adopted.
        adopted: Date,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        article: Citation,
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
        /// The provision named (none when the record names none).
        provision: Option<ProvisionRef>,
        /// The provisions that allow one, in the text's order.
        allowed: Vec<ProvisionRef>,
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
        article: Citation,
    },
    /// A treaty open only to the parties of another (a protocol) checked
    /// without that other treaty's register, so that no signature or
    /// instrument can be checked against its parties.
    PrerequisiteNotGiven {
        /// Where: the data as a whole ([`Origin::Code`]: the register was
        /// built without it).
        at: Origin,
        /// The treaty checked, by its short name.
        treaty: String,
        /// The other treaty, e.g. "CETS 185".
        prerequisite: String,
        /// The article of the clause that opens the treaty to its parties.
        article: Citation,
    },
    /// A data set whose as-of date is before the treaty was adopted: it
    /// could describe nothing (a register built with
    /// `RegisterBuilder::as_of` too early).
    AsOfBeforeAdoption {
        /// Where: the data as a whole ([`Origin::Code`]).
        at: Origin,
        /// The as-of date given.
        as_of: Date,
        /// The day the treaty was adopted.
        adopted: Date,
    },
    /// A register of another treaty given as the prerequisite of a treaty
    /// open to more than that treaty's parties (its signature clause names
    /// no other treaty), so nothing would be checked against it.
    PrerequisiteNotExpected {
        /// Where: the data as a whole ([`Origin::Code`]).
        at: Origin,
        /// The treaty checked, by its short name.
        treaty: String,
        /// The reference of the register given, e.g. "CETS 185".
        given: String,
        /// The article of the treaty's signature clause.
        article: Citation,
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
    /// An instrument of consent the treaty's consent clause does not
    /// provide (e.g. a definitive signature, where only ratification,
    /// acceptance, approval and accession are).
    InstrumentNotProvided {
        /// Where.
        at: Origin,
        /// Who.
        participant: Code,
        /// The instrument.
        kind: ActionKind,
        /// When.
        date: DateWindow,
        /// The instruments the clause provides.
        provided: Vec<ActionKind>,
        /// The articles on consent and accession.
        article: Citation,
    },
}

/// The Vienna Convention's rules on reservations: when they are made
/// (art. 19 and 23) and on what (art. 19(b): only those the treaty allows).
fn vclt(articles: &[u8]) -> Citation {
    Citation::vclt(
        articles
            .iter()
            .filter_map(|&n| crate::base::article::ArticleNumber::new(n))
            .map(ProvisionRef::article_only),
    )
}

impl Problem {
    /// The rule this violation breaks.
    pub fn rule(&self) -> Rule {
        match self {
            Problem::Field { .. } => Rule::Format,
            Problem::UnknownParticipant { .. } => Rule::KnownParticipant,
            Problem::Duplicate { .. } => Rule::NoDuplicates,
            Problem::AfterAsOf { .. } => Rule::NotAfterAsOf,
            Problem::BeforeAdoption { .. } | Problem::AsOfBeforeAdoption { .. } => Rule::NotBeforeAdoption,
            Problem::SignaturePeriod { .. } => Rule::SignaturePeriod,
            Problem::SignaturePlace { .. } => Rule::SignaturePlace,
            Problem::MaySign { .. } => Rule::MaySign,
            Problem::SecondSignature { .. } => Rule::SingleSignature,
            Problem::ReioBeforeMemberState { .. } => Rule::ReioAfterMemberState,
            Problem::ConsentWithoutSignature { .. } => Rule::ConsentAfterSignature,
            Problem::Accession { .. } => Rule::Accession,
            Problem::SecondConsent { .. } => Rule::SingleConsent,
            Problem::DenunciationByNonParty { .. } => Rule::DenunciationByParty,
            Problem::NotReservable { .. } => Rule::ReservableProvision,
            Problem::StatementByNonSignatory { .. } => Rule::StatementBySignatoryOrParty,
            Problem::NotPartyToPrerequisite { .. }
            | Problem::PrerequisiteNotGiven { .. }
            | Problem::PrerequisiteNotExpected { .. } => Rule::PartyToPrerequisite,
            Problem::InstrumentNotProvided { .. } => Rule::InstrumentProvided,
        }
    }

    /// The provisions the rule comes from: of the treaty checked against
    /// (e.g. `64(1)`), or of the Vienna Convention on the Law of Treaties;
    /// `None` for rules of the data format, and for a treaty whose text
    /// the data does not record (read from a depositary's page).
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, actions::{Action, ActionKind}};
    ///
    /// let early = Action::new("FRA".parse()?, ActionKind::Signature, Date::constant(2025, 1, 1).into());
    /// let err = Register::builder(hanoi_convention::convention()).action(early).build().unwrap_err();
    /// let v = err.problems().expect("invalid data");
    /// assert_eq!(v.as_slice()[0].article().map(|a| a.to_string()), Some("64(1)".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn article(&self) -> Option<Citation> {
        let cited = match self {
            Problem::Field { .. }
            | Problem::UnknownParticipant { .. }
            | Problem::Duplicate { .. }
            | Problem::AfterAsOf { .. }
            | Problem::BeforeAdoption { .. }
            | Problem::AsOfBeforeAdoption { .. } => return None,
            Problem::SignaturePeriod { article, .. }
            | Problem::SignaturePlace { article, .. }
            | Problem::MaySign { article, .. }
            | Problem::SecondSignature { article, .. }
            | Problem::ReioBeforeMemberState { article, .. }
            | Problem::ConsentWithoutSignature { article, .. }
            | Problem::Accession { article, .. }
            | Problem::SecondConsent { article, .. }
            | Problem::DenunciationByNonParty { article, .. }
            | Problem::NotPartyToPrerequisite { article, .. }
            | Problem::PrerequisiteNotGiven { article, .. }
            | Problem::PrerequisiteNotExpected { article, .. }
            | Problem::InstrumentNotProvided { article, .. } => article.clone(),
            Problem::NotReservable { .. } => vclt(&[19]),
            Problem::StatementByNonSignatory { .. } => vclt(&[19, 23]),
        };
        (!cited.is_empty()).then_some(cited)
    }

    /// Where the offending record came from.
    pub fn origin(&self) -> &Origin {
        match self {
            Problem::Field { at, .. }
            | Problem::UnknownParticipant { at, .. }
            | Problem::Duplicate { at, .. }
            | Problem::AfterAsOf { at, .. }
            | Problem::BeforeAdoption { at, .. }
            | Problem::SignaturePeriod { at, .. }
            | Problem::SignaturePlace { at, .. }
            | Problem::MaySign { at, .. }
            | Problem::SecondSignature { at, .. }
            | Problem::ReioBeforeMemberState { at, .. }
            | Problem::ConsentWithoutSignature { at, .. }
            | Problem::Accession { at, .. }
            | Problem::SecondConsent { at, .. }
            | Problem::DenunciationByNonParty { at, .. }
            | Problem::NotReservable { at, .. }
            | Problem::NotPartyToPrerequisite { at, .. }
            | Problem::PrerequisiteNotGiven { at, .. }
            | Problem::AsOfBeforeAdoption { at, .. }
            | Problem::PrerequisiteNotExpected { at, .. }
            | Problem::StatementByNonSignatory { at, .. }
            | Problem::InstrumentNotProvided { at, .. } => at,
        }
    }

    /// The field (column) at fault.
    pub fn field(&self) -> &'static str {
        match self {
            Problem::Field { field, .. } => field,
            Problem::UnknownParticipant { .. } => "participant",
            Problem::SignaturePlace { .. } => "place",
            Problem::NotReservable { .. } => "provisions",
            Problem::Duplicate { .. } => "(row)",
            Problem::PrerequisiteNotGiven { .. } | Problem::PrerequisiteNotExpected { .. } => "(data)",
            Problem::AsOfBeforeAdoption { .. } => "as_of",
            Problem::MaySign { .. }
            | Problem::SecondSignature { .. }
            | Problem::ConsentWithoutSignature { .. }
            | Problem::Accession { .. }
            | Problem::SecondConsent { .. }
            | Problem::DenunciationByNonParty { .. }
            | Problem::NotPartyToPrerequisite { .. }
            | Problem::StatementByNonSignatory { .. }
            | Problem::InstrumentNotProvided { .. } => "action",
            _ => "date_from",
        }
    }

    /// What is wrong and what was expected, without the place, field and
    /// rule that [`Display`](fmt::Display) puts before it.
    pub fn detail(&self) -> String {
        // Grouped by concern so that no one match grows long; each
        // variant is in exactly one group (a unit test checks all).
        self.record_detail()
            .or_else(|| self.signing_detail())
            .or_else(|| self.statement_detail())
            .unwrap_or_default()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: field `{}`: rule {}",
            self.origin(),
            self.field(),
            self.rule()
        )?;
        match self.article() {
            Some(a) if a.instrument() == Some(crate::base::citation::Instrument::Treaty) => {
                write!(f, " (art. {a})")?;
            }
            Some(a) => write!(f, " ({a})")?,
            None => {}
        }
        write!(f, ": {}", self.detail())
    }
}

impl std::error::Error for Problem {}
