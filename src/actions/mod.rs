//! What participants did, and how far that takes them.
//!
//! - `action`: one treaty action ([`Action`]): signatures, instruments of
//!   consent, provisional application, reservations, declarations,
//!   denunciations ([`ActionKind`]), dated exactly or by a window, placed
//!   ([`Place`]), sourced, and traced to the record it came from.
//! - `stage`: the deposit steps the validator derives from the actions
//!   (crate-internal; the public vocabulary is [`crate::Standing`]).
//!
//! `ActionKind` and `Place` are read from text (`FromStr`) in
//! `error/value.rs`, since that fails with the crate's `Error`.

mod action;
mod stage;

pub use action::{Action, ActionKind, Place};
pub(crate) use stage::Stage;
