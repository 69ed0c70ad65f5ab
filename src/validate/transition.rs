//! A change of stage for one participant ([`Transition`]): what the
//! validator derives from each action, and what the register indexes and
//! counts. Its own module so that the checks (`check`) and the REIO rule
//! (`reio`) both use it without using each other.

use crate::actions::{ActionKind, Stage};
use crate::base::date::{DateWindow, day_key};

/// A change of stage for one participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Transition {
    pub stage: Stage,
    pub date: DateWindow,
    /// The action behind it (for a denunciation, the notification).
    pub kind: ActionKind,
    /// `day_key` of the window's first and last day.
    pub keys: (i32, i32),
}

impl Transition {
    pub(crate) fn new(stage: Stage, date: DateWindow, kind: ActionKind) -> Transition {
        Transition {
            stage,
            date,
            kind,
            keys: (day_key(date.earliest()), day_key(date.latest())),
        }
    }
}
