//! One request in, one answer out, both JSON. Each answer holds the
//! library's own document (an `__private::Document`, as the `hanoi` tool's
//! `--format json` writes it) under `document`, and beside it the strings
//! the page shows (the library's `Display` of an answer) and the view's
//! CSV (written by `export::Csv`). A request the page could not answer is
//! `{"error": "..."}`.
#![forbid(unsafe_code)]

mod charts;
mod cite;
mod compare;
mod context;
mod exports;
mod file;
mod info;
mod map;
mod page;
mod participant;
mod status;
mod table;
mod text;
mod what_if;

#[cfg(test)]
mod tests;

use serde::Deserialize;

pub(crate) use file::check_file;

use context::{Answer, Ask};

/// What the page asks, by `ask`.
#[derive(Debug, Deserialize)]
#[serde(tag = "ask", rename_all = "snake_case")]
enum Request {
    /// The treaties, languages, code systems and limits.
    Info,
    /// Every participant's name in a language.
    Names(info::NamesAsk),
    /// The status on a day.
    Status(Ask),
    /// Each participant's group in the treaty's grouping.
    Groups(Ask),
    /// One participant, found by name or code.
    Participant(participant::ParticipantAsk),
    /// The treaty's chapters, articles, terms and reservable provisions.
    Outline(Ask),
    /// One article.
    Article(text::ArticleAsk),
    /// A search of the text.
    Search(text::SearchAsk),
    /// Entry into force with assumed deposits.
    WhatIf(what_if::WhatIfAsk),
    /// The signatories not yet parties (to fill the assumptions with).
    NonParties(Ask),
    /// Two treaties' cross-table.
    Compare(compare::CompareAsk),
    /// Every participant under every treaty, as CSV.
    ComparisonCsv(compare::CompareAsk),
    /// The timeline and pace charts.
    Charts(Ask),
    /// An export view as CSV or JSON.
    Export(exports::ExportAsk),
    /// The world map of the participants' standing on a day.
    Map(map::MapAsk),
    /// How to cite the data.
    Cite(cite::CiteAsk),
    /// Forget the merged file.
    ClearFile,
    /// Build now what the first questions would otherwise build: every
    /// embedded treaty's register and its index of names (the page asks
    /// this once idle after the first answer).
    Warm,
}

/// The answer to `request` (JSON), or `{"error": ...}`.
pub(crate) fn answer(request: &str) -> String {
    let answered = serde_json::from_str::<Request>(request)
        .map_err(|e| format!("a request the page does not make: {e}"))
        .and_then(dispatch);
    answered.unwrap_or_else(|message| failure(&message))
}

/// An error answer.
pub(crate) fn failure(message: &str) -> String {
    serde_json::json!({ "error": message }).to_string()
}

fn dispatch(request: Request) -> Answer {
    match request {
        Request::Info => info::info(),
        Request::Names(ask) => info::names(&ask),
        Request::Status(ask) => status::status(&ask),
        Request::Groups(ask) => status::group_of(&ask),
        Request::Participant(ask) => participant::participant(&ask),
        Request::Outline(ask) => text::outline(&ask),
        Request::Article(ask) => text::article(&ask),
        Request::Search(ask) => text::search(&ask),
        Request::WhatIf(ask) => what_if::what_if(&ask),
        Request::NonParties(ask) => what_if::non_parties(&ask),
        Request::Compare(ask) => compare::compare(&ask),
        Request::ComparisonCsv(ask) => compare::comparison_csv(&ask),
        Request::Charts(ask) => charts::charts(&ask),
        Request::Export(ask) => exports::export(&ask),
        Request::Map(ask) => map::map(&ask),
        Request::Cite(ask) => cite::cite(&ask),
        Request::Warm => info::warm(),
        Request::ClearFile => {
            context::set_overlay(None);
            context::json(&serde_json::json!({ "cleared": true }))
        }
    }
}
