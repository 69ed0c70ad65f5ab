//! Writing rows as CSV (feature `csv`).

use crate::base::language::Language;
use crate::participants::{Code, Participants};

/// A failure to write the output (the CSV writer's or the sink's).
fn output_error(e: impl std::fmt::Display) -> crate::error::Error {
    crate::error::Error::Io {
        path: "(output)".into(),
        message: e.to_string(),
    }
}

/// Writes rows as CSV with a header row.
///
/// # Errors
///
/// [`Error::Io`](crate::error::Error::Io) when writing fails.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let mut out = Vec::new();
/// export::write_csv(&export::wide_rows(Register::embedded()), &mut out)?;
/// assert!(String::from_utf8(out).unwrap().starts_with("code,name,regional_group,signature"));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn write_csv<T: serde::Serialize>(
    rows: &[T],
    out: impl std::io::Write,
) -> Result<(), crate::error::Error> {
    let mut w = ::csv::Writer::from_writer(out);
    for row in rows {
        w.serialize(row).map_err(output_error)?;
    }
    w.flush().map_err(output_error)
}

/// Writes a header and records of strings as CSV (for tables whose columns
/// depend on the data, e.g. a column per compared treaty).
///
/// # Errors
///
/// [`Error::Io`](crate::Error::Io) when writing fails.
pub fn write_records(
    header: &[String],
    records: &[Vec<String>],
    out: impl std::io::Write,
) -> Result<(), crate::error::Error> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(header).map_err(output_error)?;
    for r in records {
        w.write_record(r).map_err(output_error)?;
    }
    w.flush().map_err(output_error)
}

/// Writes rows as CSV with a header row and a last column `data_version`
/// saying which data made them (pandas' `read_csv` and R's `read.csv` load
/// it as any other column; the crate's loader ignores it).
///
/// # Errors
///
/// [`Error::Io`](crate::Error::Io) when writing fails.
///
/// ```
/// use hanoi_convention::{export, Register};
///
/// let r = Register::embedded();
/// let mut out = Vec::new();
/// export::write_csv_versioned(&export::wide_rows(r), r.data_version(), &mut out)?;
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.lines().next().unwrap().ends_with(",data_version"));
/// assert!(text.lines().nth(1).unwrap().ends_with(hanoi_convention::DATA_VERSION));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn write_csv_versioned<T: serde::Serialize>(
    rows: &[T],
    data_version: &str,
    out: impl std::io::Write,
) -> Result<(), crate::error::Error> {
    CsvColumns::new(data_version).write(rows, out)
}

/// The columns a CSV export adds to its rows: always `data_version`, and
/// on request `name_<lang>`, each participant's name in a language (empty
/// where none is recorded; the English name stays in `name`).
///
/// ```
/// use hanoi_convention::{Language, Register, export};
///
/// let r = Register::embedded();
/// let mut out = Vec::new();
/// export::CsvColumns::new(r.data_version())
///     .with_names_in(Some((Language::Fr, r.participants())))
///     .write(&export::wide_rows(r), &mut out)?;
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.lines().next().unwrap().starts_with("code,name,name_fr,"));
/// assert!(text.lines().any(|l| l.starts_with("DEU,Germany,Allemagne,")));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CsvColumns<'a> {
    data_version: &'a str,
    names_in: Option<(Language, &'a Participants)>,
}

impl<'a> CsvColumns<'a> {
    /// The `data_version` column only.
    pub fn new(data_version: &'a str) -> CsvColumns<'a> {
        CsvColumns {
            data_version,
            names_in: None,
        }
    }

    /// Adds `name_<lang>` after the `name` column (or after the code in
    /// `code` or `participant`), the names taken from `participants` by
    /// the row's code.
    #[must_use]
    pub fn with_names_in(mut self, names_in: Option<(Language, &'a Participants)>) -> CsvColumns<'a> {
        self.names_in = names_in;
        self
    }

    /// Writes the rows with the added columns.
    ///
    /// # Errors
    ///
    /// [`Error::Io`](crate::Error::Io) when writing fails.
    pub fn write<T: serde::Serialize>(
        &self,
        rows: &[T],
        out: impl std::io::Write,
    ) -> Result<(), crate::error::Error> {
        let mut w = ::csv::Writer::from_writer(out);
        // One row at a time: serialized by serde (with the header before
        // the first), read back as fields, extended and written out, so no
        // more than a row is held.
        let mut buf = Vec::new();
        let mut header = true;
        // (where the name column goes, where the code is read from)
        let mut at: Option<(usize, usize)> = None;
        for row in rows {
            buf.clear();
            let mut one = ::csv::WriterBuilder::new()
                .has_headers(header)
                .from_writer(&mut buf);
            one.serialize(row).map_err(output_error)?;
            one.flush().map_err(output_error)?;
            drop(one);
            let mut reader = ::csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(buf.as_slice());
            for record in reader.records() {
                let mut fields: Vec<String> =
                    record.map_err(output_error)?.iter().map(str::to_string).collect();
                if let Some((language, list)) = self.names_in {
                    if header {
                        // Rows name participants in `code` (wide, panel) or
                        // `participant` (events).
                        let code = fields.iter().position(|h| h == "code" || h == "participant");
                        let name = fields.iter().position(|h| h == "name").or(code);
                        at = code.zip(name).map(|(c, n)| (n + 1, c));
                        if let Some((n, _)) = at {
                            fields.insert(n, format!("name_{}", language.tag()));
                        }
                    } else if let Some((n, c)) = at {
                        let name = fields
                            .get(c)
                            .and_then(|code| Code::parse_ascii(code.as_bytes()))
                            .and_then(|code| list.get(code))
                            .and_then(|p| p.name_in(language))
                            .unwrap_or("");
                        fields.insert(n.min(fields.len()), name.to_string());
                    }
                }
                fields.push(if header {
                    "data_version".into()
                } else {
                    self.data_version.into()
                });
                w.write_record(&fields).map_err(output_error)?;
                header = false;
            }
        }
        w.flush().map_err(output_error)
    }
}
