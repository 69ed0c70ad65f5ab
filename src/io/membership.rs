//! Reading `data/un_membership.tsv`: each UN member State's day of
//! admission, with its source.

use crate::error::Error;
use crate::io::table::{Columns, Record, provenance, read_all};
use crate::participants::UnAdmission;

static COLUMNS: Columns = Columns {
    all: &["participant", "admitted", "confidence", "source", "note"],
    required: &["participant", "admitted", "confidence", "source"],
};

/// Reads UN admissions (the columns of `data/un_membership.tsv`:
/// participant, admitted, confidence, source, note).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every malformed row.
///
/// ```
/// let text = "participant\tadmitted\tconfidence\tsource\nSSD\t2011-07-14\thigh\tUN\n";
/// let all = hanoi_convention::io::membership::un_admissions_from_str("m.tsv", text)?;
/// assert!(all[0].member_in(2011));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn un_admissions_from_str(file: &str, text: &str) -> Result<Vec<UnAdmission>, Error> {
    read_all(file, text, &COLUMNS, |row| {
        Ok(UnAdmission {
            participant: row.parse("participant", "a participant code")?,
            admitted: crate::base::date::parse(row.get("admitted"))
                .map_err(|_| row.problem("admitted", "a date YYYY-MM-DD"))?,
            note: row.get("note").into(),
            provenance: provenance(row)?,
        })
    })
}
