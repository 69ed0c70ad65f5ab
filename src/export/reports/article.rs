//! An article with its terms, provisions and Budapest counterparts, and a
//! search of the text.

use serde::Serialize;

use crate::base::provenance::Confidence;
use crate::record::BudapestMapping;
use crate::treaty::{ArticleNumber, ProvisionKind, SearchHit, Treaty};

/// A chapter, by Roman number and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChapterRef {
    /// Roman number.
    pub number: String,
    /// Title.
    pub title: String,
}

/// A defined term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TermRow {
    /// Where it is defined, e.g. `2(c)`.
    pub reference: String,
    /// Subparagraph letter.
    pub letter: char,
    /// The term.
    pub term: String,
}

/// A classified provision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvisionRow {
    /// e.g. `11(3)`.
    pub provision: String,
    /// Kind.
    pub kind: ProvisionKind,
    /// Summary.
    pub summary: String,
    /// Whether a reservation or declaration may be made under it.
    pub allows_reservation: bool,
}

/// A Budapest Convention counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BudapestRow {
    /// Budapest article number.
    pub article: u8,
    /// Its title.
    pub title: String,
    /// Which part corresponds.
    pub detail: String,
    /// The basis of the mapping.
    pub basis: String,
    /// Confidence.
    pub confidence: Confidence,
}

/// An article with its chapter, terms, provisions and counterparts
/// (`hanoi article`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleReport {
    /// Number.
    pub number: ArticleNumber,
    /// Title.
    pub title: String,
    /// Confidence of the title.
    pub confidence: Confidence,
    /// Source of the title.
    pub source: String,
    /// Its chapter.
    pub chapter: ChapterRef,
    /// The terms it defines (for the definitions article).
    pub terms: Vec<TermRow>,
    /// Its classified provisions.
    pub provisions: Vec<ProvisionRow>,
    /// Budapest Convention counterparts from `crosswalk`.
    pub budapest: Vec<BudapestRow>,
}

impl ArticleReport {
    /// Article `n` of `treaty`, with the counterparts `crosswalk` maps to it;
    /// `None` when the text has no such article.
    pub fn new(treaty: &Treaty, n: ArticleNumber, crosswalk: &[BudapestMapping]) -> Option<ArticleReport> {
        let text = treaty.text();
        let a = text.article(n.get())?;
        let ch = text.chapter_of(a)?;
        let defines = text.definitions_article().is_some_and(|d| d.number() == n);
        Some(ArticleReport {
            number: n,
            title: a.title().to_string(),
            confidence: a.provenance().confidence(),
            source: a.provenance().source().to_string(),
            chapter: ChapterRef {
                number: ch.roman(),
                title: ch.title().to_string(),
            },
            terms: if defines {
                text.terms()
                    .iter()
                    .map(|t| TermRow {
                        reference: t.reference(),
                        letter: t.letter(),
                        term: t.term().to_string(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            provisions: text
                .provisions_of(n)
                .map(|p| ProvisionRow {
                    provision: p.reference().to_string(),
                    kind: p.kind(),
                    summary: p.summary().to_string(),
                    allows_reservation: p.kind().allows_reservation(),
                })
                .collect(),
            budapest: crosswalk
                .iter()
                .filter(|m| m.articles().contains(&n))
                .map(|m| BudapestRow {
                    article: m.budapest_article(),
                    title: m.budapest_title().to_string(),
                    detail: m.detail().to_string(),
                    basis: m.basis().to_string(),
                    confidence: m.provenance().confidence(),
                })
                .collect(),
        })
    }
}

/// One hit of a search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SearchHitRow {
    /// An article.
    Article {
        /// Number.
        number: ArticleNumber,
        /// Title.
        title: String,
    },
    /// A defined term.
    Term {
        /// Where it is defined, e.g. `2(c)`.
        reference: String,
        /// Subparagraph letter.
        letter: char,
        /// The term.
        term: String,
    },
    /// A chapter.
    Chapter {
        /// Roman number.
        chapter: String,
        /// Title.
        title: String,
    },
}

/// A search of titles and terms (`hanoi article --search`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchReport {
    /// The words searched for.
    pub query: String,
    /// What matched.
    pub hits: Vec<SearchHitRow>,
}

impl SearchReport {
    /// Searches `treaty`'s text.
    pub fn new(treaty: &Treaty, query: &str) -> SearchReport {
        let hits = treaty
            .text()
            .search(query)
            .into_iter()
            .map(|h| match h {
                SearchHit::Article(a) => SearchHitRow::Article {
                    number: a.number(),
                    title: a.title().to_string(),
                },
                SearchHit::Term(t) => SearchHitRow::Term {
                    reference: t.reference(),
                    letter: t.letter(),
                    term: t.term().to_string(),
                },
                SearchHit::Chapter(c) => SearchHitRow::Chapter {
                    chapter: c.roman(),
                    title: c.title().to_string(),
                },
            })
            .collect();
        SearchReport {
            query: query.to_string(),
            hits,
        }
    }
}
