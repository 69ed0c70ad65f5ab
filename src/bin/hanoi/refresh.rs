//! `hanoi refresh`: the depositary's page downloaded, checked and stored,
//! so that every command answers from today's data; `--status` says what
//! the tool answers from; `--write-data DIR` is the maintainer's refresh of
//! the crate's own `data/`.
//!
//! A refresh that fails leaves the cache as it was: every check runs before
//! the one rename that switches pages (see `cache`).

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::io::untc::{self, PageApplied, Refresh, UntcImport};
use hanoi_convention::participants::Participants;
use hanoi_convention::{Date, Register};

use crate::Failure;
use crate::args::{Cli, Format, RefreshArgs};
use crate::cache::{Cache, Record, is_untc, sha256};
use crate::fetch::{self, Fetched, Validators};
use crate::output::put;

/// A page stored by a refresh, applied to the embedded data: what the tool
/// answers from.
pub struct Stored {
    pub record: Record,
    pub applied: PageApplied,
}

/// The treaty a refresh is for: an embedded one whose depositary is the
/// UN Secretary-General, by its reference.
fn target(cli: &Cli) -> Result<(EmbeddedTreaty, String), Failure> {
    let which = cli.treaty.embedded();
    let reference = which.treaty().identity().reference().to_string();
    if !is_untc(&reference) {
        return Err(Failure::usage(format!(
            "the {} is deposited with the {}, whose records are not UN Treaty Collection pages: \
             refresh is for the Hanoi Convention (--treaty hanoi); docs/updating.md says how the \
             Council of Europe's chart is brought in",
            which.treaty().identity().short_name(),
            which.treaty().identity().depositary()
        )));
    }
    Ok((which, reference))
}

/// The stored page of `which` applied to its embedded data, if a refresh
/// stored one.
pub fn stored(which: EmbeddedTreaty) -> Result<Option<Stored>, Failure> {
    let reference = which.treaty().identity().reference();
    if !is_untc(reference) {
        return Ok(None);
    }
    let Some(cache) = Cache::of(reference) else {
        return Ok(None);
    };
    let Some((record, page)) = cache.current()? else {
        return Ok(None);
    };
    let base = which.register();
    let file = cache.dir().join("current.json").display().to_string();
    let import = untc::from_bytes(&file, &page, base.participants(), Some(record.status_date))?;
    let applied = PageApplied::new(base, &import, record.status_date)?;
    Ok(Some(Stored { record, applied }))
}

/// `hanoi refresh`.
pub fn run(cli: &Cli, args: &RefreshArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    if let Some(data) = &cli.data {
        return Err(Failure::usage(format!(
            "refresh stores the depositary's page; --data {} applies a file to the answers of the other \
             commands (`hanoi --data FILE status`), after the stored page",
            data.display()
        )));
    }
    if let Some(path) = &cli.treaty_page {
        return run_page(cli, path, args, out);
    }
    let (which, reference) = target(cli)?;
    let cache = Cache::of(&reference).ok_or_else(|| {
        Failure::usage(
            "no data directory on this system: set HANOI_DATA_DIR to a folder for the stored pages".into(),
        )
    })?;
    if args.status {
        return status(which, &cache, args.format, out);
    }
    // A damaged cache must not stop the refresh that repairs it.
    let stored = if args.write_data.is_some() {
        None
    } else {
        cache.current().unwrap_or_else(|f| {
            eprintln!("hanoi: note: {}", f.message);
            None
        })
    };
    let base = which.register();
    let Some(Checked { import, record, body }) =
        fetch_checked(cli, args, &reference, base.participants(), stored.as_ref())?
    else {
        return unchanged(&cache, stored, args.format, out);
    };
    let (day, from) = (record.status_date, record.from.clone());
    let applied = PageApplied::new(base, &import, day).map_err(|e| {
        let f = Failure::from(e);
        Failure::not_found(format!(
            "{from}: the data with this page applied break the treaty's rules; nothing stored:\n{}",
            f.message
        ))
    })?;
    if let Some(dir) = &args.write_data {
        return crate::maintain::write_data(dir, &import, day, base, out);
    }
    cache.store(&record, &body)?;
    report(&cache, &record, &applied, base, args.format, out)?;
    Ok(0)
}

