//! Comparisons of treaties as documents and rows (`hanoi compare`,
//! `hanoi pace`).

use serde::Serialize;

use crate::base::date::Date;
use crate::compare::{ComparedParticipant, Comparison, CrossCell, Pace, Standing};
use crate::export::Caveat;
use crate::participants::Code;

/// A participant behind a cell of a cross-table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CellMember {
    /// Code.
    pub code: Code,
    /// Name.
    pub name: String,
    /// UN regional group (null for none).
    pub regional_group: Option<String>,
}

/// The cross-table of two treaties on a day, and optionally the
/// participants behind one cell (`hanoi compare`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CompareReport {
    /// The day compared.
    pub as_of: Date,
    /// The two treaties' short names: rows (`a`), then columns (`b`).
    pub treaties: [String; 2],
    /// The last day each treaty's data describes.
    pub data_as_of: [Date; 2],
    /// Warnings: a treaty whose data ends before the day compared.
    pub caveats: Vec<Caveat>,
    /// Participants counted: the union of both universes.
    pub total: u32,
    /// The non-empty cells.
    pub cells: Vec<CrossCell>,
    /// The cell asked for with `--list`, and who is in it.
    pub list: Option<CellList>,
}

/// The participants of one cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CellList {
    /// The standing under the first treaty.
    pub a: Standing,
    /// The standing under the second.
    pub b: Standing,
    /// Who stands so, in code order.
    pub participants: Vec<CellMember>,
}

impl CompareReport {
    /// The cross-table of treaties `a` and `b` of `c`, with the members of
    /// the cell `list` if given; `None` when `a` or `b` is not the position
    /// of a compared treaty.
    pub fn new(
        c: &Comparison,
        a: usize,
        b: usize,
        list: Option<(Standing, Standing)>,
    ) -> Option<CompareReport> {
        let table = c.cross_table(a, b)?;
        let as_of = [c.data_as_of()[a], c.data_as_of()[b]];
        Some(CompareReport {
            as_of: c.day(),
            treaties: [c.treaties()[a].clone(), c.treaties()[b].clone()],
            data_as_of: as_of,
            caveats: caveats(c, &[a, b]),
            total: table.total(),
            cells: table.cells(),
            list: list.map(|(sa, sb)| CellList {
                a: sa,
                b: sb,
                participants: table.list(sa, sb).into_iter().map(member).collect(),
            }),
        })
    }
}

/// A caveat for each of the treaties `which` whose data ends before the
/// day compared.
fn caveats(c: &Comparison, which: &[usize]) -> Vec<Caveat> {
    which
        .iter()
        .filter(|&&i| c.data_as_of()[i] < c.day())
        .map(|&i| {
            let treaty = c.treaties()[i].clone();
            let data_as_of = c.data_as_of()[i];
            Caveat {
                message: format!(
                    "the {treaty}'s data ends on {data_as_of}: its standings on {} assume nothing happened \
                     after that day, which the data cannot say",
                    c.day()
                ),
                treaty,
                data_as_of,
                day: c.day(),
            }
        })
        .collect()
}

fn member(p: &ComparedParticipant) -> CellMember {
    CellMember {
        code: p.code,
        name: p.name.clone(),
        regional_group: p.regional_group.map(|g| g.as_str().to_string()),
    }
}

/// Every participant with its standing under each treaty: a row each, a
/// column a treaty (the wide comparison export).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ComparisonRows {
    /// The day compared.
    pub as_of: Date,
    /// The treaties, in column order.
    pub treaties: Vec<String>,
    /// The last day each treaty's data describes, in column order.
    pub data_as_of: Vec<Date>,
    /// Warnings: treaties whose data ends before the day compared.
    pub caveats: Vec<Caveat>,
    /// A row per participant, in code order.
    pub rows: Vec<ComparedParticipant>,
}

impl ComparisonRows {
    /// The rows of `c`.
    pub fn new(c: &Comparison) -> ComparisonRows {
        let all: Vec<usize> = (0..c.treaties().len()).collect();
        ComparisonRows {
            as_of: c.day(),
            treaties: c.treaties().to_vec(),
            data_as_of: c.data_as_of().to_vec(),
            caveats: caveats(c, &all),
            rows: c.participants().to_vec(),
        }
    }

    /// The header and records for CSV: `code`, `name`, `regional_group`,
    /// then a standing column per treaty (named after the treaty), the day
    /// compared, and the day each treaty's data ends
    /// (`<treaty>_data_as_of`).
    pub fn records(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let mut header = vec!["code".to_string(), "name".into(), "regional_group".into()];
        header.extend(self.treaties.iter().map(|t| column_name(t)));
        header.push("as_of".into());
        header.extend(
            self.treaties
                .iter()
                .map(|t| format!("{}_data_as_of", column_name(t))),
        );
        let rows = self
            .rows
            .iter()
            .map(|p| {
                let mut r = vec![
                    p.code.to_string(),
                    p.name.clone(),
                    p.regional_group.map_or(String::new(), |g| g.as_str().to_string()),
                ];
                r.extend(p.standings.iter().map(|s| s.as_str().to_string()));
                r.push(self.as_of.to_string());
                r.extend(self.data_as_of.iter().map(ToString::to_string));
                r
            })
            .collect();
        (header, rows)
    }
}

/// A treaty's name as a column name: lowercase words joined by `_`.
fn column_name(treaty: &str) -> String {
    treaty
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("_")
}

/// The pace of treaties (`hanoi pace`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PaceReport {
    /// One entry per treaty.
    pub treaties: Vec<Pace>,
}

impl PaceReport {
    /// The report on `treaties`.
    pub fn new(treaties: Vec<Pace>) -> PaceReport {
        PaceReport { treaties }
    }

    /// The header and records for CSV: `treaty`, `opened`, `required`, a
    /// column per milestone (`consent_5_days`: days, or `earliest-latest`),
    /// `entry_into_force_days`.
    pub fn records(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let milestones: Vec<u32> = self
            .treaties
            .first()
            .map(|p| p.milestones.iter().map(|m| m.consent).collect())
            .unwrap_or_default();
        let mut header = vec!["treaty".to_string(), "opened".into(), "required".into()];
        header.extend(milestones.iter().map(|n| format!("consent_{n}_days")));
        header.push("entry_into_force_days".into());
        let rows = self
            .treaties
            .iter()
            .map(|p| {
                let mut r = vec![p.treaty.clone(), p.opened.to_string(), p.required.to_string()];
                r.extend(
                    p.milestones
                        .iter()
                        .map(|m| m.days.map_or(String::new(), |d| d.to_string())),
                );
                r.push(p.entry_into_force.map_or(String::new(), |d| d.to_string()));
                r
            })
            .collect();
        (header, rows)
    }
}
