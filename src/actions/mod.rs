//! What participants did: signatures, instruments of consent, reservations,
//! declarations and denunciations ([`Action`], [`ActionKind`], [`Place`]).
//! Each action is dated exactly or by a window, sourced, and traced to the
//! record it came from.

mod action;

pub use action::{Action, ActionKind, Place};