/// `hanoi --page FILE refresh`: the page of FILE's treaty fetched from the
/// address it belongs at, checked against FILE and the page stored before,
/// and stored; `--page REFERENCE` then answers from it.
fn run_page(cli: &Cli, path: &Path, args: &RefreshArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    if args.status || args.write_data.is_some() {
        return Err(Failure::usage(
            "--status and --write-data are for the embedded treaties; with --page, `hanoi --page REFERENCE status` \
             answers from the stored page"
                .into(),
        ));
    }
    // What FILE leaves out is noted for the page fetched in its place.
    let base = crate::page::page_register_noting(path, false)?;
    let reference = base.treaty().identity().reference().to_string();
    let cache = Cache::of(&reference)
        .ok_or_else(|| Failure::usage("no data directory on this system: set HANOI_DATA_DIR".into()))?;
    let stored = cache.current().unwrap_or_else(|f| {
        eprintln!("hanoi: note: {}", f.message);
        None
    });
    let Some(Checked { import, record, body }) =
        fetch_checked(cli, args, &reference, base.participants(), stored.as_ref())?
    else {
        return unchanged(&cache, stored, args.format, out);
    };
    let from = record.from.clone();
    let register = crate::page::register_of(&import, &from)?;
    let refresh = Refresh::of(base.actions(), &import.actions);
    cache.store(&record, &body)?;
    let mut text = format!(
        "stored {} ({} bytes) in {}\n",
        from,
        body.len(),
        cache.dir().display()
    );
    text.push_str(&crate::page::diff_lines(
        &base,
        &crate::page::page_version(&import),
        &refresh,
    ));
    let on = register.on(register.as_of());
    let _ = writeln!(
        text,
        "now: {} signatories, {} parties (data {}); `hanoi --page {reference} ...` answers from it",
        on.signatories().count(),
        on.parties().count(),
        register.data_version()
    );
    put(out, &text)?;
    Ok(0)
}

/// A page fetched and checked, with the record to store beside it.
struct Checked {
    import: UntcImport,
    record: Record,
    body: Vec<u8>,
}

/// The page of `reference` from `--from` or its own address, checked (the
/// treaty asked, its counts, not older than `stored`), or `None` when the
/// server says, or the bytes show, that it is the page stored.
fn fetch_checked(
    cli: &Cli,
    args: &RefreshArgs,
    reference: &str,
    participants: &Participants,
    stored: Option<&(Record, Vec<u8>)>,
) -> Result<Option<Checked>, Failure> {
    let url = untc::page_url(reference);
    let from = args.from.clone().unwrap_or_else(|| url.clone());
    let (body, fetched_at, etag, last_modified) = match obtain(&from, stored, args)? {
        Obtained::Unchanged => return Ok(None),
        Obtained::Page(b, t, e, l) => (b, t, e, l),
    };
    // A server that ignores the validators sends the same page again.
    if !args.force && stored.is_some_and(|(r, _)| r.sha256 == sha256(&body)) {
        return Ok(None);
    }
    let day = cli.as_of.unwrap_or_else(|| utc_day(fetched_at));
    let import = checked_import(&from, &body, participants, day, reference)?;
    if let Some((record, page)) = stored.filter(|_| !args.force) {
        not_older(&from, &import, record, page, participants)?;
    }
    let record = record_of(
        reference,
        url,
        &from,
        (fetched_at, etag, last_modified),
        day,
        &body,
    );
    Ok(Some(Checked { import, record, body }))
}

/// The record of a page fetched from `from` at `fetched` (with the
/// server's validators), describing `day`.
fn record_of(
    reference: &str,
    url: String,
    from: &str,
    (fetched_at, etag, last_modified): (jiff::Timestamp, Option<String>, Option<String>),
    day: Date,
    body: &[u8],
) -> Record {
    Record {
        schema: 1,
        reference: reference.to_string(),
        url,
        from: from.to_string(),
        fetched_at,
        checked_at: fetched_at,
        status_date: day,
        etag,
        last_modified,
        sha256: sha256(body),
        bytes: body.len() as u64,
    }
}

enum Obtained {
    Unchanged,
    Page(Vec<u8>, jiff::Timestamp, Option<String>, Option<String>),
}

