//! The data shipped inside the crate. The tables on the path to the first
//! answer (text, participants, actions) are Rust generated from `data/` and
//! checked in (`src/generated.rs`); the small tables off that path are read
//! from `data/` on first use through the same loaders users' files go
//! through. `tests/generated.rs` fails when the two drift apart.

use std::borrow::Cow;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::generated;
use crate::participants::Participants;
use crate::register::Register;
use crate::text::Convention;

macro_rules! data_file {
    ($name:literal) => {
        (concat!("data/", $name), include_str!(concat!("../data/", $name)))
    };
}

pub(crate) static EVENTS: (&str, &str) = data_file!("events.tsv");
pub(crate) static REPORTED_TOTALS: (&str, &str) = data_file!("reported_totals.tsv");
pub(crate) static BUDAPEST: (&str, &str) = data_file!("budapest_crosswalk.tsv");

pub(crate) fn convention() -> Convention {
    Convention {
        facts: Cow::Borrowed(generated::FACTS),
        adopted_on: generated::ADOPTED_ON,
        chapters: Cow::Borrowed(generated::CHAPTERS),
        articles: Cow::Borrowed(generated::ARTICLES),
        terms: Cow::Borrowed(generated::TERMS),
        provisions: Cow::Borrowed(generated::PROVISIONS),
    }
}

pub(crate) fn participants() -> Arc<Participants> {
    static P: Lazy<Arc<Participants>> =
        Lazy::new(|| Arc::new(Participants::from_static(generated::PARTICIPANTS)));
    P.clone()
}

pub(crate) fn register() -> &'static Register {
    static R: Lazy<Register> = Lazy::new(|| {
        build_register()
            .unwrap_or_else(|e| panic!("embedded action data is invalid (the crate's tests catch this): {e}"))
    });
    &R
}

/// The embedded register, with errors returned rather than panicking.
pub(crate) fn build_register() -> Result<Register, crate::Error> {
    Register::builder()
        .actions(generated::ACTIONS.iter().cloned())
        .build()
}
