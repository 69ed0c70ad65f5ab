//! The data shipped inside the crate: the files of `data/`, read on first
//! use through the same loaders users' files go through.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::participants::Participants;
use crate::register::Register;
use crate::text::TextSources;

macro_rules! data_file {
    ($name:literal) => {
        (concat!("data/", $name), include_str!(concat!("../data/", $name)))
    };
}

pub(crate) static TEXT_SOURCES: TextSources = TextSources {
    convention: data_file!("convention.tsv"),
    chapters: data_file!("chapters.tsv"),
    articles: data_file!("articles.tsv"),
    terms: data_file!("terms.tsv"),
    provisions: data_file!("provisions.tsv"),
};
pub(crate) static PARTICIPANTS: (&str, &str) = data_file!("participants.tsv");
pub(crate) static ACTIONS: (&str, &str) = data_file!("actions.tsv");
pub(crate) static EVENTS: (&str, &str) = data_file!("events.tsv");
pub(crate) static REPORTED_TOTALS: (&str, &str) = data_file!("reported_totals.tsv");
pub(crate) static BUDAPEST: (&str, &str) = data_file!("budapest_crosswalk.tsv");

/// Panics only if the embedded data is broken, which the crate's tests rule out.
fn embedded<T>(what: &str, result: Result<T, crate::Error>) -> T {
    result.unwrap_or_else(|e| panic!("embedded {what} data is invalid (the crate's tests catch this): {e}"))
}

pub(crate) fn participants() -> Arc<Participants> {
    static P: Lazy<Arc<Participants>> = Lazy::new(|| {
        Arc::new(embedded(
            "participant",
            Participants::from_tsv(PARTICIPANTS.0, PARTICIPANTS.1),
        ))
    });
    P.clone()
}

pub(crate) fn register() -> &'static Register {
    static R: Lazy<Register> = Lazy::new(|| embedded("action", build_register()));
    &R
}

/// The embedded register, with errors returned rather than panicking (for
/// the crate's own tests).
pub(crate) fn build_register() -> Result<Register, crate::Error> {
    let actions = crate::load::parse_actions(ACTIONS.0, ACTIONS.1, Some(crate::load::DataFormat::Tsv))?;
    Register::builder().actions(actions).build()
}
