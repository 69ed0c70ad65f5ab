//! Each command: the library's report for the context's treaty, data and
//! day, written in the format asked. One dispatch, one small function a
//! command.

use std::io::Write;
use std::path::PathBuf;

use hanoi_convention::__private::{
    ArticleReport, EifReport, ParticipantReport, SearchReport, StatusReport, TimelineReport,
    ValidationReport, ValidationReports,
};
use hanoi_convention::Date;
use hanoi_convention::embedded::{find_participant, find_participant_by_code};
use hanoi_convention::export::{self};
use hanoi_convention::io::{actions, merge_actions};
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::register::Assumption;
use hanoi_convention::treaty::ArticleNumber;

use crate::args::{Cli, Command, Format, ImportFrom};
use crate::context::{Context, default_as_of};
use crate::output::{json, put};
use crate::{Failure, compare, render, untc};

/// Runs `command` for the context; the exit code.
pub fn run(ctx: &Context, cli: &Cli, command: &Command, out: &mut dyn Write) -> Result<u8, Failure> {
    match command {
        Command::Status { format } => status(ctx, *format, out),
        Command::Participant {
            name_or_code,
            code_system,
            format,
        } => participant(ctx, name_or_code, *code_system, *format, out),
        Command::Participants {
            member_of,
            standing,
            format,
        } => crate::listing::participants(ctx, *member_of, *standing, *format, out),
        Command::Cite { format } => crate::listing::cite(ctx, *format, out),
        Command::Article {
            number,
            search,
            format,
        } => article(ctx, number.as_deref(), search.as_deref(), *format, out),
        Command::Timeline { format } => timeline(ctx, *format, out),
        Command::Map { .. } => map(ctx, out),
        Command::Export {
            view,
            universe,
            format,
            datapackage,
            years,
        } => crate::data::export_view(
            ctx,
            cli,
            crate::data::Ask::new(*view, *universe, *format, *datapackage).years(*years),
            out,
        ),
        Command::Validate {
            files,
            merged,
            format,
        } => validate(ctx, files, *merged, *format, out),
        Command::Eif { assume, format } => eif(ctx, assume, *format, out),
        Command::Compare {
            with,
            list,
            wide,
            format,
        } => compare::compare(
            ctx,
            compare::CompareAsk {
                with: with.map(|w| w.embedded()),
                list: *list,
                wide: *wide,
                format: *format,
            },
            out,
        ),
        Command::Pace {
            treaties,
            whole_span,
            format,
        } => compare::pace(ctx, treaties, *whole_span, *format, out),
        Command::Import {
            from: ImportFrom::Untc { page, format, check },
        } => untc::import(ctx, page, *format, *check, out),
        Command::Diff { page, format } => untc::diff(ctx, page, *format, out),
        Command::Completions { .. } | Command::Man | Command::Refresh(_) => Ok(0),
    }
}

fn status(ctx: &Context, format: Format, out: &mut dyn Write) -> Result<u8, Failure> {
    let report = StatusReport::new(&ctx.on()?);
    match format {
        Format::Json => json(out, "status", &ctx.register, report)?,
        _ => {
            let text = render::status(&ctx.register, &report, &ctx.names);
            // The heading's line first, then where the data come from.
            let (head, rest) = text.split_once('\n').unwrap_or((&text, ""));
            put(out, &format!("{head}\n{}{rest}", ctx.stored_line()))?;
        }
    }
    Ok(0)
}

fn participant(
    ctx: &Context,
    query: &str,
    system: Option<CodeSystem>,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let p = match system {
        None => find_participant(ctx.register.treaty(), query)?,
        Some(system) => {
            let p = find_participant_by_code(ctx.register.treaty(), system, query)?;
            if let Some(spell) = hanoi_convention::embedded::former_spell(system, query) {
                eprintln!(
                    "hanoi: note: {} {query} is {} ({}, {}..{}), a spell {} continues under another code",
                    system.description(),
                    spell.name(),
                    spell.letters(),
                    spell.start(),
                    spell.end().map_or(String::new(), |d| d.to_string()),
                    p.name()
                );
            }
            p
        }
    };
    let report = ParticipantReport::new(&ctx.on()?, p);
    match format {
        Format::Json => json(out, "participant", &ctx.register, report)?,
        _ => put(
            out,
            &render::participant(&report, p, &ctx.names, ctx.register.data_version()),
        )?,
    }
    Ok(0)
}

