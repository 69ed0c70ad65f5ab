//! `hanoi participants`: who may join, with where each stood on a day,
//! filtered by organisation and standing.

use serde::Serialize;

use crate::Date;
use crate::participants::{Code, CodeSystem, collation_key};
use crate::register::OnDay;
use crate::register::Standing;

use super::reports::Caveat;

/// One participant of a [`RosterReport`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RosterRow {
    /// Code.
    pub code: Code,
    /// English name.
    pub name: String,
    /// UN regional group counted in, if any.
    pub regional_group: Option<crate::participants::RegionalGroup>,
    /// How it stands towards the groups: member, observer, dual, disputed
    /// or none.
    pub group_membership: &'static str,
    /// The other group of a `dual` member, or the group some sources list
    /// for a `disputed` one.
    pub other_group: Option<crate::participants::RegionalGroup>,
    /// The organisation it is a member of, if any.
    pub member_of: Option<Code>,
    /// Where it stood on the day, in the words of `hanoi compare` and
    /// `--standing`.
    pub standing: Standing,
    /// Where it stood, in the panel's and the wide view's words
    /// ([`Standing`]).
    pub status: &'static str,
    /// Its lattice code (none for `unknown`).
    pub status_code: Option<i8>,
    /// ISO 3166-1 alpha-2.
    pub iso2: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub iso3: Option<String>,
    /// ISO 3166-1 numeric.
    pub iso_numeric: Option<u16>,
    /// UN M49.
    pub m49: Option<u16>,
    /// Correlates of War, numeric.
    pub cow_n: Option<u16>,
    /// Correlates of War, letters.
    pub cow_c: Option<String>,
    /// Gleditsch-Ward, numeric.
    pub gw_n: Option<u16>,
    /// Gleditsch-Ward, letters (countrycode's `gwc`).
    pub gw_c: Option<String>,
    /// Why a code is empty or unusual, or where sources disagree.
    pub code_note: Option<String>,
}

/// The participants of a treaty on one day, in the order of their names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RosterReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The day.
    pub as_of: Date,
    /// Only members of this organisation, when given.
    pub member_of: Option<Code>,
    /// Only participants with this status, when given.
    #[serde(serialize_with = "status_label")]
    pub standing: Option<Standing>,
    /// The participants.
    pub participants: Vec<RosterRow>,
    /// What the reader should know about the answer.
    pub caveats: Vec<Caveat>,
}

/// A status as its label, in JSON.
fn status_label<S: serde::Serializer>(s: &Option<Standing>, out: S) -> Result<S::Ok, S::Error> {
    match s {
        Some(s) => out.serialize_str(s.as_str()),
        None => out.serialize_none(),
    }
}

impl RosterReport {
    /// The participants on `on`'s day, kept to members of `member_of` and
    /// to those whose status (the lattice's, as the panel and the wide
    /// view say it) is `only`, when given.
    ///
    /// ```
    /// use hanoi_convention::Register;
    /// use hanoi_convention::__private::RosterReport;
    ///
    /// let r = Register::embedded();
    /// let eu = RosterReport::new(&r.on(r.as_of()), Some("EU".parse()?), None);
    /// assert_eq!(eu.participants.len(), 27);
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn new(on: &OnDay<'_>, member_of: Option<Code>, only: Option<Standing>) -> RosterReport {
        let r = on.register();
        let mut participants: Vec<RosterRow> = r
            .participants()
            .iter()
            .filter(|p| member_of.is_none_or(|org| p.member_of() == Some(org)))
            .map(|p| {
                let status = on.standing(p.code());
                RosterRow {
                    code: p.code(),
                    name: p.name().to_string(),
                    regional_group: p.group().counted_in(),
                    group_membership: p.group().as_str(),
                    other_group: p.group().other_group(),
                    member_of: p.member_of(),
                    standing: status,
                    status: status.as_str(),
                    status_code: status.code(),
                    iso2: p.code_in(CodeSystem::Iso2),
                    iso3: p.code_in(CodeSystem::Iso3),
                    iso_numeric: p.codes().number(CodeSystem::IsoNumeric),
                    m49: p.codes().number(CodeSystem::M49),
                    cow_n: p.codes().number(CodeSystem::Cow),
                    cow_c: p.code_in(CodeSystem::CowLetters),
                    gw_n: p.codes().number(CodeSystem::Gw),
                    gw_c: p.codes().letters(CodeSystem::Gw).map(|c| c.to_string()),
                    code_note: Some(p.codes().note())
                        .filter(|n| !n.is_empty())
                        .map(str::to_string),
                }
            })
            .filter(|row| only.is_none_or(|s| row.standing == s))
            .collect();
        participants.sort_by_cached_key(|row| collation_key(&row.name));
        RosterReport {
            treaty: r.treaty().identity().short_name().to_string(),
            as_of: on.day(),
            member_of,
            standing: only,
            participants,
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        }
    }
}
