//! Who may join a treaty.
//!
//! - [`Code`], the key everything is matched on (ISO 3166-1 alpha-3, or
//!   `EU`), lives in `crate::base` (every record, problem and error names
//!   one) and is reached here; a string that is not one is an
//!   [`Error`](crate::Error) of kind `Value`.
//! - `group`: [`ParticipantKind`], the UN [`RegionalGroup`]s and how a
//!   participant stands towards them ([`GroupMembership`]).
//! - `participant`: one [`Participant`], with its names in other
//!   languages ([`LocalName`], each a short or formal name: [`NameKind`]).
//! - `list`: [`Participants`], with lookups by code, name (in any of the
//!   crate's languages), alias, and code in another system.
//! - `admission`: when each UN member State was admitted ([`UnAdmission`]).
//! - `suggest`: the names nearest a query that matched nothing, within
//!   its script ([`Participants::suggest`]).
//! - `systems`: codes in the systems researchers merge on ([`CodeSystem`],
//!   [`Codes`]): ISO 3166-1, UN M49, Correlates of War, Gleditsch-Ward;
//!   the state systems' lists as spells of one unit under one code
//!   ([`StateSpell`]).
//!
//! Reading a participants file is in `crate::io`.

mod admission;
mod group;
mod list;
mod participant;
mod suggest;
mod systems;

pub use crate::base::code::Code;
pub use admission::UnAdmission;
pub use group::{GroupMembership, ParticipantKind, RegionalGroup};
pub use list::Participants;
pub use participant::{LocalName, NameKind, Participant};
pub use systems::{CodeSystem, Codes, StateSpell};

/// The key names sort by, as a reader expects: case, diacritics and
/// punctuation folded, so that "Côte d'Ivoire" comes between "Costa Rica"
/// and "Croatia" (not after "Czechia", as bytes would put it).
///
/// ```
/// use hanoi_convention::participants::collation_key;
///
/// let mut names = ["Czechia", "Côte d'Ivoire", "Croatia", "Costa Rica"];
/// names.sort_by_key(|n| collation_key(n));
/// assert_eq!(names, ["Costa Rica", "Côte d'Ivoire", "Croatia", "Czechia"]);
/// ```
pub fn collation_key(name: &str) -> String {
    crate::base::fold::fold(name)
}
