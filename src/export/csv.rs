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
