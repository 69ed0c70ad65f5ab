//! Reading a treaty from files in the layout of `data/`: its identity
//! (`convention.tsv`), final provisions (`final_provisions.tsv`), text
//! (`chapters.tsv`, `articles.tsv`, `terms.tsv`, `provisions.tsv`) and
//! participants (`participants.tsv`).

use std::borrow::Cow;
use std::sync::Arc;

use crate::actions::{ActionKind, Place};
use crate::base::date::parse_date;
use crate::base::origin::Origin;
use crate::base::provenance::Str;
use crate::error::Error;
use crate::io::table::{Columns, Record, Row, provenance, read_all};
use crate::participants::{Code, Participants};
use crate::treaty::{
    Accession, Article, Chapter, ConsentRule, Delay, DenunciationRule, EntryIntoForceRule,
    EntryIntoForceShape, Fact, FinalProvisions, Grouping, Identity, Part, Provision, ReioRule,
    SignatoryScope, SignaturePlace, SignatureRule, Term, Treaty, TreatyText, adoption_date, parse_roman,
};
use crate::validate::Violation;

/// The files a treaty is read from, each as (name, content), in the layout
/// of the crate's `data/` directory.
#[derive(Debug, Clone, Copy)]
pub struct TreatyFiles<'a> {
    /// `convention.tsv`: key, value, confidence, source (identity facts).
    pub identity: (&'a str, &'a str),
    /// `final_provisions.tsv`: key, value, article, confidence, source.
    pub final_provisions: (&'a str, &'a str),
    /// `chapters.tsv`: chapter, title, first_article, last_article, confidence, source.
    pub chapters: (&'a str, &'a str),
    /// `articles.tsv`: number, chapter, title, confidence, source.
    pub articles: (&'a str, &'a str),
    /// `terms.tsv`: letter, term, note, confidence, source.
    pub terms: (&'a str, &'a str),
    /// `provisions.tsv`: provision, kind, summary, confidence, source.
    pub provisions: (&'a str, &'a str),
    /// `participants.tsv`: the columns of the crate's participants file.
    pub participants: (&'a str, &'a str),
    /// `participant_names.tsv`: names in other languages, if any.
    pub participant_names: Option<(&'a str, &'a str)>,
}

static FACT_COLUMNS: Columns = Columns {
    all: &["key", "value", "confidence", "source"],
    required: &["key", "value", "confidence", "source"],
};
static RULE_COLUMNS: Columns = Columns {
    all: &["key", "value", "article", "confidence", "source"],
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
    all: &["letter", "term", "note", "confidence", "source"],
    required: &["letter", "term", "confidence", "source"],
};
static PROVISION_COLUMNS: Columns = Columns {
    all: &["provision", "kind", "summary", "confidence", "source"],
    required: &["provision", "kind", "summary", "confidence", "source"],
};

fn owned(s: &str) -> Str {
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
    parse_roman(row.get(column))
        .ok_or_else(|| row.problem(column, "a chapter number in Roman numerals, e.g. IX"))
}

/// Reads a treaty's identity, text, participants and final provisions, and
/// checks them together.
///
/// # Errors
///
/// [`Error::Invalid`] with every problem of a file's rows, or
/// [`Error::Format`] naming the file and the structural rule broken.
pub fn read_treaty(files: &TreatyFiles<'_>) -> Result<Treaty, Error> {
    let identity = read_identity(files.identity.0, files.identity.1)?;
    let text = read_text(files)?;
    let mut participants = Participants::from_tsv(files.participants.0, files.participants.1)?;
    if let Some((file, text)) = files.participant_names {
        participants = participants.with_names_tsv(file, text)?;
    }
    let (rules, grouping) = read_final_provisions(files.final_provisions.0, files.final_provisions.1)?;
    Treaty::new(identity, text, Arc::new(participants), grouping, rules).map_err(|e| match e {
        Error::Format { message, .. } => Error::Format {
            origin: Origin::line(files.final_provisions.0, 1),
            message,
        },
        other => other,
    })
}

/// Reads identity facts (key, value, confidence, source).
///
/// # Errors
///
/// Every malformed row, or a missing `adopted_on` date.
pub fn read_identity(file: &str, text: &str) -> Result<Identity, Error> {
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
    let adopted_on = adoption_date(&facts).ok_or_else(|| Error::Format {
        origin: Origin::line(file, 1),
        message: "expected a fact `adopted_on` holding a YYYY-MM-DD date".into(),
    })?;
    Ok(Identity {
        facts: Cow::Owned(facts),
        adopted_on,
    })
}

