//! The data shipped inside the crate, and every global the crate has: the
//! Hanoi Convention as a [`Treaty`] ([`convention`]), its register
//! ([`Register::embedded`]), its data version and as-of date, the Hanoi
//! signing ceremony ([`hanoi_ceremony`]), totals published by sources
//! ([`reported_totals`]) and the Budapest crosswalk ([`budapest_crosswalk`]).
//!
//! - `generated`: the tables on the path to the first answer (identity,
//!   text, participants, actions), Rust generated from `data/` and checked
//!   in; `tests/generated.rs` fails when they drift from the files.
//! - this file: the globals; the small tables off the first-answer path are
//!   read from `data/` on first use through the same loaders users' files
//!   go through (final provisions, ceremony, totals, crosswalk).
//!
//! Nothing else in the crate reads these globals: the register, validator
//! and exports take the treaty they are given.

use std::borrow::Cow;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::error::Error;
use crate::participants::Participants;
use crate::record::{BudapestMapping, Ceremony, ReportedTotal};
use crate::register::Register;
use crate::treaty::{ArticleNumber, Identity, Treaty, TreatyText};

#[rustfmt::skip]
mod generated;

macro_rules! data_file {
    ($name:literal) => {
        (
            concat!("data/", $name),
            include_str!(concat!("../../data/", $name)),
        )
    };
}

static FINAL_PROVISIONS: (&str, &str) = data_file!("final_provisions.tsv");
static EVENTS: (&str, &str) = data_file!("events.tsv");
static REPORTED_TOTALS: (&str, &str) = data_file!("reported_totals.tsv");
static BUDAPEST: (&str, &str) = data_file!("budapest_crosswalk.tsv");

/// The last day the embedded data describes: no action after it is known
/// to the crate. Counts of parties were last confirmed by a source on
/// 21 May 2026 (see [`reported_totals`]).
pub const DATA_AS_OF: crate::base::date::Date = crate::base::date::Date::constant(2026, 7, 31);

/// The version of the embedded data: its as-of date and a revision number,
/// raised whenever facts are corrected without the as-of date moving.
pub const DATA_VERSION: &str = "2026-07-31.2";

fn build_treaty() -> Result<Treaty, Error> {
    let identity = Identity {
        facts: Cow::Borrowed(generated::FACTS),
        adopted_on: generated::ADOPTED_ON,
    };
    let text = TreatyText {
        chapters: Cow::Borrowed(generated::CHAPTERS),
        articles: Cow::Borrowed(generated::ARTICLES),
        terms: Cow::Borrowed(generated::TERMS),
        provisions: Cow::Borrowed(generated::PROVISIONS),
    };
    let participants = Arc::new(Participants::from_static(generated::PARTICIPANTS));
    let (file, tsv) = FINAL_PROVISIONS;
    let (rules, grouping) = crate::io::read_final_provisions(file, tsv)?;
    Treaty::new(identity, text, participants, grouping, rules)
}

/// The United Nations Convention against Cybercrime (the Hanoi
/// Convention) as the crate's embedded data describes it: identity, text,
/// participants and final provisions, built from the files in `data/`.
///
/// ```
/// let hanoi = hanoi_convention::convention();
/// assert_eq!(hanoi.identity().title(), "United Nations Convention against Cybercrime");
/// assert_eq!(hanoi.text().article(65).unwrap().title(), "Entry into force");
/// ```
pub fn convention() -> &'static Treaty {
    static T: Lazy<Treaty> = Lazy::new(|| {
        build_treaty()
            .unwrap_or_else(|e| panic!("embedded treaty data is invalid (the crate's tests catch this): {e}"))
    });
    &T
}

impl Register {
    /// The register of the crate's embedded data, as of [`DATA_AS_OF`].
    pub fn embedded() -> &'static Register {
        static R: Lazy<Register> = Lazy::new(|| {
            Register::load_embedded().unwrap_or_else(|e| {
                panic!("embedded action data is invalid (the crate's tests catch this): {e}")
            })
        });
        &R
    }

    /// Builds a fresh register from the embedded data, validating every
    /// action again: the work [`Register::embedded`] does once on first
    /// use. Useful to measure that cost, or to own a copy.
    ///
    /// # Errors
    ///
    /// Only if the embedded data were invalid, which the crate's tests rule out.
    ///
    /// ```
    /// let fresh = hanoi_convention::Register::load_embedded()?;
    /// assert_eq!(fresh.actions(), hanoi_convention::Register::embedded().actions());
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn load_embedded() -> Result<Register, Error> {
        Register::builder(convention())
            .as_of(DATA_AS_OF)
            .data_version(DATA_VERSION)
            .actions(generated::ACTIONS.iter().cloned())
            .build()
    }
}

/// The Hanoi signing ceremony of 25-26 October 2025.
///
/// ```
/// let c = hanoi_convention::embedded::hanoi_ceremony();
/// assert_eq!(c.city(), "Hanoi");
/// assert_eq!(c.first_signatory().as_str(), "VNM");
/// assert_eq!(c.days().len(), 2);
/// ```
pub fn hanoi_ceremony() -> &'static Ceremony {
    static C: Lazy<Ceremony> = Lazy::new(|| {
        let (file, text) = EVENTS;
        crate::io::read_ceremonies(file, text)
            .ok()
            .and_then(|v| v.into_iter().next())
            .unwrap_or_else(|| panic!("embedded {file} is invalid (the crate's tests catch this)"))
    });
    &C
}

/// The totals published by sources, from `data/reported_totals.tsv`.
pub fn reported_totals() -> &'static [ReportedTotal] {
    static T: Lazy<Vec<ReportedTotal>> = Lazy::new(|| {
        let (file, text) = REPORTED_TOTALS;
        crate::io::read_totals(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    &T
}

/// The whole crosswalk, by Budapest article.
///
/// ```
/// let cw = hanoi_convention::embedded::budapest_crosswalk();
/// assert_eq!(cw.len(), 48);
/// let illegal_access = &cw[1];
/// assert_eq!(illegal_access.budapest_article(), 2);
/// assert_eq!(illegal_access.articles()[0].get(), 7);
/// ```
pub fn budapest_crosswalk() -> &'static [BudapestMapping] {
    static C: Lazy<Vec<BudapestMapping>> = Lazy::new(|| {
        let (file, text) = BUDAPEST;
        crate::io::read_crosswalk(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    &C
}

/// The Budapest articles whose closest counterpart includes `article`.
///
/// ```
/// use hanoi_convention::{embedded::budapest_counterparts, treaty::ArticleNumber};
///
/// let art65 = ArticleNumber::new(65).unwrap();
/// let back: Vec<u8> = budapest_counterparts(art65).map(|m| m.budapest_article()).collect();
/// assert_eq!(back, [36]);
/// ```
pub fn budapest_counterparts(article: ArticleNumber) -> impl Iterator<Item = &'static BudapestMapping> {
    budapest_crosswalk()
        .iter()
        .filter(move |m| m.articles.contains(&article))
}
