//! The command line: every command, option and value the tool accepts.
//! Global options choose the treaty, the data, the day, the language and
//! where the answer goes; each command says which formats it writes.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use hanoi_convention::Standing;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Date, Language, parse_date, participants::Code};

const AFTER_HELP: &str = "\
Exit codes: 0 success; 1 invalid data, or nothing found; 2 usage errors and unreadable files.
JSON output (--format json): https://docs.rs/crate/hanoi-convention/latest/source/docs/json.md
with a JSON Schema per document: https://docs.rs/crate/hanoi-convention/latest/source/docs/schemas/";

#[derive(Parser)]
#[command(
    name = "hanoi",
    version,
    about = "The UN Convention against Cybercrime (Hanoi Convention): status and data",
    after_help = AFTER_HELP
)]
pub struct Cli {
    /// The treaty to answer for: the Hanoi Convention, the Budapest
    /// Convention (CETS 185) or its Second Additional Protocol (CETS 224).
    #[arg(long, global = true, value_enum, default_value_t = TreatyArg::Hanoi)]
    pub treaty: TreatyArg,
    /// An actions file (TSV, CSV or JSON), or a depositary's status page,
    /// merged over the treaty's embedded data.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// A UN Treaty Collection status page (MTDSG XML) whose treaty to answer
    /// for, as a treaty of its own (instead of --treaty); its
    /// entry-into-force clause must be a count of instruments and a delay.
    #[arg(
        long = "page",
        id = "treaty_page",
        global = true,
        value_name = "PAGE.xml",
        conflicts_with = "data"
    )]
    pub treaty_page: Option<PathBuf>,
    /// The day to answer for, YYYY-MM-DD (default: the data's as-of date).
    /// For validate, no action may be dated after it; for import and diff,
    /// the day the page describes.
    #[arg(long, global = true, value_name = "DATE", value_parser = date_arg)]
    pub as_of: Option<Date>,
    /// The language of names in text output (participants, and the treaty
    /// in headings), and of the name column (e.g. name_fr) that CSV exports then
    /// add; English where a name is not recorded. Labels stay English.
    #[arg(long, global = true, value_enum, value_name = "LANG", default_value_t = Language::En)]
    pub lang: Language,
    /// Write the answer to this file instead of standard output.
    #[arg(long, global = true, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Answer from the crate's embedded data alone, not from a page stored
    /// by `hanoi refresh`.
    #[arg(long, global = true)]
    pub embedded: bool,
    /// With --data: use the file instead of the embedded actions.
    #[arg(long, global = true, requires = "data")]
    pub replace: bool,
    /// With --data: the as-of date of the merged data (default: the latest
    /// day the merged data know, and never before the embedded data's).
    #[arg(long, global = true, value_name = "DATE", value_parser = date_arg, requires = "data")]
    pub data_as_of: Option<Date>,
    #[command(subcommand)]
    pub command: Command,
}

/// Every output format; each command takes the ones it names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Text,
    Json,
    Csv,
    Tsv,
    Svg,
    Bibtex,
    Cff,
}

