//! The Convention's text as data: identity, chapters, articles, the terms of
//! article 2 and the Chapter II provisions, with lookups and search.

use std::borrow::Cow;
use std::fmt;
use std::num::NonZeroU8;
use std::str::FromStr;

use once_cell::sync::Lazy;

use crate::date::{Date, parse_date};
use crate::error::{Error, Violation};
use crate::fold::fold;
use crate::provenance::{ParseEnumError, Provenance, Text, parse_keyword};
use crate::table::{Columns, Record, Row, provenance, read_all};

/// A number of an article of the Convention: 1 to 68.
///
/// Parses `7`, `Art. 7`, `art 7` and `article 7` (any case); rejects `0`,
/// `69`, `7a` and empty input with an [`ArticleNumberError`] saying why.
///
/// ```
/// use hanoi_convention::ArticleNumber;
///
/// let n: ArticleNumber = "Art. 7".parse()?;
/// assert_eq!(n.get(), 7);
/// assert_eq!("article 65".parse::<ArticleNumber>()?.get(), 65);
/// for bad in ["0", "69", "7a", "", "art."] {
///     assert!(bad.parse::<ArticleNumber>().is_err(), "{bad}");
/// }
/// # Ok::<(), hanoi_convention::ArticleNumberError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ArticleNumber(NonZeroU8);

/// The last article of the Convention.
pub const ARTICLE_COUNT: u8 = 68;

/// Input that is not an article number of the Convention.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{input:?} is not an article of the Convention: {reason}; expected a number from 1 to 68, optionally after \"Art.\" or \"article\""
)]
pub struct ArticleNumberError {
    /// The input.
    pub input: String,
    /// Why it was rejected.
    pub reason: &'static str,
}

impl ArticleNumber {
    /// Article `n`, if `1 <= n <= 68`.
    pub const fn new(n: u8) -> Option<ArticleNumber> {
        if n == 0 || n > ARTICLE_COUNT {
            return None;
        }
        match NonZeroU8::new(n) {
            Some(nz) => Some(ArticleNumber(nz)),
            None => None,
        }
    }

    /// The number.
    pub const fn get(self) -> u8 {
        self.0.get()
    }

    /// Every article number, in order.
    pub fn all() -> impl Iterator<Item = ArticleNumber> {
        (1..=ARTICLE_COUNT).filter_map(ArticleNumber::new)
    }
}

impl fmt::Display for ArticleNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for ArticleNumber {
    type Err = ArticleNumberError;
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let err = |reason| ArticleNumberError {
            input: input.to_string(),
            reason,
        };
        let mut s = input.trim();
        // The common case, a bare number, needs no prefix handling.
        if !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) {
            let n = s.bytes().fold(0u8, |n, b| n * 10 + (b - b'0'));
            return ArticleNumber::new(n).ok_or_else(|| {
                err(if n == 0 {
                    "articles start at 1"
                } else {
                    "the Convention has 68 articles"
                })
            });
        }
        let lower = s.to_ascii_lowercase();
        for prefix in ["article", "art."] {
            if lower.starts_with(prefix) {
                s = s[prefix.len()..].trim_start();
                break;
            }
        }
        if s.len() == lower.len() && lower.starts_with("art ") {
            s = s[4..].trim_start();
        }
        if s.is_empty() {
            return Err(err("no number given"));
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err("not a whole number"));
        }
        let n: u32 = s.parse().map_err(|_| err("number too large"))?;
        u8::try_from(n).ok().and_then(ArticleNumber::new).ok_or_else(|| {
            err(if n == 0 {
                "articles start at 1"
            } else {
                "the Convention has 68 articles"
            })
        })
    }
}

/// A reference to an article or one of its paragraphs: `7`, `7(2)`, `63(3)`.
///
/// ```
/// use hanoi_convention::ProvisionRef;
///
/// let p: ProvisionRef = "63(3)".parse()?;
/// assert_eq!(p.article().get(), 63);
/// assert_eq!(p.paragraph(), Some(3));
/// assert_eq!(p.to_string(), "63(3)");
/// assert!("63(".parse::<ProvisionRef>().is_err());
/// # Ok::<(), hanoi_convention::ArticleNumberError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProvisionRef {
    pub(crate) article: ArticleNumber,
    pub(crate) paragraph: Option<u8>,
}

