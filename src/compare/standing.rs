//! A participant's standing under one treaty on one day, in the terms a
//! comparison of treaties uses.

use std::fmt;

use crate::actions::Stage;
use crate::base::date::Date;
use crate::participants::Code;
use crate::register::{Register, Status};

/// Where a participant stands under a treaty on a day.
///
/// ```
/// use hanoi_convention::{Date, compare::{Standing, standing}, embedded::EmbeddedTreaty};
///
/// let day = Date::constant(2026, 4, 25);
/// let budapest = EmbeddedTreaty::Budapest.register();
/// assert_eq!(standing(budapest, "JPN".parse()?, day), Standing::Party);
/// assert_eq!(standing(budapest, "KEN".parse()?, day), Standing::Invited);
/// assert_eq!(standing(budapest, "CHN".parse()?, day), Standing::Outside);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Standing {
    /// In the treaty's universe, and had done nothing.
    NotSigned,
    /// Invited to accede, not (yet) a party.
    Invited,
    /// Had signed, not (yet) a party.
    Signed,
    /// Had deposited an instrument of consent.
    Party,
    /// Its denunciation had taken effect.
    Denounced,
    /// A date window covers the day: the standing is not known.
    Unknown,
    /// Not among those the treaty's data lists as able to join (e.g. a
    /// State the Council of Europe chart does not list).
    Outside,
}

impl Standing {
    /// Every standing, in order.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[Standing] = &[
        Standing::NotSigned,
        Standing::Invited,
        Standing::Signed,
        Standing::Party,
        Standing::Denounced,
        Standing::Unknown,
        Standing::Outside,
    ];

    /// The snake_case name used in exports and on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Standing::NotSigned => "not_signed",
            Standing::Invited => "invited",
            Standing::Signed => "signed",
            Standing::Party => "party",
            Standing::Denounced => "denounced",
            Standing::Unknown => "unknown",
            Standing::Outside => "outside",
        }
    }

    /// The standing a status amounts to.
    pub fn of(status: Status) -> Standing {
        match status.stage() {
            Some(Stage::NotSigned) => Standing::NotSigned,
            Some(Stage::Invited) => Standing::Invited,
            Some(Stage::Signed) => Standing::Signed,
            Some(Stage::Party) => Standing::Party,
            Some(Stage::Denounced) => Standing::Denounced,
            _ => Standing::Unknown,
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Standing {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::base::provenance::parse_keyword(s, Standing::ALL, Standing::as_str, "a standing")
    }
}

/// The standing of `code` under the register's treaty at the end of `day`.
pub fn standing(r: &Register, code: Code, day: Date) -> Standing {
    r.on(day).status(code).map_or(Standing::Outside, Standing::of)
}
