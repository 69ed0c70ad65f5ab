//! `hanoi compare` and `hanoi pace`: treaties side by side.

use std::fmt::Write as _;
use std::io::Write;

use hanoi_convention::__private::{CompareReport, ComparisonRows, PaceReport};
use hanoi_convention::Standing;
use hanoi_convention::chart::{PaceWindow, pace_svg};
use hanoi_convention::compare::{Comparison, Pace, data_versions, milestones};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::export::{self};
use hanoi_convention::{Date, Register};

use crate::Failure;
use crate::args::{Format, TreatyArg};
use crate::context::{Context, day_for};
use crate::output::{json_of_all, put};
use crate::render::{Names, pad, pad_left, wrap};

/// What `hanoi compare` was asked.
pub struct CompareAsk {
    pub with: Option<EmbeddedTreaty>,
    pub list: Option<(Standing, Standing)>,
    pub wide: bool,
    pub format: Format,
}

/// The treaty compared with by default: the Budapest Convention, or the
/// Hanoi Convention for the other treaties.
fn other_treaty(ctx: &Context) -> EmbeddedTreaty {
    match ctx.embedded {
        Some(EmbeddedTreaty::Hanoi) => EmbeddedTreaty::Budapest,
        _ => EmbeddedTreaty::Hanoi,
    }
}

/// The day compared: `--as-of`, or the earlier of the data's as-of dates;
/// refused before either treaty existed.
fn compared_day(ctx: &Context, registers: &[&Register]) -> Result<Date, Failure> {
    let day = ctx.asked.unwrap_or_else(|| Comparison::common_day(registers));
    for r in registers {
        day_for(r, Some(day))?;
    }
    Ok(day)
}

/// The cross-table of the context's treaty against the other, or the wide rows.
pub fn compare(ctx: &Context, ask: CompareAsk, out: &mut dyn Write) -> Result<u8, Failure> {
    let r: &Register = &ctx.register;
    let with = ask.with.unwrap_or_else(|| other_treaty(ctx));
    if ctx.embedded == Some(with) {
        return Err(Failure::usage(format!(
            "the {} compared with itself: expected --with another treaty",
            r.treaty().identity().short_name()
        )));
    }
    if ask.wide {
        let mut all: Vec<&Register> = vec![r];
        all.extend(
            EmbeddedTreaty::ALL
                .iter()
                .filter(|t| ctx.embedded != Some(**t))
                .map(|t| t.register()),
        );
        let rows = ComparisonRows::new(&Comparison::new(&all, compared_day(ctx, &all)?));
        crate::render::caveats_to_stderr(&rows.caveats);
        match ask.format {
            Format::Json => json_of_all(out, "comparison", &all, rows)?,
            _ => {
                let (header, records) = rows.records();
                export::Csv::new(&data_versions(&all)).write_table(&header, &records, out)?;
            }
        }
        return Ok(0);
    }
    let other = with.register();
    let day = compared_day(ctx, &[r, other])?;
    let comparison = Comparison::new(&[r, other], day);
    let report = CompareReport::new(&comparison, r.treaty(), other.treaty(), ask.list)
        .ok_or_else(|| Failure::usage("no such treaties to compare".into()))?;
    match ask.format {
        Format::Json => json_of_all(out, "compare", &[r, other], report)?,
        Format::Csv => {
            crate::render::caveats_to_stderr(&report.caveats);
            let (header, records) = report.records();
            export::Csv::new(&data_versions(&[r, other])).write_table(&header, &records, out)?;
        }
        _ => put(out, &render_compare(r, &report, &ctx.names))?,
    }
    Ok(0)
}

fn render_compare(r: &Register, report: &CompareReport, names: &Names) -> String {
    let mut out = String::new();
    let [a, b] = &report.treaties;
    let _ = writeln!(
        out,
        "{a} (rows, data as of {}) against {b} (columns, data as of {}), on {}: {} participants",
        report.treaties_data_as_of[0], report.treaties_data_as_of[1], report.as_of, report.total
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
    let _ = write!(out, "\n  {}", pad("", 12));
    for c in &cols {
        let _ = write!(out, "{}", pad_left(c.as_str(), 11));
    }
    let _ = writeln!(out);
    for row in &rows {
        let _ = write!(out, "  {}", pad(row.as_str(), 12));
        for c in &cols {
            let n = report
                .cells
                .iter()
                .find(|x| x.a == *row && x.b == *c)
                .map_or(0, |x| x.total);
            let _ = write!(out, "{}", pad_left(&n.to_string(), 11));
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
        let mut members: Vec<(String, String, String)> = list
            .participants
            .iter()
            .map(|p| {
                let group = p
                    .regional_group
                    .clone()
                    .unwrap_or_else(|| "no regional group".into());
                (
                    p.code.to_string(),
                    names.of_code(r.participants(), p.code, &p.name),
                    group,
                )
            })
            .collect();
        members.sort_by_cached_key(|m| hanoi_convention::participants::collation_key(&m.1));
        for (code, name, group) in members {
            let _ = writeln!(out, "    {code} {} {group}", pad(&name, 40));
        }
    }
    for c in &report.caveats {
        let _ = writeln!(out, "\n{}", wrap("note:", &c.message, 6));
    }
    out
}

/// The pace of the treaties named (or every embedded treaty), up to the day asked.
pub fn pace(
    ctx: &Context,
    treaties: &[TreatyArg],
    whole_span: bool,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let r: &Register = &ctx.register;
    let chosen: Vec<EmbeddedTreaty> = if treaties.is_empty() {
        EmbeddedTreaty::ALL.to_vec()
    } else {
        treaties.iter().map(|t| t.embedded()).collect()
    };
    // The treaty asked for answers from the context's data (a stored page,
    // --data); the others from their embedded data.
    let mut registers: Vec<&Register> = chosen
        .iter()
        .map(|t| if ctx.embedded == Some(*t) { r } else { t.register() })
        .collect();
    // A treaty read from a page (--page) joins the comparison.
    if ctx.embedded.is_none() {
        registers.insert(0, r);
    }
    let marks = milestones(&registers);
    let paces: Vec<Pace> = registers
        .iter()
        .map(|t| Pace::of(&t.on(ctx.asked.unwrap_or(t.as_of())), &marks))
        .collect();
    let report = PaceReport::new(paces);
    match format {
        Format::Json => json_of_all(out, "pace", &registers, report)?,
        Format::Csv => {
            let (header, records) = report.records();
            export::Csv::new(&data_versions(&registers)).write_table(&header, &records, out)?;
        }
        Format::Svg => {
            let window = if whole_span {
                PaceWindow::WholeSpan
            } else {
                PaceWindow::Youngest
            };
            put(out, &pace_svg(&report.treaties, window))?;
        }
        _ => put(out, &render_pace(&report))?,
    }
    Ok(0)
}

fn render_pace(report: &PaceReport) -> String {
    let mut out = String::new();
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
        let _ = write!(out, "{}  ", pad(h, width(i)));
    }
    let _ = writeln!(out);
    for r in &records {
        for (i, v) in r.iter().enumerate() {
            let _ = write!(out, "{}  ", pad(v, width(i)));
        }
        let _ = writeln!(out);
    }
    out
}
