//! The *events* view as rows of strings, in the column order of the CSV
//! files. The years a panel spans are in `span.rs`; the wide view is in `wide.rs`, the
//! panel in `panel.rs`, the table of years in `years.rs`.

use std::fmt::Write as _;

use crate::actions::Action;
use crate::io::actions::COLUMNS as ACTION_COLUMNS;
use crate::register::{OnDay, Register};

/// The four export views, named as the tool's `--view` names them.
///
/// ```
/// use hanoi_convention::export::View;
///
/// assert_eq!("panel".parse::<View>()?, View::Panel);
/// assert_eq!(View::Years.name(), "years");
/// assert!("long".parse::<View>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum View {
    /// A row per action.
    Events,
    /// A row per participant.
    Wide,
    /// A row per unit per year.
    Panel,
    /// Counts per year, overall and by group.
    Years,
}

impl View {
    /// Every view.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[View] = &[View::Events, View::Wide, View::Panel, View::Years];

    /// Its name: `events`, `wide`, `panel`, `years` (also its JSON
    /// document's kind).
    pub const fn name(self) -> &'static str {
        match self {
            View::Events => "events",
            View::Wide => "wide",
            View::Panel => "panel",
            View::Years => "years",
        }
    }
}

impl std::fmt::Display for View {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for View {
    type Err = crate::error::Error;

    fn from_str(s: &str) -> Result<View, Self::Err> {
        crate::base::provenance::parse_keyword(s, View::ALL, View::name, "an export view")
    }
}

/// One action, in the interchange columns.
///
/// ```
/// use hanoi_convention::{Date, Register, export::event_rows_by};
///
/// let r = Register::embedded();
/// let rows = event_rows_by(&r.on(Date::constant(2025, 10, 26)));
/// let viet_nam = rows.iter().find(|row| row.participant == "VNM").unwrap();
/// assert_eq!(viet_nam.action, "signature");
/// assert_eq!((viet_nam.date_from.as_str(), viet_nam.place.as_str()), ("2025-10-25", "Hanoi"));
/// assert_eq!(viet_nam.date_to, viet_nam.date_from); // known to the day
/// assert!(rows.iter().all(|row| row.date_from.as_str() <= "2025-10-26"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    /// Sources, as the data writes them (`URL (description)`, several
    /// separated by `;`).
    pub source: String,
    /// The sources' addresses only (each part's `http(s)` address, as
    /// [`SourcePart`](crate::SourcePart) reads it), `;`-separated: the
    /// column to link. Derived from `source`; not an interchange column.
    pub source_url: String,
    /// What the sources say besides their addresses (each part's
    /// description, and `stored copy: ...` where the data names one),
    /// `; `-separated, each tied to its address: `[2] ...` is about the
    /// second address of `source_url`; a part with no address (a news
    /// agency's report) is given unnumbered, after them. Derived from
    /// `source`; not an interchange column.
    pub source_note: String,
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
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn of(a: &Action) -> EventRow {
        let parts = a.provenance().parts();
        EventRow {
            participant: a.participant().to_string(),
            action: a.kind().to_string(),
            date_from: a.date().earliest().to_string(),
            date_to: a.date().latest().to_string(),
            place: a.place().map_or(String::new(), |p| p.to_string()),
            provisions: join(a.provisions()),
            confidence: a.provenance().confidence().to_string(),
            source: a.provenance().source().to_string(),
            source_url: source_urls(&parts),
            source_note: source_notes(&parts),
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

/// The addresses of a source's parts, `;`-separated.
fn source_urls(parts: &[crate::SourcePart<'_>]) -> String {
    parts.iter().filter_map(|p| p.url).collect::<Vec<_>>().join(";")
}

/// What a source's parts say besides their addresses, `; `-separated:
/// each tied to its address by the address's number in `source_url`
/// (`[2] ...`), those of parts without an address after them.
fn source_notes(parts: &[crate::SourcePart<'_>]) -> String {
    let said = |p: &crate::SourcePart<'_>| {
        let copy = p.stored_copy.map(|c| format!("stored copy: {c}"));
        let both: Vec<&str> = [Some(p.description.as_str()), copy.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
        both.join(", ")
    };
    let mut addressed = Vec::new();
    let mut unaddressed = Vec::new();
    let mut n = 0;
    for p in parts {
        let words = said(p);
        if p.url.is_some() {
            n += 1;
            if !words.is_empty() {
                addressed.push(format!("[{n}] {words}"));
            }
        } else if !words.is_empty() {
            unaddressed.push(words);
        }
    }
    addressed.extend(unaddressed);
    addressed.join("; ")
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(";")
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
