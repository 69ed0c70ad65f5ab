//! An export view (events, wide, panel, years) as a document.

use serde::Serialize;

use super::Caveat;
use crate::base::date::Date;
use crate::export::rows::EventRow;
use crate::register::OnDay;

/// An export view as a document: the treaty and the day it describes,
/// the caveats, and the rows (the *events* rows under `actions`, the other
/// views' rows under `rows`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RowsReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The day the rows describe.
    pub as_of: Date,
    /// What the reader should know about the answer.
    pub caveats: Vec<Caveat>,
    /// The rows.
    #[serde(flatten)]
    pub rows: Rows,
}

/// The rows of a [`RowsReport`], by view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Rows {
    /// The *events* view.
    Events {
        /// A row per action.
        actions: Vec<EventRow>,
    },
    /// The *wide* view.
    Wide {
        /// A row per participant.
        rows: Vec<crate::export::WideRow>,
    },
    /// The *panel* view.
    Panel {
        /// The universe of its units.
        universe: &'static str,
        /// A row per unit per year.
        rows: Vec<crate::export::PanelRow>,
    },
    /// The *years* view.
    Years {
        /// A row per year and group.
        rows: Vec<crate::export::YearRow>,
    },
}

impl RowsReport {
    /// The rows of `view` as of the day of `on` (the panel's units from
    /// `universe`), and the document kind (`events`, `wide`, `panel`,
    /// `years`).
    ///
    /// # Errors
    ///
    /// As [`panel_rows`](crate::export::panel_rows) for the panel and the years.
    pub fn new(
        on: &OnDay<'_>,
        view: crate::export::View,
        universe: crate::export::Universe<'_>,
    ) -> Result<(&'static str, RowsReport), crate::error::Error> {
        RowsReport::over(on, view, universe, crate::export::YearSpan::default())
    }

    /// As [`RowsReport::new`], the panel and the years over the years of
    /// `span`; a last year observed inside it is said in the caveats.
    ///
    /// # Errors
    ///
    /// As [`YearSpan::years`](crate::export::YearSpan::years).
    pub fn over(
        on: &OnDay<'_>,
        view: crate::export::View,
        universe: crate::export::Universe<'_>,
        span: crate::export::YearSpan,
    ) -> Result<(&'static str, RowsReport), crate::error::Error> {
        use crate::export::{View, panel_rows_over, wide_rows, year_rows_over};
        let rows = match view {
            View::Events => Rows::Events {
                actions: crate::export::event_rows_by(on),
            },
            View::Wide => Rows::Wide { rows: wide_rows(on) },
            View::Panel => Rows::Panel {
                universe: universe.name(),
                rows: panel_rows_over(on, universe, span)?,
            },
            View::Years => Rows::Years {
                rows: year_rows_over(on, span)?,
            },
        };
        let mut caveats: Vec<Caveat> = Caveat::beyond_data(on).into_iter().collect();
        if matches!(view, View::Panel | View::Years) {
            caveats.extend(Caveat::partial_year(on, span));
        }
        let report = RowsReport {
            treaty: on.register().treaty().identity().short_name().to_string(),
            as_of: on.day(),
            caveats,
            rows,
        };
        Ok((view.name(), report))
    }

    /// The *events* document of `actions` read from elsewhere (e.g. a
    /// status page), about `treaty` as of `as_of`.
    pub fn events(treaty: &str, as_of: Date, actions: Vec<EventRow>) -> RowsReport {
        RowsReport {
            treaty: treaty.to_string(),
            as_of,
            caveats: Vec::new(),
            rows: Rows::Events { actions },
        }
    }
}
