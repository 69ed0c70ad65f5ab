//! `hanoi`: the Hanoi Convention's status, participants, articles, timeline,
//! exports, validation and entry into force, from the command line.
//!
//! Exit codes: 0 success; 1 the data is invalid or what was asked for does
//! not exist; 2 a usage error, or a file that cannot be read or parsed.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hanoi_convention::export::{self, View};
use hanoi_convention::{
    ArticleNumber, Code, Date, EntryIntoForce, Error, GroupCounts, Known, Register, SearchHit, Status,
    Violation, budapest_counterparts, convention, load_actions_file, merge_actions, parse_date,
};
use serde_json::json;

/// Text output is wrapped to this many columns.
const WIDTH: usize = 100;

#[derive(Parser)]
#[command(
    name = "hanoi",
    version,
    about = "The UN Convention against Cybercrime (Hanoi Convention): status and data"
)]
struct Cli {
    /// An actions file (TSV, CSV or JSON) merged over the embedded data.
    #[arg(long, global = true, value_name = "FILE")]
    data: Option<PathBuf>,
    /// With --data: use the file instead of the embedded actions.
    #[arg(long, global = true, requires = "data")]
    replace: bool,
    /// With --data: the as-of date of the merged data (default: today, UTC).
    #[arg(long, global = true, value_name = "DATE", value_parser = date_arg, requires = "data")]
    data_as_of: Option<Date>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Signatories and parties, counts by regional group, entry into force.
    Status {
        /// The day to answer for, YYYY-MM-DD (default: the data's as-of date).
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        as_of: Option<Date>,
        /// Output: text for reading, JSON for tools (docs/json.md).
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// One participant's actions and status.
    Participant {
        /// A code (any case), name or alias, e.g. VNM, "Viet Nam", Vietnam.
        name_or_code: String,
        /// The day to answer for, YYYY-MM-DD (default: the data's as-of date).
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        as_of: Option<Date>,
        /// Output: text for reading, JSON for tools (docs/json.md).
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// An article with its chapter, terms and Budapest counterpart, or a search.
    Article {
        /// The article: 7, "Art. 7" or "article 7".
        #[arg(required_unless_present = "search", conflicts_with = "search")]
        number: Option<String>,
        /// Words to look for in titles and defined terms.
        #[arg(long, num_args = 1.., value_name = "WORDS")]
        search: Option<Vec<String>>,
        /// Output: text for reading, JSON for tools (docs/json.md).
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// A row per day on which the counts changed.
    Timeline {
        /// Output: CSV with a header row, or JSON (docs/json.md).
        #[arg(long, value_enum, default_value_t = CsvOrJson::Csv)]
        format: CsvOrJson,
    },
    /// Export a view of the data.
    Export {
        /// events: a row per action; wide: a row per participant; panel: a row per
        /// participant per year.
        #[arg(long, value_enum)]
        view: ViewArg,
        /// Output: CSV with a header row, or JSON (docs/json.md).
        #[arg(long, value_enum, default_value_t = CsvOrJson::Csv)]
        format: CsvOrJson,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check actions files: every problem with file:line, field, rule and article.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Check each file merged over the embedded data instead of on its own.
        #[arg(long)]
        merged: bool,
    },
    /// When the Convention enters into force, or would with assumed deposits.
    Eif {
        /// An assumed deposit, e.g. FRA=2027-03-01 (repeatable).
        #[arg(long, value_name = "CODE=DATE", value_parser = assume_arg)]
        assume: Vec<(Code, Date)>,
        /// Output: text for reading, JSON for tools (docs/json.md).
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum TextOrJson {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CsvOrJson {
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ViewArg {
    Events,
    Wide,
    Panel,
}

fn date_arg(s: &str) -> Result<Date, String> {
    parse_date(s).map_err(|e| e.to_string())
}

fn assume_arg(s: &str) -> Result<(Code, Date), String> {
    let (code, date) = s
        .split_once('=')
        .ok_or("expected CODE=DATE, e.g. FRA=2027-03-01")?;
    Ok((
        code.parse()
            .map_err(|e: hanoi_convention::CodeError| e.to_string())?,
        date_arg(date)?,
    ))
}

/// A failure with its exit code.
struct Failure {
    code: u8,
    message: String,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        let code = match e {
            Error::Io { .. } | Error::Format { .. } => 2,
            _ => 1,
        };
        let message = match &e {
            Error::Invalid(v) => problems(v.as_slice()),
            other => other.to_string(),
        };
        Failure { code, message }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = String::new();
    let result = run(&cli, &mut out);
    if std::io::stdout().lock().write_all(out.as_bytes()).is_err() {
        // A closed pipe (e.g. `| head`) is not an error worth a message.
        return ExitCode::SUCCESS;
    }
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            let _ = writeln!(std::io::stderr(), "hanoi: error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

fn today() -> Date {
    jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now()).date()
}

/// The register the commands answer from: embedded, or with --data.
fn register(cli: &Cli) -> Result<std::borrow::Cow<'static, Register>, Failure> {
    let Some(path) = &cli.data else {
        return Ok(std::borrow::Cow::Borrowed(Register::embedded()));
    };
    let overlay = load_actions_file(path)?;
    let actions = if cli.replace {
        overlay
    } else {
        let merged = merge_actions(Register::embedded().actions(), overlay);
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
        .unwrap_or_else(|| today().max(hanoi_convention::DATA_AS_OF));
    Ok(std::borrow::Cow::Owned(
        Register::builder().as_of(as_of).actions(actions).build()?,
    ))
}

fn run(cli: &Cli, out: &mut String) -> Result<u8, Failure> {
    match &cli.command {
        Command::Validate { files, merged } => return validate(files, *merged, out),
        Command::Article {
            number,
            search,
            format,
        } => return article(number.as_deref(), search.as_deref(), *format, out),
        _ => {}
    }
    let r = register(cli)?;
    match &cli.command {
        Command::Status { as_of, format } => status(&r, as_of.unwrap_or(r.as_of()), *format, out),
        Command::Participant {
            name_or_code,
            as_of,
            format,
        } => participant(&r, name_or_code, as_of.unwrap_or(r.as_of()), *format, out)?,
        Command::Timeline { format } => timeline(&r, *format, out)?,
        Command::Export {
            view,
            format,
            out: path,
        } => export_view(&r, *view, *format, path.as_ref(), out)?,
        Command::Eif { assume, format } => eif(&r, assume, *format, out)?,
        Command::Validate { .. } | Command::Article { .. } => {}
    }
    Ok(0)
}

/// Wraps `text` to [`WIDTH`] columns, every line after the first indented.
fn wrap(first: &str, text: &str, indent: usize) -> String {
    let mut lines = vec![first.to_string()];
    // A word longer than a line (a long URL) is cut into line-sized pieces.
    let room = WIDTH - indent;
    let words = text.split_whitespace().flat_map(|w| {
        let chars: Vec<char> = w.chars().collect();
        chars
            .chunks(room)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
    });
    for word in words {
        let word = word.as_str();
        let line = lines.last_mut().expect("starts with one line");
        if line.chars().count() + 1 + word.chars().count() > WIDTH && !line.trim().is_empty() {
            lines.push(format!("{}{word}", " ".repeat(indent)));
        } else {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join("\n")
}

fn window_json(w: hanoi_convention::DateWindow) -> serde_json::Value {
    json!({ "earliest": w.earliest().to_string(), "latest": w.latest().to_string() })
}

fn counts_json(c: hanoi_convention::Counts) -> serde_json::Value {
    json!({ "certain": c.certain, "possible": c.possible })
}

fn eif_json(e: EntryIntoForce) -> serde_json::Value {
    match e {
        EntryIntoForce::NotYet { counted, missing } => {
            json!({ "state": "not_yet", "counted": counted, "missing": missing })
        }
        EntryIntoForce::On(d) => json!({ "state": "date", "date": d.to_string() }),
        EntryIntoForce::Within(w) => {
            let mut v = window_json(w);
            v["state"] = json!("window");
            v
        }
    }
}

fn envelope(kind: &str, r: &Register, body: serde_json::Value) -> String {
    let mut doc = json!({
        "schema": format!("hanoi-convention/{kind}"),
        "schema_version": export::JSON_SCHEMA_VERSION,
        "data_version": hanoi_convention::DATA_VERSION,
        "data_as_of": r.as_of().to_string(),
    });
    if let (Some(d), serde_json::Value::Object(b)) = (doc.as_object_mut(), body) {
        d.extend(b);
    }
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn status(r: &Register, day: Date, format: TextOrJson, out: &mut String) {
    let counts = r.counts_by_group(day);
    if format == TextOrJson::Json {
        let groups: Vec<_> = GroupCounts::buckets()
            .map(|g| {
                json!({
                    "group": g.map(|g| g.as_str()),
                    "signatories": counts_json(counts.signatories(g)),
                    "parties": counts_json(counts.parties(g)),
                })
            })
            .collect();
        let list = |v: Vec<(&hanoi_convention::Participant, Known)>| -> Vec<serde_json::Value> {
            v.into_iter()
                .map(|(p, k)| json!({ "code": p.code().as_str(), "name": p.name(), "certain": k == Known::Yes }))
                .collect()
        };
        let body = json!({
            "as_of": day.to_string(),
            "signatories": counts_json(counts.total_signatories()),
            "parties": counts_json(counts.total_parties()),
            "by_group": groups,
            "entry_into_force": eif_json(r.entry_into_force()),
            "in_force": format!("{:?}", r.in_force_on(day)).to_lowercase(),
            "signatory_list": list(r.signatories_on(day)),
            "party_list": list(r.parties_on(day)),
        });
        out.push_str(&envelope("status", r, body));
        return;
    }
    let _ = writeln!(
        out,
        "Status as of {day} (data as of {}, version {})",
        r.as_of(),
        hanoi_convention::DATA_VERSION
    );
    let _ = writeln!(
        out,
        "  signatories: {}    parties: {}",
        counts.total_signatories(),
        counts.total_parties()
    );
    let _ = writeln!(
        out,
        "\n  {:<34} {:>12} {:>10}",
        "regional group", "signatories", "parties"
    );
    for g in GroupCounts::buckets() {
        let name = g.map_or("no group / disputed", |g| g.as_str());
        let (s, p) = (counts.signatories(g).to_string(), counts.parties(g).to_string());
        let _ = writeln!(out, "  {name:<34} {s:>12} {p:>10}");
    }
    let _ = writeln!(out, "\n  entry into force: {}", r.entry_into_force());
    let parties: Vec<String> = r
        .parties_on(day)
        .iter()
        .map(|(p, k)| {
            format!(
                "{}{}",
                p.name(),
                if *k == Known::Yes { "" } else { " (possibly)" }
            )
        })
        .collect();
    if !parties.is_empty() {
        let _ = writeln!(out, "{}", wrap("  parties:", &parties.join(", "), 4));
    }
}

fn participant(
    r: &Register,
    query: &str,
    day: Date,
    format: TextOrJson,
    out: &mut String,
) -> Result<(), Failure> {
    let p = r.participants().find(query)?;
    let status = r.status(p.code(), day);
    let actions = r.actions_of(p.code());
    if format == TextOrJson::Json {
        let rows: Vec<_> = actions.iter().map(export::EventRow::of).collect();
        let body = json!({
            "code": p.code().as_str(),
            "name": p.name(),
            "kind": p.kind().as_str(),
            "regional_group": p.group().counted_in().map(|g| g.as_str()),
            "group_membership": p.group().as_str(),
            "aliases": p.aliases().collect::<Vec<_>>(),
            "as_of": day.to_string(),
            "status": status_json(status),
            "bound_from": r.bound_from(p.code()).map(window_json),
            "actions": rows,
        });
        out.push_str(&envelope("participant", r, body));
        return Ok(());
    }
    let _ = writeln!(out, "{} ({})", p.name(), p.code());
    let group = p
        .group()
        .counted_in()
        .map_or("no regional group".to_string(), |g| g.to_string());
    let _ = writeln!(
        out,
        "  {}; {group} ({})",
        p.kind().as_str().replace('_', " "),
        p.group().as_str()
    );
    if p.aliases().len() > 0 {
        let _ = writeln!(
            out,
            "{}",
            wrap("  also:", &p.aliases().collect::<Vec<_>>().join(", "), 4)
        );
    }
    if !p.note().is_empty() {
        let _ = writeln!(out, "{}", wrap("  note:", p.note(), 4));
    }
    let _ = writeln!(out, "  status on {day}: {status}");
    if actions.is_empty() {
        let _ = writeln!(out, "  no actions recorded");
    }
    for a in actions {
        let place = a.place().map_or(String::new(), |p| format!(" in {p}"));
        let provisions = if a.provisions().is_empty() {
            String::new()
        } else {
            format!(
                " on {}",
                a.provisions()
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let _ = writeln!(
            out,
            "  {} {}{place}{provisions} [{}]",
            a.date(),
            a.kind(),
            a.provenance().confidence()
        );
        let _ = writeln!(
            out,
            "{}",
            wrap("      source:", &a.provenance().source().replace(" ; ", " "), 8)
        );
        if !a.note().is_empty() {
            let _ = writeln!(out, "{}", wrap("      note:", a.note(), 8));
        }
    }
    Ok(())
}

fn status_json(s: Status) -> serde_json::Value {
    let w = window_json;
    match s {
        Status::NotSigned => json!({ "stage": "not_signed" }),
        Status::Signed { since } => json!({ "stage": "signed", "since": w(since) }),
        Status::Party { since, instrument } => {
            json!({ "stage": "party", "since": w(since), "instrument": instrument.as_str() })
        }
        Status::Denounced { effective } => json!({ "stage": "denounced", "effective": w(effective) }),
        Status::Unknown { known, maybe } => {
            json!({ "stage": "unknown", "known": known.as_str(), "maybe": maybe.as_str() })
        }
    }
}

fn article(
    number: Option<&str>,
    search: Option<&[String]>,
    format: TextOrJson,
    out: &mut String,
) -> Result<u8, Failure> {
    let c = convention();
    if let Some(words) = search {
        let hits = c.search(&words.join(" "));
        if format == TextOrJson::Json {
            let rows: Vec<_> = hits
                .iter()
                .map(|h| match h {
                    SearchHit::Article(a) => json!({ "kind": "article", "number": a.number().get(), "title": a.title() }),
                    SearchHit::Term(t) => json!({ "kind": "term", "article": 2, "letter": t.letter().to_string(), "term": t.term() }),
                    SearchHit::Chapter(ch) => json!({ "kind": "chapter", "chapter": ch.roman(), "title": ch.title() }),
                    _ => json!({ "kind": "other" }),
                })
                .collect();
            out.push_str(&envelope(
                "search",
                Register::embedded(),
                json!({ "query": words.join(" "), "hits": rows }),
            ));
        } else if hits.is_empty() {
            let _ = writeln!(out, "no article, chapter or term matches {:?}", words.join(" "));
        } else {
            for h in &hits {
                let line = match h {
                    SearchHit::Article(a) => format!("article {:>2}  {}", a.number(), a.title()),
                    SearchHit::Term(t) => format!("term 2({})  {}", t.letter(), t.term()),
                    SearchHit::Chapter(ch) => format!("chapter {}  {}", ch.roman(), ch.title()),
                    _ => continue,
                };
                let _ = writeln!(out, "{}", wrap("", &line, 12));
            }
        }
        return Ok(if hits.is_empty() { 1 } else { 0 });
    }
    let n: ArticleNumber =
        number
            .unwrap_or("")
            .parse()
            .map_err(|e: hanoi_convention::ArticleNumberError| Failure {
                code: 2,
                message: e.to_string(),
            })?;
    let a = c.article_by_number(n);
    let ch = a.chapter();
    let provisions: Vec<_> = c.provisions_of(n).collect();
    let budapest: Vec<_> = budapest_counterparts(n).collect();
    let terms: &[hanoi_convention::Term] = if n.get() == 2 { c.terms() } else { &[] };
    if format == TextOrJson::Json {
        let body = json!({
            "number": n.get(),
            "title": a.title(),
            "confidence": a.provenance().confidence().as_str(),
            "source": a.provenance().source(),
            "chapter": { "number": ch.roman(), "title": ch.title() },
            "terms": terms.iter().map(|t| json!({ "letter": t.letter().to_string(), "term": t.term() })).collect::<Vec<_>>(),
            "provisions": provisions.iter().map(|p| json!({
                "provision": p.reference().to_string(), "kind": p.kind().as_str(), "summary": p.summary(),
                "allows_reservation": p.kind().allows_reservation(),
            })).collect::<Vec<_>>(),
            "budapest": budapest.iter().map(|m| json!({
                "article": m.budapest_article(), "title": m.budapest_title(), "detail": m.detail(),
                "basis": m.basis(), "confidence": m.provenance().confidence().as_str(),
            })).collect::<Vec<_>>(),
        });
        out.push_str(&envelope("article", Register::embedded(), body));
        return Ok(0);
    }
    let _ = writeln!(out, "{}", wrap(&format!("Article {n}."), a.title(), 4));
    let _ = writeln!(out, "  Chapter {}: {}", ch.roman(), ch.title());
    let _ = writeln!(out, "  title confidence: {}", a.provenance().confidence());
    for t in terms {
        let _ = writeln!(out, "  ({}) {}", t.letter(), t.term());
    }
    for p in &provisions {
        let first = format!("  {} {}:", p.reference(), p.kind().as_str().replace('_', " "));
        let _ = writeln!(out, "{}", wrap(&first, p.summary(), 6));
    }
    for m in &budapest {
        let first = format!(
            "  Budapest art. {} ({}, {}):",
            m.budapest_article(),
            m.basis(),
            m.provenance().confidence()
        );
        let _ = writeln!(out, "{}", wrap(&first, m.budapest_title(), 6));
    }
    if budapest.is_empty() {
        let _ = writeln!(out, "  no Budapest Convention counterpart in the crosswalk");
    }
    Ok(0)
}

fn timeline(r: &Register, format: CsvOrJson, out: &mut String) -> Result<(), Failure> {
    #[derive(serde::Serialize)]
    struct Row {
        date: String,
        signatories_certain: u32,
        signatories_possible: u32,
        parties_certain: u32,
        parties_possible: u32,
    }
    let rows: Vec<Row> = r
        .timeline()
        .iter()
        .map(|p| Row {
            date: p.date.to_string(),
            signatories_certain: p.signatories().certain,
            signatories_possible: p.signatories().possible,
            parties_certain: p.parties().certain,
            parties_possible: p.parties().possible,
        })
        .collect();
    match format {
        CsvOrJson::Csv => out.push_str(&csv_string(&rows)?),
        CsvOrJson::Json => {
            let body = json!({ "points": serde_json::to_value(&rows).unwrap_or_default() });
            out.push_str(&envelope("timeline", r, body));
        }
    }
    Ok(())
}

fn csv_string<T: serde::Serialize>(rows: &[T]) -> Result<String, Failure> {
    let mut buf = Vec::new();
    export::write_csv(rows, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn export_view(
    r: &Register,
    view: ViewArg,
    format: CsvOrJson,
    path: Option<&PathBuf>,
    out: &mut String,
) -> Result<(), Failure> {
    let view = match view {
        ViewArg::Events => View::Events,
        ViewArg::Wide => View::Wide,
        ViewArg::Panel => View::Panel,
    };
    let text = match format {
        CsvOrJson::Json => {
            let mut s = serde_json::to_string_pretty(&export::json_document(r, view)).unwrap_or_default();
            s.push('\n');
            s
        }
        CsvOrJson::Csv => match view {
            View::Events => csv_string(&export::event_rows(r))?,
            View::Wide => csv_string(&export::wide_rows(r))?,
            View::Panel => csv_string(&export::panel_rows(r))?,
        },
    };
    match path {
        Some(p) => std::fs::write(p, text).map_err(|e| Failure {
            code: 2,
            message: format!("{}: cannot write: {e}", p.display()),
        })?,
        None => out.push_str(&text),
    }
    Ok(())
}

/// One line per problem: where, which field, which rule (and article), what.
fn problems(list: &[Violation]) -> String {
    let mut s = format!(
        "{} problem{}:",
        list.len(),
        if list.len() == 1 { "" } else { "s" }
    );
    for v in list {
        let at = v.origin().to_string();
        let full = v.to_string();
        let detail = full.strip_prefix(&format!("{at}: ")).unwrap_or(&full);
        let _ = write!(s, "\n{at}: field {}: rule {}: {detail}", v.field(), v.rule());
    }
    s
}

fn validate(files: &[PathBuf], merged: bool, out: &mut String) -> Result<u8, Failure> {
    let mut worst = 0u8;
    for path in files {
        let result = load_actions_file(path).and_then(|actions| {
            let actions = if merged {
                merge_actions(Register::embedded().actions(), actions).actions
            } else {
                actions
            };
            let as_of = today().max(hanoi_convention::DATA_AS_OF);
            Register::builder().as_of(as_of).actions(actions).build()
        });
        match result {
            Ok(r) => {
                let _ = writeln!(out, "{}: valid ({} actions)", path.display(), r.actions().len());
            }
            Err(e) => {
                let f = Failure::from(e);
                let _ = writeln!(std::io::stderr(), "{}", f.message);
                worst = worst.max(f.code);
            }
        }
    }
    Ok(worst)
}

fn eif(r: &Register, assume: &[(Code, Date)], format: TextOrJson, out: &mut String) -> Result<(), Failure> {
    let actual = r.entry_into_force();
    let what_if = if assume.is_empty() {
        None
    } else {
        Some(r.entry_into_force_if(assume)?)
    };
    if format == TextOrJson::Json {
        let body = json!({
            "entry_into_force": eif_json(actual),
            "assumed": assume.iter().map(|(c, d)| json!({ "code": c.as_str(), "date": d.to_string() })).collect::<Vec<_>>(),
            "what_if": what_if.map(eif_json),
        });
        out.push_str(&envelope("eif", r, body));
        return Ok(());
    }
    let _ = writeln!(out, "Entry into force (art. 65(1)): {actual}");
    if let Some(w) = what_if {
        let list: Vec<String> = assume.iter().map(|(c, d)| format!("{c} on {d}")).collect();
        let _ = writeln!(out, "{}", wrap("  assuming deposits by", &list.join(", "), 4));
        let _ = writeln!(out, "  then: {w}");
    }
    Ok(())
}
