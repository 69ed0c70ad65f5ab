//! Who may join a treaty.
//!
//! - `code`: [`Code`], the key everything is matched on (ISO 3166-1
//!   alpha-3, or `EU`).
//! - `group`: [`ParticipantKind`], the UN [`RegionalGroup`]s and how a
//!   participant stands towards them ([`GroupMembership`]).
//! - `participant`: one [`Participant`], with its names in other
//!   languages ([`LocalName`]).
//! - `list`: [`Participants`], with lookups by code, name (in any of the
//!   crate's languages) and alias.
//!
//! Reading a participants file is in `crate::io`.

mod code;
mod group;
mod list;
mod participant;

pub use code::{Code, CodeError};
pub use group::{GroupMembership, ParticipantKind, RegionalGroup};
pub use list::Participants;
pub use participant::{LocalName, Participant};
