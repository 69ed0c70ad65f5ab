//! Reading tab-separated data files: a header row naming the columns, then
//! one record per line. Used for the embedded data and for users' files.

use std::sync::Arc;

use crate::base::origin::{FileName, Origin};
use crate::error::Error;
use crate::problem::{Problem, Problems};

/// The columns a kind of file has.
pub(crate) struct Columns {
    /// Every column the file may have.
    pub all: &'static [&'static str],
    /// The columns it must have.
    pub required: &'static [&'static str],
}

/// A parsed file: its header mapped to the expected columns, and its rows.
pub(crate) struct Table<'a> {
    file: Arc<str>,
    /// For each of `Columns::all`, the position in the file, if present.
    positions: Vec<Option<usize>>,
    /// For each field position of a line, the column it fills.
    column_at: Vec<usize>,
    columns: &'static Columns,
    body: &'a str,
    first_body_line: u32,
}

/// One record of a [`Table`].
pub(crate) struct Row<'t, 'a> {
    table: &'t Table<'a>,
    /// Values in `Columns::all` order ("" for absent columns).
    fields: Vec<&'a str>,
    /// How many fields the line had.
    width: usize,
    line: u32,
}

/// Checks that the text is a readable data file before any row is looked at.
pub(crate) fn check_text(file: &str, bytes: &[u8]) -> Result<(), Error> {
    let origin = || Origin::line(file, 1);
    if bytes.is_empty() || bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::format(
            origin(),
            "the file is empty: expected a header row and at least one record".into(),
        ));
    }
    if bytes.contains(&0) || std::str::from_utf8(bytes).is_err() {
        return Err(Error::format(
            origin(),
            "the file is not UTF-8 text: expected a tab-separated, CSV or JSON text file".into(),
        ));
    }
    Ok(())
}

impl<'a> Table<'a> {
    /// Reads the header of `text` and maps it onto `columns`.
    pub fn parse(file: &str, text: &'a str, columns: &'static Columns) -> Result<Table<'a>, Error> {
        check_text(file, text.as_bytes())?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (header, body) = text.split_once('\n').unwrap_or((text, ""));
        let header = header.strip_suffix('\r').unwrap_or(header);
        let positions = map_header(file, header.split('\t'), columns)?;
        Ok(Table {
            file: file.into(),
            column_at: {
                let mut column_at = vec![usize::MAX; positions.iter().flatten().count()];
                for (idx, pos) in positions.iter().enumerate() {
                    if let Some(slot) = pos.and_then(|p| column_at.get_mut(p)) {
                        *slot = idx;
                    }
                }
                column_at
            },
            positions,
            columns,
            body,
            first_body_line: 2,
        })
    }

    /// The records, skipping blank lines; each keeps its line number.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_, 'a>> + '_ {
        self.body.split('\n').enumerate().filter_map(move |(i, raw)| {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.trim_ascii().is_empty() {
                return None;
            }
            // Fields are stored in `Columns::all` order, trimmed once.
            let mut fields = vec![""; self.columns.all.len()];
            let mut width = 0;
            for (pos, value) in raw.split('\t').enumerate() {
                width = pos + 1;
                if let Some(&idx) = self.column_at.get(pos) {
                    fields[idx] = value.trim_ascii();
                }
            }
            Some(Row {
                table: self,
                fields,
                width,
                line: self.first_body_line + i as u32,
            })
        })
    }
}

/// Maps a header's column names onto `columns`: for each of `Columns::all`,
/// its position in the header. Unknown, repeated and missing required
/// columns are errors, whatever the file's format.
pub(crate) fn map_header<'h>(
    file: &str,
    header: impl Iterator<Item = &'h str>,
    columns: &Columns,
) -> Result<Vec<Option<usize>>, Error> {
    let fail = |message: String| Error::format(Origin::line(file, 1), message);
    let mut positions = vec![None; columns.all.len()];
    for (pos, name) in header.enumerate() {
        let name = name.trim();
        let Some(idx) = columns.all.iter().position(|c| *c == name) else {
            return Err(fail(format!(
                "unknown column {name:?} in the header: expected columns from: {}",
                columns.all.join(", ")
            )));
        };
        if positions[idx].replace(pos).is_some() {
            return Err(fail(format!("column {name:?} appears twice in the header")));
        }
    }
    let missing: Vec<&str> = columns
        .required
        .iter()
        .filter(|c| {
            let idx = columns.all.iter().position(|a| a == *c);
            idx.and_then(|i| positions[i]).is_none()
        })
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(fail(format!(
            "the header lacks the required column(s) {}: expected a header with {}",
            missing.join(", "),
            columns.required.join(", ")
        )));
    }
    Ok(positions)
}