/// The page's bytes, from an address or a file.
fn obtain(from: &str, stored: Option<&(Record, Vec<u8>)>, args: &RefreshArgs) -> Result<Obtained, Failure> {
    if from.starts_with("http://") || from.starts_with("https://") {
        // The stored page's validators, unless it came from elsewhere.
        let validators = match stored {
            Some((r, _)) if r.from == from && !args.force => Validators {
                etag: r.etag.clone(),
                last_modified: r.last_modified.clone(),
            },
            _ => Validators::default(),
        };
        let timeout = Duration::from_secs(args.timeout.max(1));
        return match fetch::get(from, &validators, timeout)? {
            Fetched::NotModified => Ok(Obtained::Unchanged),
            Fetched::Page {
                body,
                etag,
                last_modified,
            } => {
                fetch::check_body(from, &body)?;
                Ok(Obtained::Page(body, now(), etag, last_modified))
            }
        };
    }
    let path = Path::new(from);
    let body = std::fs::read(path).map_err(|e| Failure::unreadable(path, &e))?;
    fetch::check_body(from, &body)?;
    // A page downloaded by hand was fetched when the file was written.
    let written = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
        .map_or_else(now, |t| jiff::Timestamp::from_second(t.as_second()).unwrap_or(t));
    Ok(Obtained::Page(body, written, None, None))
}

/// Now, to the second.
fn now() -> jiff::Timestamp {
    let t = jiff::Timestamp::now();
    jiff::Timestamp::from_second(t.as_second()).unwrap_or(t)
}

/// A moment as outputs print it: to the second, in UTC.
pub fn when(t: jiff::Timestamp) -> String {
    jiff::Timestamp::from_second(t.as_second()).map_or_else(|_| t.to_string(), |t| t.to_string())
}

fn utc_day(t: jiff::Timestamp) -> Date {
    jiff::tz::Offset::UTC.to_datetime(t).date()
}

/// The page imported and checked: the treaty asked for, and a header whose
/// counts its table bears out.
fn checked_import(
    from: &str,
    body: &[u8],
    participants: &Participants,
    day: Date,
    reference: &str,
) -> Result<UntcImport, Failure> {
    let import = untc::from_bytes(from, body, participants, Some(day)).map_err(|e| {
        Failure::not_found(format!(
            "{e}; the body may be truncated: nothing stored, the data stored before are unchanged"
        ))
    })?;
    if import.page.reference != reference {
        let what = if import.page.reference.is_empty() {
            "a page that names no treaty".to_string()
        } else {
            format!("the page of {}", import.page.reference)
        };
        return Err(Failure::not_found(format!(
            "{from}: {what}, not of {reference}: nothing stored"
        )));
    }
    let counts = import.count_check();
    if !counts.agrees() {
        return Err(Failure::not_found(format!(
            "{from}: the page's header and table disagree ({}): a page being updated or damaged; \
             nothing stored, try again later",
            counts.mismatches().join("; ")
        )));
    }
    for u in &import.unmatched {
        eprintln!(
            "hanoi: note: {from}:{}: {:?} matches no participant; its {} dated cell(s) were not imported",
            u.line, u.name, u.dated_cells
        );
    }
    Ok(import)
}

/// Refuses a page that drops a dated act the stored page has: an older
/// copy (a mirror or a cache behind the server), never taken without
/// `--force`.
fn not_older(
    from: &str,
    import: &UntcImport,
    record: &Record,
    page: &[u8],
    participants: &Participants,
) -> Result<(), Failure> {
    let Ok(before) = untc::from_bytes("stored", page, participants, Some(record.status_date)) else {
        return Ok(());
    };
    let dropped = Refresh::of(&before.actions, &import.actions).not_on_page;
    if dropped.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = dropped
        .iter()
        .take(5)
        .map(|a| format!("{} {} {}", a.participant(), a.kind(), a.date()))
        .collect();
    Err(Failure::not_found(format!(
        "{from}: the page lacks {} dated act(s) the page stored on {} has ({}): it is older; \
         nothing stored (--force stores it anyway)",
        dropped.len(),
        record.fetched_at,
        list.join(", ")
    )))
}

fn unchanged(
    cache: &Cache,
    stored: Option<(Record, Vec<u8>)>,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let Some((mut record, _)) = stored else {
        return Err(Failure::not_found(
            "the server says the page is unchanged, but none is stored: try --force".into(),
        ));
    };
    record.checked_at = now();
    cache.write_record(&record)?;
    if format == Format::Json {
        let doc = serde_json::json!({ "changed": false, "stored": record });
        return write_json(out, &doc).map(|()| 0);
    }
    put(
        out,
        &format!(
            "{}: unchanged since it was fetched at {} (checked {}); the tool answers from it\n",
            record.url, record.fetched_at, record.checked_at
        ),
    )?;
    Ok(0)
}

