//! The status as the depositary's table: a row per participant that had
//! signed or deposited an instrument by the day (its signature, its
//! instrument of consent, the day the treaty binds it from, and whether
//! it made reservations or declarations), each date as the data records
//! it, a window kept a window.

use hanoi_convention::actions::{Action, ActionKind};
use hanoi_convention::register::OnDay;
use hanoi_convention::{Answer, DateWindow};
use serde::Serialize;

/// A day or a window of days, as recorded.
#[derive(Debug, Serialize)]
pub(crate) struct Dated {
    /// What was done (`signature`, `ratification`, ...).
    pub kind: &'static str,
    pub from: String,
    pub to: String,
    /// "Hanoi", "New York" or "".
    pub place: String,
    /// Whether the window still covers the day asked (it may not have
    /// happened yet by then).
    pub possible: bool,
}

/// One participant's row.
#[derive(Debug, Serialize)]
pub(crate) struct TableRow {
    pub code: String,
    pub name: String,
    /// Its status in words (the library's `Display`).
    pub status: String,
    pub signature: Option<Dated>,
    pub consent: Option<Dated>,
    /// The day (or window) from which the treaty binds it.
    pub bound_from: Option<Dated>,
    pub denunciation: Option<Dated>,
    /// Reservations and declarations made by the day.
    pub reservations: usize,
    pub declarations: usize,
}

/// The rows on the day of `on`: every participant with a signature or an
/// instrument of consent recorded by then (possibly, within a window).
pub(crate) fn rows(on: &OnDay<'_>) -> Vec<TableRow> {
    let r = on.register();
    let day = on.day();
    let by_day = |a: &&Action| a.date().earliest() <= day;
    r.participants()
        .iter()
        .filter_map(|p| {
            let actions: Vec<&Action> = r.actions_of(p.code()).iter().filter(by_day).collect();
            let last =
                |f: fn(ActionKind) -> bool| actions.iter().rev().find(|a| f(a.kind())).map(|a| dated(a, on));
            let signature = last(ActionKind::is_signature);
            let consent = last(ActionKind::is_consent);
            if signature.is_none() && consent.is_none() {
                return None;
            }
            let count = |k: ActionKind| actions.iter().filter(|a| a.kind() == k).count();
            Some(TableRow {
                code: p.code().to_string(),
                name: p.name().to_string(),
                status: on.status(p.code()).map(|s| s.to_string()).unwrap_or_default(),
                signature,
                consent,
                bound_from: on.bound_from(p.code()).map(|w| window("bound", w, on)),
                denunciation: last(|k| k == ActionKind::Denunciation),
                reservations: count(ActionKind::Reservation),
                declarations: count(ActionKind::Declaration),
            })
        })
        .collect()
}

fn dated(a: &Action, on: &OnDay<'_>) -> Dated {
    Dated {
        place: a.place().map(|p| p.as_str().to_string()).unwrap_or_default(),
        ..window(a.kind().as_str(), a.date(), on)
    }
}

fn window(kind: &'static str, w: DateWindow, on: &OnDay<'_>) -> Dated {
    Dated {
        kind,
        from: w.earliest().to_string(),
        to: w.latest().to_string(),
        place: String::new(),
        possible: w.happened_by(on.day()) != Answer::Yes,
    }
}
