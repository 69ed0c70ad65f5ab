//! Charts researchers can put in a paper, drawn as SVG from the crate's
//! answers: the cumulative timeline of one treaty ([`timeline_svg`]), and
//! the pace of several treaties side by side ([`pace_svg`]), and the world
//! map of the participants' standing on a day ([`map_svg`]).
//!
//! - `svg`: a small drawing ([`Drawing`]) with text whose size is
//!   estimated, so that every label can be kept inside the drawing and off
//!   other labels (the crate's tests check the estimated boxes).
//! - `axis`: ticks at round values, and calendar ticks by month.
//! - `timeline`: signatories and parties of one treaty over time, laid
//!   out for a page or a phone ([`Layout`]).
//! - `pace`: consents of several treaties by time since each opened, over
//!   as much of their histories as a [`PaceWindow`] says.
//! - `map`: every participant's standing on a day, on a world map.

mod axis;
mod map;
mod pace;
pub(crate) mod svg;
mod timeline;

pub use map::{MAP_SOURCE, map_chart, map_chart_in, map_svg};
pub use pace::{PaceWindow, pace_chart, pace_chart_in, pace_svg};
pub use svg::Drawing;
pub use timeline::{Layout, timeline_chart, timeline_chart_in, timeline_svg};
