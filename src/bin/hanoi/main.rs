//! `hanoi`: a treaty's status, participants, articles, timeline, exports,
//! validation and entry into force, from the command line.
//!
//! - `args`: the command line (clap).
//! - `context`: the treaty, data, day and language every command answers
//!   for, resolved once from the global options.
//! - `commands`: each command builds the library's report and writes it;
//!   `data` the exports and data packages, `listing` the participants list
//!   and the citation.
//! - `render`: text output, from the same reports JSON serializes.
//! - `output`: writing an answer (text, or a JSON document naming its
//!   data), shared by every command's module.
//! - `compare`, `untc`: the comparison and depositary-page commands;
//!   `page` reads a status page for them and for the context.
//! - `refresh`, `fetch`, `cache`, `maintain`: the depositary's page
//!   downloaded and stored, the data cache every command answers from, and
//!   the maintainer's refresh of `data/`.
//!
//! Exit codes: 0 success; 1 the data is invalid or what was asked for does
//! not exist; 2 a usage error, or a file that cannot be read or parsed.
//! A command's answer goes to standard output (or `--out`); notes and
//! errors go to standard error.

mod args;
mod cache;
mod commands;
mod compare;
mod context;
mod data;
mod fetch;
mod listing;
mod maintain;
mod output;
mod page;
mod refresh;
mod render;
mod untc;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Cli, Command};
use context::Context;
use hanoi_convention::{Error, ErrorKind};

/// A failure with its exit code.
pub(crate) struct Failure {
    pub(crate) code: u8,
    pub(crate) message: String,
    /// The output was closed early (e.g. `| head`): nothing to report.
    pub(crate) closed: bool,
}

impl Failure {
    /// A usage error (exit 2).
    pub(crate) fn usage(message: String) -> Failure {
        Failure {
            code: 2,
            message,
            closed: false,
        }
    }

    /// Nothing found (exit 1).
    pub(crate) fn not_found(message: String) -> Failure {
        Failure {
            code: 1,
            message,
            closed: false,
        }
    }

    /// A file that cannot be read (exit 2).
    pub(crate) fn unreadable(path: &Path, e: &std::io::Error) -> Failure {
        Failure::usage(format!("{}: cannot read: {e}", path.display()))
    }

    /// A failure to write the answer.
    pub(crate) fn writing(e: &std::io::Error) -> Failure {
        Failure {
            code: 2,
            message: format!("cannot write the output: {e}"),
            closed: e.kind() == std::io::ErrorKind::BrokenPipe,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        let closed = e.io_kind() == Some(std::io::ErrorKind::BrokenPipe);
        // 2 for what cannot be read or asked; 1 for invalid data and misses.
        let code = match e.kind() {
            ErrorKind::Io | ErrorKind::Format | ErrorKind::OutOfRange => 2,
            _ => 1,
        };
        // The message and each error behind it (the operating system's
        // for an I/O error), each once: `Display` is one level only.
        let message = match e.problems() {
            Some(v) => render::problems(v),
            None => hanoi_convention::__private::report(&e),
        };
        Failure {
            code,
            message,
            closed,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse_with_data_version();
    let result = run(&cli);
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) if f.closed => ExitCode::SUCCESS,
        Err(f) => {
            let _ = writeln!(std::io::stderr(), "hanoi: error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// Where the answer goes: `--out FILE`, or standard output. The file is
/// created at the first byte written, or when a command succeeds without
/// output, so that a refused command leaves an existing file as it was.
enum Sink {
    Stdout(std::io::StdoutLock<'static>),
    File {
        path: PathBuf,
        file: Option<std::fs::File>,
    },
}

impl Sink {
    fn of(cli: &Cli) -> Sink {
        match &cli.out {
            Some(p) => Sink::File {
                path: p.clone(),
                file: None,
            },
            None => Sink::Stdout(std::io::stdout().lock()),
        }
    }

    fn file(&mut self) -> std::io::Result<&mut dyn std::io::Write> {
        match self {
            Sink::Stdout(s) => Ok(s),
            Sink::File { path, file } => match file {
                Some(f) => Ok(f),
                None => {
                    // The error names the file: it surfaces as a write error.
                    let created = std::fs::File::create(&*path)
                        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
                    Ok(file.insert(created))
                }
            },
        }
    }

    /// Creates the file of an answer with no bytes.
    fn finish(&mut self) -> Result<(), Failure> {
        self.file().map(|_| ()).map_err(|e| Failure::writing(&e))
    }
}

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file()?.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::File { file: None, .. } => Ok(()),
            _ => self.file()?.flush(),
        }
    }
}

fn run(cli: &Cli) -> Result<u8, Failure> {
    let out = &mut std::io::BufWriter::new(Sink::of(cli));
    let code = match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command_with_data_version(), "hanoi", out);
            0
        }
        // Before the context: a damaged cache must not stop its repair.
        Command::Refresh(args) => refresh::run(cli, args, out)?,
        Command::Man => {
            clap_mangen::Man::new(Cli::command_with_data_version())
                .render(out)
                .map_err(|e| Failure::writing(&e))?;
            0
        }
        command => {
            let ctx = Context::resolve(cli)?;
            for n in &ctx.notes {
                eprintln!("hanoi: note: {n}");
            }
            let code = commands::run(&ctx, cli, command, out)?;
            let mut footer = String::new();
            ctx.names.footer(&mut footer);
            out.write_all(footer.as_bytes())
                .map_err(|e| Failure::writing(&e))?;
            code
        }
    };
    out.flush().map_err(|e| Failure::writing(&e))?;
    out.get_mut().finish()?;
    Ok(code)
}
