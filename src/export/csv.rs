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
