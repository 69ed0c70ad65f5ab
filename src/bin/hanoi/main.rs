//! `hanoi`: a treaty's status, participants, articles, timeline, exports,
//! validation and entry into force, from the command line.
//!
//! - `args`: the command line (clap).
//! - `render`: text output; JSON output is the library's reports
//!   (`hanoi_convention::export`) serialized as they are.
//!
//! Exit codes: 0 success; 1 the data is invalid or what was asked for does
//! not exist; 2 a usage error, or a file that cannot be read or parsed.

mod args;
mod compare;
mod render;
mod untc;

use std::borrow::Cow;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Cli, Command, CsvOrJson, TextOrJson, ViewArg};
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::embedded::budapest_crosswalk;
use hanoi_convention::export::{
    self, ArticleReport, Document, EifReport, ParticipantReport, ProblemRow, RowsReport, SearchReport,
    StatusReport, TimelineReport, ValidationReport, ValidationReports, View,
};
use hanoi_convention::io::{load_actions_file, merge_actions};
use hanoi_convention::participants::Code;
use hanoi_convention::treaty::ArticleNumber;
use hanoi_convention::{
    DATA_AS_OF, DATA_VERSION, Date, Error, Language, Register, actions::Action, convention,
};

/// A failure with its exit code.
pub(crate) struct Failure {
    pub(crate) code: u8,
    pub(crate) message: String,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        let code = match e {
            Error::Io { .. } | Error::Format { .. } | Error::Limit(_) => 2,
            _ => 1,
        };
        let message = match &e {
            Error::Invalid(v) => render::problems(v.as_slice()),
            other => other.to_string(),
        };
        Failure { code, message }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse_with_data_version();
    let mut out = String::new();
    let result = run(&cli, &mut out);
    if std::io::stdout().lock().write_all(out.as_bytes()).is_err() {
        // A closed pipe (e.g. `| head`) is not an error worth a message.
        return ExitCode::SUCCESS;
    }
    match result {
        Ok(code) => ExitCode::from(code),
        // Output streamed into a closed pipe (`| head`): nothing to report.
        // The CSV writer wraps the I/O error, so its kind survives only as text.
        Err(f) if f.message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(f) => {
            let _ = writeln!(std::io::stderr(), "hanoi: error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// The as-of date of merged data: the latest day it knows, and never
/// before the embedded data's (`base`); never the machine's clock.
fn merged_as_of(actions: &[Action], base: Date) -> Date {
    actions
        .iter()
        .map(|a| a.date().latest())
        .max()
        .map_or(base, |d| d.max(base))
}

/// The register the commands answer from: embedded, or with --data.
fn register(cli: &Cli) -> Result<Cow<'static, Register>, Failure> {
    if let Some(path) = &cli.treaty_page {
        return untc::page_register(path).map(Cow::Owned);
    }
    let which = cli.treaty.embedded();
    let embedded = which.register();
    let Some(path) = &cli.data else {
        return Ok(Cow::Borrowed(embedded));
    };
    let bytes = std::fs::read(path).map_err(|e| Failure {
        code: 2,
        message: format!("{}: cannot read: {e}", path.display()),
    })?;
    // A depositary's status page, or an actions file.
    let (overlay, page) = if untc::is_page(path, &bytes) {
        let import = untc::read_page(path, embedded.participants(), None)?;
        let version = untc::page_version(&import);
        (import.actions, Some(version))
    } else {
        (load_actions_file(path)?, None)
    };
    let actions = if cli.replace {
        overlay
    } else {
        let merged = merge_actions(embedded.actions(), overlay);
        if !merged.replaced.is_empty() {
            eprintln!(
                "hanoi: note: {} row(s) of {} replace embedded rows for the same participant and kind",
                merged.replaced.len(),
                path.display()
            );
        }
        merged.actions
    };
    let as_of = cli
        .data_as_of
        .unwrap_or_else(|| merged_as_of(&actions, which.data_as_of()));
    let file = path
        .file_name()
        .map_or(Cow::Borrowed("data"), |f| f.to_string_lossy());
    // Which data made the outputs: the embedded data's version, plus the
    // overlay's name and as-of date (or the page's reference and date).
    let local = page.unwrap_or_else(|| format!("local:{file}@{as_of}"));
    let version = if cli.replace {
        local
    } else {
        format!("{DATA_VERSION}+{local}")
    };
    let mut builder = Register::builder(which.treaty())
        .as_of(as_of)
        .data_version(version)
        .actions(actions);
    if which == EmbeddedTreaty::Cets224 {
        builder = builder.prerequisite(EmbeddedTreaty::Budapest.register());
    }
    Ok(Cow::Owned(builder.build()?))
}

/// A day to answer for, refused when the treaty did not yet exist.
fn day_for(r: &Register, day: Option<Date>) -> Result<Date, Failure> {
    let day = day.unwrap_or(r.as_of());
    let adopted = r.treaty().identity().adopted_on();
    if day < adopted {
        return Err(Failure {
            code: 2,
            message: format!(
                "{day} is before the {} existed (adopted on {adopted}): expected a date from {adopted}",
                r.treaty().identity().short_name()
            ),
        });
    }
    Ok(day)
}

pub(crate) fn json<T: serde::Serialize>(kind: &str, r: &Register, body: T, out: &mut String) {
    let doc = Document::new(kind, r, body);
    // Serializing these plain structs cannot fail.
    out.push_str(&serde_json::to_string_pretty(&doc).unwrap_or_default());
    out.push('\n');
}

fn run(cli: &Cli, out: &mut String) -> Result<u8, Failure> {
    if let Command::Validate {
        files,
        merged,
        as_of,
        format,
    } = &cli.command
    {
        return validate(files, *merged, *as_of, *format, out);
    }
    match &cli.command {
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command_with_data_version(), "hanoi", &mut buf);
            out.push_str(&String::from_utf8_lossy(&buf));
            return Ok(0);
        }
        Command::Import {
            from:
                args::ImportFrom::Untc {
                    page,
                    out: path,
                    format,
                    check,
                    status_date,
                },
        } => {
            let participants = cli.treaty.embedded().treaty().participants();
            return untc::import(
                participants,
                page,
                path.as_deref(),
                *format,
                *check,
                *status_date,
                out,
            );
        }
        Command::Man => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command_with_data_version())
                .render(&mut buf)
                .map_err(|e| Failure {
                    code: 2,
                    message: format!("cannot render the manual page: {e}"),
                })?;
            out.push_str(&String::from_utf8_lossy(&buf));
            return Ok(0);
        }
        _ => {}
    }
    let r = register(cli)?;
    let names = render::Names::new(cli.lang);
    match &cli.command {
        Command::Status { as_of, format } => {
            let report = StatusReport::new(&r, day_for(&r, *as_of)?);
            match format {
                TextOrJson::Json => json("status", &r, report, out),
                TextOrJson::Text => render::status(&r, &report, &names, out),
            }
        }
        Command::Participant {
            name_or_code,
            as_of,
            format,
        } => {
            let p = r.participants().find(name_or_code)?;
            let day = day_for(&r, *as_of)?;
            match format {
                TextOrJson::Json => json("participant", &r, ParticipantReport::new(&r, p, day), out),
                TextOrJson::Text => render::participant(&r, p, day, &names, out),
            }
        }
        Command::Article {
            number,
            search,
            format,
        } => return article(&r, number.as_deref(), search.as_deref(), *format, out),
        Command::Timeline { format } => {
            let report = TimelineReport::new(&r);
            match format {
                CsvOrJson::Csv => out.push_str(&csv_string(&report.points, r.data_version())?),
                CsvOrJson::Json => json("timeline", &r, report, out),
            }
        }
        Command::Export {
            view,
            format,
            out: path,
        } => export_view(&r, *view, *format, cli.lang, path.as_deref())?,
        Command::Eif { assume, format } => eif(&r, assume, *format, out)?,
        Command::Diff {
            page,
            status_date,
            write,
            format,
        } => untc::diff(&r, page, *status_date, write.as_deref(), *format, out)?,
        Command::Compare {
            with,
            as_of,
            list,
            wide,
            format,
        } => {
            let ask = compare::CompareAsk {
                with: with.embedded(),
                as_of: *as_of,
                list: *list,
                wide: *wide,
                format: *format,
            };
            compare::compare(&r, ask, &names, out)?;
        }
        Command::Pace { treaties, format } => compare::pace(&r, treaties, *format, out)?,
        Command::Validate { .. } | Command::Completions { .. } | Command::Man | Command::Import { .. } => {}
    }
    names.footer(out);
    Ok(0)
}

