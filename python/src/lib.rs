//! `hanoi_convention._engine`: the crate's answers for the Python package.
//!
//! A thin layer: each function takes the treaty, the day and whether to
//! ignore a stored page, and returns what the `hanoi` tool would print with
//! `--format json` (or the CSV of `hanoi export`); the Python code builds
//! objects and typed DataFrames from it.
//!
//! - `data`: which data a call answers from (the embedded data, or with the
//!   page `hanoi refresh` stored applied).
//! - `answers`: each answer, as JSON or CSV text.
//!
//! Errors reach Python as `EngineError(kind, message, suggestions)`, which
//! the package raises again as a subclass of `hanoi_convention.HanoiError`;
//! a panic is caught and raised the same way (kind `internal`), never as
//! PyO3's `PanicException`.

mod answers;
mod data;

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::create_exception;
use pyo3::prelude::*;

use answers::Ask;
use hanoi_convention::__private::report;
use hanoi_convention::{Error, ErrorKind};

create_exception!(
    _engine,
    EngineError,
    pyo3::exceptions::PyException,
    "An error of the engine: (kind, message, suggestions)."
);

/// A failure: its kind (which Python exception), the crate's message, and
/// the closest names where a participant was not found.
#[derive(Debug)]
pub struct Fail {
    kind: &'static str,
    message: String,
    suggestions: Vec<String>,
}

impl Fail {
    fn usage(message: String) -> Fail {
        Fail {
            kind: "usage",
            message,
            suggestions: Vec::new(),
        }
    }

    fn internal(message: String) -> Fail {
        Fail {
            kind: "internal",
            message,
            suggestions: Vec::new(),
        }
    }
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        let kind = match e.kind() {
            ErrorKind::NotFound => "not_found",
            ErrorKind::Ambiguous => "ambiguous",
            ErrorKind::OutsideTreaty => "outside",
            ErrorKind::Invalid | ErrorKind::Format => "invalid",
            ErrorKind::Io => "io",
            ErrorKind::OutOfRange | ErrorKind::Value => "usage",
            _ => "error",
        };
        let suggestions = match e.kind() {
            // The participants an ambiguous input may mean, by code.
            ErrorKind::Ambiguous => e.candidates().iter().map(|code| code.to_string()).collect(),
            _ => e.suggestions().to_vec(),
        };
        Fail {
            kind,
            // The message and each error behind it, each once.
            message: report(&e),
            suggestions,
        }
    }
}

/// Runs `f`, its failure or panic raised as `EngineError`.
fn run<T>(f: impl FnOnce() -> Result<T, Fail>) -> PyResult<T> {
    let result = catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Err(Fail::internal(format!(
            "internal error: {what} (please report it with the call that caused it)"
        )))
    });
    result.map_err(|f| EngineError::new_err((f.kind, f.message, f.suggestions)))
}

fn ask<'a>(treaty: &'a str, as_of: Option<&'a str>, embedded: bool) -> Ask<'a> {
    Ask {
        treaty,
        as_of,
        embedded,
    }
}

/// The crate's version.
#[pyfunction]
fn version() -> &'static str {
    hanoi_convention::cite::CRATE_VERSION
}

/// The panel's status labels in the lattice's order (`Standing::ALL`).
#[pyfunction]
fn status_order() -> Vec<&'static str> {
    hanoi_convention::Standing::ALL
        .iter()
        .map(|s| s.as_str())
        .collect()
}

/// The data answered from, as JSON.
#[pyfunction]
#[pyo3(signature = (treaty, embedded))]
fn data_info(treaty: &str, embedded: bool) -> PyResult<String> {
    run(|| answers::data_info(&ask(treaty, None, embedded)))
}

/// `hanoi status --format json`.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded))]
fn status(treaty: &str, as_of: Option<&str>, embedded: bool) -> PyResult<String> {
    run(|| answers::status(&ask(treaty, as_of, embedded)))
}

