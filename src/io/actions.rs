//! Reading treaty actions from files: the tab-separated interchange format
//! of `data/actions.tsv`, and (behind features) the CSV and JSON forms of
//! the *events* export, from text ([`from_str`]), a reader
//! ([`from_reader`]) or a path ([`from_path`]); [`DataFormat`] names the
//! three forms ([`from_str_as`] reads one, [`from_str`] guesses).
//!
//! A file that is not an actions file at all is an [`Error`]; otherwise
//! every record that can be read is kept, and every one that cannot is a
//! [`Problem`] of the [`ActionsFile`], so that the rules can be checked on
//! the rest in the same run
//! ([`RegisterBuilder::file`](crate::register::RegisterBuilder::file)).

use std::io::Read;
use std::path::Path;

use crate::actions::{Action, ActionKind, Place};
use crate::base::date::DateWindow;
use crate::base::origin::Origin;
use crate::error::Error;
use crate::io::table::{Columns, Record, Table, check_text, each, list, provenance};
use crate::participants::Code;
use crate::problem::Problem;
pub use crate::register::ActionsFile;
use crate::treaty::ProvisionRef;

/// The columns of an actions file, in the order the crate writes them.
pub const COLUMNS: [&str; 10] = [
    "participant",
    "action",
    "date_from",
    "date_to",
    "place",
    "provisions",
    "confidence",
    "source",
    "note",
    "notification",
];

/// The columns an actions file may have: the interchange columns, the
/// columns the events export derives from `source` (`source_url`,
/// `source_note`), and the `data_version` column the crate's CSV exports
/// add (the last three read and ignored: `source` is the record).
const READ_COLUMNS: [&str; 13] = {
    let mut all = [""; 13];
    let mut i = 0;
    while i < COLUMNS.len() {
        all[i] = COLUMNS[i];
        i += 1;
    }
    all[COLUMNS.len()] = "source_url";
    all[COLUMNS.len() + 1] = "source_note";
    all[COLUMNS.len() + 2] = "data_version";
    all
};

pub(crate) static ACTION_TABLE: Columns = Columns {
    all: &READ_COLUMNS,
    required: &["participant", "action", "date_from", "confidence", "source"],
};

/// The text formats an actions file may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataFormat {
    /// Tab-separated, with a header row (the interchange format).
    Tsv,
    /// Comma-separated with a header row, as the *events* export writes it
    /// (needs the `csv` feature).
    Csv,
    /// The JSON *events* export (needs the `json` feature).
    Json,
}

impl DataFormat {
    /// Guesses the format from the content: JSON starts with `{` or `[`, a
    /// header line with a tab is TSV, anything else is CSV.
    ///
    /// ```
    /// use hanoi_convention::io::actions::DataFormat;
    ///
    /// assert_eq!(DataFormat::sniff("[]"), DataFormat::Json);
    /// assert_eq!(DataFormat::sniff("participant\taction\n"), DataFormat::Tsv);
    /// assert_eq!(DataFormat::sniff("participant,action\n"), DataFormat::Csv);
    /// ```
    pub fn sniff(text: &str) -> DataFormat {
        let t = text.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('{') || t.starts_with('[') {
            DataFormat::Json
        } else if t.lines().next().is_some_and(|l| l.contains('\t')) {
            DataFormat::Tsv
        } else {
            DataFormat::Csv
        }
    }
}

/// Reads one record into an [`Action`], reporting the first problem of the
/// record.
pub(crate) fn action_from_record(rec: &impl Record) -> Result<Action, Problem> {
    let participant: Code = rec.parse("participant", "a participant code (ISO 3166-1 alpha-3, or EU)")?;
    let kind: ActionKind = rec.parse("action", &format!("one of {}", ActionKind::keywords()))?;
    let date =
        DateWindow::from_fields(rec.get("date_from"), rec.get("date_to")).map_err(|e| match e.inner() {
            crate::error::Inner::Date(crate::base::date::DateError::Reversed { .. }) => {
                rec.problem("date_to", format!("a date no earlier than date_from ({e})"))
            }
            _ if crate::base::date::parse(rec.get("date_from")).is_err() => {
                rec.problem("date_from", "a calendar date YYYY-MM-DD, e.g. 2025-10-25")
            }
            _ => rec.problem(
                "date_to",
                "a calendar date YYYY-MM-DD, or nothing when the day is exact",
            ),
        })?;
    let place = match rec.get("place") {
        "" => None,
        s => Some(
            s.parse::<Place>()
                .map_err(|_| rec.problem("place", "a place name (e.g. Hanoi, New York), or nothing"))?,
        ),
    };
    let provisions = list(rec.get("provisions"))
        .map(|p| p.parse::<ProvisionRef>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| rec.problem("provisions", "provisions separated by `;`, e.g. 7(2);63(3)"))?;
    let provenance = provenance(rec)?;
    let mut action = Action::new(participant, kind, date)
        .with_provisions(provisions)
        .with_provenance(provenance)
        .with_note(rec.get("note"))
        .with_origin(rec.origin());
    if let Some(place) = place {
        action = action.with_place(place);
    }
    match rec.get("notification") {
        "" => {}
        n => action = action.with_notification(n),
    }
    Ok(action)
}

