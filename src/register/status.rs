//! Answers about one participant on one day, and counts that keep certain
//! and possible apart.

use std::fmt;

use crate::actions::ActionKind;
use crate::base::date::{Answer, DateWindow};
pub use crate::validate::Stage;

/// A participant's status on a given day.
///
/// "Party" means an instrument of consent has been deposited, as the UN
/// Treaty Collection counts parties even before entry into force; whether
/// the Convention binds the participant is a separate question
/// ([`Register::is_bound`](crate::Register::is_bound)).
///
/// ```
/// use hanoi_convention::{Date, Register, Stage, Status};
///
/// let r = Register::embedded();
/// let mus = "MUS".parse()?;
/// assert_eq!(r.status(mus, Date::constant(2025, 11, 18)), Some(Status::NotSigned));
/// let fji = "FJI".parse()?;
/// // Fiji signed on a day between 20 November and 29 December 2025.
/// assert_eq!(
///     r.status(fji, Date::constant(2025, 12, 1)),
///     Some(Status::Unknown { known: Stage::NotSigned, maybe: Stage::Signed }),
/// );
/// # Ok::<(), hanoi_convention::participants::CodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "stage", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Status {
    /// Had not signed (nor acceded).
    NotSigned,
    /// Had been invited to accede, and had not yet acceded.
    Invited {
        /// When it was invited.
        since: DateWindow,
    },
    /// Had signed, and deposited no instrument of consent.
    Signed {
        /// When it signed.
        since: DateWindow,
    },
    /// Had deposited an instrument of consent.
    Party {
        /// When the instrument was deposited.
        since: DateWindow,
        /// Which instrument.
        instrument: ActionKind,
    },
    /// Its denunciation had taken effect.
    Denounced {
        /// When the denunciation took effect.
        effective: DateWindow,
    },
    /// The day falls inside a window: the participant had certainly reached
    /// `known` and may already have reached `maybe`.
    Unknown {
        /// The stage certainly reached.
        known: Stage,
        /// The stage possibly reached.
        maybe: Stage,
    },
}

impl Status {
    /// The stage, when it is known.
    ///
    /// ```
    /// use hanoi_convention::{Stage, Status};
    ///
    /// assert_eq!(Status::NotSigned.stage(), Some(Stage::NotSigned));
    /// assert_eq!(Status::Unknown { known: Stage::Signed, maybe: Stage::Party }.stage(), None);
    /// ```
    pub fn stage(&self) -> Option<Stage> {
        match self {
            Status::NotSigned => Some(Stage::NotSigned),
            Status::Invited { .. } => Some(Stage::Invited),
            Status::Signed { .. } => Some(Stage::Signed),
            Status::Party { .. } => Some(Stage::Party),
            Status::Denounced { .. } => Some(Stage::Denounced),
            Status::Unknown { .. } => None,
        }
    }
}

impl Status {
    /// Whether the participant was a party: certainly, not, or unknown
    /// (a window on its deposit or denunciation covers the day).
    ///
    /// ```
    /// use hanoi_convention::{Answer, Stage, Status};
    ///
    /// assert_eq!(Status::NotSigned.is_party(), Answer::No);
    /// assert_eq!(Status::Unknown { known: Stage::Signed, maybe: Stage::Party }.is_party(), Answer::Unknown);
    /// ```
    pub fn is_party(&self) -> Answer {
        match self {
            Status::Party { .. } => Answer::Yes,
            Status::Unknown { known, maybe } if *known == Stage::Party || *maybe == Stage::Party => {
                Answer::Unknown
            }
            _ => Answer::No,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::NotSigned => f.write_str("not signed"),
            Status::Invited { since } => write!(f, "invited to accede ({since})"),
            Status::Signed { since } => write!(f, "signed ({since})"),
            Status::Party { since, instrument } => write!(f, "party by {instrument} ({since})"),
            Status::Denounced { effective } => write!(f, "denounced (effective {effective})"),
            Status::Unknown { known, maybe } => write!(f, "unknown: {known} or already {maybe}"),
        }
    }
}

/// A count known to lie in a range: what is certain, and what is possible
/// if every window falls as early as it can (`certain <= possible`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CountRange {
    /// Certainly counted on the day.
    pub certain: u32,
    /// Counted if every window falls as early as it can.
    pub possible: u32,
}

impl CountRange {
    /// True when nothing is uncertain.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let r = Register::embedded();
    /// assert!(r.signatories(Date::constant(2025, 10, 26)).is_exact());
    /// assert!(!r.signatories(Date::constant(2025, 12, 1)).is_exact()); // Fiji's window
    /// ```
    pub fn is_exact(&self) -> bool {
        self.certain == self.possible
    }
}

impl std::ops::Add for CountRange {
    type Output = CountRange;
    fn add(self, o: CountRange) -> CountRange {
        CountRange {
            certain: self.certain + o.certain,
            possible: self.possible + o.possible,
        }
    }
}

impl std::iter::Sum for CountRange {
    fn sum<I: Iterator<Item = CountRange>>(iter: I) -> CountRange {
        iter.fold(CountRange::default(), |a, b| a + b)
    }
}

impl fmt::Display for CountRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_exact() {
            write!(f, "{}", self.certain)
        } else {
            write!(f, "{} to {}", self.certain, self.possible)
        }
    }
}
