//! The rules a data set is checked against. The article each rule comes
//! from belongs to the treaty and is carried by each
//! [`Violation`](crate::validate::Violation).

use std::fmt;

/// A rule a [`Violation`](crate::validate::Violation) breaks.
///
/// ```
/// use hanoi_convention::validate::Rule;
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
}

impl Rule {
    /// A short kebab-case name, stable for scripts and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Rule::Format => "format",
            Rule::KnownParticipant => "known-participant",
            Rule::NoDuplicates => "no-duplicates",
            Rule::NotAfterAsOf => "not-after-as-of",
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
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
