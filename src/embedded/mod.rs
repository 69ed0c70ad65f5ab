//! The data shipped inside the crate, and every global the crate has.
//!
//! One entry point per embedded treaty: [`EmbeddedTreaty`], whose
//! [`register`](EmbeddedTreaty::register) is the treaty's register (its
//! [`Register::as_of`] the one as-of date, its [`Register::data_version`]
//! the data's version), with the treaty, its ceremony and its crosswalk
//! beside it. The Hanoi Convention, the crate's subject, also has the two
//! shorthands the docs start from, the same values:
//! [`convention()`] is `EmbeddedTreaty::Hanoi.treaty()` and
//! [`Register::embedded()`] is `EmbeddedTreaty::Hanoi.register()`. Besides
//! them: the totals published by sources ([`reported_totals`]), the
//! state systems ([`state_system`]), the UN's admissions
//! ([`un_admissions`]) and lookups across every participant the crate
//! knows.
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
use crate::io::treaty::TreatyFiles;
use crate::participants::{CodeSystem, Participants, StateSpell};
use crate::record::{BudapestMapping, Ceremony, Dataset, ReportedTotal};
use crate::register::{Register, RegisterBuilder};
use crate::treaty::{ArticleNumber, Identity, Treaty, TreatyText};

#[rustfmt::skip]
mod generated;

macro_rules! data_file {
    ($name:expr) => {
        (
            concat!("data/", $name),
            include_str!(concat!("../../data/", $name)),
        )
    };
}

static FINAL_PROVISIONS: (&str, &str) = data_file!("final_provisions.tsv");

/// The files of a treaty kept in a folder of `data/` (read on first use).
/// Their lists borrow the Hanoi list's names (see `load_treaty`).
macro_rules! treaty_files {
    ($dir:literal) => {
        TreatyFiles::new(
            data_file!(concat!($dir, "/convention.tsv")),
            data_file!(concat!($dir, "/final_provisions.tsv")),
            data_file!(concat!($dir, "/participants.tsv")),
        )
        .with_text(
            data_file!(concat!($dir, "/chapters.tsv")),
            data_file!(concat!($dir, "/articles.tsv")),
            data_file!(concat!($dir, "/terms.tsv")),
            data_file!(concat!($dir, "/provisions.tsv")),
        )
    };
}

static BUDAPEST_ACTIONS: (&str, &str) = data_file!("budapest/actions.tsv");
static CETS224_ACTIONS: (&str, &str) = data_file!("cets224/actions.tsv");
/// Test oracles: data the tests check the crate's rules against, public
/// only through the hidden `crate::__private`.
pub(crate) mod oracle {
    /// The Council of Europe chart's own entry-into-force date for each
    /// party to the Budapest Convention: an oracle for its rule (see the
    /// tests).
    pub static BUDAPEST_CHART_ENTRY_INTO_FORCE: (&str, &str) =
        data_file!("budapest/chart_entry_into_force.tsv");
}
static EVENTS: (&str, &str) = data_file!("events.tsv");
static REPORTED_TOTALS: (&str, &str) = data_file!("reported_totals.tsv");
static BUDAPEST: (&str, &str) = data_file!("budapest_crosswalk.tsv");
static STATE_SYSTEMS: (&str, &str) = data_file!("state_systems.tsv");
static UN_MEMBERSHIP: (&str, &str) = data_file!("un_membership.tsv");

/// The last day the embedded data of the Hanoi Convention describes
/// (generated from `data/dataset.tsv`); public as [`Register::as_of`].
const DATA_AS_OF: crate::base::date::Date = generated::HANOI_AS_OF;

/// The version of the embedded data of the Hanoi Convention; public as
/// [`Register::data_version`].
const DATA_VERSION: &str = generated::HANOI_VERSION;

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
    let (rules, grouping) = crate::io::treaty::final_provisions_from_str(file, tsv)?;
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