/// Reads a treaty's text from the chapters, articles, terms and provisions
/// files of `files`.
///
/// # Errors
///
/// Every malformed row, or the structural rule broken (see
/// [`TreatyText::new`]).
pub fn read_text(files: &TreatyFiles<'_>) -> Result<TreatyText, Error> {
    let chapters = read_all(files.chapters.0, files.chapters.1, &CHAPTER_COLUMNS, |row| {
        Ok(Chapter {
            number: roman_chapter(row, "chapter")?,
            title: owned(&clean_title(row, "title")?),
            first: row.parse("first_article", "an article number")?,
            last: row.parse("last_article", "an article number")?,
            provenance: provenance(row)?,
        })
    })?;
    let articles = read_all(files.articles.0, files.articles.1, &ARTICLE_COLUMNS, |row| {
        Ok(Article {
            number: row.parse("number", "an article number")?,
            chapter: roman_chapter(row, "chapter")?,
            title: owned(&clean_title(row, "title")?),
            provenance: provenance(row)?,
        })
    })?;
    let terms = read_all(files.terms.0, files.terms.1, &TERM_COLUMNS, |row| {
        let letter = row.get("letter");
        let mut chars = letter.chars();
        let (Some(c @ 'a'..='z'), None) = (chars.next(), chars.next()) else {
            return Err(row.problem("letter", "one lowercase letter, from a"));
        };
        Ok(Term {
            letter: c,
            term: owned(&clean_title(row, "term")?),
            note: owned(row.get("note")),
            provenance: provenance(row)?,
        })
    })?;
    let provisions = read_all(
        files.provisions.0,
        files.provisions.1,
        &PROVISION_COLUMNS,
        |row| {
            Ok(Provision {
                reference: row.parse("provision", "an article or paragraph, e.g. 7 or 7(2)")?,
                kind: row.parse(
                    "kind",
                    "mandatory_offence, mandatory_measure, optional_element or reservation",
                )?,
                summary: owned(row.required("summary", "a summary")?),
                provenance: provenance(row)?,
            })
        },
    )?;
    let text = TreatyText {
        chapters: Cow::Owned(chapters),
        articles: Cow::Owned(articles),
        terms: Cow::Owned(terms),
        provisions: Cow::Owned(provisions),
    };
    text.check_structure().map_err(|(part, message)| {
        let file = match part {
            Part::Chapters => files.chapters.0,
            Part::Articles => files.articles.0,
            Part::Terms => files.terms.0,
            Part::Provisions => files.provisions.0,
        };
        Error::Format {
            origin: Origin::line(file, 1),
            message,
        }
    })?;
    Ok(text)
}

/// One row of a final-provisions file.
struct RuleRow {
    key: String,
    value: String,
    article: String,
    origin: Origin,
}

/// Reads a final-provisions file (key, value, article, confidence, source)
/// into the treaty's rules and its grouping.
///
/// The keys: `signature_opens`, `signature_closes` (dates; `none` for no
/// closing date), `signature_place` (repeatable, `Place: FROM..TO` or
/// `Place: FROM..`), `signatory_scope` (`everyone`, `parties_to: REFERENCE`, or `members_and: CODE
/// CODE ...`), `consent_instruments` (comma-separated kinds), `accession`
/// (`non_signatories` or `on_invitation`), `reio_acts_after_member_state`
/// and `reio_counted_as_additional` (`yes`/`no`; with neither, the treaty has
/// no REIO rule), `entry_into_force` (`days_after_nth` or
/// `first_of_month_after_nth`) with `entry_into_force_instruments`,
/// `entry_into_force_days`, `later_party_days`, `entry_into_force_months`,
/// `entry_into_force_from_members`, `denunciation_delay` (`N years`, `N
/// days` or `N months, first of month`),
/// `reio_ceases_when_members_denounce` (`yes`/`no`), and `grouping`
/// (`un_regional_groups`, or `Organisation: CODE CODE ...`).
///
/// # Errors
///
/// Every malformed row, and every key the rules need that is missing.
pub fn read_final_provisions(file: &str, text: &str) -> Result<(FinalProvisions, Grouping), Error> {
    let rows = read_all(file, text, &RULE_COLUMNS, |row| {
        provenance(row)?;
        Ok(RuleRow {
            key: row.required("key", "a rule name")?.to_string(),
            value: row.required("value", "the rule's value")?.to_string(),
            // Every rule cites its article; the grouping is not a rule.
            article: if row.get("key") == "grouping" {
                String::new()
            } else {
                row.required("article", "the article, e.g. 64(1)")?.to_string()
            },
            origin: row.origin(),
        })
    })?;
    let mut problems = Vec::new();
    let rules = Rules {
        rows: &rows,
        file,
        problems: &mut problems,
    }
    .read();
    match rules {
        Some(r) if problems.is_empty() => Ok(r),
        _ => Err(Error::Invalid(crate::validate::Violations::new(problems))),
    }
}

