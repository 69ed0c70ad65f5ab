//! Treaties side by side: who stands where under each, and how fast each
//! gathered consents. Participants are matched by code; a participant in
//! one treaty's universe and not another's is shown (as `outside`), never
//! dropped.
//!
//! - `table`: a [`Comparison`] of treaties on a day (a
//!   [`ComparedParticipant`] per participant of any of them), and the
//!   [`CrossTable`] of two treaties' standings ([`crate::Standing`], the
//!   crate's one status vocabulary), overall and by UN regional group, a
//!   [`CrossCell`] per pair of standings.
//! - `pace`: days from opening to the n-th consent ([`Milestone`]) and to
//!   entry into force ([`Pace`]), each a range of [`Days`] where a date is
//!   a window; its chart is [`crate::chart::pace_svg`].
//! - [`data_versions`]: which data an answer drawn from several treaties
//!   comes from.

mod pace;
mod table;

pub use pace::{Days, Milestone, Pace, milestones};
pub use table::{ComparedParticipant, Comparison, CrossCell, CrossTable};

/// The data versions of several registers, each named by its treaty: the
/// `data_version` of an answer drawn from all of them.
///
/// ```
/// use hanoi_convention::{compare::data_versions, embedded::EmbeddedTreaty};
///
/// let (h, b) = (EmbeddedTreaty::Hanoi.register(), EmbeddedTreaty::Budapest.register());
/// let v = data_versions(&[h, b]);
/// assert_eq!(v, format!("Hanoi Convention {}; Budapest Convention {}", h.data_version(), b.data_version()));
/// ```
pub fn data_versions(registers: &[&crate::register::Register]) -> String {
    registers
        .iter()
        .map(|r| format!("{} {}", r.treaty().identity().short_name(), r.data_version()))
        .collect::<Vec<_>>()
        .join("; ")
}