fn article(
    r: &Register,
    number: Option<&str>,
    search: Option<&[String]>,
    format: TextOrJson,
    out: &mut String,
) -> Result<u8, Failure> {
    let treaty = r.treaty();
    if let Some(words) = search {
        let report = SearchReport::new(treaty, &words.join(" "));
        let found = !report.hits.is_empty();
        match format {
            TextOrJson::Json => json("search", r, report, out),
            TextOrJson::Text => render::search(&report, out),
        }
        return Ok(if found { 0 } else { 1 });
    }
    let n: ArticleNumber =
        number
            .unwrap_or("")
            .parse()
            .map_err(|e: hanoi_convention::treaty::ArticleNumberError| Failure {
                code: 2,
                message: e.to_string(),
            })?;
    // The crosswalk maps Budapest articles to the Hanoi Convention's.
    let crosswalk = if treaty.same_as(convention()) {
        budapest_crosswalk()
    } else {
        &[]
    };
    let Some(report) = ArticleReport::new(treaty, n, crosswalk) else {
        return Err(Failure {
            code: 2,
            message: format!(
                "the {} has no article {n}: expected 1 to {}",
                treaty.identity().short_name(),
                treaty.text().articles().len()
            ),
        });
    };
    match format {
        TextOrJson::Json => json("article", r, report, out),
        TextOrJson::Text => render::article(&report, out),
    }
    Ok(0)
}