/// The treaties whose data the crate ships, by name.
///
/// [`convention()`] and [`Register::embedded()`] are the Hanoi
/// Convention's treaty and register, the same values as
/// `EmbeddedTreaty::Hanoi.treaty()` and `.register()`: use them when the
/// treaty is known when the code is written, and this type to choose one
/// at run time.
///
/// ```
/// use hanoi_convention::{Date, embedded::EmbeddedTreaty};
///
/// let budapest: EmbeddedTreaty = "budapest".parse()?;
/// assert_eq!(budapest.treaty().identity().reference(), "CETS 185");
/// // The chart's status on 1 January 2020.
/// assert!(budapest.register().on(Date::constant(2020, 1, 1)).parties().count().certain > 60);
/// assert_eq!(EmbeddedTreaty::Cets224.prerequisite(), Some(EmbeddedTreaty::Budapest));
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
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[EmbeddedTreaty] = &[
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

    /// What its embedded data is: as-of date, version, licence, sources
    /// (generated from its `dataset.tsv`).
    pub fn dataset(self) -> &'static Dataset {
        match self {
            EmbeddedTreaty::Hanoi => &generated::DATASETS[0],
            EmbeddedTreaty::Budapest => &generated::DATASETS[1],
            EmbeddedTreaty::Cets224 => &generated::DATASETS[2],
        }
    }

    /// The treaty whose parties alone may join this one, when it is
    /// embedded too (the Second Protocol's Convention).
    pub fn prerequisite(self) -> Option<EmbeddedTreaty> {
        match self {
            EmbeddedTreaty::Cets224 => Some(EmbeddedTreaty::Budapest),
            EmbeddedTreaty::Hanoi | EmbeddedTreaty::Budapest => None,
        }
    }

    /// The Budapest Convention's articles mapped to this treaty's, by
    /// Budapest article: the crosswalk for the Hanoi Convention, empty for
    /// the others.
    ///
    /// ```
    /// use hanoi_convention::embedded::EmbeddedTreaty;
    ///
    /// let cw = EmbeddedTreaty::Hanoi.crosswalk();
    /// assert_eq!(cw.len(), 48);
    /// let illegal_access = &cw[1];
    /// assert_eq!(illegal_access.budapest_article(), 2);
    /// assert_eq!(illegal_access.articles()[0].get(), 7);
    /// ```
    pub fn crosswalk(self) -> &'static [BudapestMapping] {
        match self {
            EmbeddedTreaty::Hanoi => budapest_crosswalk(),
            EmbeddedTreaty::Budapest | EmbeddedTreaty::Cets224 => &[],
        }
    }

    /// Its signing ceremony, where the data records one (the Hanoi
    /// Convention's, 25-26 October 2025).
    ///
    /// ```
    /// use hanoi_convention::embedded::EmbeddedTreaty;
    ///
    /// let c = EmbeddedTreaty::Hanoi.ceremony().unwrap();
    /// assert_eq!(c.city(), "Hanoi");
    /// assert_eq!(c.first_signatory().as_str(), "VNM");
    /// assert_eq!(c.days().len(), 2);
    /// assert!(EmbeddedTreaty::Budapest.ceremony().is_none());
    /// ```
    pub fn ceremony(self) -> Option<&'static Ceremony> {
        match self {
            EmbeddedTreaty::Hanoi => Some(hanoi_ceremony()),
            EmbeddedTreaty::Budapest | EmbeddedTreaty::Cets224 => None,
        }
    }

    /// A builder for a register of this treaty: its treaty, and the register
    /// of its prerequisite where it has one. Add actions, an as-of date and
    /// a data version.
    pub fn builder(self) -> RegisterBuilder {
        let builder = Register::builder(self.treaty());
        match self.prerequisite() {
            Some(p) => builder.prerequisite(p.register()),
            None => builder,
        }
    }

    /// The embedded treaty `treaty` is, if it is one.
    pub fn of(treaty: &Treaty) -> Option<EmbeddedTreaty> {
        EmbeddedTreaty::ALL
            .iter()
            .copied()
            .find(|t| t.treaty().same_as(treaty))
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
            Lazy::new(|| load_register(EmbeddedTreaty::Budapest, BUDAPEST_ACTIONS));
        static CETS224: Lazy<Register> =
            Lazy::new(|| load_register(EmbeddedTreaty::Cets224, CETS224_ACTIONS));
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
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::base::provenance::parse_keyword(
            s,
            EmbeddedTreaty::ALL,
            EmbeddedTreaty::name,
            "an embedded treaty",
        )
    }
}

fn load_treaty(files: &TreatyFiles<'_>) -> Treaty {
    crate::io::treaty::from_files(files)
        .and_then(|t| {
            let named = t.participants().with_names_from(convention().participants())?;
            t.with_participants(Arc::new(named))
        })
        .unwrap_or_else(|e| panic!("embedded treaty data is invalid (the crate's tests catch this): {e}"))
}

fn load_register(which: EmbeddedTreaty, (file, tsv): (&str, &str)) -> Register {
    crate::io::actions::from_str(file, tsv)
        .and_then(|f| {
            which
                .builder()
                .as_of(which.dataset().as_of())
                .data_version(which.dataset().version())
                .file(f)
                .build()
        })
        .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
}

