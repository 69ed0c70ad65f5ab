//! Writing rows as CSV (feature `csv`).

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
    let io = |e: &dyn std::fmt::Display| crate::error::Error::Io {
        path: "(output)".into(),
        message: e.to_string(),
    };
    for row in rows {
        w.serialize(row).map_err(|e| io(&e))?;
    }
    w.flush().map_err(|e| io(&e))
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
    let io = |e: &dyn std::fmt::Display| crate::error::Error::Io {
        path: "(output)".into(),
        message: e.to_string(),
    };
    w.write_record(header).map_err(|e| io(&e))?;
    for r in records {
        w.write_record(r).map_err(|e| io(&e))?;
    }
    w.flush().map_err(|e| io(&e))
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
    let io = |e: &dyn std::fmt::Display| crate::error::Error::Io {
        path: "(output)".into(),
        message: e.to_string(),
    };
    let mut plain = Vec::new();
    write_csv(rows, &mut plain)?;
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(plain.as_slice());
    let mut w = ::csv::Writer::from_writer(out);
    for (i, record) in reader.records().enumerate() {
        let mut record = record.map_err(|e| io(&e))?;
        record.push_field(if i == 0 { "data_version" } else { data_version });
        w.write_record(&record).map_err(|e| io(&e))?;
    }
    w.flush().map_err(|e| io(&e))
}
