//! Reading a treaty from files in the layout of `data/`: its identity
//! (`convention.tsv`), final provisions (`final_provisions.tsv`), text
//! (`chapters.tsv`, `articles.tsv`, `terms.tsv`, `provisions.tsv`) and
//! participants (`participants.tsv`, `participant_names.tsv`): from text
//! ([`from_files`]) or from a folder ([`from_path`]).
//!
//! - this file: [`TreatyFiles`], the identity and the text.
//! - `provisions`: the final provisions, one parser per clause.

mod provisions;

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

pub use provisions::final_provisions_from_str;

use crate::base::origin::Origin;
use crate::base::provenance::Str;
use crate::error::Error;
use crate::io::table::{Columns, Record, Row, provenance, read_all};
use crate::problem::Problem;
use crate::treaty::{
    Article, Chapter, Fact, Identity, Part, Provision, Term, Treaty, TreatyText, adoption_date, parse_roman,
};

/// A file's name and its content.
type NamedText<'a> = (&'a str, &'a str);

/// The files a treaty is read from, each as (name, content), in the layout
/// of the crate's `data/` directory. The text's four files are optional
/// together: a treaty known only by its final provisions has no recorded
/// text.
///
/// ```
/// use hanoi_convention::io::treaty::TreatyFiles;
///
/// let identity = "key\tvalue\tconfidence\tsource\nadopted_on\t2020-01-01\thigh\tx\n";
/// let files = TreatyFiles::new(("convention.tsv", identity), ("final_provisions.tsv", ""), ("participants.tsv", ""));
/// assert_eq!(files.identity().0, "convention.tsv");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TreatyFiles<'a> {
    identity: NamedText<'a>,
    final_provisions: NamedText<'a>,
    text: Option<[NamedText<'a>; 4]>,
    participants: NamedText<'a>,
    participant_names: [Option<NamedText<'a>>; 2],
    participant_codes: Option<NamedText<'a>>,
}

impl<'a> TreatyFiles<'a> {
    /// The identity facts (key, value, confidence, source), the final
    /// provisions (key, value, article, confidence, source) and the
    /// participants (the columns of `data/participants.tsv`).
    pub fn new(
        identity: NamedText<'a>,
        final_provisions: NamedText<'a>,
        participants: NamedText<'a>,
    ) -> TreatyFiles<'a> {
        TreatyFiles {
            identity,
            final_provisions,
            text: None,
            participants,
            participant_names: [None, None],
            participant_codes: None,
        }
    }

    /// The text: chapters (chapter, title, first_article, last_article,
    /// confidence, source), articles (number, chapter, title, confidence,
    /// source), terms (article, letter, term, note, confidence, source) and
    /// classified provisions (provision, kind, summary, confidence, source).
    #[must_use]
    pub fn with_text(
        mut self,
        chapters: NamedText<'a>,
        articles: NamedText<'a>,
        terms: NamedText<'a>,
        provisions: NamedText<'a>,
    ) -> TreatyFiles<'a> {
        self.text = Some([chapters, articles, terms, provisions]);
        self
    }

    /// The participants' names in other languages (the columns of
    /// `data/participant_names.tsv`); a second call adds a second file
    /// (e.g. the UN's formal names, `data/participant_un_names.tsv`).
    #[must_use]
    pub fn with_participant_names(mut self, names: NamedText<'a>) -> TreatyFiles<'a> {
        let slot = if self.participant_names[0].is_none() { 0 } else { 1 };
        self.participant_names[slot] = Some(names);
        self
    }

    /// The participants' codes in other systems (the columns of
    /// `data/participant_codes.tsv`).
    #[must_use]
    pub fn with_participant_codes(mut self, codes: NamedText<'a>) -> TreatyFiles<'a> {
        self.participant_codes = Some(codes);
        self
    }

    /// The identity file.
    pub fn identity(&self) -> NamedText<'a> {
        self.identity
    }
}

