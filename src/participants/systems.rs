//! A participant's codes in the systems researchers merge data on: ISO
//! 3166-1 (alpha-2, alpha-3, numeric), UN M49, Correlates of War (numeric
//! and letters) and Gleditsch-Ward. A system that assigns no code to a
//! participant leaves it empty: never guessed.

use std::fmt;
use std::str::FromStr;

use crate::base::code::Code;
use crate::base::provenance::{Provenance, Str, parse_keyword};

/// A system of country codes.
///
/// ```
/// use hanoi_convention::participants::CodeSystem;
///
/// let cow: CodeSystem = "cow".parse()?;
/// assert_eq!(cow.column(), "cow_n");
/// assert_eq!("iso-numeric".parse::<CodeSystem>()?, CodeSystem::IsoNumeric);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[non_exhaustive]
pub enum CodeSystem {
    /// ISO 3166-1 alpha-2, e.g. `VN`.
    Iso2,
    /// ISO 3166-1 alpha-3, e.g. `VNM`.
    Iso3,
    /// ISO 3166-1 numeric, e.g. `704`.
    IsoNumeric,
    /// UN M49, the UN Statistics Division's numeric code, e.g. `704`.
    M49,
    /// Correlates of War State System Membership, numeric (`ccode`), e.g. `816`.
    Cow,
    /// Correlates of War, letters (`stateabb`), e.g. `DRV`.
    CowLetters,
    /// Gleditsch and Ward's list of independent states, numeric, e.g. `816`.
    Gw,
}

impl CodeSystem {
    /// Every system.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[CodeSystem] = &[
        CodeSystem::Iso2,
        CodeSystem::Iso3,
        CodeSystem::IsoNumeric,
        CodeSystem::M49,
        CodeSystem::Cow,
        CodeSystem::CowLetters,
        CodeSystem::Gw,
    ];

    /// The name used on the command line: `iso2`, `iso3`, `iso-numeric`,
    /// `m49`, `cow`, `cow-letters`, `gw`.
    pub const fn name(self) -> &'static str {
        match self {
            CodeSystem::Iso2 => "iso2",
            CodeSystem::Iso3 => "iso3",
            CodeSystem::IsoNumeric => "iso-numeric",
            CodeSystem::M49 => "m49",
            CodeSystem::Cow => "cow",
            CodeSystem::CowLetters => "cow-letters",
            CodeSystem::Gw => "gw",
        }
    }

    /// The column name in exports and data files (Stata-safe): `iso2`,
    /// `iso3`, `iso_numeric`, `m49`, `cow_n`, `cow_c`, `gw_n`.
    pub const fn column(self) -> &'static str {
        match self {
            CodeSystem::Iso2 => "iso2",
            CodeSystem::Iso3 => "iso3",
            CodeSystem::IsoNumeric => "iso_numeric",
            CodeSystem::M49 => "m49",
            CodeSystem::Cow => "cow_n",
            CodeSystem::CowLetters => "cow_c",
            CodeSystem::Gw => "gw_n",
        }
    }

    /// What the system is, in words.
    pub const fn description(self) -> &'static str {
        match self {
            CodeSystem::Iso2 => "ISO 3166-1 alpha-2",
            CodeSystem::Iso3 => "ISO 3166-1 alpha-3",
            CodeSystem::IsoNumeric => "ISO 3166-1 numeric",
            CodeSystem::M49 => "UN M49 (Standard country or area codes for statistical use)",
            CodeSystem::Cow => "Correlates of War State System Membership, numeric",
            CodeSystem::CowLetters => "Correlates of War State System Membership, letters",
            CodeSystem::Gw => "Gleditsch and Ward, list of independent states, numeric",
        }
    }

    /// True for the systems whose codes are numbers.
    pub const fn is_numeric(self) -> bool {
        matches!(
            self,
            CodeSystem::IsoNumeric | CodeSystem::M49 | CodeSystem::Cow | CodeSystem::Gw
        )
    }
}

impl fmt::Display for CodeSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for CodeSystem {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(s, CodeSystem::ALL, CodeSystem::name, "a code system")
    }
}

/// A participant's codes in the systems other than its own key and ISO
/// alpha-2, with their sources. Empty where a system assigns none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Codes {
    pub(crate) iso3: Option<Code>,
    pub(crate) iso_numeric: Option<u16>,
    pub(crate) m49: Option<u16>,
    pub(crate) cow: Option<u16>,
    pub(crate) cow_letters: Option<Code>,
    pub(crate) gw: Option<u16>,
    pub(crate) gw_letters: Option<Code>,
    pub(crate) provenance: Option<Provenance>,
    pub(crate) note: Str,
}

