//! Exports of the register in three views, for spreadsheets and
//! statistical tools:
//!
//! - *events*: a row per action, in the columns of the interchange format
//!   (so an export loads back into an equal register);
//! - *wide*: a row per participant, like the UN Treaty Collection's table;
//! - *panel*: a row per participant per year with its status on 31 December.
//!
//! Rows are plain structs (serializable with the `serde` feature); the
//! `csv` and `json` features write them, and events can always be written
//! as tab-separated text.

use std::fmt::Write as _;

use crate::actions::{Action, ActionKind};
use crate::date::{Date, Known};
use crate::load::ACTION_COLUMNS;
use crate::register::Register;

/// The three export views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// A row per action.
    Events,
    /// A row per participant.
    Wide,
    /// A row per participant per year.
    Panel,
}

/// The version of the JSON documents' layout (`docs/json.md`).
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// One action, in the interchange columns.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    /// # Ok::<(), hanoi_convention::CodeError>(())
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

fn known(k: Known) -> String {
    match k {
        Known::Yes => "yes",
        Known::No => "no",
        Known::Unknown => "unknown",
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
/// ```
/// use hanoi_convention::{export, Register};
///
/// let rows = export::panel_rows(Register::embedded());
/// let qat: Vec<&str> = rows.iter().filter(|r| r.code == "QAT").map(|r| r.status.as_str()).collect();
/// assert_eq!(qat, ["signed", "party"]); // end of 2025, then as of 2026-07-31
/// ```
pub fn panel_rows(r: &Register) -> Vec<PanelRow> {
    let first_year = crate::rules::SIGNATURE_OPENS.year();
    let last_year = r.as_of().year();
    let mut rows = Vec::new();
    for p in r.participants() {
        for year in first_year..=last_year {
            let day = Date::constant(year, 12, 31).min(r.as_of());
            let status = r.status(p.code(), day);
            let stage = status.stage().map_or("unknown", |s| s.as_str());
            let party = status.is_party();
            rows.push(PanelRow {
                code: p.code().to_string(),
                name: p.name().to_string(),
                regional_group: p.group().counted_in().map_or(String::new(), |g| g.to_string()),
                year,
                observed_on: day.to_string(),
                status: stage.to_string(),
                signed: known(r.has_signed(p.code(), day)),
                party: known(party),
            });
        }
    }
    rows
}

/// The *events* view as tab-separated text, in the interchange format that
/// [`parse_actions`](crate::parse_actions) reads back.
///
/// ```
/// use hanoi_convention::{export, parse_actions, Register};
///
/// let r = Register::embedded();
/// let tsv = export::events_tsv(r);
/// let back = Register::builder().actions(parse_actions("export.tsv", &tsv, None)?).build()?;
/// assert_eq!(back.timeline(), r.timeline());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn events_tsv(r: &Register) -> String {
    let mut out = ACTION_COLUMNS.join("\t");
    out.push('\n');
    for row in event_rows(r) {
        // Tabs and newlines cannot occur in a field of the interchange format.
        let fields = row.fields().map(|f| f.replace(['\t', '\n', '\r'], " "));
        let _ = writeln!(out, "{}", fields.join("\t"));
    }
    out
}

/// Writes rows as CSV with a header row.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let mut out = Vec::new();
/// export::write_csv(&export::wide_rows(Register::embedded()), &mut out)?;
/// assert!(String::from_utf8(out).unwrap().starts_with("code,name,regional_group,signature"));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[cfg(feature = "csv")]
pub fn write_csv<T: serde::Serialize>(rows: &[T], out: impl std::io::Write) -> Result<(), crate::Error> {
    let mut w = csv::Writer::from_writer(out);
    let io = |e: &dyn std::fmt::Display| crate::Error::Io {
        path: "(output)".into(),
        message: e.to_string(),
    };
    for row in rows {
        w.serialize(row).map_err(|e| io(&e))?;
    }
    w.flush().map_err(|e| io(&e))
}

/// A JSON document for a view: `schema`, `schema_version`, `data_version`,
/// `as_of`, and the rows under `actions` (events) or `rows` (wide, panel).
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let doc = export::json_document(Register::embedded(), export::View::Wide);
/// assert_eq!(doc["schema"], "hanoi-convention/wide");
/// assert_eq!(doc["rows"].as_array().unwrap().len(), 198);
/// ```
#[cfg(feature = "json")]
pub fn json_document(r: &Register, view: View) -> serde_json::Value {
    let (schema, key, rows) = match view {
        View::Events => (
            "hanoi-convention/events",
            "actions",
            serde_json::to_value(event_rows(r)),
        ),
        View::Wide => (
            "hanoi-convention/wide",
            "rows",
            serde_json::to_value(wide_rows(r)),
        ),
        View::Panel => (
            "hanoi-convention/panel",
            "rows",
            serde_json::to_value(panel_rows(r)),
        ),
    };
    let mut doc = serde_json::json!({
        "schema": schema,
        "schema_version": JSON_SCHEMA_VERSION,
        "data_version": crate::DATA_VERSION,
        "as_of": r.as_of().to_string(),
    });
    doc[key] = rows.unwrap_or(serde_json::Value::Null);
    doc
}