static FACT_COLUMNS: Columns = Columns {
    all: &["key", "value", "confidence", "source"],
    required: &["key", "value", "confidence", "source"],
};
/// Every column of a chapters file is required.
const CHAPTER_FIELDS: &[&str] = &[
    "chapter",
    "title",
    "first_article",
    "last_article",
    "confidence",
    "source",
];
static CHAPTER_COLUMNS: Columns = Columns {
    all: CHAPTER_FIELDS,
    required: CHAPTER_FIELDS,
};
static ARTICLE_COLUMNS: Columns = Columns {
    all: &["number", "chapter", "title", "confidence", "source"],
    required: &["number", "chapter", "title", "confidence", "source"],
};
static TERM_COLUMNS: Columns = Columns {
    all: &["article", "letter", "term", "note", "confidence", "source"],
    required: &["article", "letter", "term", "confidence", "source"],
};
static PROVISION_COLUMNS: Columns = Columns {
    all: &["provision", "kind", "summary", "confidence", "source"],
    required: &["provision", "kind", "summary", "confidence", "source"],
};

fn owned(s: &str) -> Str {
    Cow::Owned(s.to_string())
}

fn clean_title(row: &Row<'_, '_>, column: &'static str) -> Result<String, Problem> {
    let t = row.required(column, "a title")?;
    // Scraped titles sometimes carry footnote markers or stray characters.
    let debris = t.chars().any(|c| c.is_control() || c == '[' || c == ']');
    if debris || t != t.trim() {
        return Err(row.problem(
            column,
            "a title without control characters, footnote markers or outer spaces",
        ));
    }
    Ok(t.to_string())
}

fn roman_chapter(row: &Row<'_, '_>, column: &'static str) -> Result<u8, Problem> {
    parse_roman(row.get(column))
        .ok_or_else(|| row.problem(column, "a chapter number in Roman numerals, e.g. IX"))
}

/// Reads a treaty's identity, text, participants and final provisions, and
/// checks them together.
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) with every problem of a file's rows; of
/// kind [`Format`](crate::ErrorKind::Format) naming the file and the rule broken.
pub fn from_files(files: &TreatyFiles<'_>) -> Result<Treaty, Error> {
    let identity = identity_from_str(files.identity.0, files.identity.1)?;
    let text = match &files.text {
        Some([chapters, articles, terms, provisions]) => {
            text_from_files(*chapters, *articles, *terms, *provisions)?
        }
        None => TreatyText::new(vec![], vec![], vec![], vec![])?,
    };
    let mut participants = crate::io::participants::from_str(files.participants.0, files.participants.1)?;
    for (file, text) in files.participant_names.iter().flatten() {
        participants = crate::io::participants::with_names_from_str(&participants, file, text)?;
    }
    if let Some((file, text)) = files.participant_codes {
        participants = crate::io::participants::with_codes_from_str(&participants, file, text)?;
    }
    let (rules, grouping) = final_provisions_from_str(files.final_provisions.0, files.final_provisions.1)?;
    Treaty::new(identity, text, Arc::new(participants), grouping, rules).map_err(|e| match e.inner() {
        crate::error::Inner::Treaty(message) => {
            Error::treaty(format!("{}: {message}", files.final_provisions.0))
        }
        _ => e,
    })
}