/// Rows as CSV, with the `data_version` column saying which data made them.
pub(crate) fn csv_string<T: serde::Serialize>(rows: &[T], data_version: &str) -> Result<String, Failure> {
    let mut buf = Vec::new();
    export::write_csv_versioned(rows, data_version, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn export_view(
    r: &Register,
    view: ViewArg,
    format: CsvOrJson,
    language: Language,
    path: Option<&Path>,
) -> Result<(), Failure> {
    let view = match view {
        ViewArg::Events => View::Events,
        ViewArg::Wide => View::Wide,
        ViewArg::Panel => View::Panel,
    };
    // Rows are written as they are serialized, to the file or to standard
    // output, never gathered into one string first.
    let cannot_write = |e: &dyn std::fmt::Display| Failure {
        code: 2,
        message: format!(
            "{}: cannot write: {e}",
            path.map_or("(standard output)".into(), |p| p.display().to_string())
        ),
    };
    let mut sink: Box<dyn std::io::Write> = match path {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| cannot_write(&e))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut sink = std::io::BufWriter::new(&mut sink);
    match format {
        CsvOrJson::Json => {
            let (kind, rows) = RowsReport::new(r, view)?;
            serde_json::to_writer_pretty(&mut sink, &Document::new(kind, r, rows))
                .map_err(|e| cannot_write(&e))?;
            writeln!(sink).map_err(|e| cannot_write(&e))?;
        }
        CsvOrJson::Csv => {
            // English is the `name` column already: a name column is added
            // only for another language.
            let columns = export::CsvColumns::new(r.data_version())
                .with_names_in((language != Language::En).then_some((language, r.participants())));
            match view {
                View::Events => columns.write(&export::event_rows(r), &mut sink)?,
                View::Wide => columns.write(&export::wide_rows(r), &mut sink)?,
                _ => columns.write(&export::panel_rows(r)?, &mut sink)?,
            }
        }
    }
    sink.flush().map_err(|e| cannot_write(&e))
}

fn validate(
    files: &[PathBuf],
    merged: bool,
    as_of: Option<Date>,
    format: TextOrJson,
    out: &mut String,
) -> Result<u8, Failure> {
    let mut worst = 0u8;
    let mut reports = Vec::new();
    let mut checked_as_of = as_of.unwrap_or(DATA_AS_OF);
    for path in files {
        let result = load_actions_file(path).and_then(|actions| {
            let actions = if merged {
                merge_actions(Register::embedded().actions(), actions).actions
            } else {
                actions
            };
            let day = as_of.unwrap_or_else(|| merged_as_of(&actions, DATA_AS_OF));
            checked_as_of = checked_as_of.max(day);
            Register::builder(convention())
                .as_of(day)
                .actions(actions)
                .build()
        });
        let file = path.display().to_string();
        match result {
            Ok(r) => {
                if format == TextOrJson::Text {
                    out.push_str(&format!("{file}: valid ({} actions)\n", r.actions().len()));
                }
                reports.push(ValidationReport {
                    file,
                    valid: true,
                    actions: r.actions().len(),
                    problems: Vec::new(),
                });
            }
            Err(e) => {
                let problems = match &e {
                    Error::Invalid(v) => v.as_slice().iter().map(ProblemRow::of).collect(),
                    _ => Vec::new(),
                };
                let f = Failure::from(e);
                if format == TextOrJson::Text || problems.is_empty() {
                    let _ = writeln!(std::io::stderr(), "{}", f.message);
                }
                worst = worst.max(f.code);
                reports.push(ValidationReport {
                    file,
                    valid: false,
                    actions: 0,
                    problems,
                });
            }
        }
    }
    if format == TextOrJson::Json {
        json(
            "validate",
            Register::embedded(),
            ValidationReports {
                as_of: checked_as_of,
                files: reports,
            },
            out,
        );
    }
    Ok(worst)
}

fn eif(r: &Register, assume: &[(Code, Date)], format: TextOrJson, out: &mut String) -> Result<(), Failure> {
    let report = EifReport::new(r, assume)?;
    match format {
        TextOrJson::Json => json("eif", r, report, out),
        TextOrJson::Text => render::eif(&report, out),
    }
    Ok(())
}