/// One record of any input format (TSV row, CSV record, JSON object),
/// seen as named text fields.
pub(crate) trait Record {
    /// Where the record is.
    fn origin(&self) -> Origin;

    /// The trimmed value of `column` ("" when absent).
    fn get(&self, column: &'static str) -> &str;

    /// A problem with this record's `column`.
    fn problem(&self, column: &'static str, expected: impl Into<String>) -> Problem {
        Problem::Field {
            at: self.origin(),
            field: column,
            expected: expected.into(),
            found: self.get(column).to_string(),
        }
    }

    /// The non-empty value of `column`, or a problem saying what was expected.
    fn required(&self, column: &'static str, expected: &str) -> Result<&str, Problem> {
        let v = self.get(column);
        if v.is_empty() {
            Err(self.problem(column, expected))
        } else {
            Ok(v)
        }
    }

    /// `column` parsed with `FromStr`; the error says what was expected.
    fn parse<T: std::str::FromStr>(&self, column: &'static str, expected: &str) -> Result<T, Problem> {
        self.get(column)
            .parse()
            .map_err(|_| self.problem(column, expected))
    }
}

impl Record for Row<'_, '_> {
    fn origin(&self) -> Origin {
        Row::origin(self)
    }
    fn get(&self, column: &'static str) -> &str {
        Row::get(self, column)
    }
}

/// The position of `column` in `all`. Column names are string constants,
/// so comparing addresses first avoids most string comparisons.
pub(crate) fn column_index(all: &[&'static str], column: &'static str) -> Option<usize> {
    all.iter()
        .position(|c| std::ptr::eq(*c, column))
        .or_else(|| all.iter().position(|c| *c == column))
}

impl<'a> Row<'_, 'a> {
    /// Where this row is.
    pub fn origin(&self) -> Origin {
        Origin::Line {
            file: FileName::shared(self.table.file.clone()),
            line: self.line,
        }
    }

    /// The trimmed value of `column` ("" when the file lacks the column).
    pub fn get(&self, column: &'static str) -> &'a str {
        debug_assert!(
            self.table.columns.all.contains(&column),
            "{column} is not a column"
        );
        column_index(self.table.columns.all, column).map_or("", |i| self.fields[i])
    }

    /// Checks the row has no more fields than the header.
    pub fn check_width(&self) -> Result<(), Problem> {
        let width = self.table.positions.iter().flatten().count();
        if self.width > width {
            return Err(Problem::Field {
                at: self.origin(),
                field: "(row)",
                expected: format!("{width} tab-separated fields, as in the header"),
                found: format!("{} fields", self.width),
            });
        }
        Ok(())
    }
}

/// Splits a `;`-separated list, dropping empty items.
pub(crate) fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// Reads every row of `text` with `read`, collecting every problem instead
/// of stopping at the first.
pub(crate) fn read_all<T>(
    file: &str,
    text: &str,
    columns: &'static Columns,
    mut read: impl FnMut(&Row<'_, '_>) -> Result<T, Problem>,
) -> Result<Vec<T>, Error> {
    let table = Table::parse(file, text, columns)?;
    all_or_problems(
        table
            .rows()
            .map(|row| row.check_width().and_then(|()| read(&row))),
    )
}

/// Every value, or every problem: a file is read to its end so that all its
/// problems are reported at once.
pub(crate) fn all_or_problems<T>(
    results: impl IntoIterator<Item = Result<T, Problem>>,
) -> Result<Vec<T>, Error> {
    let (out, problems) = each(results);
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::invalid(Problems::new(problems)))
    }
}

/// The values that could be read, and the problems of the records that
/// could not.
pub(crate) fn each<T>(results: impl IntoIterator<Item = Result<T, Problem>>) -> (Vec<T>, Vec<Problem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(v) => out.push(v),
            Err(p) => problems.push(p),
        }
    }
    (out, problems)
}

/// The source and confidence columns every data file has.
pub(crate) fn provenance(row: &impl Record) -> Result<crate::base::provenance::Provenance, Problem> {
    let source = row.required("source", "a source (URL or reference)")?;
    let confidence = row.parse("confidence", "low, medium or high")?;
    Ok(crate::base::provenance::Provenance::new(source, confidence))
}
