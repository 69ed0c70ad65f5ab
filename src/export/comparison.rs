//! Comparisons of treaties as documents and rows (`hanoi compare`,
//! `hanoi pace`).

use serde::Serialize;

use crate::base::date::Date;
use crate::compare::{ComparedParticipant, Comparison, CrossCell, Pace};
use crate::export::Caveat;
use crate::participants::Code;
use crate::register::Standing;
use crate::treaty::Treaty;

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
    /// The last day each treaty's data describes, in the order of
    /// `treaties`.
    pub treaties_data_as_of: [Date; 2],
    /// Warnings: a treaty whose data ends before the day compared.
    pub caveats: Vec<Caveat>,
    /// Participants counted: the union of both universes.
    pub total: u32,
    /// The non-empty cells.
    pub cells: Vec<CrossCell>,
    /// The cell asked for with `--list`, and who is in it.
    pub list: Option<CellList>,
}

impl CompareReport {
    /// The header and records for CSV: with a list, its participants
    /// (`code`, `name`, `regional_group`); otherwise a row per cell (`a`,
    /// `b`, `total`, then a count per group, named as
    /// [`RegionalGroup::column`](crate::participants::RegionalGroup::column),
    /// and `no_group`).
    pub fn records(&self) -> (Vec<String>, Vec<Vec<String>>) {
        if let Some(l) = &self.list {
            let header = vec!["code".into(), "name".into(), "regional_group".into()];
            let records = l
                .participants
                .iter()
                .map(|p| {
                    vec![
                        p.code.to_string(),
                        p.name.clone(),
                        p.regional_group.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            return (header, records);
        }
        let mut header = vec!["a".to_string(), "b".into(), "total".into()];
        header.extend(self.cells.first().map_or(Vec::new(), |c| {
            c.by_group
                .iter()
                .map(|(g, _)| g.map_or("no_group", |g| g.column()).to_string())
                .collect()
        }));
        let records = self
            .cells
            .iter()
            .map(|c| {
                let mut row = vec![c.a.to_string(), c.b.to_string(), c.total.to_string()];
                row.extend(c.by_group.iter().map(|(_, n)| n.to_string()));
                row
            })
            .collect();
        (header, records)
    }
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
    /// The cross-table of treaties `ta` and `tb` of `c`, with the members
    /// of the cell `list` if given; `None` when either is not a compared
    /// treaty.
    pub fn new(
        c: &Comparison,
        ta: &Treaty,
        tb: &Treaty,
        list: Option<(Standing, Standing)>,
    ) -> Option<CompareReport> {
        let table = c.cross_table(ta, tb)?;
        let (a, b) = c.positions(ta, tb)?;
        let as_of = [c.data_as_of()[a], c.data_as_of()[b]];
        Some(CompareReport {
            as_of: c.day(),
            treaties: [c.treaties()[a].clone(), c.treaties()[b].clone()],
            treaties_data_as_of: as_of,
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
    pub treaties_data_as_of: Vec<Date>,
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
            treaties_data_as_of: c.data_as_of().to_vec(),
            caveats: caveats(c, &all),
            rows: c.participants().to_vec(),
        }
    }

    /// The header and records for CSV: `code`, `name`, `regional_group`,
    /// then a standing column per treaty (named after the treaty, e.g.
    /// `hanoi_convention`), the day compared, and the last day each
    /// treaty's data describes (`<treaty>_as_of`). Every name is one
    /// Stata, R and pandas take as it is: at most 32 characters, lowercase
    /// ASCII letters, digits and `_`, starting with a letter.
    pub fn records(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let columns = column_names(&self.treaties);
        let mut header = vec!["code".to_string(), "name".into(), "regional_group".into()];
        header.extend(columns.iter().cloned());
        header.push("as_of".into());
        header.extend(columns.iter().map(|t| format!("{t}_as_of")));
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
                r.extend(self.treaties_data_as_of.iter().map(ToString::to_string));
                r
            })
            .collect();
        (header, rows)
    }
}

/// The longest treaty column name: with `_as_of` it stays within the
/// 32 characters Stata allows.
const MAX_TREATY_COLUMN: usize = 26;

/// The treaties' names as column names: lowercase words joined by `_`,
/// cut at a word to [`MAX_TREATY_COLUMN`] characters, starting with a
/// letter, and made distinct by a number where two would be the same.
fn column_names(treaties: &[String]) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(treaties.len());
    for treaty in treaties {
        let mut name = String::new();
        for word in treaty
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let sep = usize::from(!name.is_empty());
            if name.len() + sep + word.len() > MAX_TREATY_COLUMN {
                break;
            }
            if sep == 1 {
                name.push('_');
            }
            name.push_str(&word.to_ascii_lowercase());
        }
        if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
            name = format!("t_{name}");
            name.truncate(MAX_TREATY_COLUMN);
        }
        let base = name.clone();
        let mut n = 2;
        while names.contains(&name) {
            let suffix = format!("_{n}");
            name = format!(
                "{}{suffix}",
                &base[..base.len().min(MAX_TREATY_COLUMN - suffix.len())]
            );
            n += 1;
        }
        names.push(name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::column_names;

    #[test]
    fn treaty_columns_are_short_distinct_and_start_with_a_letter() {
        let treaties = [
            "Hanoi Convention",
            "Second Additional Protocol",
            "Convention on the Rights of Persons with Disabilities",
            "1951 Refugee Convention",
            "Hanoi Convention",
            "Công ước Hà Nội",
        ]
        .map(String::from);
        let names = column_names(&treaties);
        assert_eq!(
            names,
            [
                "hanoi_convention",
                "second_additional_protocol",
                "convention_on_the_rights",
                "t_1951_refugee_convention",
                "hanoi_convention_2",
                "c_ng_c_h_n_i",
            ]
        );
        assert!(names.iter().all(|n| n.len() + "_as_of".len() <= 32));
    }
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
