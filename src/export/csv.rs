//! Writing rows as CSV (feature `csv`): one writer, [`Csv`], for the
//! views' rows (their columns from serde) and for tables whose columns
//! depend on the data (a column per compared treaty).

use crate::base::language::Language;
use crate::error::Error;
use crate::participants::{Code, Participants};

/// A failure to write the output (the CSV writer's or the sink's), keeping
/// the operating system's error (a closed pipe stays a
/// [`BrokenPipe`](std::io::ErrorKind::BrokenPipe)).
fn output_error(e: ::csv::Error) -> Error {
    let source = match e.into_kind() {
        ::csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    };
    Error::write("(output)", source)
}

/// A row type [`Csv::write`] writes: a blank row, whose serialization
/// names the columns, gives the header of an export with no rows (pandas
/// and R refuse a file without one).
///
/// ```
/// use hanoi_convention::{Date, Register, export};
///
/// // Nothing had happened by the day of adoption: no rows, the header still.
/// let r = Register::embedded();
/// let mut out = Vec::new();
/// export::Csv::new("v1").write(&export::event_rows_by(&r.on(Date::constant(2024, 12, 24))), &mut out)?;
/// assert_eq!(String::from_utf8(out).unwrap(), "participant,action,date_from,date_to,place,provisions,confidence,source,source_url,source_note,note,notification,data_version\n");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub trait CsvRow: serde::Serialize {
    /// A row with every column (its values are never written).
    fn blank() -> Self;
}

macro_rules! blank_by_default {
    ($($t:ty),*) => {$(
        impl CsvRow for $t {
            fn blank() -> Self {
                <$t>::default()
            }
        }
    )*};
}

blank_by_default!(
    crate::export::EventRow,
    crate::export::WideRow,
    crate::export::PanelRow,
    crate::export::YearRow,
    crate::export::TimelineRow
);

impl CsvRow for crate::export::ProblemRow {
    fn blank() -> Self {
        crate::export::ProblemRow {
            origin: String::new(),
            line: None,
            record: None,
            field: "",
            rule: crate::problem::Rule::Format,
            article: None,
            detail: String::new(),
        }
    }
}

impl CsvRow for crate::export::ProvisionRow {
    fn blank() -> Self {
        crate::export::ProvisionRow {
            provision: String::new(),
            kind: crate::treaty::ProvisionKind::MandatoryOffence,
            summary: String::new(),
            allows_reservation: false,
        }
    }
}

impl CsvRow for crate::export::RosterRow {
    fn blank() -> Self {
        crate::export::RosterRow {
            code: Code::constant("EU"),
            name: String::new(),
            regional_group: None,
            group_membership: "",
            other_group: None,
            member_of: None,
            standing: crate::register::Standing::NotSigned,
            status: "",
            status_code: None,
            iso2: None,
            iso3: None,
            iso_numeric: None,
            m49: None,
            cow_n: None,
            cow_c: None,
            gw_n: None,
            gw_c: None,
            code_note: None,
        }
    }
}

/// The CSV writer of every export: a header row, the rows, and a last
/// column `data_version` saying which data made them (pandas' `read_csv`
/// and R's `read.csv` load it as any other column; the crate's loader
/// ignores it). On request it adds `name_<lang>`, each participant's name
/// in a language (empty where none is recorded; the English name stays in
/// `name`), after the `name` column (or after the code).
///
/// ```
/// use hanoi_convention::{Language, Register, export};
///
/// let r = Register::embedded();
/// let mut out = Vec::new();
/// export::Csv::new(r.data_version())
///     .with_names_in(Language::Fr, r.participants())
///     .write(&export::wide_rows(&r.on(r.as_of())), &mut out)?;
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.lines().next().unwrap().starts_with("code,name,name_fr,"));
/// assert!(text.lines().next().unwrap().ends_with(",data_version"));
/// assert!(text.lines().any(|l| l.starts_with("DEU,Germany,Allemagne,")));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Csv<'a> {
    data_version: &'a str,
    names_in: Option<(Language, &'a Participants)>,
}

/// Where the added columns go, found from the header.
struct Layout {
    /// (where the name column goes, where the code is read from)
    name_at: Option<(usize, usize)>,
}

