//! The *wide* view: a row per participant, like the UN Treaty
//! Collection's status table, with its codes in every system and, for each
//! act, its day-or-window text beside the first and last possible day as
//! dates and the days from the opening for signature to each.

use crate::actions::{Action, ActionKind};
use crate::base::date::{Date, DateWindow};
use crate::participants::CodeSystem;
use crate::register::OnDay;

/// One participant, as the UN Treaty Collection's status table shows it.
///
/// ```
/// use hanoi_convention::{Register, export::wide_rows};
///
/// let r = Register::embedded();
/// let rows = wide_rows(&r.on(r.as_of()));
/// let france = rows.iter().find(|w| w.code == "FRA").unwrap();
/// assert_eq!((france.iso2.as_deref(), france.iso_numeric), (Some("FR"), Some(250)));
/// assert_eq!(france.regional_group.map(|g| g.as_str()), Some("Western European and Others"));
/// ```
///
/// Each dated act (signature, instrument of consent, entry into force for
/// it, denunciation) has four more columns: `<act>_first` and
/// `<act>_last`, the first and last possible day (equal when the day is
/// known), and `<act>_days_first` and `<act>_days_last`, the days from the
/// opening for signature to each (0 on the opening day).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WideRow {
    /// Participant code.
    pub code: String,
    /// UN Treaty Collection name.
    pub name: String,
    /// Its kind: un_member_state, observer_state, non_member_state, reio.
    pub kind: String,
    /// Regional group counted in (none for none).
    pub regional_group: Option<crate::participants::RegionalGroup>,
    /// How it stands towards the groups: member, observer, dual, disputed
    /// or none.
    pub group_membership: &'static str,
    /// The other group of a `dual` member, or the group some sources list
    /// for a `disputed` one.
    pub other_group: Option<String>,
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
    /// Why a code is empty or unusual, or where sources disagree.
    pub code_note: Option<String>,
    /// Where it stood on the day, in the crate's one lattice (written as
    /// its label, e.g. `in_force`).
    pub status: crate::Standing,
    /// Its lattice code (none for `unknown`).
    pub status_code: Option<i8>,
    /// The code of the stage certainly reached (for `unknown`, the lower bound).
    pub status_code_known: Option<i8>,
    /// The code of the stage possibly reached (for `unknown`, the upper bound).
    pub status_code_possible: Option<i8>,
    /// Signature day or window (none if none).
    pub signature: Option<String>,
    /// Its first possible day.
    pub signature_first: Option<String>,
    /// Its last possible day.
    pub signature_last: Option<String>,
    /// Days from the opening for signature to its first possible day.
    pub signature_days_first: Option<i32>,
    /// Days from the opening for signature to its last possible day.
    pub signature_days_last: Option<i32>,
    /// Signature place.
    pub signature_place: Option<String>,
    /// Instrument of consent (ratification, accession, ...).
    pub instrument: Option<String>,
    /// Its deposit day or window.
    pub instrument_date: Option<String>,
    /// Its first possible day.
    pub instrument_first: Option<String>,
    /// Its last possible day.
    pub instrument_last: Option<String>,
    /// Days from the opening for signature to its first possible day.
    pub instrument_days_first: Option<i32>,
    /// Days from the opening for signature to its last possible day.
    pub instrument_days_last: Option<i32>,
    /// Day or window from which the Convention binds it (none if not yet).
    pub in_force_for: Option<String>,
    /// Its first possible day.
    pub in_force_for_first: Option<String>,
    /// Its last possible day.
    pub in_force_for_last: Option<String>,
    /// Days from the opening for signature to its first possible day.
    pub in_force_for_days_first: Option<i32>,
    /// Days from the opening for signature to its last possible day.
    pub in_force_for_days_last: Option<i32>,
    /// Provisions of its reservations, `;`-separated.
    pub reservations: Option<String>,
    /// Provisions of its declarations, `;`-separated.
    pub declarations: Option<String>,
    /// Denunciation notification day or window.
    pub denunciation: Option<String>,
    /// Its first possible day.
    pub denunciation_first: Option<String>,
    /// Its last possible day.
    pub denunciation_last: Option<String>,
    /// Days from the opening for signature to its first possible day.
    pub denunciation_days_first: Option<i32>,
    /// Days from the opening for signature to its last possible day.
    pub denunciation_days_last: Option<i32>,
}

/// The columns of one dated act: its text, first and last day, and the
/// days from the opening to each.
struct Dated {
    text: Option<String>,
    first: Option<String>,
    last: Option<String>,
    days_first: Option<i32>,
    days_last: Option<i32>,
}

