//! The validator's findings as a document (`hanoi validate --format json`).

use serde::Serialize;

use crate::base::date::Date;

/// One problem found by the validator, flat for JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ProblemRow {
    /// The file and line (or record), as text: `file.tsv:3`.
    pub origin: String,
    /// The 1-based line of a text file (none for a JSON record or data
    /// built in code).
    pub line: Option<u32>,
    /// The 0-based index of a JSON document's record.
    pub record: Option<u32>,
    /// The field at fault.
    pub field: &'static str,
    /// The rule broken.
    pub rule: crate::problem::Rule,
    /// The article the rule comes from (null for format rules).
    pub article: Option<String>,
    /// What is wrong and what was expected.
    pub detail: String,
}

impl ProblemRow {
    /// The row of one problem.
    pub fn of(v: &crate::problem::Problem) -> ProblemRow {
        use crate::base::origin::Origin;
        let (line, record) = match v.origin() {
            Origin::Line { line, .. } => (Some(*line), None),
            Origin::Record { index, .. } => (None, Some(*index)),
            _ => (None, None),
        };
        ProblemRow {
            origin: v.origin().to_string(),
            line,
            record,
            field: v.field(),
            rule: v.rule(),
            article: v.article().map(|a| a.to_string()),
            detail: v.detail(),
        }
    }
}

/// The outcome of validating one file (`hanoi validate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ValidationReport {
    /// The file.
    pub file: String,
    /// True when no problem was found.
    pub valid: bool,
    /// How many records were read and checked against the rules (0 when
    /// the file could not be read at all).
    pub actions: usize,
    /// The records that could not be read, and so were checked against no rule.
    pub unread: Vec<String>,
    /// Every problem, in a stable order; a file that could not be read at
    /// all has one, naming why.
    pub problems: Vec<ProblemRow>,
}

impl ValidationReport {
    /// The report on `file` from its validation.
    pub fn of(file: &str, v: &crate::register::Validation) -> ValidationReport {
        ValidationReport {
            file: file.to_string(),
            valid: v.is_valid(),
            actions: v.checked(),
            unread: v.unread().iter().map(ToString::to_string).collect(),
            problems: v.problems().iter().map(ProblemRow::of).collect(),
        }
    }

    /// The report on a file that could not be read at all.
    pub fn unreadable(file: &str, e: &crate::error::Error) -> ValidationReport {
        ValidationReport {
            file: file.to_string(),
            valid: false,
            actions: 0,
            unread: Vec::new(),
            problems: vec![ProblemRow {
                origin: file.to_string(),
                line: None,
                record: None,
                field: "(file)",
                rule: crate::problem::Rule::Format,
                article: None,
                detail: crate::error::report(e),
            }],
        }
    }
}

/// The outcomes of validating files against a treaty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ValidationReports {
    /// The treaty the files were checked against (its short name).
    pub treaty: String,
    /// Whether each file was checked merged over the treaty's data.
    pub merged: bool,
    /// The version of the data the files were merged over (none when not merged).
    pub merged_over: Option<String>,
    /// The as-of date the files were checked against.
    pub as_of: Date,
    /// One report a file, in the order given.
    pub files: Vec<ValidationReport>,
}

impl ValidationReports {
    /// The reports on files checked against `base`'s treaty, merged over
    /// its data or not, as of `as_of`.
    pub fn new(
        base: &crate::register::Register,
        merged: bool,
        as_of: Date,
        files: Vec<ValidationReport>,
    ) -> ValidationReports {
        ValidationReports {
            treaty: base.treaty().identity().short_name().to_string(),
            merged,
            merged_over: merged.then(|| base.data_version().to_string()),
            as_of,
            files,
        }
    }
}
