//! Text output for reading: the same reports the JSON output serializes,
//! laid out for a terminal. Columns are padded by display width (a Chinese
//! character takes two columns), and lists are sorted by name, case and
//! diacritics folded.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Write as _;

use hanoi_convention::__private::{
    ArticleReport, Caveat, EifReport, ParticipantReport, SearchHitRow, SearchReport, StatusReport,
    ValidationReports,
};
use hanoi_convention::participants::{Code, Participant, Participants, collation_key};
use hanoi_convention::problem::Problems;
use hanoi_convention::register::Outcome;
use hanoi_convention::treaty::Identity;
use hanoi_convention::{Answer, EntryIntoForce, Language, Register};
use unicode_width::UnicodeWidthStr;

/// Names in the language of `--lang`, with English where none is
/// recorded; the names shown in English are listed once, at the end.
pub struct Names {
    language: Language,
    in_english: RefCell<BTreeSet<String>>,
}

impl Names {
    pub fn new(language: Language) -> Names {
        Names {
            language,
            in_english: RefCell::new(BTreeSet::new()),
        }
    }

    /// The language of `--lang`.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A participant's name in the language, or its English name.
    pub fn participant(&self, p: &Participant) -> String {
        match p.name_in(self.language) {
            Some(name) => name.to_string(),
            None => {
                self.in_english.borrow_mut().insert(p.name().to_string());
                p.name().to_string()
            }
        }
    }

    /// The name of the participant with `code`, or `english` when the list
    /// does not hold it.
    pub fn of_code(&self, list: &Participants, code: Code, english: &str) -> String {
        list.get(code)
            .map_or_else(|| english.to_string(), |p| self.participant(p))
    }

    /// The treaty's name for a heading: its short name in English, its
    /// title in another language where a source gives one.
    pub fn treaty(&self, id: &Identity) -> String {
        if self.language == Language::En {
            return id.short_name().to_string();
        }
        match id.title_in(self.language) {
            Some(title) => title.to_string(),
            None => {
                self.in_english.borrow_mut().insert(id.short_name().to_string());
                id.short_name().to_string()
            }
        }
    }

    /// One line naming what was shown in English, if anything was.
    pub fn footer(&self, out: &mut String) {
        let shown = self.in_english.borrow();
        if !shown.is_empty() {
            let list: Vec<&str> = shown.iter().map(String::as_str).collect();
            let first = format!(
                "(no {} name recorded, shown in English:",
                self.language.english_name()
            );
            let _ = writeln!(out, "\n{})", wrap(&first, &list.join(", "), 4));
        }
    }
}

/// Text output is wrapped to this many columns.
const WIDTH: usize = 100;