/// `hanoi status` in brief: (JSON document, (data version, data as-of,
/// day), [(signatories), (parties), (instruments)], required, in force,
/// (entry-into-force state, first day, last day)).
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded))]
fn status_brief(treaty: &str, as_of: Option<&str>, embedded: bool) -> PyResult<BriefTuple> {
    run(|| {
        let b = answers::status_brief(&ask(treaty, as_of, embedded))?;
        Ok((
            b.json.clone(),
            b.versions.clone(),
            b.counts,
            b.required,
            b.in_force,
            b.eif.clone(),
        ))
    })
}

/// What `status_brief` returns to Python.
type BriefTuple = (
    String,
    (String, String, String),
    [(u32, u32); 3],
    u32,
    &'static str,
    (&'static str, Option<String>, Option<String>),
);

/// `hanoi participant --format json`.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded, query, system))]
fn participant(
    treaty: &str,
    as_of: Option<&str>,
    embedded: bool,
    query: &str,
    system: Option<&str>,
) -> PyResult<String> {
    run(|| answers::participant(&ask(treaty, as_of, embedded), query, system))
}

/// `hanoi participants --format json`.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded))]
fn roster(treaty: &str, as_of: Option<&str>, embedded: bool) -> PyResult<String> {
    run(|| answers::roster(&ask(treaty, as_of, embedded)))
}

/// `hanoi export` as CSV, and the note on a day after the data.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded, view, universe, lang))]
fn export_csv(
    treaty: &str,
    as_of: Option<&str>,
    embedded: bool,
    view: &str,
    universe: &str,
    lang: Option<&str>,
) -> PyResult<(String, Option<String>)> {
    run(|| answers::export_csv(&ask(treaty, as_of, embedded), view, universe, lang).map(|e| (*e).clone()))
}

/// What each value names: (code, inside the treaty, why not).
#[pyfunction]
#[pyo3(signature = (treaty, values, system))]
fn resolve(
    treaty: &str,
    values: Vec<Option<String>>,
    system: Option<&str>,
) -> PyResult<Vec<answers::Resolved>> {
    run(|| answers::resolve(treaty, &values, system))
}

/// `hanoi validate --format json`.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded, path, text, merged))]
fn validate(
    treaty: &str,
    as_of: Option<&str>,
    embedded: bool,
    path: &str,
    text: Option<&str>,
    merged: bool,
) -> PyResult<String> {
    run(|| answers::validate(&ask(treaty, as_of, embedded), path, text, merged))
}

/// `hanoi eif --assume ... --format json`.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded, assume))]
fn eif(treaty: &str, as_of: Option<&str>, embedded: bool, assume: Vec<(String, String)>) -> PyResult<String> {
    run(|| answers::eif(&ask(treaty, as_of, embedded), &assume))
}

/// `hanoi cite --format FORMAT`.
#[pyfunction]
#[pyo3(signature = (treaty, as_of, embedded, format))]
fn cite(treaty: &str, as_of: Option<&str>, embedded: bool, format: &str) -> PyResult<String> {
    run(|| answers::cite(&ask(treaty, as_of, embedded), format))
}

/// The engine of the `hanoi_convention` package.
#[pymodule]
fn _engine(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("EngineError", m.py().get_type::<EngineError>())?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(status_order, m)?)?;
    m.add_function(wrap_pyfunction!(data_info, m)?)?;
    m.add_function(wrap_pyfunction!(status, m)?)?;
    m.add_function(wrap_pyfunction!(status_brief, m)?)?;
    m.add_function(wrap_pyfunction!(participant, m)?)?;
    m.add_function(wrap_pyfunction!(roster, m)?)?;
    m.add_function(wrap_pyfunction!(export_csv, m)?)?;
    m.add_function(wrap_pyfunction!(resolve, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(eif, m)?)?;
    m.add_function(wrap_pyfunction!(cite, m)?)?;
    Ok(())
}