impl ProvisionRef {
    /// A whole article.
    pub const fn article_only(article: ArticleNumber) -> ProvisionRef {
        ProvisionRef {
            article,
            paragraph: None,
        }
    }

    /// Paragraph `paragraph` of `article`.
    pub const fn paragraph_of(article: ArticleNumber, paragraph: u8) -> ProvisionRef {
        ProvisionRef {
            article,
            paragraph: Some(paragraph),
        }
    }

    /// The article.
    pub const fn article(self) -> ArticleNumber {
        self.article
    }

    /// The paragraph, if the reference names one.
    pub const fn paragraph(self) -> Option<u8> {
        self.paragraph
    }
}

impl fmt::Display for ProvisionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.paragraph {
            Some(p) => write!(f, "{}({p})", self.article),
            None => write!(f, "{}", self.article),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ProvisionRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl FromStr for ProvisionRef {
    type Err = ArticleNumberError;
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let s = input.trim();
        let Some((art, rest)) = s.split_once('(') else {
            return Ok(ProvisionRef::article_only(s.parse()?));
        };
        let article: ArticleNumber = art.parse()?;
        let paragraph = rest
            .strip_suffix(')')
            .and_then(|p| p.parse::<u8>().ok())
            .filter(|p| *p > 0)
            .ok_or_else(|| ArticleNumberError {
                input: input.to_string(),
                reason: "the paragraph must be a number in parentheses, e.g. 63(3)",
            })?;
        Ok(ProvisionRef::paragraph_of(article, paragraph))
    }
}

/// A chapter of the Convention.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Chapter {
    pub(crate) number: u8,
    pub(crate) title: Text,
    pub(crate) first: ArticleNumber,
    pub(crate) last: ArticleNumber,
    pub(crate) provenance: Provenance,
}

const ROMAN: [&str; 9] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

impl Chapter {
    /// The chapter number, 1 to 9.
    pub fn number(&self) -> u8 {
        self.number
    }

    /// The chapter number in Roman numerals, as the text writes it.
    pub fn roman(&self) -> &'static str {
        ROMAN[usize::from(self.number - 1)]
    }

    /// The title, e.g. "Criminalization".
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The first and last article numbers (inclusive).
    pub fn article_range(&self) -> (ArticleNumber, ArticleNumber) {
        (self.first, self.last)
    }

    /// The chapter's articles.
    ///
    /// ```
    /// let c = hanoi_convention::convention();
    /// let ch2 = c.chapter(2).unwrap();
    /// assert_eq!(ch2.articles().count(), 15);
    /// assert_eq!(ch2.articles().next().unwrap().title(), "Illegal access");
    /// ```
    pub fn articles(&self) -> impl Iterator<Item = &'static Article> + use<> {
        let (first, last) = (usize::from(self.first.get()), usize::from(self.last.get()));
        convention().articles[first - 1..last].iter()
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// An article: number, title and chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article {
    pub(crate) number: ArticleNumber,
    pub(crate) chapter: u8,
    pub(crate) title: Text,
    pub(crate) provenance: Provenance,
}

impl Article {
    /// The article number.
    pub fn number(&self) -> ArticleNumber {
        self.number
    }

    /// The title, e.g. "Entry into force".
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The number of the chapter it belongs to (1 to 9).
    pub fn chapter_number(&self) -> u8 {
        self.chapter
    }

    /// The chapter it belongs to.
    pub fn chapter(&self) -> &'static Chapter {
        &convention().chapters[usize::from(self.chapter - 1)]
    }

    /// Source and confidence of the title.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// A term defined in article 2, (a) to (o).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Term {
    pub(crate) letter: char,
    pub(crate) term: Text,
    pub(crate) note: Text,
    pub(crate) provenance: Provenance,
}

impl Term {
    /// The subparagraph letter of article 2, `'a'` to `'o'`.
    pub fn letter(&self) -> char {
        self.letter
    }

    /// The term, e.g. "traffic data".
    pub fn term(&self) -> &str {
        &self.term
    }

