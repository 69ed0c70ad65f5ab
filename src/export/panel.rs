//! The panel: a row per unit and year, over a chosen universe (the
//! treaty's participants, the UN members, or the units of a state system),
//! with a documented status lattice (a label and a numeric code, and its
//! mapping to the International Environmental Agreements Database's 0/1/2),
//! the participant's kind, EU membership and codes in every system.

use crate::base::date::{Answer, Date};
use crate::participants::{CodeSystem, Participant, ParticipantKind, StateSpell};
use crate::register::{OnDay, Standing};

use super::span::YearSpan;

/// Whose rows a panel has.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Universe<'a> {
    /// The treaty's participants (those its data lists as able to join).
    Participants,
    /// The member States of the United Nations in each year: those
    /// admitted by its 31 December ([`crate::embedded::un_admissions`]:
    /// 189 in 2001, 191 from 2002, 192 from 2006, 193 from 2011), from the
    /// Hanoi Convention's list (`participants`, which holds every State).
    UnMembers(
        &'a [crate::participants::UnAdmission],
        &'a crate::participants::Participants,
    ),
    /// The units of a state system in each year: the spells of its list
    /// ([`crate::embedded::state_system`]), Correlates of War or
    /// Gleditsch-Ward; `participants` maps them to the crate's participants.
    StateSystem(&'a [StateSpell], &'a crate::participants::Participants),
}

impl Universe<'_> {
    /// Refuses a universe built from the wrong list, which would otherwise
    /// give a panel of no rows without a word.
    fn check(&self) -> Result<(), crate::error::Error> {
        let refuse = |what: String| Err(crate::error::Error::value(what));
        match self {
            Universe::Participants => Ok(()),
            Universe::UnMembers([], _) => refuse(
                "the UN-members universe has no admissions: expected the UN's list (embedded::un_admissions())"
                    .into(),
            ),
            Universe::StateSystem(spells, _) => {
                let systems: std::collections::BTreeSet<&'static str> =
                    spells.iter().map(|s| s.system().name()).collect();
                let one = spells.first().map(StateSpell::system);
                match one {
                    None => refuse(
                        "the state-system universe has no spells: expected a state system's list, \
                         embedded::state_system(CodeSystem::Cow) or (CodeSystem::Gw)"
                            .into(),
                    ),
                    Some(_) if systems.len() > 1 => refuse(format!(
                        "the state-system universe mixes the spells of {}: expected one state system's",
                        systems.into_iter().collect::<Vec<_>>().join(" and ")
                    )),
                    Some(s) if !matches!(s, CodeSystem::Cow | CodeSystem::Gw) => refuse(format!(
                        "{} is not a state system: expected Correlates of War (cow) or Gleditsch-Ward (gw)",
                        s.name()
                    )),
                    Some(_) => Ok(()),
                }
            }
            Universe::UnMembers(..) => Ok(()),
        }
    }

    /// The name in data files and on the command line: `participants`,
    /// `un-members`, `cow`, `gw`.
    pub fn name(&self) -> &'static str {
        match self {
            Universe::Participants => "participants",
            Universe::UnMembers(..) => "un-members",
            Universe::StateSystem(spells, _) => match spells.first().map(StateSpell::system) {
                Some(CodeSystem::Gw) => "gw",
                _ => "cow",
            },
        }
    }
}

/// One unit in one year, with its status on 31 December (or on the day
/// asked, for its year).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PanelRow {
    /// The universe the unit is of: `participants`, `un-members`, `cow`, `gw`.
    pub universe: &'static str,
    /// The unit's code in its universe (the participant code, or the
    /// state system's number).
    pub unit: String,
    /// The participant code the unit is (none for a unit outside the
    /// treaty's participants).
    pub code: Option<String>,
    /// The name: the participant's (UN Treaty Collection), else the state
    /// system's.
    pub name: String,
    /// The participant's kind (none for a unit the crate knows as no
    /// participant of any treaty; filled for a State outside this
    /// treaty's participants).
    pub kind: Option<String>,
    /// UN regional group counted in (none for none).
    pub regional_group: Option<crate::participants::RegionalGroup>,
    /// The organisation it is a member State of, e.g. `EU` (none for none).
    pub member_of: Option<String>,
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
    /// The year.
    pub year: i16,
    /// The day the status describes: 31 December, or the day asked.
    pub observed_on: String,
    /// 1 when `observed_on` is the year's 31 December (the row describes
    /// the whole year), 0 when it is a day inside the year (the day asked).
    pub year_complete: u8,
    /// 1 when the unit is one of the treaty's participants (those its data
    /// list as able to join), 0 when not (its status is then `outside`).
    pub is_participant: u8,
    /// Where the unit stood, in the crate's one lattice (written as its
    /// label, e.g. `in_force`).
    pub status: Standing,
    /// Its code (empty for `outside` and `unknown`).
    pub status_code: Option<i8>,
    /// The code of the stage certainly reached (for `unknown`, the lower bound).
    pub status_code_known: Option<i8>,
    /// The code of the stage possibly reached (for `unknown`, the upper bound).
    pub status_code_possible: Option<i8>,
    /// The IEADB's code: 0 signed, 1 ratified, 2 in force (empty otherwise).
    pub ieadb_status: Option<u8>,
    /// Had signed: yes, no or unknown (none outside); written `yes`,
    /// `no`, `unknown`.
    pub signed: Option<Answer>,
    /// Was a party: yes, no or unknown (none outside); written `yes`,
    /// `no`, `unknown`.
    pub party: Option<Answer>,
}

