//! Treaties side by side: who stands where under each, and how fast each
//! gathered consents. Participants are matched by code; a participant in
//! one treaty's universe and not another's is shown (as `outside`), never
//! dropped.
//!
//! - `standing`: a participant's [`Standing`] under one treaty on a day.
//! - `table`: a [`Comparison`] of treaties on a day, and the [`CrossTable`]
//!   of two treaties' standings, overall and by UN regional group.
//! - `pace`: days from opening to the n-th consent and to entry into force
//!   ([`Pace`]); its chart is [`crate::chart::pace_svg`].

mod pace;
mod standing;
mod table;

pub use pace::{Days, Milestone, Pace, milestones};
pub use standing::{Standing, standing};
pub use table::{ComparedParticipant, Comparison, CrossCell, CrossTable};