impl Format {
    const ALL: [(Format, &'static str); 7] = [
        (Format::Text, "text"),
        (Format::Json, "json"),
        (Format::Csv, "csv"),
        (Format::Tsv, "tsv"),
        (Format::Svg, "svg"),
        (Format::Bibtex, "bibtex"),
        (Format::Cff, "cff"),
    ];

    fn parse(name: &str) -> Format {
        Format::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map_or(Format::Text, |(f, _)| *f)
    }
}

/// A `--format` taking the values `names` (the first is the default).
macro_rules! formats {
    ($($name:literal),+) => {
        PossibleValuesParser::new([$($name),+]).map(|s| Format::parse(&s))
    };
}

#[derive(Subcommand)]
pub enum Command {
    /// Signatories and parties, counts by group, entry into force, on a day.
    Status {
        /// Output: text for reading, JSON for tools.
        #[arg(long, value_parser = formats!("text", "json"), default_value = "text")]
        format: Format,
    },
    /// One participant's actions, codes and status on a day.
    Participant {
        /// A name (in any of the crate's languages) or alias, or the
        /// participant's code (ISO alpha-3, any case), e.g. VNM, "Viet Nam",
        /// Vietnam; with --code-system its code in that system, e.g. 816.
        /// Input that reads as two participants is refused, naming both.
        name_or_code: String,
        /// Look the participant up by its code in this system.
        #[arg(long, value_enum, value_name = "SYSTEM")]
        code_system: Option<hanoi_convention::participants::CodeSystem>,
        /// Output: text for reading, JSON for tools.
        #[arg(long, value_parser = formats!("text", "json"), default_value = "text")]
        format: Format,
    },
    /// The participants and their standing on a day, optionally only the
    /// members of an organisation or those of one standing: e.g. the EU
    /// member States that have not signed, `--member-of EU --standing not_signed`.
    Participants {
        /// Only the member States of this organisation (e.g. EU).
        #[arg(long, value_name = "CODE")]
        member_of: Option<Code>,
        /// Only those of this status, in the words of the `status` column
        /// of the panel, the wide view and this listing: outside,
        /// not_yet_open, not_signed, invited, signed, party (not yet bound),
        /// in_force (bound), denounced or unknown.
        #[arg(long, value_name = "STATUS")]
        standing: Option<hanoi_convention::Standing>,
        /// Output: text for reading, CSV or JSON.
        #[arg(long, value_parser = formats!("text", "csv", "json"), default_value = "text")]
        format: Format,
    },
    /// An article with its chapter, terms and Budapest counterpart, or a search.
    Article {
        /// The article: 7, "Art. 7" or "article 7".
        #[arg(required_unless_present = "search", conflicts_with = "search")]
        number: Option<String>,
        /// Words to look for in titles and defined terms.
        #[arg(long, num_args = 1.., value_name = "WORDS")]
        search: Option<Vec<String>>,
        /// Output: text for reading, JSON for tools.
        #[arg(long, value_parser = formats!("text", "json"), default_value = "text")]
        format: Format,
    },
    /// A row per day on which the counts changed, up to the day asked.
    Timeline {
        /// Output: CSV with a header row, JSON, or an SVG chart.
        #[arg(long, value_parser = formats!("csv", "json", "svg"), default_value = "csv")]
        format: Format,
    },
    /// A world map of every participant's standing on the day, as SVG (for
    /// PNG, convert it: `rsvg-convert -w 1920 map.svg -o map.png`).
    Map {
        /// Output: an SVG map.
        #[arg(long, value_parser = formats!("svg"), default_value = "svg")]
        format: Format,
    },
    /// Export a view of the data as it stood on the day asked.
    Export {
        /// events: a row per action; wide: a row per participant; panel: a row per
        /// unit per year; years: counts per year, overall and by group.
        #[arg(long, value_enum)]
        view: ViewArg,
        /// For the panel: whose rows (the treaty's participants, the UN
        /// members, or the Correlates of War or Gleditsch-Ward state systems).
        #[arg(long, value_enum, default_value_t = UniverseArg::Participants)]
        universe: UniverseArg,
        /// Output: CSV with a header row, or JSON.
        #[arg(long, value_parser = formats!("csv", "json"), default_value = "csv")]
        format: Format,
        /// With CSV and --out DIR/NAME.csv: also write DIR/datapackage.json
        /// (a Frictionless data package: types, enums, keys, licence, sources)
        /// and, for a view of participant codes, DIR/participants.csv.
        #[arg(long)]
        datapackage: bool,
        #[command(flatten)]
        years: YearsArg,
    },
    /// Check actions files against the treaty: every problem with file:line,
    /// field, rule and article.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Check each file merged over the treaty's data instead of on its own.
        #[arg(long)]
        merged: bool,
        /// Output: text for reading, JSON for tools.
        #[arg(long, value_parser = formats!("text", "json"), default_value = "text")]
        format: Format,
    },
    /// The cross-table of two treaties' standings on a day (the treaty of
    /// --treaty in rows, the other in columns), overall and by UN regional group.
    Compare {
        /// The other treaty (default: the Budapest Convention, or the Hanoi
        /// Convention when it is the treaty of --treaty).
        #[arg(long, value_enum)]
        with: Option<TreatyArg>,
        /// List the participants of one cell, e.g. `not_signed,in_force`: Budapest
        /// parties, bound by it, that have not signed the Hanoi Convention.
        #[arg(long, value_name = "A,B", value_parser = cell_arg)]
        list: Option<(Standing, Standing)>,
        /// Instead of the cross-table, a row per participant with its
        /// standing under every embedded treaty.
        #[arg(long)]
        wide: bool,
        /// Output: text for reading, CSV or JSON.
        #[arg(long, value_parser = formats!("text", "csv", "json"), default_value = "text")]
        format: Format,
    },
    /// How fast each treaty gathered consents: days from opening to the 1st,
    /// 5th, ... consent and to entry into force.
    Pace {
        /// The treaties (default: every embedded treaty).
        #[arg(value_enum, value_name = "TREATY")]
        treaties: Vec<TreatyArg>,
        /// With svg: draw each treaty's whole span instead of the first years
        /// of the youngest.
        #[arg(long)]
        whole_span: bool,
        /// Output: text, CSV, JSON, or an SVG chart of the cumulative consents.
        #[arg(long, value_parser = formats!("text", "csv", "json", "svg"), default_value = "text")]
        format: Format,
    },
    /// Import a depositary's status page as actions.
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
    /// What a UN Treaty Collection status page changes in the treaty's data:
    /// new actions, windows narrowed to a day, conflicts, rows not on the page.
    Diff {
        /// The page (MTDSG XML), e.g. XVIII-16.en.xml.
        page: PathBuf,
        /// Output: the differences as text or JSON, or (tsv) the data with
        /// the page applied, in the form of data/actions.tsv.
        #[arg(long, value_parser = formats!("text", "json", "tsv"), default_value = "text")]
        format: Format,
    },
    /// When the treaty enters into force, or would with assumed deposits,
    /// each checked against its rules.
    Eif {
        /// An assumed deposit, e.g. FRA=2027-03-01 (repeatable).
        #[arg(long, value_name = "CODE=DATE", value_parser = assume_arg)]
        assume: Vec<(Code, Date)>,
        /// Output: text for reading, JSON for tools.
        #[arg(long, value_parser = formats!("text", "json"), default_value = "text")]
        format: Format,
    },
    /// How to cite the data: the crate's version, the treaty's data version
    /// and as-of date, its sources, and the day of access (today).
    Cite {
        /// Output: text, BibTeX, or a CITATION.cff.
        #[arg(long, value_parser = formats!("text", "bibtex", "cff"), default_value = "text")]
        format: Format,
    },
    /// Download the treaty's status page from the UN Treaty Collection,
    /// check it and store it: every command then answers from the embedded
    /// data with the page applied (--embedded: without it). Prints what the
    /// page changes and the new counts.
    Refresh(RefreshArgs),
    /// Shell completions for bash, zsh, fish, elvish or PowerShell (e.g.
    /// `hanoi completions bash > /etc/bash_completion.d/hanoi`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// The manual page (roff), e.g. `hanoi man > hanoi.1`.
    Man,
}

