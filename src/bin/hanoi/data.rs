//! `hanoi export`: the views as CSV or JSON, and, with `--datapackage`, a
//! Frictionless data package beside the CSV.

use std::io::Write;
use std::path::Path;

use hanoi_convention::__private::RowsReport;
use hanoi_convention::embedded::{EmbeddedTreaty, state_system, un_admissions};
use hanoi_convention::export::{self, Resource, Universe, View, YearSpan};
use hanoi_convention::participants::CodeSystem;
use hanoi_convention::register::OnDay;

use crate::Failure;
use crate::args::{Cli, Format, UniverseArg, ViewArg, YearsArg};
use crate::context::Context;
use crate::output::json;

/// What `hanoi export` was asked.
pub struct Ask {
    view: View,
    universe: UniverseArg,
    format: Format,
    datapackage: bool,
    years: YearsArg,
}

impl Ask {
    pub fn new(view: ViewArg, universe: UniverseArg, format: Format, datapackage: bool) -> Ask {
        let view = match view {
            ViewArg::Events => View::Events,
            ViewArg::Wide => View::Wide,
            ViewArg::Panel => View::Panel,
            ViewArg::Years => View::Years,
        };
        Ask {
            view,
            universe,
            format,
            datapackage,
            years: YearsArg::default(),
        }
    }

    /// The years asked of a panel or a table of years.
    pub fn years(mut self, years: YearsArg) -> Ask {
        self.years = years;
        self
    }

    fn span(&self) -> YearSpan {
        YearSpan::new(self.years.from_year, self.years.to_year)
    }
}

/// The universe of a panel: the UN members and the state systems come
/// from the Hanoi Convention's list, which holds every State.
fn universe(arg: UniverseArg) -> Universe<'static> {
    let all = EmbeddedTreaty::Hanoi.treaty().participants();
    match arg {
        UniverseArg::Participants => Universe::Participants,
        UniverseArg::UnMembers => Universe::UnMembers(un_admissions(), all),
        UniverseArg::Cow => Universe::StateSystem(state_system(CodeSystem::Cow), all),
        UniverseArg::Gw => Universe::StateSystem(state_system(CodeSystem::Gw), all),
    }
}

/// Writes the CSV of `view` to `out`.
fn csv(
    on: &OnDay<'_>,
    cli: &Cli,
    (view, span): (View, YearSpan),
    u: Universe<'_>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let r = on.register();
    // A panel over UN members or a state system names its units from the
    // list that holds them all.
    let names = match u {
        Universe::UnMembers(_, all) | Universe::StateSystem(_, all) if view == View::Panel => all,
        _ => r.participants(),
    };
    let csv = export::Csv::new(r.data_version()).with_names_in(cli.lang, names);
    match view {
        View::Events => csv.write(&export::event_rows_by(on), out)?,
        View::Wide => csv.write(&export::wide_rows(on), out)?,
        View::Panel => csv.write(&export::panel_rows_over(on, u, span)?, out)?,
        _ => csv.write(&export::year_rows_over(on, span)?, out)?,
    }
    Ok(())
}