impl Codes {
    /// Codes in the given systems (any may be `None`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        iso3: Option<Code>,
        iso_numeric: Option<u16>,
        m49: Option<u16>,
        cow: Option<u16>,
        cow_letters: Option<Code>,
        gw: Option<u16>,
        provenance: Provenance,
        note: impl Into<String>,
    ) -> Codes {
        Codes {
            iso3,
            iso_numeric,
            m49,
            cow,
            cow_letters,
            gw,
            gw_letters: None,
            provenance: Some(provenance),
            note: note.into().into(),
        }
    }

    /// The same codes with Gleditsch and Ward's letters (countrycode's
    /// `gwc`), which [`letters`](Self::letters) gives for [`CodeSystem::Gw`].
    #[must_use]
    pub fn with_gw_letters(mut self, letters: Option<Code>) -> Codes {
        self.gw_letters = letters;
        self
    }

    /// The sources of the codes (`None` where none were recorded).
    pub fn provenance(&self) -> Option<&Provenance> {
        self.provenance.as_ref()
    }

    /// Why a code is empty, or where sources disagree.
    pub fn note(&self) -> &str {
        &self.note
    }

    /// The numeric code in `system` (for the numeric systems).
    pub fn number(&self, system: CodeSystem) -> Option<u16> {
        match system {
            CodeSystem::IsoNumeric => self.iso_numeric,
            CodeSystem::M49 => self.m49,
            CodeSystem::Cow => self.cow,
            CodeSystem::Gw => self.gw,
            _ => None,
        }
    }

    /// The letter code in `system` (ISO alpha-3, COW letters, and for
    /// [`CodeSystem::Gw`] Gleditsch and Ward's letters).
    pub fn letters(&self, system: CodeSystem) -> Option<Code> {
        match system {
            CodeSystem::Iso3 => self.iso3,
            CodeSystem::CowLetters => self.cow_letters,
            CodeSystem::Gw => self.gw_letters,
            _ => None,
        }
    }
}

/// A code as its system writes it: ISO numeric and M49 with three digits
/// (`004`), the other numbers plainly.
pub(crate) fn written(system: CodeSystem, n: u16) -> String {
    match system {
        CodeSystem::IsoNumeric | CodeSystem::M49 => format!("{n:03}"),
        _ => n.to_string(),
    }
}

/// One spell of a state system's list (Correlates of War, or Gleditsch and
/// Ward): a unit under one code from one day to another, and the treaty
/// participant it stands for, where one does. The universes of panels over
/// these systems are made of them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct StateSpell {
    pub(crate) system: CodeSystem,
    pub(crate) code: u16,
    pub(crate) letters: Code,
    pub(crate) name: Str,
    pub(crate) start: crate::base::date::Date,
    pub(crate) end: Option<crate::base::date::Date>,
    pub(crate) participant: Option<Code>,
    pub(crate) provenance: Provenance,
    /// For a unit that is no participant: its ISO 3166-1 alpha-2 code.
    pub(crate) iso2: Option<Code>,
    /// For a unit that is no participant: its codes in the other systems.
    pub(crate) other: Codes,
}

impl StateSpell {
    /// For a unit that is no participant, its codes in the other systems
    /// (Taiwan's ISO 3166-1 codes, Kosovo's number in the other state
    /// system); empty for a participant, whose codes are its own.
    pub fn other_codes(&self) -> &Codes {
        &self.other
    }

    /// For a unit that is no participant, its ISO 3166-1 alpha-2 code.
    pub fn iso2(&self) -> Option<Code> {
        self.iso2
    }

    /// The system: [`CodeSystem::Cow`] or [`CodeSystem::Gw`].
    pub fn system(&self) -> CodeSystem {
        self.system
    }

    /// The numeric code.
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The letters (COW `stateabb`, G&W's letters).
    pub fn letters(&self) -> Code {
        self.letters
    }

    /// The name as the list writes it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The first day of the spell.
    pub fn start(&self) -> crate::base::date::Date {
        self.start
    }

    /// The last day, for a spell that ended; `None` for one still running
    /// at the list's last day (COW v2016: 2016-12-31; G&W: 2017-12-31),
    /// taken to run on.
    pub fn end(&self) -> Option<crate::base::date::Date> {
        self.end
    }

    /// The treaty participant the unit is, where it is one.
    pub fn participant(&self) -> Option<Code> {
        self.participant
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// Whether the spell covers any day of `year`.
    pub fn in_year(&self, year: i16) -> bool {
        self.start.year() <= year && self.end.is_none_or(|e| e.year() >= year)
    }
}