impl Dated {
    fn of(w: Option<DateWindow>, opens: Date) -> Dated {
        let days = |d: Date| opens.until(d).ok().map(|s| s.get_days());
        Dated {
            text: w.map(|w| w.to_string()),
            first: w.map(|w| w.earliest().to_string()),
            last: w.map(|w| w.latest().to_string()),
            days_first: w.and_then(|w| days(w.earliest())),
            days_last: w.and_then(|w| days(w.latest())),
        }
    }
}

/// A row per participant, in participant-list order, as of the day of
/// `on`: the actions dated (possibly) by then.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let r = Register::embedded();
/// let rows = export::wide_rows(&r.on(r.as_of()));
/// let vnm = rows.iter().find(|r| r.code == "VNM").unwrap();
/// assert_eq!(vnm.instrument.as_deref(), Some("ratification"));
/// let fra = rows.iter().find(|r| r.code == "FRA").unwrap();
/// assert_eq!(fra.member_of.as_deref(), Some("EU"));
/// // Fiji signed on a day of a window: its first and last days, and the
/// // days from the opening (2025-10-25) to each.
/// let fji = rows.iter().find(|r| r.code == "FJI").unwrap();
/// assert_eq!(fji.signature.as_deref(), Some("2025-11-20..2025-12-29"));
/// assert_eq!((fji.signature_first.as_deref(), fji.signature_last.as_deref()), (Some("2025-11-20"), Some("2025-12-29")));
/// assert_eq!((fji.signature_days_first, fji.signature_days_last), (Some(26), Some(65)));
/// ```
pub fn wide_rows(on: &OnDay<'_>) -> Vec<WideRow> {
    let r = on.register();
    let day = on.day();
    let opens = r.treaty().rules().signature().opens();
    r.participants()
        .iter()
        .map(|p| {
            let acts: Vec<&Action> = r
                .actions_of(p.code())
                .iter()
                .filter(|a| a.date().earliest() <= day)
                .collect();
            let sig = acts.iter().find(|a| a.kind().is_signature());
            let consent = acts.iter().rev().find(|a| a.kind().is_consent());
            let denounced = acts.iter().find(|a| a.kind() == ActionKind::Denunciation);
            let provisions = |kind| {
                let all: Vec<String> = acts
                    .iter()
                    .filter(|a| a.kind() == kind)
                    .flat_map(|a| a.provisions().iter().map(ToString::to_string))
                    .collect();
                (!all.is_empty()).then(|| all.join(";"))
            };
            let code_in = |s: CodeSystem| p.code_in(s);
            let s = Dated::of(sig.map(|a| a.date()), opens);
            let i = Dated::of(consent.map(|a| a.date()), opens);
            let f = Dated::of(on.bound_from(p.code()), opens);
            let d = Dated::of(denounced.map(|a| a.date()), opens);
            let [status, known, possible] = on.standings(p.code());
            WideRow {
                code: p.code().to_string(),
                name: p.name().to_string(),
                kind: p.kind().as_str().to_string(),
                regional_group: p.group().counted_in(),
                group_membership: p.group().as_str(),
                other_group: p.group().other_group().map(|g| g.to_string()),
                member_of: p.member_of().map(|c| c.to_string()),
                iso2: code_in(CodeSystem::Iso2),
                iso3: code_in(CodeSystem::Iso3),
                iso_numeric: p.codes().number(CodeSystem::IsoNumeric),
                m49: p.codes().number(CodeSystem::M49),
                cow_n: p.codes().number(CodeSystem::Cow),
                cow_c: code_in(CodeSystem::CowLetters),
                gw_n: p.codes().number(CodeSystem::Gw),
                gw_c: p.codes().letters(CodeSystem::Gw).map(|c| c.to_string()),
                code_note: Some(p.codes().note())
                    .filter(|n| !n.is_empty())
                    .map(str::to_string),
                status,
                status_code: status.code(),
                status_code_known: known.code(),
                status_code_possible: possible.code(),
                signature: s.text,
                signature_first: s.first,
                signature_last: s.last,
                signature_days_first: s.days_first,
                signature_days_last: s.days_last,
                signature_place: sig.and_then(|a| a.place()).map(|pl| pl.to_string()),
                instrument: consent.map(|a| a.kind().to_string()),
                instrument_date: i.text,
                instrument_first: i.first,
                instrument_last: i.last,
                instrument_days_first: i.days_first,
                instrument_days_last: i.days_last,
                in_force_for: f.text,
                in_force_for_first: f.first,
                in_force_for_last: f.last,
                in_force_for_days_first: f.days_first,
                in_force_for_days_last: f.days_last,
                reservations: provisions(ActionKind::Reservation),
                declarations: provisions(ActionKind::Declaration),
                denunciation: d.text,
                denunciation_first: d.first,
                denunciation_last: d.last,
                denunciation_days_first: d.days_first,
                denunciation_days_last: d.days_last,
            }
        })
        .collect()
}