fn article(
    ctx: &Context,
    number: Option<&str>,
    search: Option<&[String]>,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let (r, treaty) = (&ctx.register, ctx.register.treaty());
    if let Some(words) = search {
        let report = SearchReport::new(treaty, &words.join(" "));
        let found = !report.hits.is_empty();
        match format {
            Format::Json => json(out, "search", r, report)?,
            _ => put(out, &render::search(&report))?,
        }
        return Ok(if found { 0 } else { 1 });
    }
    let n: ArticleNumber = number
        .unwrap_or("")
        .parse()
        .map_err(|e: hanoi_convention::Error| Failure::usage(e.to_string()))?;
    let crosswalk = ctx.embedded.map_or(&[][..], |t| t.crosswalk());
    let Some(report) = ArticleReport::new(treaty, n, crosswalk) else {
        let articles = treaty.text().articles().len();
        let expected = if articles == 0 {
            "its text is not in the data".to_string()
        } else {
            format!("expected 1 to {articles}")
        };
        return Err(Failure::not_found(format!(
            "the {} has no article {n}: {expected}",
            treaty.identity().short_name()
        )));
    };
    match format {
        Format::Json => json(out, "article", r, report)?,
        _ => put(
            out,
            &render::article(&report, ctx.embedded.is_some_and(|t| !t.crosswalk().is_empty())),
        )?,
    }
    Ok(0)
}

fn timeline(ctx: &Context, format: Format, out: &mut dyn Write) -> Result<u8, Failure> {
    let on = ctx.on()?;
    let report = TimelineReport::new(&on);
    render::caveats_to_stderr(&report.caveats);
    match format {
        Format::Json => json(out, "timeline", &ctx.register, report)?,
        Format::Svg => put(
            out,
            &hanoi_convention::chart::timeline_svg(&on, ctx.embedded.and_then(|t| t.ceremony())),
        )?,
        _ => export::Csv::new(ctx.register.data_version()).write(&report.points, out)?,
    }
    Ok(0)
}

/// The world map of the participants' standing on the day, as SVG.
fn map(ctx: &Context, out: &mut dyn Write) -> Result<u8, Failure> {
    put(
        out,
        &hanoi_convention::chart::map_svg(&ctx.on()?, ctx.names.language()),
    )?;
    Ok(0)
}

fn validate(
    ctx: &Context,
    files: &[PathBuf],
    merged: bool,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let base = &ctx.register;
    let mut worst = 0u8;
    let mut reports = Vec::new();
    let mut checked_as_of = ctx.asked.unwrap_or(base.as_of());
    for path in files {
        let name = path.display().to_string();
        let file = match actions::from_path(path) {
            Ok(f) => f,
            Err(e) => {
                worst = worst.max(Failure::from(e.clone()).code);
                reports.push(ValidationReport::unreadable(&name, &e));
                continue;
            }
        };
        let mut builder = ctx.builder().data_version(base.data_version());
        let day = if merged {
            let (actions, problems) = file.into_parts();
            let all = merge_actions(base.actions(), actions).actions;
            let day = ctx.asked.unwrap_or_else(|| default_as_of(&all, base.as_of()));
            let file = actions::ActionsFile::from_parts(&name, all, problems);
            builder = builder.file(file);
            day
        } else {
            let day = ctx
                .asked
                .unwrap_or_else(|| default_as_of(file.actions(), base.as_of()));
            builder = builder.file(file);
            day
        };
        checked_as_of = checked_as_of.max(day);
        let v = builder.as_of(day).validate();
        if !v.is_valid() {
            worst = worst.max(1);
            if !merged {
                crate::data::hint_merged(ctx, path, v.problems().len());
            }
        }
        reports.push(ValidationReport::of(&name, &v));
    }
    let reports = ValidationReports::new(base, merged, checked_as_of, reports);
    match format {
        Format::Json => json(out, "validate", base, reports)?,
        _ => put(out, &render::validation(&reports))?,
    }
    Ok(worst)
}

fn eif(
    ctx: &Context,
    assume: &[(hanoi_convention::Code, Date)],
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let assumed: Vec<Assumption> = assume.iter().map(|&(c, d)| Assumption::new(c, d)).collect();
    let report = EifReport::new(&ctx.on()?, &assumed)?;
    match format {
        Format::Json => json(out, "eif", &ctx.register, report)?,
        _ => {
            let text = render::eif(&report, &ctx.names, ctx.register.participants());
            put(out, &format!("{text}{}", ctx.stored_line()))?;
        }
    }
    Ok(0)
}
