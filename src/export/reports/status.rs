//! The status of a treaty on a day, and one participant's report.

use serde::Serialize;

use super::{Caveat, CodeValue, Listed};
use crate::base::count::CountRange;
use crate::base::date::{Answer, Date, DateWindow};
use crate::export::rows::EventRow;
use crate::participants::{Code, Participant, ParticipantKind};
use crate::register::{GroupRow, OnDay, Status};
use crate::treaty::EntryIntoForce;

/// The status of a treaty on one day (`hanoi status`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatusReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The day answered for.
    pub as_of: Date,
    /// Signatories.
    pub signatories: CountRange,
    /// Parties.
    pub parties: CountRange,
    /// Counts by group, in the treaty's grouping order.
    pub by_group: Vec<GroupRow>,
    /// The instruments the entry-into-force rule counts, deposited by then.
    pub instruments_counted: CountRange,
    /// The instruments the rule needs.
    pub instruments_required: u32,
    /// Entry into force as it stood on the day.
    pub entry_into_force: EntryIntoForce,
    /// Whether it was in force on the day.
    pub in_force: Answer,
    /// Who had signed.
    pub signatory_list: Vec<Listed>,
    /// Who were parties.
    pub party_list: Vec<Listed>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl StatusReport {
    /// The status on the day of `on`.
    pub fn new(on: &OnDay<'_>) -> StatusReport {
        let r = on.register();
        let counts = on.counts_by_group();
        StatusReport {
            treaty: r.treaty().identity().short_name().to_string(),
            as_of: on.day(),
            signatories: counts.total_signatories(),
            parties: counts.total_parties(),
            by_group: counts.rows(),
            instruments_counted: on.counted_instruments(),
            instruments_required: r.treaty().rules().entry_into_force().required(),
            entry_into_force: on.entry_into_force(),
            in_force: on.in_force(),
            signatory_list: on.signatories().list().into_iter().map(Listed::of).collect(),
            party_list: on.parties().list().into_iter().map(Listed::of).collect(),
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        }
    }
}

/// One participant: identity, status on a day, actions (`hanoi participant`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ParticipantReport {
    /// The treaty's short name.
    pub treaty: String,
    /// Code.
    pub code: Code,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ParticipantKind,
    /// UN regional group counted in (null for none).
    pub regional_group: Option<String>,
    /// `member`, `observer`, `dual`, `disputed` or `none`.
    pub group_membership: &'static str,
    /// The organisation it is a member State of (e.g. `EU`), if any.
    pub member_of: Option<Code>,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Its name in each language that records one, by BCP 47 tag (`en`
    /// is the UN's name; the others are CLDR's).
    pub names: std::collections::BTreeMap<&'static str, String>,
    /// Its formal name in each language that records one (the UN's).
    pub formal_names: std::collections::BTreeMap<&'static str, String>,
    /// Its code in each system that assigns one, by column name (`iso2`,
    /// `iso3`, `iso_numeric`, `m49`, `cow_n`, `cow_c`, `gw_n`): numbers
    /// for the numeric systems, as in the wide and panel exports.
    pub codes: std::collections::BTreeMap<&'static str, CodeValue>,
    /// Notes on special cases.
    pub note: String,
    /// The day answered for.
    pub as_of: Date,
    /// Status on that day.
    pub status: Status,
    /// The day (or window) from which the treaty binds it under the
    /// instrument it had in effect on that day (null if none).
    pub bound_from: Option<DateWindow>,
    /// Its actions, in the interchange columns.
    pub actions: Vec<EventRow>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl ParticipantReport {
    /// The report on `p` at the end of the day of `on`.
    pub fn new(on: &OnDay<'_>, p: &Participant) -> ParticipantReport {
        let r = on.register();
        let by_language = |formal: bool| {
            crate::Language::ALL
                .iter()
                .copied()
                .filter_map(|l| {
                    let name = if formal { p.formal_name_in(l) } else { p.name_in(l) };
                    Some((l.tag(), name?.to_string()))
                })
                .collect()
        };
        ParticipantReport {
            treaty: r.treaty().identity().short_name().to_string(),
            code: p.code(),
            name: p.name().to_string(),
            kind: p.kind(),
            regional_group: p.group().counted_in().map(|g| g.as_str().to_string()),
            group_membership: p.group().as_str(),
            member_of: p.member_of(),
            aliases: p.aliases().map(str::to_string).collect(),
            names: by_language(false),
            formal_names: by_language(true),
            codes: crate::participants::CodeSystem::ALL
                .iter()
                .copied()
                .filter_map(|s| {
                    let value = match p.codes().number(s) {
                        Some(n) => CodeValue::Number(n),
                        None => CodeValue::Letters(p.code_in(s)?),
                    };
                    Some((s.column(), value))
                })
                .collect(),
            note: p.note().to_string(),
            as_of: on.day(),
            status: on.status(p.code()).unwrap_or(Status::NotSigned),
            bound_from: on.bound_from(p.code()),
            actions: r.actions_of(p.code()).iter().map(EventRow::of).collect(),
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        }
    }
}