/// Reads an actions file held in memory, guessing its format
/// ([`DataFormat::sniff`]). `name` names it in problems.
///
/// A leading UTF-8 byte-order mark is ignored in every format.
/// Tab-separated fields are taken as they are: the interchange format has
/// no quoting (no field holds a tab or a line break), so quotes are part of
/// the text, `"signed, in Hanoi"` included. CSV follows RFC 4180: quotes
/// enclose a field and are removed.
///
/// # Errors
///
/// An error of kind [`Format`](crate::ErrorKind::Format) for a file that is not an actions file at
/// all (empty, binary, no header, unknown columns, a header but no records). Records that cannot be
/// read are not errors: they are the file's [`problems`](ActionsFile::problems).
///
/// ```
/// use hanoi_convention::{io::actions, problem::Rule};
///
/// let text = "participant\taction\tdate_from\tdate_to\tplace\tprovisions\tconfidence\tsource\tnote\n\
///             FJI\tsignature\t2025-11-20\t2025-12-29\tNew York\t\thigh\thttps://www.fbcnews.com.fj/\t\n\
///             XX1\tsignature\t2025-02-30\t\t\t\thigh\tsomewhere\t\n\
///             CAN\tsign\t2026-07-01\t\t\t\thigh\tsomewhere\t\n";
/// let file = actions::from_str("mine.tsv", text)?;
/// assert_eq!(file.actions().len(), 1);
/// assert_eq!(file.problems().len(), 2);
/// assert_eq!(file.problems()[0].origin().to_string(), "mine.tsv:3");
/// assert_eq!(file.problems()[1].field(), "action");
/// assert_eq!(file.problems()[1].rule(), Rule::Format);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn from_str(name: &str, text: &str) -> Result<ActionsFile, Error> {
    from_str_as(name, text, DataFormat::sniff(text))
}

/// Reads an actions file held in memory in the given format (see
/// [`from_str`]).
///
/// # Errors
///
/// As [`from_str`].
pub fn from_str_as(name: &str, text: &str, format: DataFormat) -> Result<ActionsFile, Error> {
    check_text(name, text.as_bytes())?;
    // A byte-order mark is not content, whatever the format.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (actions, problems) = match format {
        DataFormat::Tsv => tsv_actions(name, text)?,
        DataFormat::Csv => csv_actions(name, text)?,
        DataFormat::Json => json_actions(name, text)?,
    };
    if actions.is_empty() && problems.is_empty() {
        return Err(Error::format(
            Origin::line(name, 1),
            "the file has a header but no records: expected at least one action".into(),
        ));
    }
    Ok(ActionsFile::from_parts(name, actions, problems))
}

/// Reads an actions file from any reader (see [`from_str`]).
///
/// # Errors
///
/// An error of kind [`Io`](crate::ErrorKind::Io) when the reader fails, and the errors of
/// [`from_str`].
///
/// ```
/// use hanoi_convention::io::actions;
///
/// let text = "participant\taction\tdate_from\tconfidence\tsource\nMUS\tsignature\t2025-11-19\thigh\tx\n";
/// let file = actions::from_reader("stdin", text.as_bytes())?;
/// assert_eq!(file.actions()[0].participant().as_str(), "MUS");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn from_reader(name: &str, mut reader: impl Read) -> Result<ActionsFile, Error> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| Error::read(name, e))?;
    check_text(name, &bytes)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::format(Origin::line(name, 1), "the file is not UTF-8 text".into()))?;
    from_str(name, &text)
}

/// Reads an actions file from disk, guessing its format from its content.
///
/// # Errors
///
/// An error of kind [`Io`](crate::ErrorKind::Io) when the file cannot be read, and the errors of
/// [`from_str`].
///
/// ```
/// let err = hanoi_convention::io::actions::from_path("/no/such/file.tsv").unwrap_err();
/// assert!(err.to_string().contains("cannot read"));
/// ```
pub fn from_path(path: impl AsRef<Path>) -> Result<ActionsFile, Error> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::read(&name, e))?;
    from_reader(&name, file)
}

type Read2 = (Vec<Action>, Vec<Problem>);

