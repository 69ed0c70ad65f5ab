//! The rules a data set is checked against, by name. The provisions each
//! rule comes from belong to the treaty and are carried by each
//! [`Problem`](crate::problem::Problem).

use std::fmt;

/// A rule a [`Problem`](crate::problem::Problem) breaks.
///
/// ```
/// use hanoi_convention::problem::Rule;
///
/// assert_eq!(Rule::SignaturePeriod.name(), "signature-period");
/// assert_eq!(Rule::Format.to_string(), "format");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Rule {
    /// A field is missing or not of the expected form.
    Format,
    /// The record names a participant the treaty does not know.
    KnownParticipant,
    /// The same action is recorded twice.
    NoDuplicates,
    /// A record is dated after the data set's as-of date.
    NotAfterAsOf,
    /// A record is dated before the treaty existed.
    NotBeforeAdoption,
    /// Signatures lie in the signature period.
    SignaturePeriod,
    /// A signature's place agrees with the place of signature on its date.
    SignaturePlace,
    /// Only those the signature clause names may sign.
    MaySign,
    /// A participant signs once.
    SingleSignature,
    /// A regional economic integration organization acts only after one of its member States.
    ReioAfterMemberState,
    /// Ratification, acceptance or approval follows the participant's signature.
    ConsentAfterSignature,
    /// Accession is open only to those the accession clause names.
    Accession,
    /// One instrument of consent, unless a denunciation took effect in between.
    SingleConsent,
    /// Only a party denounces.
    DenunciationByParty,
    /// Reservations and declarations name provisions that allow them.
    ReservableProvision,
    /// A reservation or declaration is made on signing or on expressing
    /// consent: by a participant that has done one of them by then.
    StatementBySignatoryOrParty,
    /// Only the parties of another treaty (a protocol's convention) may
    /// sign and join.
    PartyToPrerequisite,
    /// Consent is expressed by an instrument the consent clause provides.
    InstrumentProvided,
}

impl Rule {
    /// Every rule, in the order problems are sorted by.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[Rule] = &[
        Rule::Format,
        Rule::KnownParticipant,
        Rule::NoDuplicates,
        Rule::NotAfterAsOf,
        Rule::NotBeforeAdoption,
        Rule::SignaturePeriod,
        Rule::SignaturePlace,
        Rule::MaySign,
        Rule::SingleSignature,
        Rule::ReioAfterMemberState,
        Rule::ConsentAfterSignature,
        Rule::Accession,
        Rule::SingleConsent,
        Rule::DenunciationByParty,
        Rule::ReservableProvision,
        Rule::StatementBySignatoryOrParty,
        Rule::PartyToPrerequisite,
        Rule::InstrumentProvided,
    ];

    /// A short kebab-case name, stable for scripts and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Rule::Format => "format",
            Rule::KnownParticipant => "known-participant",
            Rule::NoDuplicates => "no-duplicates",
            Rule::NotAfterAsOf => "not-after-as-of",
            Rule::NotBeforeAdoption => "not-before-adoption",
            Rule::SignaturePeriod => "signature-period",
            Rule::SignaturePlace => "signature-place",
            Rule::MaySign => "may-sign",
            Rule::SingleSignature => "single-signature",
            Rule::ReioAfterMemberState => "reio-after-member-state",
            Rule::ConsentAfterSignature => "consent-after-signature",
            Rule::Accession => "accession",
            Rule::SingleConsent => "single-consent",
            Rule::DenunciationByParty => "denunciation-by-party",
            Rule::ReservableProvision => "reservable-provision",
            Rule::StatementBySignatoryOrParty => "statement-by-signatory-or-party",
            Rule::PartyToPrerequisite => "party-to-prerequisite",
            Rule::InstrumentProvided => "instrument-provided",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