    /// A short note in the crate's own words (may be empty).
    pub fn note(&self) -> &str {
        &self.note
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// What a Chapter II (or final-provisions) provision obliges or allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ProvisionKind {
    /// An offence each State Party shall establish.
    MandatoryOffence,
    /// Another measure each State Party shall take (e.g. liability of legal persons).
    MandatoryMeasure,
    /// An element a State may add to, or a limit it may put on, an offence.
    OptionalElement,
    /// A provision a State may make a reservation or declaration under.
    Reservation,
}

impl ProvisionKind {
    const ALL: [ProvisionKind; 4] = [
        ProvisionKind::MandatoryOffence,
        ProvisionKind::MandatoryMeasure,
        ProvisionKind::OptionalElement,
        ProvisionKind::Reservation,
    ];

    /// The snake_case name used in `data/provisions.tsv`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProvisionKind::MandatoryOffence => "mandatory_offence",
            ProvisionKind::MandatoryMeasure => "mandatory_measure",
            ProvisionKind::OptionalElement => "optional_element",
            ProvisionKind::Reservation => "reservation",
        }
    }

    /// True when a State may make a reservation or declaration under it.
    pub const fn allows_reservation(self) -> bool {
        matches!(self, ProvisionKind::OptionalElement | ProvisionKind::Reservation)
    }
}

impl FromStr for ProvisionKind {
    type Err = ParseEnumError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(s, &ProvisionKind::ALL, ProvisionKind::as_str, "a provision kind")
    }
}

/// A provision of Chapter II or the final provisions: mandatory or optional,
/// and whether it allows a reservation or declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Provision {
    pub(crate) reference: ProvisionRef,
    pub(crate) kind: ProvisionKind,
    pub(crate) summary: Text,
    pub(crate) provenance: Provenance,
}

impl Provision {
    /// Which article or paragraph.
    pub fn reference(&self) -> ProvisionRef {
        self.reference
    }

    /// What it obliges or allows.
    pub fn kind(&self) -> ProvisionKind {
        self.kind
    }

    /// A summary in the crate's own words.
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// One identity fact of the Convention with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Fact {
    pub(crate) key: Text,
    pub(crate) value: Text,
    pub(crate) provenance: Provenance,
}

impl Fact {
    /// The fact's name, e.g. `"depositary"`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The value as written in the data.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// The Convention: identity, structure and provisions, from `data/`.
///
/// ```
/// let c = hanoi_convention::convention();
/// assert_eq!(c.title(), "United Nations Convention against Cybercrime");
/// assert!(c.short_names().any(|n| n == "Hanoi Convention"));
/// assert_eq!(c.adopted_on(), hanoi_convention::Date::constant(2024, 12, 24));
/// assert_eq!(c.articles().len(), 68);
/// assert_eq!(c.article(65).unwrap().title(), "Entry into force");
/// ```
#[derive(Debug)]
pub struct Convention {
    pub(crate) facts: Cow<'static, [Fact]>,
    pub(crate) adopted_on: Date,
    pub(crate) chapters: Cow<'static, [Chapter]>,
    pub(crate) articles: Cow<'static, [Article]>,
    pub(crate) terms: Cow<'static, [Term]>,
    pub(crate) provisions: Cow<'static, [Provision]>,
}

/// The Convention as the crate's embedded data describes it.
///
/// Built from tables generated from the files in `data/` (see
/// `docs/architecture.md`); the crate's tests check the tables match the
/// files and pass the same checks as [`Convention::from_tsv`].
pub fn convention() -> &'static Convention {
    static CONVENTION: Lazy<Convention> = Lazy::new(crate::embedded::convention);
    &CONVENTION
}

/// The files the text model is read from, each as (name, content), in the
/// layout of the crate's `data/` directory.
#[derive(Debug, Clone, Copy)]
pub struct TextFiles<'a> {
    /// `convention.tsv`: key, value, confidence, source.
    pub convention: (&'a str, &'a str),
    /// `chapters.tsv`: chapter, title, first_article, last_article, confidence, source.
    pub chapters: (&'a str, &'a str),
    /// `articles.tsv`: number, chapter, title, confidence, source.
    pub articles: (&'a str, &'a str),
    /// `terms.tsv`: letter, term, note, confidence, source.
    pub terms: (&'a str, &'a str),
    /// `provisions.tsv`: provision, kind, summary, confidence, source.
    pub provisions: (&'a str, &'a str),
}

