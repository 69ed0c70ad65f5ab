//! Two treaties side by side on a day: the cross-table of their standings
//! (`compare::Comparison`, `hanoi_convention::__private::CompareReport`), overall and by UN
//! regional group, and the participants behind a cell.

use hanoi_convention::__private::{CellMember, CompareReport, ComparisonRows, Document};
use hanoi_convention::Standing;
use hanoi_convention::compare::Comparison;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::participants::RegionalGroup;
use serde::{Deserialize, Serialize};

use super::context::{Answer, Data, csv_table, held, json, on_day, parse_day, treaty_named};

/// Which treaties (`a` rows, `b` columns; the Hanoi and Budapest
/// Conventions when empty), which day (`Comparison::common_day`, the
/// earlier of their data's as-of dates, when empty), and the cell to list, within a group (a position in
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
    let registers = [&*ra, &*rb];
    let day = parse_day(&ask.day, Comparison::common_day(&registers))?;
    // Refused when either treaty did not yet exist.
    on_day(&rb, day)?;
    on_day(&ra, day)?;
    let cell = ask.cell.as_ref().map(parse_cell).transpose()?;
    let comparison = Comparison::new(&registers, day);
    let report = CompareReport::new(&comparison, ra.treaty(), rb.treaty(), cell)
        .ok_or("no such treaties to compare")?;
    let list = report.list.as_ref().map(|l| in_group(&l.participants, ask.group));
    let csv = compare_csv(ra.data_version(), &report, list.as_deref(), ask.group)?;
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

/// The cells, or the list (`CompareReport::records`), as CSV; within a
/// group, the list is `members`, the cell's participants in that group.
fn compare_csv(
    version: &str,
    report: &CompareReport,
    members: Option<&[CellMember]>,
    group: Option<usize>,
) -> Answer {
    let (header, records) = match (members, group) {
        (Some(members), Some(_)) => {
            let mut shown = report.clone();
            if let Some(l) = &mut shown.list {
                l.participants = members.to_vec();
            }
            shown.records()
        }
        _ => report.records(),
    };
    csv_table(version, &header, &records)
}

#[derive(Serialize)]
struct ComparisonCsv {
    text: String,
}

/// Every participant's standing under every embedded treaty on the day
/// (`hanoi_convention::__private::ComparisonRows`), as CSV: a download, made when asked.
pub(crate) fn comparison_csv(ask: &CompareAsk) -> Answer {
    let registers: Vec<_> = EmbeddedTreaty::ALL
        .iter()
        .copied()
        .map(|t| held(t, ask.data))
        .collect();
    let refs: Vec<&hanoi_convention::Register> = registers.iter().map(|r| &**r).collect();
    let day = parse_day(&ask.day, Comparison::common_day(&refs))?;
    // Refused when a treaty did not yet exist.
    for r in &refs {
        on_day(r, day)?;
    }
    let rows = ComparisonRows::new(&Comparison::new(&refs, day));
    let (header, records) = rows.records();
    json(&ComparisonCsv {
        text: csv_table(refs[0].data_version(), &header, &records)?,
    })
}