/// Reads a treaty from a folder in the layout of the crate's `data/`
/// folders (`convention.tsv`, `final_provisions.tsv`, `participants.tsv`,
/// and, where present, `chapters.tsv`, `articles.tsv`, `terms.tsv`,
/// `provisions.tsv`, `participant_names.tsv` and `participant_codes.tsv`).
///
/// # Errors
///
/// An error of kind [`Io`](crate::ErrorKind::Io) when a file cannot be read, and the errors of
/// [`from_files`].
///
/// ```
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/budapest");
/// let budapest = hanoi_convention::io::treaty::from_path(dir)?;
/// assert_eq!(budapest.identity().reference(), "CETS 185");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn from_path(dir: impl AsRef<Path>) -> Result<Treaty, Error> {
    let dir = dir.as_ref();
    let read = |name: &str| -> Result<Option<(String, String)>, Error> {
        let path = dir.join(name);
        let shown = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some((shown, text))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::read(shown, e)),
        }
    };
    let required = |name: &str| -> Result<(String, String), Error> {
        read(name)?.ok_or_else(|| {
            let path = dir.join(name).display().to_string();
            Error::read(path, std::io::Error::from(std::io::ErrorKind::NotFound))
        })
    };
    let (identity, rules, list) = (
        required("convention.tsv")?,
        required("final_provisions.tsv")?,
        required("participants.tsv")?,
    );
    let text = ["chapters.tsv", "articles.tsv", "terms.tsv", "provisions.tsv"].map(&read);
    let names = read("participant_names.tsv")?;
    let un_names = read("participant_un_names.tsv")?;
    let codes = read("participant_codes.tsv")?;
    fn pair(f: &(String, String)) -> (&str, &str) {
        (f.0.as_str(), f.1.as_str())
    }
    let mut files = TreatyFiles::new(pair(&identity), pair(&rules), pair(&list));
    let text: Vec<Option<(String, String)>> = text.into_iter().collect::<Result<_, _>>()?;
    if let [Some(c), Some(a), Some(t), Some(p)] = text.as_slice() {
        files = files.with_text(pair(c), pair(a), pair(t), pair(p));
    }
    for n in names.iter().chain(&un_names) {
        files = files.with_participant_names(pair(n));
    }
    if let Some(c) = &codes {
        files = files.with_participant_codes(pair(c));
    }
    from_files(&files)
}

static DATASET_COLUMNS: Columns = Columns {
    all: &["key", "value", "note"],
    required: &["key", "value"],
};

/// Reads what a data set is (`dataset.tsv`: key, value, note; the keys
/// `as_of`, `revision`, `title`, `licence` and `sources`).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) with every malformed or missing row.
///
/// ```
/// let text = "key\tvalue\nas_of\t2026-07-31\nrevision\t3\ntitle\tT\nlicence\tMIT\nsources\tS\n";
/// let d = hanoi_convention::io::treaty::dataset_from_str("dataset.tsv", text)?;
/// assert_eq!(d.version(), "2026-07-31.3");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn dataset_from_str(file: &str, text: &str) -> Result<crate::record::Dataset, Error> {
    let rows = read_all(file, text, &DATASET_COLUMNS, |row| {
        Ok((
            row.get("key").to_string(),
            row.required("value", "a value")?.to_string(),
            row.origin(),
        ))
    })?;
    let mut problems = Vec::new();
    let mut get = |key: &'static str, expected: &str| -> String {
        match rows.iter().find(|r| r.0 == key) {
            Some(r) => r.1.clone(),
            None => {
                problems.push(Problem::Field {
                    at: Origin::line(file, 1),
                    field: "key",
                    expected: format!("a row `{key}` holding {expected}"),
                    found: "no such row".into(),
                });
                String::new()
            }
        }
    };
    let (as_of, revision) = (
        get("as_of", "a date YYYY-MM-DD"),
        get("revision", "a whole number"),
    );
    let (title, licence, sources) = (
        get("title", "a title"),
        get("licence", "a licence"),
        get("sources", "a summary"),
    );
    let at = |key: &str| {
        rows.iter()
            .find(|r| r.0 == key)
            .map_or(Origin::line(file, 1), |r| r.2.clone())
    };
    let as_of = crate::base::date::parse(&as_of).ok();
    if as_of.is_none() {
        problems.push(Problem::Field {
            at: at("as_of"),
            field: "value",
            expected: "a date YYYY-MM-DD for `as_of`".into(),
            found: String::new(),
        });
    }
    let revision = revision.parse::<u32>().ok();
    if revision.is_none() {
        problems.push(Problem::Field {
            at: at("revision"),
            field: "value",
            expected: "a whole number for `revision`".into(),
            found: String::new(),
        });
    }
    match (as_of, revision) {
        (Some(as_of), Some(revision)) if problems.is_empty() => Ok(crate::record::Dataset::new(
            as_of, revision, title, licence, sources,
        )),
        _ => Err(Error::invalid(crate::problem::Problems::new(problems))),
    }
}

