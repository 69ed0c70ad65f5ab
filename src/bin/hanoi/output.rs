//! Writing an answer: text as it is, or a JSON document naming the data
//! it was drawn from. Every command's module writes through these, so none
//! borrows them from another.

use std::io::Write;

use hanoi_convention::__private::Document;
use hanoi_convention::Register;

use crate::Failure;

/// Writes `text`.
pub(crate) fn put(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes()).map_err(|e| Failure::writing(&e))
}

/// Writes `body` as the JSON document `kind` about the data of `r`.
pub(crate) fn json<T: serde::Serialize>(
    out: &mut dyn Write,
    kind: &str,
    r: &Register,
    body: T,
) -> Result<(), Failure> {
    let doc = Document::new(kind, r, body);
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| Failure::writing(&e.into()))?;
    put(out, "\n")
}

/// Writes the JSON document of an answer drawn from several registers
/// (the first is the one asked for): its data version names them all.
pub(crate) fn json_of_all<T: serde::Serialize>(
    out: &mut dyn Write,
    kind: &str,
    all: &[&Register],
    body: T,
) -> Result<(), Failure> {
    let versions = hanoi_convention::compare::data_versions(all);
    let as_of = all.first().map_or(hanoi_convention::Date::MIN, |r| r.as_of());
    let doc = Document::about(kind, &versions, as_of, body);
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| Failure::writing(&e.into()))?;
    put(out, "\n")
}
