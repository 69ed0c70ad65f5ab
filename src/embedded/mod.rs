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
use crate::io::TreatyFiles;
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

/// The files of a treaty kept in a folder of `data/` (read on first use).
macro_rules! treaty_files {
    ($dir:literal) => {
        TreatyFiles {
            identity: (
                concat!("data/", $dir, "/convention.tsv"),
                include_str!(concat!("../../data/", $dir, "/convention.tsv")),
            ),
            final_provisions: (
                concat!("data/", $dir, "/final_provisions.tsv"),
                include_str!(concat!("../../data/", $dir, "/final_provisions.tsv")),
            ),
            chapters: (
                concat!("data/", $dir, "/chapters.tsv"),
                include_str!(concat!("../../data/", $dir, "/chapters.tsv")),
            ),
            articles: (
                concat!("data/", $dir, "/articles.tsv"),
                include_str!(concat!("../../data/", $dir, "/articles.tsv")),
            ),
            terms: (
                concat!("data/", $dir, "/terms.tsv"),
                include_str!(concat!("../../data/", $dir, "/terms.tsv")),
            ),
            provisions: (
                concat!("data/", $dir, "/provisions.tsv"),
                include_str!(concat!("../../data/", $dir, "/provisions.tsv")),
            ),
            participants: (
                concat!("data/", $dir, "/participants.tsv"),
                include_str!(concat!("../../data/", $dir, "/participants.tsv")),
            ),
            // Their lists borrow the Hanoi list's names (see `load_treaty`).
            participant_names: None,
        }
    };
}

static BUDAPEST_ACTIONS: (&str, &str) = data_file!("budapest/actions.tsv");
static CETS224_ACTIONS: (&str, &str) = data_file!("cets224/actions.tsv");
/// The Council of Europe chart's own entry-into-force date for each party
/// to the Budapest Convention: an oracle for its rule (see the tests).
pub static BUDAPEST_CHART_ENTRY_INTO_FORCE: (&str, &str) = data_file!("budapest/chart_entry_into_force.tsv");
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

/// The treaties whose data the crate ships.
///
/// ```
/// use hanoi_convention::embedded::EmbeddedTreaty;
///
/// let budapest: EmbeddedTreaty = "budapest".parse()?;
/// assert_eq!(budapest.treaty().identity().reference(), "CETS 185");
/// assert_eq!(budapest.register().parties(budapest.data_as_of()).certain, 81);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EmbeddedTreaty {
    /// The United Nations Convention against Cybercrime (UNTC XVIII-16).
    Hanoi,
    /// The Council of Europe Convention on Cybercrime (CETS 185).
    Budapest,
    /// Its Second Additional Protocol (CETS 224).
    Cets224,
}

impl EmbeddedTreaty {
    /// Every embedded treaty.
    pub const ALL: [EmbeddedTreaty; 3] = [
        EmbeddedTreaty::Hanoi,
        EmbeddedTreaty::Budapest,
        EmbeddedTreaty::Cets224,
    ];

    /// The name used on the command line: `hanoi`, `budapest`, `cets224`.
    pub const fn name(self) -> &'static str {
        match self {
            EmbeddedTreaty::Hanoi => "hanoi",
            EmbeddedTreaty::Budapest => "budapest",
            EmbeddedTreaty::Cets224 => "cets224",
        }
    }

    /// The day its embedded data describes events up to.
    pub const fn data_as_of(self) -> crate::base::date::Date {
        match self {
            EmbeddedTreaty::Hanoi => DATA_AS_OF,
            // The Council of Europe chart's status date.
            EmbeddedTreaty::Budapest => crate::base::date::Date::constant(2026, 4, 25),
            // Hungary's ratification, the latest action the sources record.
            EmbeddedTreaty::Cets224 => crate::base::date::Date::constant(2026, 2, 5),
        }
    }

    /// The treaty.
    pub fn treaty(self) -> &'static Treaty {
        static BUDAPEST: Lazy<Treaty> = Lazy::new(|| load_treaty(&treaty_files!("budapest")));
        static CETS224: Lazy<Treaty> = Lazy::new(|| load_treaty(&treaty_files!("cets224")));
        match self {
            EmbeddedTreaty::Hanoi => convention(),
            EmbeddedTreaty::Budapest => &BUDAPEST,
            EmbeddedTreaty::Cets224 => &CETS224,
        }
    }

    /// The register of its embedded data.
    pub fn register(self) -> &'static Register {
        static BUDAPEST: Lazy<Register> =
            Lazy::new(|| load_register(EmbeddedTreaty::Budapest, BUDAPEST_ACTIONS, None));
        static CETS224: Lazy<Register> = Lazy::new(|| {
            load_register(
                EmbeddedTreaty::Cets224,
                CETS224_ACTIONS,
                Some(EmbeddedTreaty::Budapest.register()),
            )
        });
        match self {
            EmbeddedTreaty::Hanoi => Register::embedded(),
            EmbeddedTreaty::Budapest => &BUDAPEST,
            EmbeddedTreaty::Cets224 => &CETS224,
        }
    }
}

impl std::fmt::Display for EmbeddedTreaty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for EmbeddedTreaty {
    type Err = crate::base::provenance::ParseEnumError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::base::provenance::parse_keyword(
            s,
            &EmbeddedTreaty::ALL,
            EmbeddedTreaty::name,
            "an embedded treaty",
        )
    }
}

fn load_treaty(files: &TreatyFiles<'_>) -> Treaty {
    crate::io::read_treaty(files)
        .and_then(|t| {
            let named = t.participants().with_names_from(convention().participants())?;
            t.with_participants(Arc::new(named))
        })
        .unwrap_or_else(|e| panic!("embedded treaty data is invalid (the crate's tests catch this): {e}"))
}

fn load_register(
    which: EmbeddedTreaty,
    (file, tsv): (&str, &str),
    prerequisite: Option<&Register>,
) -> Register {
    let actions = crate::io::parse_actions(file, tsv, None)
        .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"));
    let mut builder = Register::builder(which.treaty())
        .as_of(which.data_as_of())
        .data_version(DATA_VERSION)
        .actions(actions);
    if let Some(p) = prerequisite {
        builder = builder.prerequisite(p);
    }
    builder
        .build()
        .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
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