/// The options of `hanoi refresh`.
#[derive(clap::Args)]
pub struct RefreshArgs {
    /// Another address of the page, or a file downloaded by hand (where
    /// the depositary refuses the client).
    #[arg(long, value_name = "URL|FILE")]
    pub from: Option<String>,
    /// Give up after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,
    /// Store the page even if it lacks dated acts the stored page has (an
    /// older copy), and fetch it even if the server says it is unchanged.
    #[arg(long)]
    pub force: bool,
    /// Say what the tool answers from now, without fetching.
    #[arg(long, conflicts_with_all = ["from", "force", "write_data"])]
    pub status: bool,
    /// For maintainers: write the page's new and narrowed rows into DIR's
    /// actions.tsv and move dataset.tsv's as_of and revision (DIR is the
    /// crate's data/), print the change message, and leave the cache alone.
    #[arg(long, value_name = "DIR")]
    pub write_data: Option<PathBuf>,
    /// Output: text for reading, JSON for tools.
    #[arg(long, value_parser = formats!("text", "json"), default_value = "text")]
    pub format: Format,
}

// The help text names the depositary's address as it is typed.
#[allow(rustdoc::bare_urls)]
#[derive(Subcommand)]
pub enum ImportFrom {
    /// A status page of the UN Treaty Collection (MTDSG XML), e.g.
    /// https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml
    Untc {
        /// The page, as downloaded.
        page: PathBuf,
        /// Output: the interchange format (tab-separated), CSV, or JSON.
        #[arg(long, value_parser = formats!("tsv", "csv", "json"), default_value = "tsv")]
        format: Format,
        /// Exit 1 when the page's header counts disagree with its table.
        #[arg(long)]
        check: bool,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum TreatyArg {
    /// The United Nations Convention against Cybercrime.
    Hanoi,
    /// The Council of Europe Convention on Cybercrime (CETS 185).
    Budapest,
    /// Its Second Additional Protocol (CETS 224).
    Cets224,
}

impl TreatyArg {
    pub fn embedded(self) -> EmbeddedTreaty {
        match self {
            TreatyArg::Hanoi => EmbeddedTreaty::Hanoi,
            TreatyArg::Budapest => EmbeddedTreaty::Budapest,
            TreatyArg::Cets224 => EmbeddedTreaty::Cets224,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum ViewArg {
    Events,
    Wide,
    Panel,
    Years,
}

/// The years of a panel or a table of years.
#[derive(Clone, Copy, clap::Args, PartialEq, Eq, Debug, Default)]
pub struct YearsArg {
    /// For the panel and the years: the first year (default: the year the
    /// treaty opened for signature; a year before it has every participant
    /// not_yet_open).
    #[arg(long, value_name = "YEAR", allow_negative_numbers = false)]
    pub from_year: Option<i16>,
    /// For the panel and the years: the last year (default, and at most: the
    /// year of --as-of; a year before it is observed on its 31 December).
    #[arg(long, value_name = "YEAR")]
    pub to_year: Option<i16>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum UniverseArg {
    /// The treaty's participants.
    Participants,
    /// The 193 UN member States.
    UnMembers,
    /// The Correlates of War state system (v2016).
    Cow,
    /// Gleditsch and Ward's independent states (2017 edition, with microstates).
    Gw,
}

fn cell_arg(s: &str) -> Result<(Standing, Standing), String> {
    let (a, b) = s
        .split_once(',')
        .ok_or("expected two standings separated by a comma, e.g. not_signed,in_force")?;
    let parse = |x: &str| x.parse::<Standing>().map_err(|e| e.to_string());
    Ok((parse(a)?, parse(b)?))
}

fn date_arg(s: &str) -> Result<Date, String> {
    parse_date(s).map_err(|e| e.to_string())
}

fn assume_arg(s: &str) -> Result<(Code, Date), String> {
    let (code, date) = s
        .split_once('=')
        .ok_or("expected CODE=DATE, e.g. FRA=2027-03-01")?;
    Ok((
        code.parse().map_err(|e: hanoi_convention::Error| e.to_string())?,
        date_arg(date)?,
    ))
}

impl Cli {
    /// The command line as clap describes it; its version also names the
    /// embedded data (for `--version`, the manual page and completions).
    pub fn command_with_data_version() -> clap::Command {
        let data: Vec<String> = EmbeddedTreaty::ALL
            .iter()
            .map(|t| format!("{} {}", t.name(), t.dataset().version()))
            .collect();
        let version = format!("{} (data {})", env!("CARGO_PKG_VERSION"), data.join(", "));
        // Built once per run, so leaking the string is fine.
        let version: &'static str = Box::leak(version.into_boxed_str());
        Cli::command().version(version)
    }

    /// Parses the command line.
    pub fn parse_with_data_version() -> Cli {
        let matches = Cli::command_with_data_version()
            .try_get_matches()
            .unwrap_or_else(|e| {
                // `validate --data FILE` names the data to answer from, not
                // the file to check: say what to type instead.
                let args: Vec<String> = std::env::args().collect();
                let validate = args.iter().any(|a| a == "validate");
                let data = args
                    .iter()
                    .position(|a| a == "--data")
                    .and_then(|i| args.get(i + 1));
                if let (true, Some(file), clap::error::ErrorKind::MissingRequiredArgument) =
                    (validate, data, e.kind())
                {
                    let _ = e.print();
                    eprintln!(
                        "\nhint: --data {file} reads {file} as the data every command answers from; to check \
                         {file}, name it after validate: `hanoi validate {file}` (alone), or \
                         `hanoi validate --merged {file}` (over the treaty's data)"
                    );
                    std::process::exit(2);
                }
                e.exit()
            });
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}
