//! `hanoi compare` and `hanoi pace`: treaties side by side.

use std::fmt::Write as _;

use hanoi_convention::compare::{Comparison, MILESTONES, Pace, Standing, pace_svg};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{self, CompareReport, ComparisonRows, PaceReport};
use hanoi_convention::{Date, Register};

use crate::args::{PaceFormat, TextCsvJson, TreatyArg};
use crate::render::Names;
use crate::{Failure, json};

/// Records as CSV, with the `data_version` column saying which data made them.
fn records_csv(header: &[String], records: &[Vec<String>], data_version: &str) -> Result<String, Failure> {
    let header: Vec<String> = header
        .iter()
        .cloned()
        .chain(["data_version".to_string()])
        .collect();
    let records: Vec<Vec<String>> = records
        .iter()
        .map(|r| r.iter().cloned().chain([data_version.to_string()]).collect())
        .collect();
    let mut buf = Vec::new();
    export::write_records(&header, &records, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// What `hanoi compare` was asked.
pub struct CompareAsk {
    pub with: EmbeddedTreaty,
    pub as_of: Option<Date>,
    pub list: Option<(Standing, Standing)>,
    pub wide: bool,
    pub format: TextCsvJson,
}

/// The cross-table of `r`'s treaty against `with`, or the wide rows.
pub fn compare(r: &Register, ask: CompareAsk, names: &Names, out: &mut String) -> Result<(), Failure> {
    let CompareAsk {
        with,
        as_of,
        list,
        wide,
        format,
    } = ask;
    let other = with.register();
    let day = as_of.unwrap_or(r.as_of().min(other.as_of()));
    for t in [r, other] {
        let adopted = t.treaty().identity().adopted_on();
        if day < adopted {
            return Err(Failure {
                code: 2,
                message: format!(
                    "{day} is before the {} existed (adopted on {adopted}): expected a date from {adopted}",
                    t.treaty().identity().short_name()
                ),
            });
        }
    }
    if wide {
        let mut all: Vec<&Register> = vec![r];
        all.extend(
            EmbeddedTreaty::ALL
                .iter()
                .map(|t| t.register())
                .filter(|t| !t.treaty().same_as(r.treaty())),
        );
        let rows = ComparisonRows::new(&Comparison::new(&all, day));
        match format {
            TextCsvJson::Json => json("comparison", r, rows, out),
            _ => {
                let (header, records) = rows.records();
                out.push_str(&records_csv(&header, &records, r.data_version())?);
            }
        }
        return Ok(());
    }
    let comparison = Comparison::new(&[r, other], day);
    let report = CompareReport::new(&comparison, 0, 1, list);
    match format {
        TextCsvJson::Json => json("compare", r, report, out),
        TextCsvJson::Csv => {
            let mut header = vec!["a".to_string(), "b".into(), "total".into()];
            header.extend(report.cells.first().map_or(Vec::new(), |c| {
                c.by_group
                    .iter()
                    .map(|(g, _)| g.map_or("no_group".into(), |g| format!("{g:?}").to_lowercase()))
                    .collect()
            }));
            let records: Vec<Vec<String>> = match &report.list {
                Some(l) => l
                    .participants
                    .iter()
                    .map(|p| {
                        vec![
                            p.code.to_string(),
                            p.name.clone(),
                            p.regional_group.clone().unwrap_or_default(),
                        ]
                    })
                    .collect(),
                None => report
                    .cells
                    .iter()
                    .map(|c| {
                        let mut row = vec![c.a.to_string(), c.b.to_string(), c.total.to_string()];
                        row.extend(c.by_group.iter().map(|(_, n)| n.to_string()));
                        row
                    })
                    .collect(),
            };
            let header = if report.list.is_some() {
                vec!["code".into(), "name".into(), "regional_group".into()]
            } else {
                header
            };
            out.push_str(&records_csv(&header, &records, r.data_version())?);
        }
        TextCsvJson::Text => render_compare(r, &report, names, out),
    }
    Ok(())
}

fn render_compare(r: &Register, report: &CompareReport, names: &Names, out: &mut String) {
    let [a, b] = &report.treaties;
    let _ = writeln!(
        out,
        "{a} (rows) against {b} (columns), as of {}: {} participants",
        report.as_of, report.total
    );
    let rows: Vec<Standing> = Standing::ALL
        .iter()
        .copied()
        .filter(|s| report.cells.iter().any(|c| c.a == *s))
        .collect();
    let cols: Vec<Standing> = Standing::ALL
        .iter()
        .copied()
        .filter(|s| report.cells.iter().any(|c| c.b == *s))
        .collect();
    let _ = write!(out, "\n  {:<12}", "");
    for c in &cols {
        let _ = write!(out, "{:>11}", c.as_str());
    }
    let _ = writeln!(out);
    for r in &rows {
        let _ = write!(out, "  {:<12}", r.as_str());
        for c in &cols {
            let n = report
                .cells
                .iter()
                .find(|x| x.a == *r && x.b == *c)
                .map_or(0, |x| x.total);
            let _ = write!(out, "{n:>11}");
        }
        let _ = writeln!(out);
    }
    if let Some(list) = &report.list {
        let _ = writeln!(
            out,
            "\n  {} under the {a}, {} under the {b}: {}",
            list.a,
            list.b,
            list.participants.len()
        );
        for p in &list.participants {
            let group = p.regional_group.as_deref().unwrap_or("no regional group");
            let name = names.of_code(r.participants(), p.code, &p.name);
            let _ = writeln!(out, "    {} {name:<40} {group}", p.code);
        }
    }
}

/// The pace of the treaties named (or every embedded treaty).
pub fn pace(
    r: &Register,
    treaties: &[TreatyArg],
    format: PaceFormat,
    out: &mut String,
) -> Result<(), Failure> {
    let chosen: Vec<EmbeddedTreaty> = if treaties.is_empty() {
        EmbeddedTreaty::ALL.to_vec()
    } else {
        treaties.iter().map(|t| t.embedded()).collect()
    };
    let mut paces: Vec<Pace> = chosen
        .iter()
        .map(|t| Pace::of(t.register(), &MILESTONES))
        .collect();
    // A treaty read from a page (--page) joins the comparison.
    if !EmbeddedTreaty::ALL.iter().any(|t| t.treaty().same_as(r.treaty())) {
        paces.insert(0, Pace::of(r, &MILESTONES));
    }
    let report = PaceReport { treaties: paces };
    match format {
        PaceFormat::Json => json("pace", r, report, out),
        PaceFormat::Csv => {
            let (header, records) = report.records();
            out.push_str(&records_csv(&header, &records, r.data_version())?);
        }
        PaceFormat::Svg => out.push_str(&pace_svg(
            &report.treaties,
            Some(
                EmbeddedTreaty::Hanoi
                    .treaty()
                    .rules()
                    .entry_into_force()
                    .required(),
            ),
        )),
        PaceFormat::Text => {
            let (header, records) = report.records();
            let _ = writeln!(
                out,
                "Days from opening for signature (a range where a date is only known to a window)"
            );
            let width = |i: usize| {
                header[i]
                    .len()
                    .max(records.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            };
            for (i, h) in header.iter().enumerate() {
                let _ = write!(out, "{:<w$}  ", h, w = width(i));
            }
            let _ = writeln!(out);
            for r in &records {
                for (i, v) in r.iter().enumerate() {
                    let _ = write!(out, "{:<w$}  ", v, w = width(i));
                }
                let _ = writeln!(out);
            }
        }
    }
    Ok(())
}