/// `text` padded with spaces to `width` display columns.
pub fn pad(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// `text` right-aligned in `width` display columns.
pub fn pad_left(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    format!("{}{text}", " ".repeat(width.saturating_sub(w)))
}

/// Wraps `text` to [`WIDTH`] display columns, every line after the first
/// indented. A word longer than a line (a URL) goes whole on a line of its own.
pub fn wrap(first: &str, text: &str, indent: usize) -> String {
    let mut lines = vec![first.to_string()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("starts with one line");
        let fits = line.width() + 1 + word.width() <= WIDTH;
        if !fits && !line.trim().is_empty() {
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

/// Names sorted as a reader expects: case and diacritics folded.
fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort_by_cached_key(|n| (collation_key(n), n.clone()));
    names
}

/// The caveats, as notes at the end of a text answer.
fn caveats(list: &[Caveat], out: &mut String) {
    for c in list {
        let _ = writeln!(out, "\n{}", wrap("note:", &c.message, 6));
    }
}

/// The caveats of an answer whose format has no room for them (CSV, SVG).
pub fn caveats_to_stderr(list: &[Caveat]) {
    for c in list {
        eprintln!("hanoi: note: {}", c.message);
    }
}

/// Whether the treaty was in force on the day asked, in words: said apart
/// from the day it entered into force, which may lie after the day.
fn in_force_words(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Unknown => "unknown (the deciding day is known only to a window)",
    }
}

/// Whether the treaty was in force on `day`, from its entry into force as
/// it stood that day.
fn in_force_on(e: &EntryIntoForce, day: hanoi_convention::Date) -> Answer {
    match e {
        // The deciding deposit lies in a window: in force only if it fell early.
        EntryIntoForce::Unknown { window, .. } if window.earliest() > day => Answer::No,
        EntryIntoForce::Unknown { .. } => Answer::Unknown,
        other => other.window().map_or(Answer::No, |w| w.happened_by(day)),
    }
}

pub fn status(r: &Register, s: &StatusReport, names: &Names) -> String {
    let mut out = String::new();
    let name = names.treaty(r.treaty().identity());
    let _ = writeln!(
        out,
        "{name}: status as of {} (data as of {}, version {})",
        s.as_of,
        r.as_of(),
        r.data_version()
    );
    let _ = writeln!(out, "  signatories: {}    parties: {}", s.signatories, s.parties);
    let _ = writeln!(
        out,
        "\n  {} {:>12} {:>10}",
        pad("group", 40),
        "signatories",
        "parties"
    );
    for g in &s.by_group {
        let (sig, par) = (g.signatories.to_string(), g.parties.to_string());
        let _ = writeln!(out, "  {} {sig:>12} {par:>10}", pad(&g.label, 40));
    }
    let _ = writeln!(out, "\n  entry into force: {}", s.entry_into_force);
    let _ = writeln!(out, "  in force on {}: {}", s.as_of, in_force_words(s.in_force));
    let parties: Vec<String> = s
        .party_list
        .iter()
        .map(|p| {
            let name = names.of_code(r.participants(), p.code, &p.name);
            format!("{name}{}", if p.certain { "" } else { " (possibly)" })
        })
        .collect();
    if !parties.is_empty() {
        let _ = writeln!(out, "{}", wrap("  parties:", &sorted(parties).join(", "), 4));
    }
    caveats(&s.caveats, &mut out);
    out
}

pub fn participant(report: &ParticipantReport, p: &Participant, names: &Names, version: &str) -> String {
    let mut out = String::new();
    let name = names.participant(p);
    if name == report.name {
        let _ = writeln!(out, "{name} ({})", report.code);
    } else {
        let _ = writeln!(out, "{name} ({}; {})", report.code, report.name);
    }
    let group = report.regional_group.as_deref().unwrap_or("no regional group");
    let member = report
        .member_of
        .map_or(String::new(), |org| format!("; member State of {org}"));
    let _ = writeln!(
        out,
        "  {}; UN regional group: {group} ({}){member}",
        p.kind().as_str().replace('_', " "),
        report.group_membership
    );
    // The name itself is no alias.
    let aliases: Vec<&str> = report
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|a| *a != report.name)
        .collect();
    if !aliases.is_empty() {
        let _ = writeln!(out, "{}", wrap("  also:", &aliases.join(", "), 4));
    }
    use hanoi_convention::{__private::CodeValue, participants::CodeSystem};
    let codes: Vec<String> = CodeSystem::ALL
        .iter()
        .filter_map(|s| {
            let value = match report.codes.get(s.column())? {
                // ISO 3166-1 numeric and M49 are written with three digits.
                CodeValue::Number(n) if matches!(s, CodeSystem::IsoNumeric | CodeSystem::M49) => {
                    format!("{n:03}")
                }
                v => v.to_string(),
            };
            Some(format!("{} {value}", s.name()))
        })
        .collect();
    if !codes.is_empty() {
        let _ = writeln!(out, "{}", wrap("  codes:", &codes.join(", "), 4));
    }
    if !report.note.is_empty() {
        let _ = writeln!(out, "{}", wrap("  note:", &report.note, 4));
    }
    let head = format!(
        "  status under the {} on {} (data {version}):",
        report.treaty, report.as_of
    );
    let _ = writeln!(out, "{}", wrap(&head, &report.status.to_string(), 4));
    if let Some(w) = report.bound_from {
        let _ = writeln!(out, "  bound from: {w}");
    }
    if report.actions.is_empty() {
        let _ = writeln!(out, "  no actions recorded");
    }
    for a in &report.actions {
        let date = if a.date_from == a.date_to {
            a.date_from.clone()
        } else {
            format!("{}..{}", a.date_from, a.date_to)
        };
        let place = if a.place.is_empty() {
            String::new()
        } else {
            format!(" in {}", a.place)
        };
        let provisions = if a.provisions.is_empty() {
            String::new()
        } else {
            format!(" on {}", a.provisions.replace(';', ", "))
        };
        let kind = a.action.replace('_', " ");
        let _ = writeln!(out, "  {date} {kind}{place}{provisions} [{}]", a.confidence);
        // Each source on its own line: its address alone (a terminal links it), then the rest.
        for part in hanoi_convention::SourcePart::split(&a.source) {
            let text = match (part.url, part.description.is_empty()) {
                (Some(url), false) => format!("{url} ({})", part.description),
                (Some(url), true) => url.to_string(),
                (None, _) => part.description.clone(),
            };
            let copy = part
                .stored_copy
                .map(|c| format!(" [stored copy: {c}]"))
                .unwrap_or_default();
            let _ = writeln!(out, "{}", wrap("      source:", &format!("{text}{copy}"), 8));
        }
        if !a.note.is_empty() {
            let _ = writeln!(out, "{}", wrap("      note:", &a.note, 8));
        }
    }
    caveats(&report.caveats, &mut out);
    out
}

pub fn article(a: &ArticleReport, has_crosswalk: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", wrap(&format!("Article {}.", a.number), &a.title, 4));
    let _ = writeln!(out, "  Chapter {}: {}", a.chapter.number, a.chapter.title);
    let _ = writeln!(out, "  title confidence: {}", a.confidence);
    for t in &a.terms {
        let _ = writeln!(out, "  ({}) {}", t.letter, t.term);
    }
    for p in &a.provisions {
        let first = format!("  {} {}:", p.provision, p.kind.as_str().replace('_', " "));
        let _ = writeln!(out, "{}", wrap(&first, &p.summary, 6));
    }
    for m in &a.budapest {
        let first = format!("  Budapest art. {} ({}, {}):", m.article, m.basis, m.confidence);
        let _ = writeln!(out, "{}", wrap(&first, &m.title, 6));
    }
    if has_crosswalk && a.budapest.is_empty() {
        let _ = writeln!(out, "  no Budapest Convention counterpart in the crosswalk");
    }
    out
}

pub fn search(s: &SearchReport) -> String {
    let mut out = String::new();
    if s.hits.is_empty() {
        let _ = writeln!(out, "no article, chapter or term matches {:?}", s.query);
    }
    for h in &s.hits {
        let line = match h {
            SearchHitRow::Article { number, title } => format!("article {number:>2}  {title}"),
            SearchHitRow::Term { reference, term, .. } => format!("term {reference}  {term}"),
            SearchHitRow::Chapter { chapter, title } => format!("chapter {chapter}  {title}"),
            _ => continue,
        };
        let _ = writeln!(out, "{}", wrap("", &line, 12));
    }
    out
}

pub fn eif(e: &EifReport, names: &Names, list: &Participants) -> String {
    let mut out = String::new();
    // A treaty read from a page may cite no article for its rule.
    let art = if e.article.is_empty() {
        String::new()
    } else {
        format!(", art. {}", e.article)
    };
    let first = format!("Entry into force ({}{art}) as of {}:", e.treaty, e.as_of);
    let _ = writeln!(out, "{}", wrap(&first, &e.entry_into_force.to_string(), 4));
    let answer = in_force_on(&e.entry_into_force, e.as_of);
    let _ = writeln!(out, "  in force on {}: {}", e.as_of, in_force_words(answer));
    let _ = writeln!(out, "{}", wrap("  rule:", &e.rule, 4));
    if let Some(w) = &e.what_if {
        let _ = writeln!(out, "\n  assuming:");
        for a in &w.assumed {
            let name = names.of_code(list, a.code, a.code.as_str());
            let first = format!("    {} ({name}) {} on {}:", a.code, a.instrument, a.date);
            let outcome = match &a.outcome {
                Outcome::Counted => "counted".to_string(),
                Outcome::NotCounted { reason } => format!("not counted: {reason}"),
                Outcome::Rejected { problems } => format!("rejected: {}", joined(problems)),
                _ => "another outcome".to_string(),
            };
            let _ = writeln!(out, "{}", wrap(&first, &outcome, 8));
            for n in &a.notes {
                let _ = writeln!(out, "{}", wrap("      note:", n, 8));
            }
        }
        let then = format!(
            "{} (the data of {} with the assumptions counted)",
            w.then, w.as_of
        );
        let _ = writeln!(out, "{}", wrap("  then:", &then, 4));
    }
    caveats(&e.caveats, &mut out);
    out
}

/// The outcome of validating files: a line a valid file, every problem of
/// the others.
pub fn validation(reports: &ValidationReports) -> String {
    let mut out = String::new();
    let merged = if reports.merged {
        format!(
            " merged over its data ({})",
            reports.merged_over.as_deref().unwrap_or_default()
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "checked against the {}{merged}, as of {}:",
        reports.treaty, reports.as_of
    );
    for f in &reports.files {
        if f.valid {
            let _ = writeln!(out, "{}: valid ({} actions)", f.file, f.actions);
            continue;
        }
        let n = f.problems.len();
        let _ = write!(out, "{}: {n} problem{}", f.file, if n == 1 { "" } else { "s" });
        if !f.unread.is_empty() {
            let _ = write!(
                out,
                " ({} record(s) could not be read; the rules were checked on the other {})",
                f.unread.len(),
                f.actions
            );
        }
        let _ = writeln!(out, ":");
        for p in &f.problems {
            let article = p
                .article
                .as_ref()
                .map_or(String::new(), |a| match a.chars().next() {
                    Some(c) if c.is_ascii_digit() => format!(" (art. {a})"),
                    _ => format!(" ({a})"),
                });
            let _ = writeln!(
                out,
                "  {}: field `{}`: rule {}{article}: {}",
                p.origin, p.field, p.rule, p.detail
            );
        }
    }
    out
}

/// One line per problem: where, which field, which rule (and article), what.
pub fn problems(list: &Problems) -> String {
    let mut s = format!("{}:", list.to_string().lines().next().unwrap_or("problems"));
    for v in list {
        let _ = write!(s, "\n{v}");
    }
    s
}

/// Problems in words, one after another.
fn joined(problems: &[hanoi_convention::Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}