/// A unit of a panel: its code in its universe, its name, the participant
/// it is (if any), and the state-system spell it is (for those universes).
struct Unit<'a> {
    unit: String,
    name: &'a str,
    participant: Option<&'a Participant>,
    spell: Option<&'a StateSpell>,
}

/// One unit's row in one year.
fn row(universe: &'static str, u: Unit<'_>, on: &OnDay<'_>, year: i16) -> PanelRow {
    let (unit, fallback_name, p) = (u.unit, u.name, u.participant);
    let listed = p.filter(|p| on.register().participants().get(p.code()).is_some());
    let status = listed.and_then(|p| on.status(p.code()));
    let [label, known, possible] = listed.map_or([Standing::Outside; 3], |p| on.standings(p.code()));
    // A unit that is no participant still has its own system's code.
    let own = |s: CodeSystem| u.spell.filter(|sp| sp.system() == s);
    // A unit that is no participant (Taiwan, Kosovo) has the codes its
    // spell records in the other systems.
    let other = u.spell.filter(|_| p.is_none()).map(StateSpell::other_codes);
    let code_in = |s: CodeSystem| {
        p.and_then(|p| p.code_in(s)).or_else(|| match s {
            CodeSystem::Iso2 => u.spell.and_then(StateSpell::iso2).map(|c| c.to_string()),
            _ => other.and_then(|o| o.letters(s)).map(|c| c.to_string()),
        })
    };
    // The unit's own spell gives its system's code first: a closed spell a
    // participant continues (G&W's Yugoslavia, 345, for Serbia until 2006)
    // keeps its own number, so that rows merge on (code, year).
    let number = |s: CodeSystem| {
        own(s)
            .map(StateSpell::code)
            .or_else(|| p.and_then(|p| p.codes().number(s)))
            .or_else(|| other.and_then(|o| o.number(s)))
    };
    let cow_letters = own(CodeSystem::Cow)
        .map(|sp| sp.letters().to_string())
        .or_else(|| code_in(CodeSystem::CowLetters));
    PanelRow {
        universe,
        unit,
        code: listed.map(|p| p.code().to_string()),
        name: p.map_or(fallback_name, |p| p.name()).to_string(),
        kind: p.map(|p| p.kind().as_str().to_string()),
        regional_group: p.and_then(|p| p.group().counted_in()),
        member_of: p.and_then(Participant::member_of).map(|c| c.to_string()),
        iso2: code_in(CodeSystem::Iso2),
        iso3: code_in(CodeSystem::Iso3),
        iso_numeric: number(CodeSystem::IsoNumeric),
        m49: number(CodeSystem::M49),
        cow_n: number(CodeSystem::Cow),
        cow_c: cow_letters,
        gw_n: number(CodeSystem::Gw),
        gw_c: own(CodeSystem::Gw)
            .map(|sp| sp.letters().to_string())
            .or_else(|| {
                p.and_then(|p| p.codes().letters(CodeSystem::Gw))
                    .map(|c| c.to_string())
            })
            .or_else(|| {
                other
                    .and_then(|o| o.letters(CodeSystem::Gw))
                    .map(|c| c.to_string())
            }),
        year,
        observed_on: on.day().to_string(),
        year_complete: super::span::year_complete(on.day()),
        is_participant: u8::from(listed.is_some()),
        status: label,
        status_code: label.code(),
        status_code_known: known.code(),
        status_code_possible: possible.code(),
        ieadb_status: label.ieadb(),
        signed: listed.map(|p| on.has_signed(p.code()).unwrap_or(Answer::No)),
        party: status.map(|s| s.is_party()),
    }
}

