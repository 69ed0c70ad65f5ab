//! One participant: found by a name in any of the seven languages, a code,
//! or a code in another system; its report (`hanoi_convention::__private::ParticipantReport`)
//! and its standing under each embedded treaty (`OnDay::standing`).

use hanoi_convention::__private::{Document, ParticipantReport};
use hanoi_convention::Standing;
use hanoi_convention::embedded::{EmbeddedTreaty, find_participant, find_participant_by_code};
use hanoi_convention::participants::{CodeSystem, Participant};
use hanoi_convention::treaty::Treaty;
use hanoi_convention::{Code, Date, ErrorKind, SourcePart};
use serde::{Deserialize, Serialize};

use super::context::{Answer, Ask, csv_rows, held, json};

/// Who to look up: `query` is a name or code; with `system`, a code in
/// that system (`cow`, `m49`, ...).
#[derive(Debug, Deserialize)]
pub(crate) struct ParticipantAsk {
    #[serde(flatten)]
    on: Ask,
    #[serde(default)]
    query: String,
    #[serde(default)]
    system: String,
}

#[derive(Serialize, Default)]
struct ParticipantAnswer<'a> {
    found: bool,
    /// Why it was not found, or is outside the treaty.
    message: String,
    /// The nearest names, for a query that found nothing.
    suggestions: Vec<String>,
    code: Option<Code>,
    document: Option<Document<ParticipantReport>>,
    /// Its status in words (the library's `Display`).
    status: String,
    bound_from: Option<String>,
    /// Each action's sources, read into their parts (`Provenance::parts`):
    /// the page links only the address, and shows the rest as text.
    sources: Vec<Vec<SourcePart<'a>>>,
    standings: Vec<StandingRow>,
    /// Its actions, as CSV.
    csv: String,
}

/// Its standing under one embedded treaty on the day.
#[derive(Serialize)]
struct StandingRow {
    treaty: &'static str,
    short_name: String,
    standing: Standing,
    status: String,
    data_as_of: Date,
}

/// What a lookup found.
enum Found<'t> {
    In(&'t Participant),
    Outside(Code, String),
    Missing(String, Vec<String>),
}

pub(crate) fn participant(ask: &ParticipantAsk) -> Answer {
    let which = ask.on.treaty()?;
    let r = ask.on.register()?;
    let on = ask.on.on_day(&r)?;
    let day = on.day();
    let answer = match look_up(r.treaty(), ask.query.trim(), &ask.system)? {
        Found::Missing(message, suggestions) => ParticipantAnswer {
            message,
            suggestions,
            ..ParticipantAnswer::default()
        },
        Found::Outside(code, message) => ParticipantAnswer {
            message,
            code: Some(code),
            standings: standings(ask, which, code, day),
            ..ParticipantAnswer::default()
        },
        Found::In(p) => {
            let report = ParticipantReport::new(&on, p);
            ParticipantAnswer {
                found: true,
                code: Some(p.code()),
                status: report.status.to_string(),
                bound_from: report.bound_from.map(|w| w.to_string()),
                // The report's actions are the register's, in its order.
                sources: r
                    .actions_of(p.code())
                    .iter()
                    .map(|a| a.provenance().parts())
                    .collect(),
                standings: standings(ask, which, p.code(), day),
                csv: csv_rows(r.data_version(), &report.actions)?,
                document: Some(Document::new("participant", &r, report)),
                ..ParticipantAnswer::default()
            }
        }
    };
    json(&answer)
}

/// Looks `query` up among `treaty`'s participants (by a name or code, or
/// by a code in `system`), and among every State the crate knows when it
/// is not one of them.
fn look_up<'t>(treaty: &'t Treaty, query: &str, system: &str) -> Result<Found<'t>, String> {
    if query.is_empty() {
        return Ok(Found::Missing("expected a name or a code".into(), Vec::new()));
    }
    let found = if system.is_empty() {
        find_participant(treaty, query)
    } else {
        let system: CodeSystem = system.parse().map_err(|e| format!("{e}"))?;
        find_participant_by_code(treaty, system, query)
    };
    Ok(match found {
        Ok(p) => Found::In(p),
        Err(e) => match e.participant() {
            Some(code) => Found::Outside(code, e.to_string()),
            // Each candidate's own code, in capitals, finds it alone.
            None if e.kind() == ErrorKind::Ambiguous => Found::Missing(
                e.to_string(),
                e.candidates().iter().map(|code| code.to_string()).collect(),
            ),
            None => Found::Missing(e.to_string(), e.suggestions().to_vec()),
        },
    })
}

/// Its standing under each embedded treaty on `day` (the merged data for
/// the treaty asked about, when the request says so).
fn standings(ask: &ParticipantAsk, asked: EmbeddedTreaty, code: Code, day: Date) -> Vec<StandingRow> {
    EmbeddedTreaty::ALL
        .iter()
        .copied()
        .map(|which| {
            let data = if which == asked {
                ask.on.data
            } else {
                Default::default()
            };
            let r = held(which, data);
            let status = r.on(day).status(code);
            StandingRow {
                treaty: which.name(),
                short_name: r.treaty().identity().short_name().to_string(),
                standing: r.on(day).standing(code),
                status: status.map_or_else(|| "not among its participants".to_string(), |s| s.to_string()),
                data_as_of: r.as_of(),
            }
        })
        .collect()
}
