//! What every command answers for, resolved once from the global options:
//! the treaty (`--treaty` or `--page`), the data (`--data` merged over the
//! embedded actions, or instead of them with `--replace`), the day
//! (`--as-of`) and the language of names (`--lang`). The treaty's data are
//! the embedded data with the page `hanoi refresh` stored applied, unless
//! `--embedded` asks for the crate's own.

use std::borrow::Cow;
use std::path::Path;

use hanoi_convention::actions::Action;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::{actions, merge_actions};
use hanoi_convention::register::{OnDay, RegisterBuilder};
use hanoi_convention::{Date, Register};

use crate::args::Cli;
use crate::render::Names;
use crate::{Failure, page};

/// The treaty, data, day and language a command answers for.
pub struct Context {
    /// The register the commands answer from.
    pub register: Cow<'static, Register>,
    /// The embedded treaty, unless the treaty is read from a page.
    pub embedded: Option<EmbeddedTreaty>,
    /// The day asked with `--as-of`, if any.
    pub asked: Option<Date>,
    /// Names in the language of `--lang`.
    pub names: Names,
    /// Notes for standard error (rows of --data that replace embedded ones).
    pub notes: Vec<String>,
    /// The page stored by `hanoi refresh` the data include, if any.
    pub stored: Option<crate::cache::Record>,
}

impl Context {
    /// Resolves the global options.
    pub fn resolve(cli: &Cli) -> Result<Context, Failure> {
        let names = Names::new(cli.lang);
        if let Some(path) = &cli.treaty_page {
            return Ok(Context {
                register: Cow::Owned(page::page_register(path)?),
                embedded: None,
                asked: cli.as_of,
                names,
                notes: Vec::new(),
                stored: None,
            });
        }
        let which = cli.treaty.embedded();
        let mut notes = Vec::new();
        let (base, stored) = match crate::refresh::stored(which) {
            _ if cli.embedded => (Cow::Borrowed(which.register()), None),
            Ok(None) => (Cow::Borrowed(which.register()), None),
            Ok(Some(s)) => (Cow::Owned(s.applied.into_register()), Some(s.record)),
            Err(f) => return Err(f),
        };
        let register = match &cli.data {
            None => base,
            Some(path) => Cow::Owned(overlay(cli, which, &base, path, &mut notes)?),
        };
        Ok(Context {
            register,
            embedded: Some(which),
            asked: cli.as_of,
            names,
            notes,
            stored,
        })
    }

    /// A line for text outputs naming the stored page the data include
    /// and when it was fetched; empty when there is none.
    pub fn stored_line(&self) -> String {
        match &self.stored {
            None => String::new(),
            Some(r) => format!(
                "  data: the embedded data with the depositary's page {} fetched {} applied \
                 (hanoi refresh --status; --embedded answers without it)\n",
                r.reference,
                crate::refresh::when(r.fetched_at)
            ),
        }
    }

    /// The day to answer for: `--as-of`, or the data's as-of date; refused
    /// when the treaty did not yet exist.
    pub fn day(&self) -> Result<Date, Failure> {
        day_for(&self.register, self.asked)
    }

    /// The register on the day to answer for.
    pub fn on(&self) -> Result<OnDay<'_>, Failure> {
        Ok(self.register.on(self.day()?))
    }

    /// A builder for a register of the treaty answered for (its
    /// prerequisite's register included, for a protocol).
    pub fn builder(&self) -> RegisterBuilder {
        match self.embedded {
            Some(which) => which.builder(),
            None => Register::builder(self.register.treaty()),
        }
    }
}

/// A day to answer for `r`, refused when its treaty did not yet exist.
/// Today, in UTC: the day of access a citation names, and the latest day
/// a user's data may describe.
pub fn today() -> Date {
    jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now()).date()
}

/// The as-of date of data given without one: the latest day its actions
/// may be dated, never before `base` (the data it is merged over or
/// checked against), and never after today, so that a record dated in the
/// future is reported (rule not-after-as-of) instead of moving the data's
/// as-of date there.
pub fn default_as_of(actions: &[Action], base: Date) -> Date {
    hanoi_convention::io::latest_day(actions, base).min(today().max(base))
}

pub fn day_for(r: &Register, day: Option<Date>) -> Result<Date, Failure> {
    Ok(r.try_on(day.unwrap_or(r.as_of()))?.day())
}

/// The register of `--data` over `embedded`, the data of `which` (with a
/// stored page applied, if any).
fn overlay(
    cli: &Cli,
    which: EmbeddedTreaty,
    embedded: &Register,
    path: &Path,
    notes: &mut Vec<String>,
) -> Result<Register, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::unreadable(path, &e))?;
    // A depositary's status page, or an actions file; the records of a
    // file that could not be read go to the builder with the others, so
    // that format and rule problems are reported together.
    let (overlay, unread, page) = if page::is_page(path, &bytes) {
        let import = page::read_page(path, embedded.participants(), None)?;
        let version = page::page_version(&import);
        (import.actions, Vec::new(), Some(version))
    } else {
        let (read, problems) = actions::from_path(path)?.into_parts();
        (read, problems, None)
    };
    let merged = if cli.replace {
        overlay
    } else {
        let merged = merge_actions(embedded.actions(), overlay);
        if !merged.replaced.is_empty() {
            notes.push(format!(
                "{} row(s) of {} replace embedded rows for the same participant and kind",
                merged.replaced.len(),
                path.display()
            ));
        }
        merged.actions
    };
    let as_of = cli
        .data_as_of
        .unwrap_or_else(|| default_as_of(&merged, embedded.as_of()));
    let file = path
        .file_name()
        .map_or(Cow::Borrowed("data"), |f| f.to_string_lossy());
    // Which data made the outputs: the embedded data's version, plus the
    // overlay's name and as-of date (or the page's reference and date).
    let local = page.unwrap_or_else(|| format!("local:{file}@{as_of}"));
    let version = if cli.replace {
        local
    } else {
        format!("{}+{local}", embedded.data_version())
    };
    let name = path.display().to_string();
    Ok(which
        .builder()
        .as_of(as_of)
        .data_version(version)
        .file(actions::ActionsFile::from_parts(&name, merged, unread))
        .build()?)
}