fn tsv_actions(file: &str, text: &str) -> Result<Read2, Error> {
    let table = Table::parse(file, text, &ACTION_TABLE)?;
    Ok(each(table.rows().map(|row| {
        row.check_width().and_then(|()| action_from_record(&row))
    })))
}

#[cfg(not(feature = "csv"))]
fn csv_actions(file: &str, _text: &str) -> Result<Read2, Error> {
    Err(Error::format(Origin::line(file, 1), "this looks like CSV, but the crate was built without the `csv` feature: expected a tab-separated file".into()))
}

#[cfg(feature = "csv")]
fn csv_actions(file: &str, text: &str) -> Result<Read2, Error> {
    struct CsvRecord<'a> {
        file: &'a std::sync::Arc<str>,
        line: u32,
        positions: &'a [Option<usize>],
        record: csv::StringRecord,
    }
    impl Record for CsvRecord<'_> {
        fn origin(&self) -> Origin {
            Origin::Line {
                file: crate::base::origin::FileName::shared(self.file.clone()),
                line: self.line,
            }
        }
        fn get(&self, column: &'static str) -> &str {
            let Some(idx) = crate::io::table::column_index(&READ_COLUMNS, column) else {
                return "";
            };
            self.positions[idx]
                .and_then(|p| self.record.get(p))
                .map_or("", str::trim)
        }
    }
    let name: std::sync::Arc<str> = file.into();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| Error::format(Origin::line(file, 1), format!("cannot read the CSV header: {e}")))?;
    let positions = crate::io::table::map_header(file, header.iter(), &ACTION_TABLE)?;
    let records = reader.records().map(|result| match result {
        Ok(record) => {
            let line = record.position().map_or(0, |p| p.line() as u32);
            let rec = CsvRecord {
                file: &name,
                line,
                positions: &positions,
                record,
            };
            action_from_record(&rec)
        }
        Err(e) => Err(Problem::Field {
            at: Origin::Line {
                file: crate::base::origin::FileName::shared(name.clone()),
                line: e.position().map_or(0, |p| p.line() as u32),
            },
            field: "(row)",
            expected: "a CSV record".into(),
            found: e.to_string(),
        }),
    });
    Ok(each(records))
}

#[cfg(not(feature = "json"))]
fn json_actions(file: &str, _text: &str) -> Result<Read2, Error> {
    Err(Error::format(Origin::line(file, 1), "this looks like JSON, but the crate was built without the `json` feature: expected a tab-separated file".into()))
}

#[cfg(feature = "json")]
fn json_actions(file: &str, text: &str) -> Result<Read2, Error> {
    use serde_json::Value;
    let format_err = |line: usize, message: String| Error::format(Origin::line(file, line as u32), message);
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format_err(e.line(), format!("not valid JSON: {e}")))?;
    let records =
        match &doc {
            Value::Array(items) => items,
            Value::Object(map) => match map.get("actions") {
                Some(Value::Array(items)) => items,
                _ => return Err(format_err(
                    1,
                    "expected an object with an `actions` array (the events export), or an array of actions"
                        .into(),
                )),
            },
            _ => {
                return Err(format_err(
                    1,
                    "expected an object with an `actions` array, or an array of actions".into(),
                ));
            }
        };
    struct JsonRecord {
        origin: Origin,
        values: Vec<String>,
    }
    impl Record for JsonRecord {
        fn origin(&self) -> Origin {
            self.origin.clone()
        }
        fn get(&self, column: &'static str) -> &str {
            crate::io::table::column_index(&READ_COLUMNS, column)
                .and_then(|i| self.values.get(i))
                .map_or("", |s| s.trim())
        }
    }
    let name: std::sync::Arc<str> = file.into();
    let read = |(index, item): (usize, &Value)| -> Result<Action, Problem> {
        let origin = Origin::Record {
            file: crate::base::origin::FileName::shared(name.clone()),
            index: index as u32,
        };
        let problem = |field: &'static str, expected: &str, found: String| Problem::Field {
            at: origin.clone(),
            field,
            expected: expected.into(),
            found,
        };
        let Value::Object(map) = item else {
            return Err(problem("(record)", "a JSON object", item.to_string()));
        };
        let mut values = vec![String::new(); READ_COLUMNS.len()];
        for (key, value) in map {
            let Some(idx) = READ_COLUMNS.iter().position(|c| c == key) else {
                return Err(problem(
                    "(record)",
                    "only the fields of the events export",
                    format!("unknown field {key:?}"),
                ));
            };
            values[idx] = match value {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Array(items) if READ_COLUMNS[idx] == "provisions" => items
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join(";"),
                other => return Err(problem(READ_COLUMNS[idx], "a string", other.to_string())),
            };
        }
        action_from_record(&JsonRecord { origin, values })
    };
    Ok(each(records.iter().enumerate().map(read)))
}
