//! What if: assumed deposits, one a line, each checked by the library
//! (`OnDay::what_if`, in an `hanoi_convention::__private::EifReport`).

use hanoi_convention::__private::{Document, EifReport};
use hanoi_convention::embedded::find_participant;
use hanoi_convention::register::{Assumed, Assumption, Outcome};
use hanoi_convention::{Code, Register, Status, parse_date};
use serde::{Deserialize, Serialize};

use super::context::{Answer, Ask, csv_table, json};

/// More assumptions than any treaty has participants are refused: each
/// one is checked against the rules with the whole data.
const MAX_ASSUMPTIONS: usize = 250;

/// The assumptions, one a line: a participant (name or code) and a day,
/// as `FRA=2027-03-01` (the `hanoi eif --assume` form) or `France 2027-03-01`.
#[derive(Debug, Deserialize)]
pub(crate) struct WhatIfAsk {
    #[serde(flatten)]
    on: Ask,
    #[serde(default)]
    lines: String,
}

/// One line of the assumptions: the assumption it made, or why none.
#[derive(Serialize)]
struct Line {
    line: usize,
    text: String,
    code: Option<Code>,
    /// Its place in the report's `what_if.assumed`.
    assumption: Option<usize>,
    error: Option<String>,
}

#[derive(Serialize)]
struct WhatIfAnswer {
    document: Document<EifReport>,
    lines: Vec<Line>,
    /// Entry into force on the day, from the data alone, in words.
    entry_into_force: String,
    /// With the assumptions, in words (none without any).
    then: Option<String>,
    /// The assumptions and their outcomes, as CSV.
    csv: String,
}

pub(crate) fn what_if(ask: &WhatIfAsk) -> Answer {
    let r = ask.on.register()?;
    let on = ask.on.on_day(&r)?;
    let (lines, assumed) = read_lines(&r, &ask.lines)?;
    let report = EifReport::new(&on, &assumed).map_err(|e| e.to_string())?;
    let then = report.what_if.as_ref().map(|w| w.then.to_string());
    let assumed_rows: &[Assumed] = report.what_if.as_ref().map_or(&[], |w| &w.assumed);
    json(&WhatIfAnswer {
        entry_into_force: report.entry_into_force.to_string(),
        then,
        csv: assumed_csv(&r, assumed_rows)?,
        lines,
        document: Document::new("eif", &r, report),
    })
}

/// Each non-empty line read, and the assumptions of those that could be.
fn read_lines(r: &Register, text: &str) -> Result<(Vec<Line>, Vec<Assumption>), String> {
    let mut lines = Vec::new();
    let mut assumed = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let mut line = Line {
            line: i + 1,
            text: raw.to_string(),
            code: None,
            assumption: None,
            error: None,
        };
        match read_line(r, raw) {
            Ok(a) => {
                line.code = Some(a.code);
                line.assumption = Some(assumed.len());
                assumed.push(a);
            }
            Err(e) => line.error = Some(e),
        }
        lines.push(line);
    }
    if assumed.len() > MAX_ASSUMPTIONS {
        return Err(format!(
            "{} assumptions: at most {MAX_ASSUMPTIONS} are checked at once",
            assumed.len()
        ));
    }
    Ok((lines, assumed))
}

/// `FRA=2027-03-01`, `France 2027-03-01` or `France, 2027-03-01`.
fn read_line(r: &Register, line: &str) -> Result<Assumption, String> {
    let split = line
        .rsplit_once('=')
        .or_else(|| line.rsplit_once(|c: char| c.is_whitespace() || c == ','));
    let Some((who, day)) = split else {
        return Err("expected a participant and a day, e.g. FRA=2027-03-01".into());
    };
    let (who, day) = (who.trim().trim_end_matches(','), day.trim());
    let date = parse_date(day).map_err(|e| format!("{day:?} is not a day: {e}"))?;
    let p = find_participant(r.treaty(), who.trim()).map_err(|e| e.to_string())?;
    Ok(Assumption::new(p.code(), date))
}

fn assumed_csv(r: &Register, assumed: &[Assumed]) -> Answer {
    let records: Vec<Vec<String>> = assumed
        .iter()
        .map(|a| {
            let (outcome, why) = match &a.outcome {
                Outcome::Counted => ("counted", String::new()),
                Outcome::NotCounted { reason } => ("not_counted", reason.to_string()),
                Outcome::Rejected { problems } => (
                    "rejected",
                    problems
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                // A new outcome the library adds is shown by its words.
                other => ("other", format!("{other:?}")),
            };
            vec![
                a.code.to_string(),
                a.date.to_string(),
                a.instrument.to_string(),
                outcome.to_string(),
                why,
                a.notes.join("; "),
            ]
        })
        .collect();
    let header = ["participant", "date", "instrument", "outcome", "reason", "notes"];
    csv_table(r.data_version(), &header, &records)
}

#[derive(Serialize)]
struct NonParties {
    codes: Vec<Code>,
}

/// The signatory States that had not become parties on the day: those
/// whose deposits a what-if question most often assumes (a regional
/// organisation's may be added by hand, and the answer says whether the
/// rule counts it).
pub(crate) fn non_parties(ask: &Ask) -> Answer {
    let r = ask.register()?;
    let on = ask.on_day(&r)?;
    let codes = on
        .statuses()
        .filter(|(p, s)| p.kind().is_state() && matches!(s, Status::Signed { .. }))
        .map(|(p, _)| p.code())
        .collect();
    json(&NonParties { codes })
}
