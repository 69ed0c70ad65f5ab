//! The three export views as rows of strings (and integers), one struct a
//! view, in the column order of the CSV files.

use std::fmt::Write as _;

use crate::actions::{Action, ActionKind};
use crate::base::date::{Answer, Date};
use crate::io::ACTION_COLUMNS;
use crate::register::{Register, Status};

/// The three export views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum View {
    /// A row per action.
    Events,
    /// A row per participant.
    Wide,
    /// A row per participant per year.
    Panel,
}

/// One action, in the interchange columns.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EventRow {
    /// Participant code.
    pub participant: String,
    /// Action kind.
    pub action: String,
    /// First possible day.
    pub date_from: String,
    /// Last possible day (equal to `date_from` when exact).
    pub date_to: String,
    /// "Hanoi", "New York" or "".
    pub place: String,
    /// Provisions, `;`-separated.
    pub provisions: String,
    /// low, medium or high.
    pub confidence: String,
    /// Sources.
    pub source: String,
    /// Note.
    pub note: String,
    /// Depositary notification, when known.
    pub notification: String,
}

impl EventRow {
    /// The row of one action.
    ///
    /// ```
    /// use hanoi_convention::{export::EventRow, Register};
    ///
    /// let fiji = &Register::embedded().actions_of("FJI".parse()?)[0];
    /// let row = EventRow::of(fiji);
    /// assert_eq!((row.date_from.as_str(), row.date_to.as_str()), ("2025-11-20", "2025-12-29"));
    /// assert_eq!(row.fields()[1], "signature");
    /// # Ok::<(), hanoi_convention::participants::CodeError>(())
    /// ```
    pub fn of(a: &Action) -> EventRow {
        EventRow {
            participant: a.participant().to_string(),
            action: a.kind().to_string(),
            date_from: a.date().earliest().to_string(),
            date_to: a.date().latest().to_string(),
            place: a.place().map_or(String::new(), |p| p.to_string()),
            provisions: join(a.provisions()),
            confidence: a.provenance().confidence().to_string(),
            source: a.provenance().source().to_string(),
            note: a.note().to_string(),
            notification: a.notification().unwrap_or("").to_string(),
        }
    }

    /// The fields in [`ACTION_COLUMNS`] order.
    pub fn fields(&self) -> [&str; 10] {
        [
            &self.participant,
            &self.action,
            &self.date_from,
            &self.date_to,
            &self.place,
            &self.provisions,
            &self.confidence,
            &self.source,
            &self.note,
            &self.notification,
        ]
    }
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

/// One participant, as the UN Treaty Collection's status table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WideRow {
    /// Participant code.
    pub code: String,
    /// UN Treaty Collection name.
    pub name: String,
    /// Regional group counted in ("" for none).
    pub regional_group: String,
    /// Signature day or window ("" if none).
    pub signature: String,
    /// Signature place.
    pub signature_place: String,
    /// Instrument of consent (ratification, accession, ...).
    pub instrument: String,
    /// Its deposit day or window.
    pub instrument_date: String,
    /// Day or window from which the Convention binds it ("" if not yet).
    pub in_force_for: String,
    /// Provisions of its reservations, `;`-separated.
    pub reservations: String,
    /// Provisions of its declarations, `;`-separated.
    pub declarations: String,
    /// Denunciation notification day or window.
    pub denunciation: String,
}

/// One participant in one year, with its status on 31 December (or on the
/// data's as-of date for the current year).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PanelRow {
    /// Participant code.
    pub code: String,
    /// UN Treaty Collection name.
    pub name: String,
    /// Regional group counted in ("" for none).
    pub regional_group: String,
    /// The year.
    pub year: i16,
    /// The day the status describes: 31 December, or the as-of date.
    pub observed_on: String,
    /// not_signed, signed, party, denounced, or unknown.
    pub status: String,
    /// Had signed: yes, no or unknown.
    pub signed: String,
    /// Was a party: yes, no or unknown.
    pub party: String,
}

fn known(k: Answer) -> String {
    match k {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Unknown => "unknown",
    }
    .into()
}

/// A row per action, in register order.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let rows = export::event_rows(Register::embedded());
/// let mus = rows.iter().find(|r| r.participant == "MUS").unwrap();
/// assert_eq!((mus.date_from.as_str(), mus.place.as_str()), ("2025-11-19", "New York"));
/// ```
pub fn event_rows(r: &Register) -> Vec<EventRow> {
    r.actions().iter().map(EventRow::of).collect()
}