static FACT_COLUMNS: Columns = Columns {
    all: &["key", "value", "confidence", "source"],
    required: &["key", "value", "confidence", "source"],
};
static CHAPTER_COLUMNS: Columns = Columns {
    all: &[
        "chapter",
        "title",
        "first_article",
        "last_article",
        "confidence",
        "source",
    ],
    required: &[
        "chapter",
        "title",
        "first_article",
        "last_article",
        "confidence",
        "source",
    ],
};
static ARTICLE_COLUMNS: Columns = Columns {
    all: &["number", "chapter", "title", "confidence", "source"],
    required: &["number", "chapter", "title", "confidence", "source"],
};
static TERM_COLUMNS: Columns = Columns {
    all: &["letter", "term", "note", "confidence", "source"],
    required: &["letter", "term", "confidence", "source"],
};
static PROVISION_COLUMNS: Columns = Columns {
    all: &["provision", "kind", "summary", "confidence", "source"],
    required: &["provision", "kind", "summary", "confidence", "source"],
};

fn owned(s: &str) -> Text {
    Cow::Owned(s.to_string())
}

fn clean_title(row: &Row<'_, '_>, column: &'static str) -> Result<String, Violation> {
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

fn roman_chapter(row: &Row<'_, '_>, column: &'static str) -> Result<u8, Violation> {
    let v = row.get(column);
    ROMAN
        .iter()
        .position(|r| *r == v)
        .map(|i| i as u8 + 1)
        .ok_or_else(|| row.problem(column, "a chapter number I to IX"))
}

impl Convention {
    /// Reads and checks the text model from files in the layout of `data/`
    /// (the embedded model is generated from the same files).
    pub fn from_tsv(src: &TextFiles<'_>) -> Result<Convention, Error> {
        let facts = read_all(src.convention.0, src.convention.1, &FACT_COLUMNS, |row| {
            Ok(Fact {
                key: owned(row.required("key", "a fact name")?),
                value: owned(row.required("value", "the fact's value")?),
                provenance: provenance(row)?,
            })
        })?;
        let chapters = read_all(src.chapters.0, src.chapters.1, &CHAPTER_COLUMNS, |row| {
            Ok(Chapter {
                number: roman_chapter(row, "chapter")?,
                title: owned(&clean_title(row, "title")?),
                first: row.parse("first_article", "an article number 1 to 68")?,
                last: row.parse("last_article", "an article number 1 to 68")?,
                provenance: provenance(row)?,
            })
        })?;
        let articles = read_all(src.articles.0, src.articles.1, &ARTICLE_COLUMNS, |row| {
            Ok(Article {
                number: row.parse("number", "an article number 1 to 68")?,
                chapter: roman_chapter(row, "chapter")?,
                title: owned(&clean_title(row, "title")?),
                provenance: provenance(row)?,
            })
        })?;
        let terms = read_all(src.terms.0, src.terms.1, &TERM_COLUMNS, |row| {
            let letter = row.get("letter");
            let mut chars = letter.chars();
            let (Some(c @ 'a'..='z'), None) = (chars.next(), chars.next()) else {
                return Err(row.problem("letter", "one lowercase letter, a to o"));
            };
            Ok(Term {
                letter: c,
                term: owned(&clean_title(row, "term")?),
                note: owned(row.get("note")),
                provenance: provenance(row)?,
            })
        })?;
        let provisions = read_all(src.provisions.0, src.provisions.1, &PROVISION_COLUMNS, |row| {
            Ok(Provision {
                reference: row.parse("provision", "an article or paragraph, e.g. 7 or 7(2)")?,
                kind: row.parse(
                    "kind",
                    "mandatory_offence, mandatory_measure, optional_element or reservation",
                )?,
                summary: owned(row.required("summary", "a summary")?),
                provenance: provenance(row)?,
            })
        })?;
        let mut c = Convention {
            facts: Cow::Owned(facts),
            adopted_on: Date::constant(1, 1, 1),
            chapters: Cow::Owned(chapters),
            articles: Cow::Owned(articles),
            terms: Cow::Owned(terms),
            provisions: Cow::Owned(provisions),
        };
        c.adopted_on = c
            .fact("adopted_on")
            .and_then(|f| parse_date(f.value()).ok())
            .ok_or_else(|| Error::Format {
                origin: crate::Origin::line(src.convention.0, 1),
                message: "expected a fact `adopted_on` holding a YYYY-MM-DD date".into(),
            })?;
        c.check_structure(src)?;
        Ok(c)
    }

    /// The structural invariants every lookup relies on.
    fn check_structure(&self, src: &TextFiles<'_>) -> Result<(), Error> {
        let fail = |file: &str, message: String| Error::Format {
            origin: crate::Origin::line(file, 1),
            message,
        };
        for (i, a) in self.articles.iter().enumerate() {
            if usize::from(a.number.get()) != i + 1 {
                return Err(fail(
                    src.articles.0,
                    format!(
                        "article {} is at position {}: expected articles 1 to 68 once each, in order",
                        a.number,
                        i + 1
                    ),
                ));
            }
            let ch = self.chapters.get(usize::from(a.chapter) - 1);
            if !ch.is_some_and(|c| c.first <= a.number && a.number <= c.last) {
                return Err(fail(
                    src.articles.0,
                    format!("article {} lies outside its chapter's range", a.number),
                ));
            }
        }
        if self.articles.len() != usize::from(ARTICLE_COUNT) {
            return Err(fail(
                src.articles.0,
                format!("{} articles: expected 68", self.articles.len()),
            ));
        }
        let mut next = 1u8;
        for (i, c) in self.chapters.iter().enumerate() {
            if usize::from(c.number) != i + 1 || c.first.get() != next || c.last < c.first {
                return Err(fail(
                    src.chapters.0,
                    format!(
                        "chapter {} does not continue where the previous one ended (article {next})",
                        c.roman()
                    ),
                ));
            }
            next = c.last.get() + 1;
        }
        if next != ARTICLE_COUNT + 1 || self.chapters.len() != 9 {
            return Err(fail(
                src.chapters.0,
                "expected 9 chapters covering articles 1 to 68".into(),
            ));
        }
        for (i, t) in self.terms.iter().enumerate() {
            if t.letter != char::from(b'a' + i as u8) {
                return Err(fail(
                    src.terms.0,
                    format!("term ({}) out of order: expected (a) to (o)", t.letter),
                ));
            }
        }
        Ok(())
    }

    /// A fact by key (e.g. `"depositary"`); the first row when repeated.
    ///
    /// ```
    /// let c = hanoi_convention::convention();
    /// assert_eq!(c.fact("depositary").map(|f| f.value()), Some("Secretary-General of the United Nations"));
    /// assert!(c.fact("no such fact").is_none());
    /// ```
    pub fn fact(&self, key: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.key == key)
    }

    /// Every fact, in data-file order.
    pub fn all_facts(&self) -> &[Fact] {
        &self.facts
    }

    /// Every row of a repeated fact (e.g. `"authentic_language"`).
    pub fn facts<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Fact> + 'a {
        self.facts.iter().filter(move |f| f.key == key)
    }

    fn value(&self, key: &str) -> &str {
        self.fact(key).map_or("", Fact::value)
    }

    /// "United Nations Convention against Cybercrime".
    pub fn title(&self) -> &str {
        self.value("title")
    }

    /// The long subtitle that follows the title.
    pub fn subtitle(&self) -> &str {
        self.value("subtitle")
    }

    /// Short names: "Hanoi Convention", its Vietnamese name, and others.
    pub fn short_names(&self) -> impl Iterator<Item = &str> {
        self.facts("short_name").map(Fact::value)
    }

    /// "General Assembly resolution 79/243".
    pub fn adopted_by(&self) -> &str {
        self.value("adopted_by")
    }

    /// 24 December 2024.
    pub fn adopted_on(&self) -> Date {
        self.adopted_on
    }

    /// The depositary: the Secretary-General of the United Nations.
    pub fn depositary(&self) -> &str {
        self.value("depositary")
    }

    /// The UN Treaty Collection reference, "XVIII-16".
    pub fn treaty_reference(&self) -> &str {
        self.value("treaty_reference")
    }

    /// The six authentic languages (art. 68).
    pub fn authentic_languages(&self) -> impl Iterator<Item = &str> {
        self.facts("authentic_language").map(Fact::value)
    }

    /// The nine chapters, in order.
    pub fn chapters(&self) -> &[Chapter] {
        &self.chapters
    }

    /// Chapter `number` (1 to 9).
    pub fn chapter(&self, number: u8) -> Option<&Chapter> {
        self.chapters.get(usize::from(number).checked_sub(1)?)
    }

    /// The 68 articles, in order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Article `number`; `None` outside 1..=68.
    pub fn article(&self, number: u8) -> Option<&Article> {
        self.articles.get(usize::from(number).checked_sub(1)?)
    }

    /// The article with a validated number (never fails).
    ///
    /// ```
    /// use hanoi_convention::{convention, ArticleNumber};
    ///
    /// let n: ArticleNumber = "article 7".parse()?;
    /// assert_eq!(convention().article_by_number(n).title(), "Illegal access");
    /// # Ok::<(), hanoi_convention::ArticleNumberError>(())
    /// ```
    pub fn article_by_number(&self, number: ArticleNumber) -> &Article {
        // `check_structure` guarantees 68 articles in order.
        &self.articles[usize::from(number.get() - 1)]
    }

    /// The 15 defined terms of article 2.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The provisions of Chapter II and the final provisions that the data
    /// classifies (mandatory offences, optional elements, reservations).
    pub fn provisions(&self) -> &[Provision] {
        &self.provisions
    }

    /// The classified provisions of one article.
    ///
    /// ```
    /// use hanoi_convention::{convention, ArticleNumber, ProvisionKind};
    ///
    /// let art7 = ArticleNumber::new(7).unwrap();
    /// let kinds: Vec<ProvisionKind> = convention().provisions_of(art7).map(|p| p.kind()).collect();
    /// assert_eq!(kinds, [ProvisionKind::MandatoryOffence, ProvisionKind::OptionalElement]);
    /// ```
    pub fn provisions_of(&self, article: ArticleNumber) -> impl Iterator<Item = &Provision> {
        self.provisions
            .iter()
            .filter(move |p| p.reference.article == article)
    }

    /// True when a reservation or declaration may be made under `provision`.
    /// A whole-article reference is allowed when some part of the article
    /// allows one (the reservation can only concern that part).
    ///
    /// ```
    /// let c = hanoi_convention::convention();
    /// assert!(c.allows_reservation("11(3)".parse()?));
    /// assert!(c.allows_reservation("63(3)".parse()?));
    /// assert!(!c.allows_reservation("65".parse()?));
    /// # Ok::<(), hanoi_convention::ArticleNumberError>(())
    /// ```
    pub fn allows_reservation(&self, provision: ProvisionRef) -> bool {
        self.provisions.iter().any(|p| {
            p.kind.allows_reservation()
                && p.reference.article == provision.article
                && (provision.paragraph.is_none() || p.reference.paragraph == provision.paragraph)
        })
    }

    /// Articles and terms whose titles contain every word of `query`,
    /// ignoring case and diacritics.
    ///
    /// ```
    /// use hanoi_convention::{convention, SearchHit};
    ///
    /// let hits = convention().search("TRAFFIC data");
    /// assert!(hits.iter().any(|h| matches!(h, SearchHit::Article(a) if a.number().get() == 29)));
    /// assert!(hits.iter().any(|h| matches!(h, SearchHit::Term(t) if t.letter() == 'c')));
    /// assert!(convention().search("dénonciation").is_empty());
    /// assert!(!convention().search("DÉNUNCIATION").is_empty());
    /// ```
    pub fn search(&self, query: &str) -> Vec<SearchHit<'_>> {
        let words: Vec<String> = fold(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let matches = |text: &str| {
            let folded = fold(text);
            words.iter().all(|w| folded.contains(w.as_str()))
        };
        let mut hits: Vec<SearchHit<'_>> = self
            .articles
            .iter()
            .filter(|a| matches(&a.title))
            .map(SearchHit::Article)
            .collect();
        hits.extend(
            self.terms
                .iter()
                .filter(|t| matches(&t.term))
                .map(SearchHit::Term),
        );
        hits.extend(
            self.chapters
                .iter()
                .filter(|c| matches(&c.title))
                .map(SearchHit::Chapter),
        );
        hits
    }
}

/// A result of [`Convention::search`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SearchHit<'a> {
    /// An article whose title matches.
    Article(&'a Article),
    /// A defined term of article 2 that matches.
    Term(&'a Term),
    /// A chapter whose title matches.
    Chapter(&'a Chapter),
}
