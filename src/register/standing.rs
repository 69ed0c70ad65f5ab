//! Where a participant stood on a day, in the crate's one status
//! vocabulary: the lattice the exports, the comparison of treaties, the
//! map and the tool all use.

use std::fmt;

use crate::actions::Stage;
use crate::base::date::Answer;
use crate::participants::Code;
use crate::register::OnDay;

/// Where a participant stood under a treaty at the end of a day: the
/// crate's one ordered status vocabulary, from outside the treaty to
/// denounced, with `unknown` for a day a date window covers.
///
/// [`OnDay::standing`] gives it (it knows whether the treaty had entered
/// into force for the participant); [`OnDay::standing_range`] gives the
/// bounds of an `unknown` one. A [`Status`](crate::Status) carries the dates behind it.
///
/// Each word has a label (what the exports write and
/// [`FromStr`](std::str::FromStr) reads) and, where it is a step of the
/// lattice, a numeric code and its International Environmental Agreements
/// Database (IEADB) equivalent:
///
/// | label | code | IEADB |
/// |---|---|---|
/// | `outside` | (none) | (none) |
/// | `not_yet_open` | -1 | (none) |
/// | `not_signed` | 0 | (none) |
/// | `invited` | 1 | (none) |
/// | `signed` | 2 | 0 |
/// | `party` | 3 | 1 (ratified, not in force for it) |
/// | `in_force` | 4 | 2 (in force for it) |
/// | `denounced` | 5 | (none) |
/// | `unknown` | (none: see the bounds) | (none) |
///
/// ```
/// use hanoi_convention::{Date, Standing, embedded::EmbeddedTreaty};
///
/// let day = Date::constant(2026, 4, 25);
/// let budapest = EmbeddedTreaty::Budapest.register().on(day);
/// assert_eq!(budapest.standing("JPN".parse()?), Standing::InForce);
/// assert_eq!(budapest.standing("KEN".parse()?), Standing::Invited);
/// assert_eq!(budapest.standing("CHN".parse()?), Standing::Outside);
/// assert_eq!("in_force".parse::<Standing>()?, Standing::InForce);
/// assert!(Standing::Signed < Standing::Party && Standing::Party < Standing::InForce);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Standing {
    /// Not among the participants the treaty's data lists as able to join
    /// (e.g. a State the Council of Europe chart does not list).
    Outside,
    /// The treaty was not yet open for signature (a day before the
    /// opening, or a year before the one it opened in).
    NotYetOpen,
    /// Had done nothing yet.
    NotSigned,
    /// Invited to accede, and had not (yet) acceded.
    Invited,
    /// Had signed, and deposited no instrument of consent.
    Signed,
    /// Had deposited an instrument of consent, and the treaty did not yet
    /// bind it (not in force, or not yet for it).
    Party,
    /// A party bound by the treaty.
    InForce,
    /// Its denunciation had taken effect.
    Denounced,
    /// A date window covers the day: the standing is not known
    /// ([`OnDay::standing_range`] bounds it).
    Unknown,
}

impl Standing {
    /// Every standing, in the order of their codes.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[Standing] = &[
        Standing::Outside,
        Standing::NotYetOpen,
        Standing::NotSigned,
        Standing::Invited,
        Standing::Signed,
        Standing::Party,
        Standing::InForce,
        Standing::Denounced,
        Standing::Unknown,
    ];

    /// The snake_case label the exports write and the tool reads.
    pub const fn as_str(self) -> &'static str {
        match self {
            Standing::Outside => "outside",
            Standing::NotYetOpen => "not_yet_open",
            Standing::NotSigned => "not_signed",
            Standing::Invited => "invited",
            Standing::Signed => "signed",
            Standing::Party => "party",
            Standing::InForce => "in_force",
            Standing::Denounced => "denounced",
            Standing::Unknown => "unknown",
        }
    }

    /// The numeric code (none for `outside` and `unknown`): -1 before
    /// the opening, then 0 to 5 in the order a participant passes through
    /// the steps.
    ///
    /// ```
    /// use hanoi_convention::Standing;
    ///
    /// assert_eq!(Standing::InForce.code(), Some(4));
    /// assert_eq!(Standing::Unknown.code(), None);
    /// ```
    pub const fn code(self) -> Option<i8> {
        match self {
            Standing::NotYetOpen => Some(-1),
            Standing::NotSigned => Some(0),
            Standing::Invited => Some(1),
            Standing::Signed => Some(2),
            Standing::Party => Some(3),
            Standing::InForce => Some(4),
            Standing::Denounced => Some(5),
            Standing::Outside | Standing::Unknown => None,
        }
    }

    /// The IEADB's status code: 0 signed, 1 ratified (not in force for
    /// it), 2 in force for it; none otherwise.
    pub const fn ieadb(self) -> Option<u8> {
        match self {
            Standing::Signed => Some(0),
            Standing::Party => Some(1),
            Standing::InForce => Some(2),
            _ => None,
        }
    }

    /// The lattice word of a deposit stage, given whether the treaty bound
    /// the participant (a party whose binding is unknown is unknown).
    pub(crate) fn of_stage(stage: Stage, bound: Answer) -> Standing {
        match (stage, bound) {
            (Stage::NotSigned, _) => Standing::NotSigned,
            (Stage::Invited, _) => Standing::Invited,
            (Stage::Signed, _) => Standing::Signed,
            (Stage::Party, Answer::Yes) => Standing::InForce,
            (Stage::Party, Answer::No) => Standing::Party,
            (Stage::Party, Answer::Unknown) => Standing::Unknown,
            (Stage::Denounced, _) => Standing::Denounced,
        }
    }

    /// The deposit stage a step of a [`Status::Unknown`](crate::Status::Unknown) is (its bounds are
    /// only ever the five deposit steps).
    pub(crate) fn stage(self) -> Stage {
        match self {
            Standing::Invited => Stage::Invited,
            Standing::Signed => Stage::Signed,
            Standing::Party | Standing::InForce => Stage::Party,
            Standing::Denounced => Stage::Denounced,
            _ => Stage::NotSigned,
        }
    }
}

