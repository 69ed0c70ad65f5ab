//! Text output for reading: the same reports the JSON output serializes,
//! laid out for a terminal.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Write as _;

use hanoi_convention::export::{ArticleReport, EifReport, SearchHitRow, SearchReport, StatusReport};
use hanoi_convention::participants::{Code, Participants};
use hanoi_convention::treaty::Identity;
use hanoi_convention::validate::Violation;
use hanoi_convention::{Language, Register, participants::Participant};

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

/// Wraps `text` to [`WIDTH`] columns, every line after the first indented.
/// A word longer than a line (a URL) goes whole on a line of its own.
pub fn wrap(first: &str, text: &str, indent: usize) -> String {
    let mut lines = vec![first.to_string()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("starts with one line");
        let fits = line.chars().count() + 1 + word.chars().count() <= WIDTH;
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

pub fn status(r: &Register, s: &StatusReport, names: &Names, out: &mut String) {
    let name = names.treaty(r.treaty().identity());
    let _ = writeln!(
        out,
        "{name}: status as of {} (data as of {}, version {})",
        s.as_of,
        r.as_of(),
        r.data_version()
    );
    let _ = writeln!(out, "  signatories: {}    parties: {}", s.signatories, s.parties);
    let _ = writeln!(out, "\n  {:<34} {:>12} {:>10}", "group", "signatories", "parties");
    for g in &s.by_group {
        let (sig, par) = (g.signatories.to_string(), g.parties.to_string());
        let _ = writeln!(out, "  {:<34} {sig:>12} {par:>10}", g.group);
    }
    let _ = writeln!(out, "\n  entry into force: {}", s.entry_into_force);
    let parties: Vec<String> = s
        .party_list
        .iter()
        .map(|p| {
            let name = names.of_code(r.participants(), p.code, &p.name);
            format!("{name}{}", if p.certain { "" } else { " (possibly)" })
        })
        .collect();
    if !parties.is_empty() {
        let _ = writeln!(out, "{}", wrap("  parties:", &parties.join(", "), 4));
    }
}

pub fn participant(
    r: &Register,
    p: &Participant,
    day: hanoi_convention::Date,
    names: &Names,
    out: &mut String,
) {
    let name = names.participant(p);
    if name == p.name() {
        let _ = writeln!(out, "{name} ({})", p.code());
    } else {
        let _ = writeln!(out, "{name} ({}; {})", p.code(), p.name());
    }
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
    if let Some(status) = r.status(p.code(), day) {
        let _ = writeln!(out, "  status on {day}: {status}");
    }
    if let Some(w) = r.bound_from(p.code()) {
        let _ = writeln!(out, "  bound from: {w}");
    }
    let actions = r.actions_of(p.code());
    if actions.is_empty() {
        let _ = writeln!(out, "  no actions recorded");
    }
    for a in actions {
        let place = a.place().map_or(String::new(), |p| format!(" in {p}"));
        let provisions = if a.provisions().is_empty() {
            String::new()
        } else {
            let list: Vec<String> = a.provisions().iter().map(ToString::to_string).collect();
            format!(" on {}", list.join(", "))
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
}

pub fn article(a: &ArticleReport, out: &mut String) {
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
    if a.budapest.is_empty() {
        let _ = writeln!(out, "  no Budapest Convention counterpart in the crosswalk");
    }
}

pub fn search(s: &SearchReport, out: &mut String) {
    if s.hits.is_empty() {
        let _ = writeln!(out, "no article, chapter or term matches {:?}", s.query);
    }
    for h in &s.hits {
        let line = match h {
            SearchHitRow::Article { number, title } => format!("article {number:>2}  {title}"),
            SearchHitRow::Term { letter, term } => format!("term 2({letter})  {term}"),
            SearchHitRow::Chapter { chapter, title } => format!("chapter {chapter}  {title}"),
            _ => continue,
        };
        let _ = writeln!(out, "{}", wrap("", &line, 12));
    }
}

pub fn eif(e: &EifReport, out: &mut String) {
    let _ = writeln!(
        out,
        "Entry into force (art. {}): {}",
        e.article, e.entry_into_force
    );
    if let Some(w) = e.what_if {
        let list: Vec<String> = e
            .assumed
            .iter()
            .map(|a| format!("{} on {}", a.code, a.date))
            .collect();
        let _ = writeln!(out, "{}", wrap("  assuming deposits by", &list.join(", "), 4));
        let _ = writeln!(out, "  then: {w}");
    }
}

/// One line per problem: where, which field, which rule (and article), what.
pub fn problems(list: &[Violation]) -> String {
    let mut s = format!(
        "{} problem{}:",
        list.len(),
        if list.len() == 1 { "" } else { "s" }
    );
    for v in list {
        let _ = write!(s, "\n{v}");
    }
    s
}