impl<'a> Csv<'a> {
    /// A writer whose rows end with `data_version`.
    pub fn new(data_version: &'a str) -> Csv<'a> {
        Csv {
            data_version,
            names_in: None,
        }
    }

    /// Adds `name_<lang>` with the names `participants` records in
    /// `language` (nothing for English: the `name` column is English).
    #[must_use]
    pub fn with_names_in(mut self, language: Language, participants: &'a Participants) -> Csv<'a> {
        self.names_in = (language != Language::En).then_some((language, participants));
        self
    }

    /// Writes rows, their columns from their serde names.
    ///
    /// # Errors
    ///
    /// An error of kind [`Io`](crate::ErrorKind::Io) when writing fails.
    pub fn write<T: CsvRow>(&self, rows: &[T], out: impl std::io::Write) -> Result<(), Error> {
        let mut w = ::csv::Writer::from_writer(out);
        if rows.is_empty() {
            // No rows: the header alone, named by a blank row.
            let columns = Self::columns(&T::blank())?;
            self.header(&mut w, columns)?;
            return w.flush().map_err(|e| Error::write("(output)", e));
        }
        // One row at a time: serialized by serde (with the header before
        // the first), read back as fields, extended and written out, so no
        // more than a row is held.
        let mut buf = Vec::new();
        let mut layout: Option<Layout> = None;
        for row in rows {
            buf.clear();
            let mut one = ::csv::WriterBuilder::new()
                .has_headers(layout.is_none())
                .from_writer(&mut buf);
            one.serialize(row).map_err(output_error)?;
            one.flush().map_err(|e| Error::write("(output)", e))?;
            drop(one);
            let mut reader = ::csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(buf.as_slice());
            for record in reader.records() {
                let fields: Vec<String> = record.map_err(output_error)?.iter().map(str::to_string).collect();
                match &layout {
                    None => layout = Some(self.header(&mut w, fields)?),
                    Some(l) => self.record(&mut w, l, fields)?,
                }
            }
        }
        w.flush().map_err(|e| Error::write("(output)", e))
    }

    /// The column names of a row, from its serde names.
    fn columns<T: serde::Serialize>(row: &T) -> Result<Vec<String>, Error> {
        let mut buf = Vec::new();
        let mut one = ::csv::Writer::from_writer(&mut buf);
        one.serialize(row).map_err(output_error)?;
        one.flush().map_err(|e| Error::write("(output)", e))?;
        drop(one);
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(buf.as_slice());
        let header = reader.records().next().transpose().map_err(output_error)?;
        Ok(header.map_or_else(Vec::new, |h| h.iter().map(str::to_string).collect()))
    }

    /// Writes a header and records of strings (for tables whose columns
    /// depend on the data).
    ///
    /// # Errors
    ///
    /// An error of kind [`Io`](crate::ErrorKind::Io) when writing fails.
    ///
    /// ```
    /// let mut out = Vec::new();
    /// let header = ["code".to_string(), "hanoi".into()];
    /// hanoi_convention::export::Csv::new("v1").write_table(&header, &[vec!["FRA".into(), "signed".into()]], &mut out)?;
    /// assert_eq!(String::from_utf8(out).unwrap(), "code,hanoi,data_version\nFRA,signed,v1\n");
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn write_table(
        &self,
        header: &[String],
        records: &[Vec<String>],
        out: impl std::io::Write,
    ) -> Result<(), Error> {
        let mut w = ::csv::Writer::from_writer(out);
        let layout = self.header(&mut w, header.to_vec())?;
        for r in records {
            self.record(&mut w, &layout, r.clone())?;
        }
        w.flush().map_err(|e| Error::write("(output)", e))
    }

    fn header<W: std::io::Write>(
        &self,
        w: &mut ::csv::Writer<W>,
        mut fields: Vec<String>,
    ) -> Result<Layout, Error> {
        let mut layout = Layout { name_at: None };
        if let Some((language, _)) = self.names_in {
            // Rows name participants in `code` (wide, panel) or
            // `participant` (events).
            let code = fields.iter().position(|h| h == "code" || h == "participant");
            let name = fields.iter().position(|h| h == "name").or(code);
            layout.name_at = code.zip(name).map(|(c, n)| (n + 1, c));
            if let Some((n, _)) = layout.name_at {
                fields.insert(n, format!("name_{}", language.tag()));
            }
        }
        fields.push("data_version".into());
        w.write_record(&fields).map_err(output_error)?;
        Ok(layout)
    }

    fn record<W: std::io::Write>(
        &self,
        w: &mut ::csv::Writer<W>,
        layout: &Layout,
        mut fields: Vec<String>,
    ) -> Result<(), Error> {
        if let (Some((language, list)), Some((n, c))) = (self.names_in, layout.name_at) {
            let name = fields
                .get(c)
                .and_then(|code| Code::parse_ascii(code.as_bytes()))
                .and_then(|code| list.get(code))
                .and_then(|p| p.name_in(language))
                .unwrap_or("");
            fields.insert(n.min(fields.len()), name.to_string());
        }
        fields.push(self.data_version.into());
        w.write_record(&fields).map_err(output_error)
    }
}