struct Rules<'r> {
    rows: &'r [RuleRow],
    file: &'r str,
    problems: &'r mut Vec<Violation>,
}

impl Rules<'_> {
    fn row(&mut self, key: &'static str) -> Option<&RuleRow> {
        let found = self.rows.iter().find(|r| r.key == key);
        if found.is_none() {
            self.problems.push(Violation::Field {
                at: Origin::line(self.file, 1),
                field: "key",
                expected: format!("a row with the key `{key}`"),
                found: "no such row".into(),
            });
        }
        found
    }

    fn value<T>(
        &mut self,
        key: &'static str,
        expected: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<(T, Str)> {
        let row = self.row(key)?;
        let (origin, value, article) = (row.origin.clone(), row.value.clone(), row.article.clone());
        match parse(value.trim()) {
            Some(v) => Some((v, Cow::Owned(article))),
            None => {
                self.problems.push(Violation::Field {
                    at: origin,
                    field: "value",
                    expected: format!("{expected} for `{key}`"),
                    found: value,
                });
                None
            }
        }
    }

    /// Several whole numbers, each problem reported; `None` if any fails.
    fn numbers<const N: usize>(&mut self, keys: [(&'static str, &str); N]) -> Option<[i32; N]> {
        let number = |s: &str| s.parse::<i32>().ok().filter(|n| *n >= 0);
        let found = keys.map(|(key, expected)| self.value(key, expected, number).map(|(n, _)| n));
        if found.iter().any(Option::is_none) {
            return None;
        }
        Some(found.map(|n| n.unwrap_or_default()))
    }

    fn optional(&self, key: &str) -> Option<&RuleRow> {
        self.rows.iter().find(|r| r.key == key)
    }

    fn read(mut self) -> Option<(FinalProvisions, Grouping)> {
        let yes_no = |s: &str| match s {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        let date = |s: &str| parse_date(s).ok();
        let opens = self.value("signature_opens", "a date YYYY-MM-DD", date);
        let closes = self.value("signature_closes", "a date YYYY-MM-DD, or none", |s| {
            if s == "none" {
                Some(None)
            } else {
                date(s).map(Some)
            }
        });
        let scope = self.value(
            "signatory_scope",
            "everyone, members_and: CODE CODE ..., or parties_to: REFERENCE",
            |s| {
                if s == "everyone" {
                    return Some(SignatoryScope::Everyone);
                }
                if let Some(reference) = s.strip_prefix("parties_to:").map(str::trim) {
                    return (!reference.is_empty()).then(|| SignatoryScope::PartiesTo {
                        treaty: reference.to_string().into(),
                    });
                }
                let codes = s.strip_prefix("members_and:")?;
                let others: Option<Vec<Code>> = codes.split_whitespace().map(|c| c.parse().ok()).collect();
                Some(SignatoryScope::MembersAnd { others: others? })
            },
        );
        let mut places = Vec::new();
        for row in self.rows.iter().filter(|r| r.key == "signature_place") {
            let parsed = row.value.split_once(':').and_then(|(place, window)| {
                let (from, to) = window.trim().split_once("..")?;
                let until = if to.trim().is_empty() {
                    None
                } else {
                    Some(date(to.trim())?)
                };
                let place: Place = place.parse().ok()?;
                Some(SignaturePlace::new(place, date(from.trim())?, until))
            });
            match parsed {
                Some(p) => places.push(p),
                None => self.problems.push(Violation::Field {
                    at: row.origin.clone(),
                    field: "value",
                    expected: "a place and its days, e.g. `Hanoi: 2025-10-25..2025-10-26` or `New York: 2025-10-27..`"
                        .into(),
                    found: row.value.clone(),
                }),
            }
        }
        let instruments = self.value(
            "consent_instruments",
            "instrument kinds, e.g. ratification, acceptance, approval",
            |s| {
                s.split(',')
                    .map(|k| k.trim().parse::<ActionKind>().ok().filter(|k| k.is_consent()))
                    .collect::<Option<Vec<_>>>()
            },
        );
        let accession = self.value("accession", "non_signatories or on_invitation", |s| match s {
            "non_signatories" => Some(Accession::NonSignatories),
            "on_invitation" => Some(Accession::OnInvitation),
            _ => None,
        });
        let reio = match (
            self.optional("reio_acts_after_member_state").is_some(),
            self.optional("reio_counted_as_additional").is_some(),
        ) {
            (false, false) => None,
            _ => {
                let after = self.value("reio_acts_after_member_state", "yes or no", yes_no);
                let counted = self.value("reio_counted_as_additional", "yes or no", yes_no);
                after.zip(counted).map(|((after, a1), (counted, a2))| {
                    let mut r = ReioRule::new(a1, a2);
                    r.acts_after_member_state = after;
                    r.counted_as_additional = counted;
                    r
                })
            }
        };
        let shape = self.value(
            "entry_into_force",
            "days_after_nth or first_of_month_after_nth",
            |s| Some(s.to_string()).filter(|s| s == "days_after_nth" || s == "first_of_month_after_nth"),
        );
        let eif = shape.and_then(|(shape, article)| {
            let shape = if shape == "days_after_nth" {
                let [n, days, later] = self.numbers([
                    ("entry_into_force_instruments", "a whole number"),
                    ("entry_into_force_days", "a whole number of days"),
                    ("later_party_days", "a whole number of days"),
                ])?;
                EntryIntoForceShape::DaysAfterNth {
                    instruments: n as u32,
                    days,
                    later_party_days: later,
                }
            } else {
                let [n, months, members] = self.numbers([
                    ("entry_into_force_instruments", "a whole number"),
                    ("entry_into_force_months", "a whole number of months"),
                    ("entry_into_force_from_members", "a whole number"),
                ])?;
                EntryIntoForceShape::FirstOfMonthAfterNth {
                    consents: n as u32,
                    months,
                    from_members: members as u32,
                }
            };
            Some(EntryIntoForceRule::new(shape, article.into_owned()))
        });
        let delay = self.value(
            "denunciation_delay",
            "`N years`, `N days` or `N months, first of month`",
            |s| {
                let (n, unit) = s.split_once(' ')?;
                let n: i32 = n.parse().ok()?;
                match unit.trim() {
                    "year" | "years" => Some(Delay::Years(i16::try_from(n).ok()?)),
                    "day" | "days" => Some(Delay::Days(n)),
                    "months, first of month" | "month, first of month" => {
                        Some(Delay::FirstOfMonthAfterMonths(n))
                    }
                    _ => None,
                }
            },
        );
        let ceases = match self.optional("reio_ceases_when_members_denounce") {
            Some(_) => self
                .value("reio_ceases_when_members_denounce", "yes or no", yes_no)
                .map(|v| v.0),
            None => Some(false),
        };
        let grouping = self.value(
            "grouping",
            "un_regional_groups, or `Organisation: CODE CODE ...`",
            |s| {
                if s == "un_regional_groups" {
                    return Some(Grouping::UnRegionalGroups);
                }
                let (org, codes) = s.split_once(':')?;
                let members: Option<Vec<Code>> = codes.split_whitespace().map(|c| c.parse().ok()).collect();
                Some(Grouping::membership(org.trim(), members?))
            },
        );
        let ((opens, sig_article), (closes, _)) = opens.zip(closes)?;
        let (scope, _) = scope?;
        let mut signature = SignatureRule::new(opens, closes, sig_article.into_owned()).with_scope(scope);
        for p in places {
            signature = signature.with_place(p);
        }
        let ((instruments, consent_article), (accession, accession_article)) = instruments.zip(accession)?;
        let consent = ConsentRule::new(
            instruments,
            consent_article.into_owned(),
            accession,
            accession_article.into_owned(),
        );
        let (delay, denunciation_article) = delay?;
        let mut denunciation = DenunciationRule::new(delay, denunciation_article.into_owned());
        if ceases? {
            denunciation = denunciation.with_reio_ceasing_when_members_denounce();
        }
        let mut rules = FinalProvisions::new(signature, consent, eif?, denunciation);
        if let Some(reio) = reio {
            rules = rules.with_reio(reio);
        }
        Some((rules, grouping?.0))
    }
}
