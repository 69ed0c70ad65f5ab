//! The Council of Europe Convention on Cybercrime (Budapest, ETS 185)
//! mapped to the closest articles of this Convention, and back. Mappings
//! are expert inference; each carries its basis and confidence.

use once_cell::sync::Lazy;

use crate::error::Error;
use crate::provenance::Provenance;
use crate::table::{Columns, Record, list, provenance, read_all};
use crate::text::ArticleNumber;

/// One Budapest Convention article and its closest counterparts here.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BudapestMapping {
    budapest_article: u8,
    budapest_title: String,
    budapest_chapter: String,
    articles: Vec<ArticleNumber>,
    detail: String,
    basis: String,
    provenance: Provenance,
    note: String,
}

impl BudapestMapping {
    /// The Budapest article number (1 to 48).
    pub fn budapest_article(&self) -> u8 {
        self.budapest_article
    }
    /// Its title.
    pub fn budapest_title(&self) -> &str {
        &self.budapest_title
    }
    /// Its chapter, e.g. "II Measures to be taken at the national level".
    pub fn budapest_chapter(&self) -> &str {
        &self.budapest_chapter
    }
    /// The closest articles of this Convention (empty: no counterpart).
    pub fn articles(&self) -> &[ArticleNumber] {
        &self.articles
    }
    /// Which parts of those articles, where the mapping is partial.
    pub fn detail(&self) -> &str {
        &self.detail
    }
    /// How the mapping was made (e.g. "inferred").
    pub fn basis(&self) -> &str {
        &self.basis
    }
    /// Source and confidence of the mapping.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
    /// Note.
    pub fn note(&self) -> &str {
        &self.note
    }
}

/// The whole crosswalk, by Budapest article.
///
/// ```
/// let cw = hanoi_convention::budapest_crosswalk();
/// assert_eq!(cw.len(), 48);
/// let illegal_access = &cw[1];
/// assert_eq!(illegal_access.budapest_article(), 2);
/// assert_eq!(illegal_access.articles()[0].get(), 7);
/// ```
pub fn budapest_crosswalk() -> &'static [BudapestMapping] {
    static C: Lazy<Vec<BudapestMapping>> = Lazy::new(|| {
        let (file, text) = crate::embedded::BUDAPEST;
        load_crosswalk(file, text)
            .unwrap_or_else(|e| panic!("embedded {file} is invalid (the crate's tests catch this): {e}"))
    });
    &C
}

/// The Budapest articles whose closest counterpart includes `article`.
///
/// ```
/// use hanoi_convention::{budapest_counterparts, ArticleNumber};
///
/// let art65 = ArticleNumber::new(65).unwrap();
/// let back: Vec<u8> = budapest_counterparts(art65).map(|m| m.budapest_article()).collect();
/// assert_eq!(back, [36]);
/// ```
pub fn budapest_counterparts(article: ArticleNumber) -> impl Iterator<Item = &'static BudapestMapping> {
    budapest_crosswalk()
        .iter()
        .filter(move |m| m.articles.contains(&article))
}

static CROSSWALK_COLUMNS: Columns = Columns {
    all: &[
        "budapest_article",
        "budapest_title",
        "budapest_chapter",
        "un_articles",
        "un_detail",
        "basis",
        "confidence",
        "source",
        "note",
    ],
    required: &[
        "budapest_article",
        "budapest_title",
        "budapest_chapter",
        "basis",
        "confidence",
        "source",
    ],
};

pub(crate) fn load_crosswalk(file: &str, text: &str) -> Result<Vec<BudapestMapping>, Error> {
    read_all(file, text, &CROSSWALK_COLUMNS, |row| {
        Ok(BudapestMapping {
            budapest_article: row
                .parse("budapest_article", "a Budapest article number 1 to 48")
                .and_then(|n: u8| {
                    if (1..=48).contains(&n) {
                        Ok(n)
                    } else {
                        Err(row.problem("budapest_article", "1 to 48"))
                    }
                })?,
            budapest_title: row.required("budapest_title", "a title")?.to_string(),
            budapest_chapter: row.required("budapest_chapter", "a chapter")?.to_string(),
            articles: list(row.get("un_articles"))
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|_| row.problem("un_articles", "article numbers 1 to 68 separated by `;`"))?,
            detail: row.get("un_detail").to_string(),
            basis: row.required("basis", "the basis of the mapping")?.to_string(),
            provenance: provenance(row)?,
            note: row.get("note").to_string(),
        })
    })
}
