//! What is wrong with a record and what was expected, in words: the part
//! of a [`Problem`]'s message after its place, field and rule. Grouped by
//! concern so that no one match grows long.

use crate::base::citation::Citation;
use crate::problem::problem::Problem;

impl Problem {
    /// The detail of a problem with a record: its fields, its participant, its dates.
    pub(super) fn record_detail(&self) -> Option<String> {
        match self {
            Problem::Field { expected, found, .. } => {
                Some(format!("expected {expected}, found {:?}", shortened(found)))
            }
            Problem::UnknownParticipant { code, .. } => Some(format!(
                "participant code {code:?} is not in the treaty's participant list (a State or organisation its data does not list as able to join, or a mistyped code); expected a code from that list (ISO 3166-1 alpha-3, or EU)"
            )),
            Problem::Duplicate {
                participant,
                kind,
                date,
                first,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date} repeats the record at {first}; expected each action once"
            )),
            Problem::AfterAsOf {
                participant,
                kind,
                date,
                as_of,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date} ends after the data's as-of date {as_of}; expected a date no later than {as_of}"
            )),
            Problem::BeforeAdoption {
                participant,
                kind,
                date,
                adopted,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date}, before the treaty was adopted on {adopted}; expected a date from {adopted}"
            )),
            _ => None,
        }
    }

    /// The detail of a problem with signature and consent.
    pub(super) fn signing_detail(&self) -> Option<String> {
        match self {
            Problem::SignaturePeriod {
                participant,
                date,
                period,
                ..
            } => Some(format!(
                "{participant} signature dated {date}; expected a date from {period}"
            )),
            Problem::SignaturePlace {
                participant,
                date,
                found,
                expected,
                ..
            } => Some(format!(
                "{participant} signature dated {date} gives place {found}; expected {expected}"
            )),
            Problem::MaySign {
                participant,
                date,
                open_to,
                ..
            } => Some(format!(
                "{participant} signature dated {date}; expected a signatory the clause opens signature to ({open_to})"
            )),
            Problem::SecondSignature {
                participant,
                date,
                first,
                ..
            } => Some(format!(
                "{participant} signs again on {date}; expected one signature (first at {first})"
            )),
            Problem::ReioBeforeMemberState {
                participant,
                kind,
                date,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date}; expected a member State to have done the same no later than that day"
            )),
            Problem::ConsentWithoutSignature {
                participant,
                kind,
                date,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date}; expected a signature by {participant} no later than that day (or an accession instead)"
            )),
            Problem::Accession {
                participant,
                date,
                reason,
                ..
            } => Some(format!("{participant} accession dated {date}: {reason}")),
            Problem::SecondConsent {
                participant,
                kind,
                date,
                first,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date}; expected no second instrument while the first (at {first}) is in effect"
            )),
            _ => None,
        }
    }

    /// The detail of a problem with denunciations, statements and the instruments a treaty provides.
    pub(super) fn statement_detail(&self) -> Option<String> {
        match self {
            Problem::DenunciationByNonParty {
                participant, date, ..
            } => Some({
                format!(
                    "{participant} denunciation dated {date}; expected an instrument of consent deposited before it"
                )
            }),
            Problem::NotReservable {
                participant,
                kind,
                provision,
                allowed,
                ..
            } => Some({
                let allowed = if allowed.is_empty() {
                    "none: the treaty allows no reservation or declaration".to_string()
                } else {
                    format!("one of {}", Citation::treaty(allowed.iter().copied()))
                };
                match provision {
                    None => format!("{participant} {kind} names no provision; expected {allowed}"),
                    Some(p) => format!(
                        "{participant} {kind} on {p}, which does not allow a reservation or declaration; expected {allowed}"
                    ),
                }
            }),
            Problem::NotPartyToPrerequisite {
                participant,
                kind,
                date,
                prerequisite,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date}; expected {participant} to be a party to {prerequisite} by then (only its parties may join)"
            )),
            Problem::AsOfBeforeAdoption { as_of, adopted, .. } => Some(format!(
                "the data's as-of date {as_of} is before the treaty was adopted on {adopted}; expected an as-of date from {adopted}"
            )),
            Problem::PrerequisiteNotExpected { treaty, given, .. } => Some(format!(
                "a register of {given} was given as the prerequisite of the {treaty}, whose signature clause names no other treaty; expected none (RegisterBuilder::prerequisite is for a protocol open only to another treaty's parties)"
            )),
            Problem::PrerequisiteNotGiven {
                treaty, prerequisite, ..
            } => Some(format!(
                "the {treaty} admits only the parties to {prerequisite}, and no register of {prerequisite} was given to check its signatures and instruments against; expected that treaty's register (RegisterBuilder::prerequisite)"
            )),
            Problem::StatementByNonSignatory {
                participant,
                kind,
                date,
                ..
            } => Some(format!(
                "{participant} {kind} dated {date}; expected a signature or an instrument of consent by {participant} no later than that day"
            )),
            Problem::InstrumentNotProvided {
                participant,
                kind,
                date,
                provided,
                ..
            } => Some({
                let list: Vec<&str> = provided.iter().map(|k| k.as_str()).collect();
                format!(
                    "{participant} {kind} dated {date}; the treaty provides {}: expected one of them",
                    list.join(", ")
                )
            }),
            _ => None,
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
