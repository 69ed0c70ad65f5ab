//! The three export views as rows of strings (and integers), one struct a
//! view, in the column order of the CSV files.

use std::fmt::Write as _;

use crate::actions::{Action, ActionKind};
use crate::base::date::{Answer, Date};
use crate::io::actions::COLUMNS as ACTION_COLUMNS;
use crate::register::{OnDay, Register, Status};

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
    /// The organisation it is a member State of, e.g. `EU` ("" for none).
    pub member_of: String,
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
    /// The organisation it is a member State of, e.g. `EU` ("" for none).
    pub member_of: String,
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

/// A row per action dated (possibly) by the day of `on`, in register order.
pub fn event_rows_by(on: &OnDay<'_>) -> Vec<EventRow> {
    on.register()
        .actions()
        .iter()
        .filter(|a| a.date().earliest() <= on.day())
        .map(EventRow::of)
        .collect()
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
/// assert_eq!(vnm.instrument, "ratification");
/// let fra = rows.iter().find(|r| r.code == "FRA").unwrap();
/// assert_eq!(fra.member_of, "EU");
/// ```
pub fn wide_rows(on: &OnDay<'_>) -> Vec<WideRow> {
    let r = on.register();
    let day = on.day();
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
                member_of: p.member_of().map_or(String::new(), |c| c.to_string()),
                signature: sig.map_or(String::new(), |a| a.date().to_string()),
                signature_place: sig
                    .and_then(|a| a.place())
                    .map_or(String::new(), |pl| pl.to_string()),
                instrument: consent.map_or(String::new(), |a| a.kind().to_string()),
                instrument_date: consent.map_or(String::new(), |a| a.date().to_string()),
                in_force_for: on.bound_from(p.code()).map_or(String::new(), |w| w.to_string()),
                reservations: provisions(ActionKind::Reservation),
                declarations: provisions(ActionKind::Declaration),
                denunciation: acts
                    .iter()
                    .find(|a| a.kind() == ActionKind::Denunciation)
                    .map_or(String::new(), |a| a.date().to_string()),
            }
        })
        .collect()
}

/// A row per participant per year, from the year signature opened to the
/// year of the day of `on`, each with its status on 31 December (or on
/// that day, for its year).
///
/// # Errors
///
/// [`Error::Limit`](crate::error::Error::Limit) when that spans more than
/// [`MAX_PANEL_YEARS`] years.
///
/// ```
/// use hanoi_convention::{export, Date, Register};
///
/// let r = Register::embedded();
/// let rows = export::panel_rows(&r.on(Date::constant(2026, 7, 31)))?;
/// let qat: Vec<&str> = rows.iter().filter(|r| r.code == "QAT").map(|r| r.status.as_str()).collect();
/// assert_eq!(qat, ["signed", "party"]); // end of 2025, then as of 2026-07-31
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn panel_rows(on: &OnDay<'_>) -> Result<Vec<PanelRow>, crate::error::Error> {
    let r = on.register();
    let first_year = r.treaty().rules().signature().opens().year();
    let last_year = on.day().year();
    let years = i32::from(last_year) - i32::from(first_year) + 1;
    if years > i32::from(MAX_PANEL_YEARS) {
        return Err(crate::error::Error::Limit(format!(
            "a panel from {first_year} to {last_year} would have {years} years; no treaty needs more than \
             {MAX_PANEL_YEARS}: give an as-of date within {MAX_PANEL_YEARS} years of the opening for signature"
        )));
    }
    // The statuses of every year, then a row per participant per year.
    type Year = (i16, Date, Vec<(Status, Answer)>);
    let per_year: Vec<Year> = (first_year..=last_year)
        .map(|year| {
            let day = Date::constant(year, 12, 31).min(on.day());
            let that_day = r.on(day);
            let statuses = that_day
                .statuses()
                .map(|(p, s)| (s, that_day.has_signed(p.code()).unwrap_or(Answer::No)))
                .collect();
            (year, day, statuses)
        })
        .collect();
    let mut rows = Vec::with_capacity(r.participants().len() * per_year.len());
    for (i, p) in r.participants().iter().enumerate() {
        for (year, day, statuses) in &per_year {
            let Some(&(status, signed)) = statuses.get(i) else {
                continue;
            };
            rows.push(PanelRow {
                code: p.code().to_string(),
                name: p.name().to_string(),
                regional_group: p.group().counted_in().map_or(String::new(), |g| g.to_string()),
                member_of: p.member_of().map_or(String::new(), |c| c.to_string()),
                year: *year,
                observed_on: day.to_string(),
                status: status.stage().map_or("unknown", |s| s.as_str()).to_string(),
                signed: known(signed),
                party: known(status.is_party()),
            });
        }
    }
    Ok(rows)
}

/// The most years a panel export spans: no treaty's record needs more (the
/// oldest multilateral treaties with a depositary date from the 1920s).
pub const MAX_PANEL_YEARS: i16 = 200;

/// The *events* view as tab-separated text, in the interchange format that
/// [`io::actions::from_str`](crate::io::actions::from_str) reads back.
///
/// ```
/// use hanoi_convention::{export, io::actions, Register};
///
/// let r = Register::embedded();
/// let tsv = export::events_tsv(r);
/// let back = Register::builder(r.treaty()).file(actions::from_str("export.tsv", &tsv)?).build()?;
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
