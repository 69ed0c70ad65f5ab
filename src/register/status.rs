//! A participant's status on one day, from its transitions.

use std::fmt;

use crate::actions::{ActionKind, Stage};
use crate::base::date::{Answer, DateWindow};
use crate::register::Standing;
use crate::validate::Transition;

/// A participant's status on a given day.
///
/// "Party" means an instrument of consent has been deposited, as the UN
/// Treaty Collection counts parties even before entry into force; whether
/// the treaty binds the participant is a separate question
/// ([`OnDay::is_bound`](crate::register::OnDay::is_bound)).
///
/// ```
/// use hanoi_convention::{Date, Register, Standing, Status};
///
/// let r = Register::embedded();
/// let mus = "MUS".parse()?;
/// assert_eq!(r.on(Date::constant(2025, 11, 18)).status(mus), Some(Status::NotSigned));
/// let fji = "FJI".parse()?;
/// // Fiji signed on a day between 20 November and 29 December 2025.
/// assert_eq!(
///     r.on(Date::constant(2025, 12, 1)).status(fji),
///     Some(Status::Unknown { known: Standing::NotSigned, maybe: Standing::Signed }),
/// );
/// # Ok::<(), hanoi_convention::Error>(())
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
    /// `known` and may already have reached `maybe`. Both are deposit
    /// steps (`not_signed`, `invited`, `signed`, `party`, `denounced`):
    /// a status does not say whether the treaty bound a party, which
    /// [`OnDay::standing_range`](crate::register::OnDay::standing_range)
    /// does.
    Unknown {
        /// The step certainly reached.
        known: Standing,
        /// The step possibly reached.
        maybe: Standing,
    },
}

impl Status {
    /// The deposit step, in the lattice's words: `unknown` for a day a
    /// window covers. A status does not know whether the treaty bound a
    /// party, so a party's is `party`;
    /// [`OnDay::standing`](crate::register::OnDay::standing) gives the
    /// whole lattice (`in_force`, `not_yet_open`, `outside`).
    ///
    /// ```
    /// use hanoi_convention::{Standing, Status};
    ///
    /// assert_eq!(Status::NotSigned.step(), Standing::NotSigned);
    /// assert_eq!(Status::Unknown { known: Standing::Signed, maybe: Standing::Party }.step(), Standing::Unknown);
    /// ```
    pub fn step(&self) -> Standing {
        match self.stages() {
            (known, maybe) if known != maybe => Standing::Unknown,
            (one, _) => Standing::of_stage(one, crate::base::date::Answer::No),
        }
    }
}

impl Status {
    /// Whether the participant was a party: certainly, not, or unknown
    /// (a window on its deposit or denunciation covers the day).
    ///
    /// ```
    /// use hanoi_convention::{Answer, Standing, Status};
    ///
    /// assert_eq!(Status::NotSigned.is_party(), Answer::No);
    /// assert_eq!(Status::Unknown { known: Standing::Signed, maybe: Standing::Party }.is_party(), Answer::Unknown);
    /// ```
    pub fn is_party(&self) -> Answer {
        match self {
            Status::Party { .. } => Answer::Yes,
            Status::Unknown { known, maybe } if *known == Standing::Party || *maybe == Standing::Party => {
                Answer::Unknown
            }
            _ => Answer::No,
        }
    }
}

impl Status {
    /// The deposit stages certainly and possibly reached (equal when the
    /// status is certain).
    pub(crate) fn stages(&self) -> (Stage, Stage) {
        let one = match *self {
            Status::NotSigned => Stage::NotSigned,
            Status::Invited { .. } => Stage::Invited,
            Status::Signed { .. } => Stage::Signed,
            Status::Party { .. } => Stage::Party,
            Status::Denounced { .. } => Stage::Denounced,
            Status::Unknown { known, maybe } => return (known.stage(), maybe.stage()),
        };
        (one, one)
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
            Status::Unknown { known, maybe } => {
                write!(
                    f,
                    "{}, or already {}: a date window covers the day",
                    known.as_str().replace('_', " "),
                    maybe.as_str().replace('_', " ")
                )
            }
        }
    }
}

/// The status given a participant's transitions, at the end of the day
/// whose `day_key` is `key`: the last transition certainly reached and the
/// last possibly reached.
pub(crate) fn status_from(ts: &[Transition], key: i32) -> Status {
    // Most participants have one or two transitions: find the last certain
    // and last possible with a single pass from the end.
    let possible = ts.iter().rposition(|t| t.keys.0 <= key);
    let certain = match possible {
        Some(k) if ts[k].keys.1 <= key => Some(k),
        Some(k) => ts[..k].iter().rposition(|t| t.keys.1 <= key),
        None => None,
    };
    if certain == possible {
        return match certain.map(|k| ts[k]) {
            None => Status::NotSigned,
            Some(t) => match t.stage {
                Stage::Signed => Status::Signed { since: t.date },
                Stage::Party => Status::Party {
                    since: t.date,
                    instrument: t.kind,
                },
                Stage::Denounced => Status::Denounced { effective: t.date },
                Stage::Invited => Status::Invited { since: t.date },
                Stage::NotSigned => Status::NotSigned,
            },
        };
    }
    let stage =
        |k: Option<usize>| Standing::of_stage(k.map_or(Stage::NotSigned, |k| ts[k].stage), Answer::No);
    Status::Unknown {
        known: stage(certain),
        maybe: stage(possible),
    }
}
