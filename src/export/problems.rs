//! The validator's findings as a document (`hanoi validate --format json`).

use serde::Serialize;

use crate::base::date::Date;

/// One problem found by the validator, flat for JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemRow {
    /// The file and line (or record).
    pub origin: String,
    /// The field at fault.
    pub field: &'static str,
    /// The rule broken.
    pub rule: crate::validate::Rule,
    /// The article the rule comes from (null for format rules).
    pub article: Option<String>,
    /// What is wrong and what was expected.
    pub detail: String,
}

impl ProblemRow {
    /// The row of one violation.
    pub fn of(v: &crate::validate::Violation) -> ProblemRow {
        ProblemRow {
            origin: v.origin().to_string(),
            field: v.field(),
            rule: v.rule(),
            article: v.article().map(str::to_string),
            detail: v.detail(),
        }
    }
}

/// The outcome of validating one file (`hanoi validate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationReport {
    /// The file.
    pub file: String,
    /// True when no problem was found.
    pub valid: bool,
    /// How many actions it holds (0 when it could not be read).
    pub actions: usize,
    /// Every problem, in a stable order.
    pub problems: Vec<ProblemRow>,
}

/// The outcomes of validating files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationReports {
    /// The as-of date the files were checked against.
    pub as_of: Date,
    /// One report a file, in the order given.
    pub files: Vec<ValidationReport>,
}