/// The lattice's least element, [`Standing::Outside`]: what a row says of
/// a unit the treaty's data does not list.
impl Default for Standing {
    fn default() -> Standing {
        Standing::Outside
    }
}

/// The label (`not_signed`, `in_force`, ...), as [`Standing::as_str`].
impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads a standing by its label, as the exports write it.
///
/// ```
/// use hanoi_convention::Standing;
///
/// assert_eq!("not_signed".parse::<Standing>()?, Standing::NotSigned);
/// assert!("ratified".parse::<Standing>().unwrap_err().to_string().contains("not_yet_open"));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
impl std::str::FromStr for Standing {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::base::provenance::parse_keyword(s, Standing::ALL, Standing::as_str, "a standing")
    }
}

impl OnDay<'_> {
    /// Where `code` stood at the end of the day, in the lattice's words:
    /// [`Standing::Outside`] for a code the treaty does not list,
    /// [`Standing::NotYetOpen`] before the opening for signature,
    /// [`Standing::InForce`] for a party the treaty bound, and
    /// [`Standing::Unknown`] where a date window covers the day.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, Standing};
    ///
    /// let r = Register::embedded();
    /// let fji = "FJI".parse()?;
    /// assert_eq!(r.on(Date::constant(2025, 1, 1)).standing(fji), Standing::NotYetOpen);
    /// assert_eq!(r.on(Date::constant(2025, 12, 1)).standing(fji), Standing::Unknown);
    /// assert_eq!(r.on(Date::constant(2026, 1, 1)).standing(fji), Standing::Signed);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn standing(&self, code: Code) -> Standing {
        self.standings(code)[0]
    }

    /// The bounds of [`OnDay::standing`]: the standing certainly reached
    /// and the one possibly reached (the same for a certain standing).
    ///
    /// ```
    /// use hanoi_convention::{Date, Register, Standing};
    ///
    /// let r = Register::embedded();
    /// let on = r.on(Date::constant(2025, 12, 1));
    /// assert_eq!(on.standing_range("FJI".parse()?), (Standing::NotSigned, Standing::Signed));
    /// assert_eq!(on.standing_range("VNM".parse()?), (Standing::Signed, Standing::Signed));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn standing_range(&self, code: Code) -> (Standing, Standing) {
        let [_, known, possible] = self.standings(code);
        (known, possible)
    }

    /// The standing and its bounds: `[standing, known, possible]`.
    pub(crate) fn standings(&self, code: Code) -> [Standing; 3] {
        let Some(status) = self.status(code) else {
            return [Standing::Outside; 3];
        };
        if self.day() < self.register().treaty().rules().signature().opens() {
            return [Standing::NotYetOpen; 3];
        }
        let bound = self.is_bound(code).unwrap_or(Answer::No);
        match status.stages() {
            (known, maybe) if known != maybe => {
                // The window may or may not have passed: the lower bound
                // cannot be bound by it, the upper one may be.
                let low = Standing::of_stage(known, if bound == Answer::Yes { bound } else { Answer::No });
                let high = Standing::of_stage(maybe, if bound == Answer::No { bound } else { Answer::Yes });
                [Standing::Unknown, low, high]
            }
            (stage, _) => match Standing::of_stage(stage, bound) {
                Standing::Unknown => [Standing::Unknown, Standing::Party, Standing::InForce],
                one => [one; 3],
            },
        }
    }
}
