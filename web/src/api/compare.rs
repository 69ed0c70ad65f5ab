//! Two treaties side by side on a day: the cross-table of their standings
//! (`compare::Comparison`, `export::CompareReport`), overall and by UN
//! regional group, and the participants behind a cell.

use hanoi_convention::compare::{Comparison, Standing};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{CellMember, CompareReport, ComparisonRows, Document};
use hanoi_convention::participants::RegionalGroup;
use serde::{Deserialize, Serialize};

use super::context::{Answer, Data, csv_table, day_for, held, json, treaty_named};

/// Which treaties (`a` rows, `b` columns; the Hanoi and Budapest
/// Conventions when empty), which day (the earlier of their data's as-of
/// dates when empty), and the cell to list, within a group (a position in
/// `groups`) or all.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct CompareAsk {
    a: String,
    b: String,
    day: String,
    data: Data,
    cell: Option<[String; 2]>,
    group: Option<usize>,
}

#[derive(Serialize)]
struct CompareAnswer {
    document: Document<CompareReport>,
    /// The standings in table order.
    standings: Vec<Standing>,
    /// The groups of each cell's `by_group`, in order (the last: none).
    groups: Vec<&'static str>,
    /// The participants of the cell asked for, within the group asked for.
    list: Option<Vec<CellMember>>,
    /// The cells (or the list), as CSV.
    csv: String,
}

pub(crate) fn compare(ask: &CompareAsk) -> Answer {
    let a = treaty_named(if ask.a.is_empty() { "hanoi" } else { &ask.a })?;
    let b = treaty_named(if ask.b.is_empty() { "budapest" } else { &ask.b })?;
    if a == b {
        return Err(format!(
            "the {} compared with itself: expected another treaty",
            a.treaty().identity().short_name()
        ));
    }
    let (ra, rb) = (held(a, ask.data), held(b, ask.data));
    let day = if ask.day.is_empty() {
        ra.as_of().min(rb.as_of()).to_string()
    } else {
        ask.day.clone()
    };
    // Refused when either treaty did not yet exist.
    day_for(&rb, &day)?;
    let day = day_for(&ra, &day)?;
    let cell = ask.cell.as_ref().map(parse_cell).transpose()?;
    let comparison = Comparison::new(&[&ra, &rb], day);
    let report = CompareReport::new(&comparison, 0, 1, cell).ok_or("no such treaties to compare")?;
    let list = report.list.as_ref().map(|l| in_group(&l.participants, ask.group));
    let csv = match &list {
        Some(members) => members_csv(ra.data_version(), members)?,
        None => cells_csv(ra.data_version(), &report)?,
    };
    json(&CompareAnswer {
        standings: Standing::ALL.to_vec(),
        groups: group_labels(),
        list,
        csv,
        document: Document::new("compare", &ra, report),
    })
}

fn parse_cell([a, b]: &[String; 2]) -> Result<(Standing, Standing), String> {
    let parse = |s: &str| s.parse::<Standing>().map_err(|e| format!("{e}"));
    Ok((parse(a)?, parse(b)?))
}

/// The labels of the groups in `CrossCell::by_group`: each UN regional
/// group, then none.
fn group_labels() -> Vec<&'static str> {
    RegionalGroup::ALL
        .iter()
        .map(|g| g.as_str())
        .chain(["no regional group"])
        .collect()
}

/// The members of group `group` (a position in `group_labels`; all when none).
fn in_group(members: &[CellMember], group: Option<usize>) -> Vec<CellMember> {
    let Some(g) = group else {
        return members.to_vec();
    };
    // CellMember names its group by `RegionalGroup::as_str`, none by null.
    let wanted = RegionalGroup::ALL.get(g).map(|g| g.as_str());
    members
        .iter()
        .filter(|m| m.regional_group.as_deref() == wanted)
        .cloned()
        .collect()
}

fn cells_csv(version: &str, report: &CompareReport) -> Answer {
    let mut header = vec!["a", "b", "total"];
    header.extend(group_labels());
    let records: Vec<Vec<String>> = report
        .cells
        .iter()
        .map(|c| {
            let mut row = vec![c.a.to_string(), c.b.to_string(), c.total.to_string()];
            row.extend(c.by_group.iter().map(|(_, n)| n.to_string()));
            row
        })
        .collect();
    csv_table(version, &header, &records)
}

fn members_csv(version: &str, members: &[CellMember]) -> Answer {
    let records: Vec<Vec<String>> = members
        .iter()
        .map(|m| {
            vec![
                m.code.to_string(),
                m.name.clone(),
                m.regional_group.clone().unwrap_or_default(),
            ]
        })
        .collect();
    csv_table(version, &["code", "name", "regional_group"], &records)
}

#[derive(Serialize)]
struct ComparisonCsv {
    text: String,
}

/// Every participant's standing under every embedded treaty on the day
/// (`export::ComparisonRows`), as CSV: a download, made when asked.
pub(crate) fn comparison_csv(ask: &CompareAsk) -> Answer {
    let registers: Vec<_> = EmbeddedTreaty::ALL
        .into_iter()
        .map(|t| held(t, ask.data))
        .collect();
    let refs: Vec<&hanoi_convention::Register> = registers.iter().map(|r| &**r).collect();
    let day = if ask.day.is_empty() {
        refs.iter()
            .map(|r| r.as_of())
            .min()
            .unwrap_or(refs[0].as_of())
            .to_string()
    } else {
        ask.day.clone()
    };
    let day = day_for(refs[0], &day)?;
    let rows = ComparisonRows::new(&Comparison::new(&refs, day));
    let (header, records) = rows.records();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    json(&ComparisonCsv {
        text: csv_table(refs[0].data_version(), &header, &records)?,
    })
}