impl Register {
    /// The register of the Hanoi Convention's embedded data: the same
    /// value as `EmbeddedTreaty::Hanoi.register()`.
    ///
    /// ```
    /// use hanoi_convention::{Register, embedded::EmbeddedTreaty};
    ///
    /// assert!(std::ptr::eq(Register::embedded(), EmbeddedTreaty::Hanoi.register()));
    /// assert_eq!(Register::embedded().as_of().to_string(), "2026-07-31");
    /// ```
    pub fn embedded() -> &'static Register {
        static R: Lazy<Register> = Lazy::new(|| {
            Register::load_embedded().unwrap_or_else(|e| {
                panic!("embedded action data is invalid (the crate's tests catch this): {e}")
            })
        });
        &R
    }

    /// Builds a fresh register from the embedded data of the Hanoi
    /// Convention, validating every action again: the work
    /// [`Register::embedded`] does once on first use. Useful to measure
    /// that cost, or to own a copy.
    ///
    /// Not public API (the crate's benchmarks and tests measure and check
    /// it).
    ///
    /// # Errors
    ///
    /// Only if the embedded data were invalid, which the crate's tests rule out.
    #[doc(hidden)]
    pub fn load_embedded() -> Result<Register, Error> {
        Register::builder(convention())
            .as_of(DATA_AS_OF)
            .data_version(DATA_VERSION)
            .actions(generated::ACTIONS.iter().cloned())
            .build()
    }
}

/// The Hanoi signing ceremony of 25-26 October 2025 (public as
/// [`EmbeddedTreaty::ceremony`]).
fn hanoi_ceremony() -> &'static Ceremony {
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