fn write_json(out: &mut dyn Write, doc: &serde_json::Value) -> Result<(), Failure> {
    serde_json::to_writer_pretty(&mut *out, doc).map_err(|e| Failure::writing(&e.into()))?;
    put(out, "\n")
}

/// What a refresh stored and changed, and the new counts.
fn report(
    cache: &Cache,
    record: &Record,
    applied: &PageApplied,
    base: &Register,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let r = applied.register();
    let on = r.on(r.as_of());
    let (signatories, parties) = (on.signatories().count(), on.parties().count());
    if format == Format::Json {
        let doc = serde_json::json!({
            "changed": true,
            "stored": record,
            "data_version": r.data_version(),
            "as_of": r.as_of(),
            "changes": applied.refresh(),
            "message": applied.refresh().change_message(r.participants()),
            "signatories": signatories,
            "parties": parties,
        });
        return write_json(out, &doc);
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "stored {} ({} bytes, fetched {}) in {}",
        record.from,
        record.bytes,
        record.fetched_at,
        cache.dir().display()
    );
    text.push_str(&crate::page::diff_lines(
        base,
        applied.page_version(),
        applied.refresh(),
    ));
    let _ = writeln!(
        text,
        "now: {} signatories, {} parties (data {}, as of {}); every command answers from it, --embedded from the crate's own data",
        signatories,
        parties,
        r.data_version(),
        r.as_of()
    );
    put(out, &text)
}

/// `hanoi refresh --status`: what the tool answers from.
fn status(which: EmbeddedTreaty, cache: &Cache, format: Format, out: &mut dyn Write) -> Result<u8, Failure> {
    let stored = stored(which)?;
    let previous = cache.previous().ok().flatten().map(|(r, _)| r);
    if format == Format::Json {
        let doc = match &stored {
            None => serde_json::json!({
                "answers_from": "embedded",
                "data_version": which.dataset().version(),
                "as_of": which.dataset().as_of(),
                "cache": cache.dir(),
            }),
            Some(s) => serde_json::json!({
                "answers_from": "stored_page",
                "data_version": s.applied.register().data_version(),
                "as_of": s.applied.register().as_of(),
                "cache": cache.dir(),
                "stored": s.record,
                "previous": previous,
                "changes": s.applied.refresh(),
            }),
        };
        return write_json(out, &doc).map(|()| 0);
    }
    let mut text = String::new();
    match &stored {
        None => {
            let _ = writeln!(
                text,
                "{}: the tool answers from the crate's embedded data (version {}, as of {}, {} days before today); \
                 no page stored in {}: `hanoi refresh` brings the depositary's page in",
                which.treaty().identity().short_name(),
                which.dataset().version(),
                which.dataset().as_of(),
                (utc_day(now()) - which.dataset().as_of()).get_days(),
                cache.dir().display()
            );
        }
        Some(s) => {
            let r = s.applied.register();
            let _ = writeln!(
                text,
                "{}: the tool answers from the embedded data ({}) with the depositary's page applied: data {}, as of {}",
                which.treaty().identity().short_name(),
                which.dataset().version(),
                r.data_version(),
                r.as_of()
            );
            let _ = writeln!(
                text,
                "  page: {} fetched {} from {} (checked {}), {} bytes, sha256 {}",
                s.record.url,
                s.record.fetched_at,
                s.record.from,
                s.record.checked_at,
                s.record.bytes,
                s.record.sha256
            );
            if let Some(p) = &previous {
                let _ = writeln!(text, "  previous page: fetched {} (kept beside it)", p.fetched_at);
            }
            let lines =
                crate::page::diff_lines(which.register(), s.applied.page_version(), s.applied.refresh());
            let brief: Vec<&str> = lines
                .lines()
                .filter(|l| !l.starts_with("  not on page"))
                .collect();
            let _ = writeln!(text, "{}", brief.join("\n"));
            if !s.applied.refresh().not_on_page.is_empty() {
                let _ = writeln!(
                    text,
                    "  ({} row(s) of the embedded data are not on the page; they are kept: --format json lists them)",
                    s.applied.refresh().not_on_page.len()
                );
            }
            let _ = writeln!(text, "  --embedded answers from the crate's own data alone");
        }
    }
    put(out, &text)?;
    Ok(0)
}