pub fn export_view(ctx: &Context, cli: &Cli, ask: Ask, out: &mut dyn Write) -> Result<u8, Failure> {
    // Refused before anything is written.
    let package_at = match (ask.datapackage, ask.format, cli.out.as_deref()) {
        (false, _, _) => None,
        (true, Format::Csv, Some(path)) => Some(path),
        (true, Format::Csv, None) => {
            return Err(Failure::usage(
                "--datapackage writes beside the CSV: expected --out DIR/NAME.csv".into(),
            ));
        }
        (true, _, _) => {
            return Err(Failure::usage(
                "--datapackage describes a CSV export: expected --format csv".into(),
            ));
        }
    };
    let years_asked = ask.years.from_year.is_some() || ask.years.to_year.is_some();
    if years_asked && !matches!(ask.view, View::Panel | View::Years) {
        return Err(Failure::usage(format!(
            "--from-year and --to-year choose the years of --view panel or --view years, not of --view {}",
            ask.view
        )));
    }
    let on = ctx.on()?;
    let u = universe(ask.universe);
    let span = ask.span();
    match ask.format {
        Format::Json => {
            let (kind, rows) = RowsReport::over(&on, ask.view, u, span)?;
            json(out, kind, &ctx.register, rows)?;
        }
        _ => {
            // Rows are written as they are serialized, never gathered into
            // one string first.
            csv(&on, cli, (ask.view, span), u, out)?;
            if let Some(path) = package_at {
                out.flush().map_err(|e| Failure::writing(&e))?;
                package(&on, cli, ask.view, path)?;
            }
        }
    }
    if let Some(c) = hanoi_convention::__private::Caveat::beyond_data(&on) {
        eprintln!("hanoi: note: {}", c.message);
    }
    let partial = matches!(ask.view, View::Panel | View::Years)
        .then(|| hanoi_convention::__private::Caveat::partial_year(&on, span))
        .flatten();
    if let Some(c) = partial {
        eprintln!("hanoi: note: {}", c.message);
    }
    Ok(0)
}

/// The header of a CSV file the tool has written.
fn header_of(path: &Path) -> Result<Vec<String>, Failure> {
    let unreadable = |e: csv::Error| Failure::unreadable(path, &std::io::Error::other(e));
    let mut reader = csv::Reader::from_path(path).map_err(unreadable)?;
    let header = reader.headers().map_err(unreadable)?;
    Ok(header.iter().map(str::to_string).collect())
}

/// Writes `datapackage.json` (and `participants.csv`, which codes refer
/// to) beside the CSV at `path`.
fn package(on: &OnDay<'_>, cli: &Cli, view: View, path: &Path) -> Result<(), Failure> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = path
        .file_name()
        .map_or("data.csv".into(), |f| f.to_string_lossy().into_owned());
    let stem = file.trim_end_matches(".csv").to_string();
    let mut resources = vec![Resource::new(&stem, &file, view, header_of(path)?)];
    if matches!(view, View::Events | View::Panel) && file != "participants.csv" {
        let list = dir.join("participants.csv");
        let mut f = std::fs::File::create(&list).map_err(|e| Failure::writing(&e))?;
        csv(
            on,
            cli,
            (View::Wide, YearSpan::default()),
            Universe::Participants,
            &mut f,
        )?;
        resources.push(Resource::new(
            "participants",
            "participants.csv",
            View::Wide,
            header_of(&list)?,
        ));
    }
    let pkg = export::datapackage(on, &resources)?;
    let text = serde_json::to_string_pretty(&pkg).map_err(|e| Failure::writing(&e.into()))?;
    let target = dir.join("datapackage.json");
    std::fs::write(&target, text + "\n").map_err(|e| Failure::writing(&e))?;
    eprintln!(
        "hanoi: note: wrote {} ({} resource(s))",
        target.display(),
        resources.len()
    );
    Ok(())
}

/// A file checked alone whose problems mostly vanish over the treaty's
/// data (a what-if file of new actions): says on standard error that
/// `--merged` checks it that way.
pub fn hint_merged(ctx: &Context, path: &Path, alone: usize) {
    let Ok(file) = hanoi_convention::io::actions::from_path(path) else {
        return;
    };
    let base = &ctx.register;
    let (actions, problems) = file.into_parts();
    let all = hanoi_convention::io::merge_actions(base.actions(), actions).actions;
    let day = ctx
        .asked
        .unwrap_or_else(|| crate::context::default_as_of(&all, base.as_of()));
    let name = path.display().to_string();
    let merged = hanoi_convention::io::actions::ActionsFile::from_parts(&name, all, problems);
    let builder = ctx.builder().data_version(base.data_version()).file(merged);
    let over = builder.as_of(day).validate().problems().len();
    if over < alone {
        eprintln!(
            "hanoi: note: {name} checked alone has {alone} problem(s); over the {}'s data it has {over}: \
             if it adds to that data (a what-if file), type `hanoi validate --merged {name}`",
            base.treaty().identity().short_name()
        );
    }
}
