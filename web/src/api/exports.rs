//! The export views (events, wide, panel; years too, which the page does
//! not offer) as the library writes them: CSV by `export::Csv` (names in a
//! language added), JSON by `export::json_document`. A view is named as
//! `export::View` parses it. The panel's rows are the treaty's
//! participants (`Universe::Participants`), as the tool's default.

use hanoi_convention::__private::report;
use hanoi_convention::Language;
use hanoi_convention::export::{self, Csv, Universe, View};
use serde::{Deserialize, Serialize};

use super::context::{Answer, Ask, json};

/// Which view, in which format, names in which language (CSV only).
#[derive(Debug, Deserialize)]
pub(crate) struct ExportAsk {
    #[serde(flatten)]
    on: Ask,
    view: String,
    format: String,
    #[serde(default)]
    lang: String,
}

#[derive(Serialize)]
struct ExportAnswer {
    text: String,
}

pub(crate) fn export(ask: &ExportAsk) -> Answer {
    let r = ask.on.register()?;
    let on = ask.on.on_day(&r)?;
    let view: View = ask.view.parse().map_err(|e| format!("{e}"))?;
    let text = match ask.format.as_str() {
        "json" => {
            let doc = export::json_document(&on, view, Universe::Participants).map_err(|e| e.to_string())?;
            serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())? + "\n"
        }
        "csv" => {
            let lang: Language = if ask.lang.is_empty() {
                Language::En
            } else {
                ask.lang.parse().map_err(|e| format!("{e}"))?
            };
            let csv = Csv::new(r.data_version()).with_names_in(lang, r.participants());
            let mut out = Vec::new();
            let written = match view {
                View::Events => csv.write(&export::event_rows_by(&on), &mut out),
                View::Wide => csv.write(&export::wide_rows(&on), &mut out),
                View::Panel => export::panel_rows(&on, Universe::Participants)
                    .and_then(|rows| csv.write(&rows, &mut out)),
                View::Years => export::year_rows(&on).and_then(|rows| csv.write(&rows, &mut out)),
                other => return Err(format!("no CSV for the export view {}", other.name())),
            };
            // A write error's cause is its source: the message names it once.
            written.map_err(|e| report(&e))?;
            String::from_utf8(out).map_err(|e| e.to_string())?
        }
        other => return Err(format!("no export format {other:?}: expected csv or json")),
    };
    json(&ExportAnswer { text })
}
