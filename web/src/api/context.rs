//! What every request names: the treaty, the day, and which data (the
//! embedded data, or the user's file merged over it).

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use hanoi_convention::__private::report;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::register::OnDay;
use hanoi_convention::{Date, Register, parse_date};
use serde::{Deserialize, Serialize};

/// An answer: its JSON, or what was wrong with the request, in words.
pub(crate) type Answer = Result<String, String>;

/// `value` as JSON.
pub(crate) fn json(value: &impl Serialize) -> Answer {
    serde_json::to_string(value).map_err(|e| format!("the answer could not be written: {e}"))
}

/// Which data answers.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Data {
    /// The crate's embedded data.
    #[default]
    Embedded,
    /// The user's file merged over it, where one was merged for the treaty.
    File,
}

/// The treaty, day and data a request is about; empty fields take the
/// defaults (the Hanoi Convention, the data's as-of date, the embedded data).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Ask {
    pub treaty: String,
    pub day: String,
    pub data: Data,
}

impl Ask {
    /// The embedded treaty named.
    pub fn treaty(&self) -> Result<EmbeddedTreaty, String> {
        treaty_named(&self.treaty)
    }

    /// The register that answers.
    pub fn register(&self) -> Result<Held, String> {
        Ok(held(self.treaty()?, self.data))
    }

    /// The register `r` on the day asked (the data's as-of date when
    /// empty), refused before the treaty existed (`Register::try_on`, as
    /// the `hanoi` tool refuses it).
    pub fn on_day<'r>(&self, r: &'r Register) -> Result<OnDay<'r>, String> {
        on_day(r, parse_day(&self.day, r.as_of())?)
    }
}

/// The embedded treaty called `name` (`hanoi` when empty).
pub(crate) fn treaty_named(name: &str) -> Result<EmbeddedTreaty, String> {
    if name.is_empty() {
        return Ok(EmbeddedTreaty::Hanoi);
    }
    name.parse().map_err(|e| format!("{e}"))
}

/// The day `asked`, `default` when empty.
pub(crate) fn parse_day(asked: &str, default: Date) -> Result<Date, String> {
    if asked.is_empty() {
        return Ok(default);
    }
    parse_date(asked).map_err(|e| format!("{asked:?} is not a day: {e}"))
}

/// `r` on `day`, refused before the treaty existed (`Error::BeforeTreaty`).
pub(crate) fn on_day(r: &Register, day: Date) -> Result<OnDay<'_>, String> {
    r.try_on(day).map_err(|e| e.to_string())
}

/// A register: an embedded one, or the user's merged one.
pub(crate) enum Held {
    Embedded(&'static Register),
    File(Rc<Register>),
}

impl Deref for Held {
    type Target = Register;
    fn deref(&self) -> &Register {
        match self {
            Held::Embedded(r) => r,
            Held::File(r) => r,
        }
    }
}

/// The user's file merged over a treaty's embedded data.
pub(crate) struct Overlay {
    pub which: EmbeddedTreaty,
    pub register: Rc<Register>,
}

thread_local! {
    // The page runs on one thread; the merged register lives until the
    // next file replaces it, and never leaves the page.
    static OVERLAY: RefCell<Option<Overlay>> = const { RefCell::new(None) };
}

/// Keeps `overlay` as the merged data (none: forget it).
pub(crate) fn set_overlay(overlay: Option<Overlay>) {
    OVERLAY.with(|o| *o.borrow_mut() = overlay);
}

/// The register of `which` for `data`: the merged one when the file was
/// merged over this treaty's data, the embedded one otherwise.
pub(crate) fn held(which: EmbeddedTreaty, data: Data) -> Held {
    let merged = (data == Data::File)
        .then(|| {
            OVERLAY.with(|o| {
                o.borrow()
                    .as_ref()
                    .filter(|o| o.which == which)
                    .map(|o| Rc::clone(&o.register))
            })
        })
        .flatten();
    merged.map_or(Held::Embedded(which.register()), Held::File)
}

/// Rows written by the library's CSV writer (its header, and a last
/// `data_version` column), as text.
pub(crate) fn csv_table(version: &str, header: &[impl AsRef<str>], records: &[Vec<String>]) -> Answer {
    let header: Vec<String> = header.iter().map(|h| h.as_ref().to_string()).collect();
    let mut out = Vec::new();
    hanoi_convention::export::Csv::new(version)
        .write_table(&header, records, &mut out)
        .map_err(|e| report(&e))?;
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// Rows of a serializable type written by the library's CSV writer.
pub(crate) fn csv_rows<T: hanoi_convention::export::CsvRow>(version: &str, rows: &[T]) -> Answer {
    let mut out = Vec::new();
    hanoi_convention::export::Csv::new(version)
        .write(rows, &mut out)
        .map_err(|e| report(&e))?;
    String::from_utf8(out).map_err(|e| e.to_string())
}