/// The whole crosswalk, by Budapest article (public as
/// [`EmbeddedTreaty::crosswalk`]).
fn budapest_crosswalk() -> &'static [BudapestMapping] {
    static C: Lazy<Vec<BudapestMapping>> = Lazy::new(|| {
        let (file, text) = BUDAPEST;
        crate::io::read_crosswalk(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    &C
}

/// The spells of a state system's list: [`CodeSystem::Cow`] (Correlates
/// of War State System Membership, v2016) or [`CodeSystem::Gw`] (Gleditsch
/// and Ward's independent states, 2017 edition, with their microstates);
/// empty for any other system. Read from `data/state_systems.tsv` on first
/// use; the panels over these universes take them.
///
/// ```
/// use hanoi_convention::{embedded::state_system, participants::CodeSystem};
///
/// let cow = state_system(CodeSystem::Cow);
/// let in_2026 = cow.iter().filter(|s| s.in_year(2026)).count();
/// assert_eq!(in_2026, 195);
/// // Kosovo is a state of the system, and no participant of any treaty here.
/// assert!(cow.iter().any(|s| s.letters().as_str() == "KOS" && s.participant().is_none()));
/// ```
pub fn state_system(system: CodeSystem) -> &'static [StateSpell] {
    static ALL: Lazy<Vec<StateSpell>> = Lazy::new(|| {
        let (file, text) = STATE_SYSTEMS;
        crate::io::participants::state_systems_from_str(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    // The file lists one system's spells, then the other's.
    let start = ALL.iter().position(|s| s.system() == system).unwrap_or(ALL.len());
    let end = start + ALL[start..].iter().take_while(|s| s.system() == system).count();
    &ALL[start..end]
}

/// Each UN member State's day of admission, from `data/un_membership.tsv`
/// (the UN's list of Member States), read on first use: the panel over the
/// UN members takes them.
///
/// ```
/// use hanoi_convention::embedded::un_admissions;
///
/// let members = |year| un_admissions().iter().filter(|a| a.member_in(year)).count();
/// assert_eq!((members(2001), members(2002), members(2006), members(2011)), (189, 191, 192, 193));
/// ```
pub fn un_admissions() -> &'static [crate::participants::UnAdmission] {
    static ALL: Lazy<Vec<crate::participants::UnAdmission>> = Lazy::new(|| {
        let (file, text) = UN_MEMBERSHIP;
        crate::io::membership::un_admissions_from_str(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    &ALL
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

/// Looks `query` up (a code, name or alias, as [`Participants::find`] does) among `treaty`'s
/// participants. A State or organisation the crate knows (the Hanoi Convention's list holds every
/// State that may join a UN convention) that is not among them is an error of kind
/// [`OutsideTreaty`](crate::ErrorKind::OutsideTreaty), not unknown.
///
/// # Errors
///
/// An error of kind [`OutsideTreaty`](crate::ErrorKind::OutsideTreaty) for a known participant
/// outside the treaty; an error of kind [`NotFound`](crate::ErrorKind::NotFound) for a name no list
/// has; an error of kind [`Ambiguous`](crate::ErrorKind::Ambiguous) for an input that reads as two
/// participants.
///
/// ```
/// use hanoi_convention::{Error, ErrorKind, embedded::{EmbeddedTreaty, find_participant}};
///
/// let budapest = EmbeddedTreaty::Budapest.treaty();
/// assert_eq!(find_participant(budapest, "Japan")?.code().as_str(), "JPN");
/// let err = find_participant(budapest, "Viet Nam").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::OutsideTreaty);
/// assert!(err.to_string().contains("not among the participants the Budapest Convention"));
/// assert!(find_participant(budapest, "Atlantis").unwrap_err().is_not_found());
/// # Ok::<(), Error>(())
/// ```
pub fn find_participant<'t>(
    treaty: &'t Treaty,
    query: &str,
) -> Result<&'t crate::participants::Participant, Error> {
    let unknown = match treaty.participants().find(query) {
        Err(e) if e.kind() == crate::error::ErrorKind::NotFound => e,
        found => return found,
    };
    match convention().participants().find(query) {
        Ok(p) => Err(Error::from(crate::error::Inner::OutsideTreaty {
            code: p.code(),
            name: p.name().to_string(),
            treaty: treaty.identity().short_name().to_string(),
        })),
        Err(e) if e.kind() == crate::error::ErrorKind::Ambiguous => Err(e),
        Err(_) => Err(unknown),
    }
}

/// A closed spell of a state system under `code` that a participant
/// continues under another code: G&W's 345, Yugoslavia until 2006-06-04,
/// continued by Serbia (340). `None` for a code that is a participant's own.
///
/// ```
/// use hanoi_convention::{embedded::former_spell, participants::CodeSystem};
///
/// let yug = former_spell(CodeSystem::Gw, "345").unwrap();
/// assert_eq!((yug.name(), yug.participant().map(|c| c.to_string())), ("Yugoslavia", Some("SRB".into())));
/// assert!(former_spell(CodeSystem::Cow, "345").is_none()); // Serbia's own COW number
/// ```
pub fn former_spell(system: CodeSystem, code: &str) -> Option<&'static StateSpell> {
    let n: u16 = code.trim().parse().ok()?;
    state_system(system).iter().find(|s| {
        s.code() == n
            && s.participant()
                .and_then(|c| convention().participants().get(c))
                .is_some_and(|p| p.codes().number(system) != Some(n))
    })
}

/// The participant of `treaty` with `code` in `system` (e.g. the
/// Correlates of War's 816), found among every State and organisation the
/// crate knows, so that one outside the treaty is said to be outside.
///
/// # Errors
///
/// An error of kind [`NotFound`](crate::ErrorKind::NotFound) when no participant has the code; an
/// error of kind [`OutsideTreaty`](crate::ErrorKind::OutsideTreaty) for one that is not the
/// treaty's.
///
/// ```
/// use hanoi_convention::{Error, ErrorKind, embedded::{EmbeddedTreaty, find_participant_by_code}};
/// use hanoi_convention::participants::CodeSystem;
///
/// let hanoi = EmbeddedTreaty::Hanoi.treaty();
/// assert_eq!(find_participant_by_code(hanoi, CodeSystem::Cow, "816")?.code().as_str(), "VNM");
/// let budapest = EmbeddedTreaty::Budapest.treaty();
/// let err = find_participant_by_code(budapest, CodeSystem::Cow, "816").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::OutsideTreaty);
/// assert!(find_participant_by_code(hanoi, CodeSystem::Gw, "9999").unwrap_err().is_not_found());
/// // A former spell's code finds the participant that continues it.
/// assert_eq!(find_participant_by_code(hanoi, CodeSystem::Gw, "345")?.code().as_str(), "SRB");
/// # Ok::<(), Error>(())
/// ```
pub fn find_participant_by_code<'t>(
    treaty: &'t Treaty,
    system: crate::participants::CodeSystem,
    code: &str,
) -> Result<&'t crate::participants::Participant, Error> {
    let known = treaty
        .participants()
        .find_code(system, code)
        .or_else(|_| convention().participants().find_code(system, code))
        .or_else(|e| {
            former_spell(system, code)
                .and_then(crate::participants::StateSpell::participant)
                .and_then(|c| convention().participants().get(c))
                .ok_or(e)
        })?;
    find_participant(treaty, known.code().as_str())
}