/// A row per participant, in participant-list order.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let rows = export::wide_rows(Register::embedded());
/// let vnm = rows.iter().find(|r| r.code == "VNM").unwrap();
/// assert_eq!(vnm.instrument, "ratification");
/// ```
pub fn wide_rows(r: &Register) -> Vec<WideRow> {
    r.participants()
        .iter()
        .map(|p| {
            let acts = r.actions_of(p.code());
            let first = |f: &dyn Fn(&Action) -> bool| acts.iter().find(|a| f(a));
            let sig = first(&|a| a.kind() == ActionKind::Signature);
            let consent = acts.iter().rev().find(|a| a.kind().is_consent());
            let provisions = |kind| {
                let all: Vec<String> = acts
                    .iter()
                    .filter(|a| a.kind() == kind)
                    .flat_map(|a| a.provisions().iter().map(ToString::to_string))
                    .collect();
                all.join(";")
            };
            WideRow {
                code: p.code().to_string(),
                name: p.name().to_string(),
                regional_group: p.group().counted_in().map_or(String::new(), |g| g.to_string()),
                signature: sig.map_or(String::new(), |a| a.date().to_string()),
                signature_place: sig
                    .and_then(Action::place)
                    .map_or(String::new(), |pl| pl.to_string()),
                instrument: consent.map_or(String::new(), |a| a.kind().to_string()),
                instrument_date: consent.map_or(String::new(), |a| a.date().to_string()),
                in_force_for: r.bound_from(p.code()).map_or(String::new(), |w| w.to_string()),
                reservations: provisions(ActionKind::Reservation),
                declarations: provisions(ActionKind::Declaration),
                denunciation: first(&|a| a.kind() == ActionKind::Denunciation)
                    .map_or(String::new(), |a| a.date().to_string()),
            }
        })
        .collect()
}

/// A row per participant per year, from the year signature opened (2025)
/// to the year of the data's as-of date.
///
/// # Errors
///
/// [`Error::Limit`](crate::error::Error::Limit) when that spans more than
/// [`MAX_PANEL_YEARS`] years.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let rows = export::panel_rows(Register::embedded())?;
/// let qat: Vec<&str> = rows.iter().filter(|r| r.code == "QAT").map(|r| r.status.as_str()).collect();
/// assert_eq!(qat, ["signed", "party"]); // end of 2025, then as of 2026-07-31
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn panel_rows(r: &Register) -> Result<Vec<PanelRow>, crate::error::Error> {
    let first_year = r.treaty().rules().signature().opens().year();
    let last_year = r.as_of().year();
    let years = i32::from(last_year) - i32::from(first_year) + 1;
    if years > i32::from(MAX_PANEL_YEARS) {
        return Err(crate::error::Error::Limit(format!(
            "a panel from {first_year} to {last_year} would have {years} years; no treaty needs more than \
             {MAX_PANEL_YEARS}: give an as-of date within {MAX_PANEL_YEARS} years of the opening for signature"
        )));
    }
    let mut rows = Vec::with_capacity(r.participants().len() * years.max(0) as usize);
    for p in r.participants() {
        for year in first_year..=last_year {
            let day = Date::constant(year, 12, 31).min(r.as_of());
            let status = r.status(p.code(), day).unwrap_or(Status::NotSigned);
            let stage = status.stage().map_or("unknown", |s| s.as_str());
            let party = status.is_party();
            rows.push(PanelRow {
                code: p.code().to_string(),
                name: p.name().to_string(),
                regional_group: p.group().counted_in().map_or(String::new(), |g| g.to_string()),
                year,
                observed_on: day.to_string(),
                status: stage.to_string(),
                signed: known(r.has_signed(p.code(), day).unwrap_or(Answer::No)),
                party: known(party),
            });
        }
    }
    Ok(rows)
}

/// The most years a panel export spans: no treaty's record needs more (the
/// oldest multilateral treaties with a depositary date from the 1920s).
pub const MAX_PANEL_YEARS: i16 = 200;

/// The *events* view as tab-separated text, in the interchange format that
/// [`parse_actions`](crate::io::parse_actions) reads back.
///
/// ```
/// use hanoi_convention::{export, io::parse_actions, Register};
///
/// let r = Register::embedded();
/// let tsv = export::events_tsv(r);
/// let back = Register::builder(r.treaty()).actions(parse_actions("export.tsv", &tsv, None)?).build()?;
/// assert_eq!(back.timeline(), r.timeline());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn events_tsv(r: &Register) -> String {
    actions_tsv(r.actions())
}

/// Actions as tab-separated text in the interchange format (the form of
/// `data/actions.tsv`).
pub fn actions_tsv(actions: &[Action]) -> String {
    let mut out = ACTION_COLUMNS.join("\t");
    out.push('\n');
    for row in actions.iter().map(EventRow::of) {
        // Tabs and newlines cannot occur in a field of the interchange format.
        let fields = row.fields().map(|f| f.replace(['\t', '\n', '\r'], " "));
        let _ = writeln!(out, "{}", fields.join("\t"));
    }
    out
}
