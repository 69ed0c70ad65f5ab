//! Writing documents as JSON (feature `json`).

use crate::export::{Document, RowsReport, Universe, View};
use crate::register::OnDay;

/// A JSON document for an export view: `schema`, `schema_version`,
/// `data_version`, `data_as_of`, and the rows under `actions` (events) or
/// `rows` (wide, panel, years); the panel's units from `universe`.
///
/// # Errors
///
/// As [`panel_rows`](crate::export::panel_rows) for the panel.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let r = Register::embedded();
/// let doc = export::json_document(&r.on(r.as_of()), export::View::Wide, export::Universe::Participants)?;
/// assert_eq!(doc["schema"], "hanoi-convention/wide");
/// assert_eq!(doc["rows"].as_array().unwrap().len(), 198);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn json_document(
    on: &OnDay<'_>,
    view: View,
    universe: Universe<'_>,
) -> Result<serde_json::Value, crate::error::Error> {
    let (kind, rows) = RowsReport::new(on, view, universe)?;
    // Plain structs of strings and numbers always serialize.
    Ok(serde_json::to_value(Document::new(kind, on.register(), rows)).unwrap_or(serde_json::Value::Null))
}