/// A row per unit of `universe` per year, from the year signature opened
/// to the year of the day of `on`, each with its status on 31 December (or
/// on that day, for its year). A unit outside the treaty's participants is
/// shown as `outside`, not dropped; every participant of the treaty is in
/// the `participants` universe.
///
/// # Errors
///
/// An error of kind [`OutOfRange`](crate::ErrorKind::OutOfRange) when that spans more than
/// [`MAX_PANEL_YEARS`](crate::export::MAX_PANEL_YEARS) years.
///
/// ```
/// use hanoi_convention::{Date, Register, Standing, export::{Universe, panel_rows}};
///
/// let r = Register::embedded();
/// let rows = panel_rows(&r.on(Date::constant(2026, 7, 31)), Universe::Participants)?;
/// let qat: Vec<Standing> = rows.iter().filter(|r| r.code.as_deref() == Some("QAT")).map(|r| r.status).collect();
/// assert_eq!(qat, [Standing::Signed, Standing::Party]); // end of 2025, then as of 2026-07-31
/// let vnm = rows.iter().find(|r| r.code.as_deref() == Some("VNM")).unwrap();
/// assert_eq!((vnm.iso_numeric, vnm.cow_n, vnm.gw_n), (Some(704), Some(816), Some(816)));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn panel_rows(on: &OnDay<'_>, universe: Universe<'_>) -> Result<Vec<PanelRow>, crate::error::Error> {
    panel_rows_over(on, universe, YearSpan::default())
}

/// The panel over the years of `span`: as [`panel_rows`], with rows for
/// years before the opening too, where every participant is
/// `not_yet_open`.
///
/// # Errors
///
/// As [`YearSpan::years`]; and an error of kind
/// [`Value`](crate::ErrorKind::Value) for a universe that would give no
/// rows by mistake: no UN admissions, or state-system spells that are
/// none, of no state system, or of two.
///
/// ```
/// use hanoi_convention::{Date, Register, export::{Universe, YearSpan, panel_rows_over}};
///
/// let r = Register::embedded();
/// let on = r.on(Date::constant(2026, 7, 31));
/// let rows = panel_rows_over(&on, Universe::Participants, YearSpan::new(Some(2024), None))?;
/// let vnm: Vec<_> = rows.iter().filter(|r| r.unit == "VNM").map(|r| (r.year, r.status.as_str(), r.year_complete)).collect();
/// assert_eq!(vnm, [(2024, "not_yet_open", 1), (2025, "signed", 1), (2026, "party", 0)]);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn panel_rows_over(
    on: &OnDay<'_>,
    universe: Universe<'_>,
    span: YearSpan,
) -> Result<Vec<PanelRow>, crate::error::Error> {
    let r = on.register();
    let years = span.years(on)?;
    universe.check()?;
    let name = universe.name();
    let mut rows = Vec::new();
    for year in years {
        let that_day = r.on(Date::constant(year, 12, 31).min(on.day()));
        // A unit that is a participant, keyed by its code.
        let by_code = |p: &Participant, day: &OnDay<'_>| {
            let unit = Unit {
                unit: p.code().to_string(),
                name: p.name(),
                participant: Some(p),
                spell: None,
            };
            row(name, unit, day, year)
        };
        match universe {
            Universe::Participants => rows.extend(r.participants().iter().map(|p| by_code(p, &that_day))),
            Universe::UnMembers(admitted, all) => rows.extend(
                admitted
                    .iter()
                    .filter(|a| a.member_in(year))
                    .filter_map(|a| all.get(a.participant()))
                    .filter(|p| p.kind() == ParticipantKind::UnMemberState)
                    .map(|p| by_code(p, &that_day)),
            ),
            Universe::StateSystem(spells, all) => {
                rows.extend(spells.iter().filter(|s| s.in_year(year)).map(|s| {
                    let unit = Unit {
                        unit: s.code().to_string(),
                        name: s.name(),
                        participant: s.participant().and_then(|c| all.get(c)),
                        spell: Some(s),
                    };
                    row(name, unit, &that_day, year)
                }))
            }
        }
    }
    // Unit by unit, then year by year, as panels are read.
    rows.sort_by_cached_key(|r| (r.unit_order(), r.year));
    Ok(rows)
}

impl PanelRow {
    /// Units in the order of their codes (numbers as numbers).
    fn unit_order(&self) -> (u32, String) {
        (self.unit.parse().unwrap_or(u32::MAX), self.unit.clone())
    }
}