/// Reads identity facts (key, value, confidence, source).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) with every malformed row; an error of
/// kind [`Format`](crate::ErrorKind::Format) for a missing `adopted_on` date.
pub fn identity_from_str(file: &str, text: &str) -> Result<Identity, Error> {
    let facts = read_all(file, text, &FACT_COLUMNS, |row| {
        let key = row.required("key", "a fact name")?;
        if let Some(Err(())) = crate::treaty::identity::name_key(key) {
            return Err(row.problem("key", crate::treaty::identity::NAME_KEY_EXPECTED));
        }
        Ok(Fact {
            key: owned(key),
            value: owned(row.required("value", "the fact's value")?),
            provenance: provenance(row)?,
        })
    })?;
    let adopted_on = adoption_date(&facts).ok_or_else(|| {
        Error::identity(
            Origin::line(file, 1),
            "expected a fact `adopted_on` holding a YYYY-MM-DD date".into(),
        )
    })?;
    Ok(Identity {
        facts: Cow::Owned(facts),
        adopted_on,
    })
}

/// Reads a treaty's text from its chapters, articles, terms and
/// provisions files, each (name, content).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) with every malformed row; an error of
/// kind [`Format`](crate::ErrorKind::Format) naming the file and the structural rule broken (see
/// [`TreatyText::new`]).
pub fn text_from_files(
    chapters: NamedText<'_>,
    articles: NamedText<'_>,
    terms: NamedText<'_>,
    provisions: NamedText<'_>,
) -> Result<TreatyText, Error> {
    let text = TreatyText {
        chapters: Cow::Owned(read_all(chapters.0, chapters.1, &CHAPTER_COLUMNS, |row| {
            Ok(Chapter {
                number: roman_chapter(row, "chapter")?,
                title: owned(&clean_title(row, "title")?),
                first: row.parse("first_article", "an article number")?,
                last: row.parse("last_article", "an article number")?,
                provenance: provenance(row)?,
            })
        })?),
        articles: Cow::Owned(read_all(articles.0, articles.1, &ARTICLE_COLUMNS, |row| {
            Ok(Article {
                number: row.parse("number", "an article number")?,
                chapter: roman_chapter(row, "chapter")?,
                title: owned(&clean_title(row, "title")?),
                provenance: provenance(row)?,
            })
        })?),
        terms: Cow::Owned(read_all(terms.0, terms.1, &TERM_COLUMNS, |row| {
            let letter = row.get("letter");
            let mut chars = letter.chars();
            let (Some(c @ 'a'..='z'), None) = (chars.next(), chars.next()) else {
                return Err(row.problem("letter", "one lowercase letter, from a"));
            };
            Ok(Term {
                article: row.parse("article", "the number of the article that defines the term")?,
                letter: c,
                term: owned(&clean_title(row, "term")?),
                note: owned(row.get("note")),
                provenance: provenance(row)?,
            })
        })?),
        provisions: Cow::Owned(read_all(provisions.0, provisions.1, &PROVISION_COLUMNS, |row| {
            Ok(Provision {
                reference: row.parse("provision", "an article or paragraph, e.g. 7 or 7(2)")?,
                kind: row.parse(
                    "kind",
                    "mandatory_offence, mandatory_measure, optional_element or reservation",
                )?,
                summary: owned(row.required("summary", "a summary")?),
                provenance: provenance(row)?,
            })
        })?),
    };
    text.check_structure().map_err(|(part, message)| {
        let file = match part {
            Part::Chapters => chapters.0,
            Part::Articles => articles.0,
            Part::Terms => terms.0,
            Part::Provisions => provisions.0,
        };
        Error::text(Origin::line(file, 1), message)
    })?;
    Ok(text)
}
