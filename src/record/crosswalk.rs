//! The Council of Europe Convention on Cybercrime (Budapest, ETS 185)
//! mapped to the closest articles of this Convention, and back. Mappings
//! are expert inference; each carries its basis and confidence.

use crate::base::provenance::Provenance;
use crate::treaty::ArticleNumber;

/// One Budapest Convention article and its closest counterparts here.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BudapestMapping {
    pub(crate) budapest_article: u8,
    pub(crate) budapest_title: String,
    pub(crate) budapest_chapter: String,
    pub(crate) articles: Vec<ArticleNumber>,
    pub(crate) detail: String,
    pub(crate) basis: String,
    pub(crate) provenance: Provenance,
    pub(crate) note: String,
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
