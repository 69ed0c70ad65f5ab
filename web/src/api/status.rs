//! The status on a day: `hanoi_convention::__private::StatusReport` of `Register::on(day)`.

use std::collections::BTreeMap;

use hanoi_convention::__private::{Document, StatusReport};
use hanoi_convention::Register;
use serde::Serialize;

use super::context::{Answer, Ask, csv_table, json};

#[derive(Serialize)]
struct StatusAnswer {
    document: Document<StatusReport>,
    /// Entry into force in words (the library's `Display`).
    entry_into_force: String,
    /// The counts by group, as CSV.
    csv: String,
    /// A row per participant that had signed or deposited by the day.
    table: Vec<super::table::TableRow>,
}

pub(crate) fn status(ask: &Ask) -> Answer {
    let r = ask.register()?;
    let on = ask.on_day(&r)?;
    let report = StatusReport::new(&on);
    json(&StatusAnswer {
        entry_into_force: report.entry_into_force.to_string(),
        csv: groups_csv(&r, &report)?,
        table: super::table::rows(&on),
        document: Document::new("status", &r, report),
    })
}

#[derive(Serialize)]
struct GroupOf {
    group_of: BTreeMap<String, String>,
}

/// Each participant's group label in the treaty's grouping, so that the
/// page can show the list behind each group's count (asked once a treaty:
/// it does not change with the day).
pub(crate) fn group_of(ask: &Ask) -> Answer {
    let r = ask.register()?;
    let grouping = r.treaty().grouping();
    let group_of = r
        .participants()
        .iter()
        .filter_map(|p| {
            let label = grouping.label(grouping.group_of(p))?;
            Some((p.code().to_string(), label.to_string()))
        })
        .collect();
    json(&GroupOf { group_of })
}

/// The counts by group: a row a group, then the totals.
fn groups_csv(r: &Register, report: &StatusReport) -> Answer {
    let header = [
        "group",
        "signatories_certain",
        "signatories_possible",
        "parties_certain",
        "parties_possible",
        "as_of",
    ];
    let row = |group: &str, s: hanoi_convention::CountRange, p: hanoi_convention::CountRange| {
        vec![
            group.to_string(),
            s.certain.to_string(),
            s.possible.to_string(),
            p.certain.to_string(),
            p.possible.to_string(),
            report.as_of.to_string(),
        ]
    };
    let mut records: Vec<Vec<String>> = report
        .by_group
        .iter()
        .map(|g| row(&g.label, g.signatories, g.parties))
        .collect();
    records.push(row("total", report.signatories, report.parties));
    csv_table(r.data_version(), &header, &records)
}
