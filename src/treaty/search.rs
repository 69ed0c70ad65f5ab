//! Searching a text's titles and terms, ignoring case and diacritics.

use crate::base::fold::fold;
use crate::treaty::text::{Article, Chapter, Term, TreatyText};

impl TreatyText {
    /// Articles and terms whose titles contain every word of `query`,
    /// ignoring case and diacritics.
    ///
    /// ```
    /// use hanoi_convention::{convention, treaty::SearchHit};
    ///
    /// let text = convention().text();
    /// let hits = text.search("TRAFFIC data");
    /// assert!(hits.iter().any(|h| matches!(h, SearchHit::Article(a) if a.number().get() == 29)));
    /// assert!(hits.iter().any(|h| matches!(h, SearchHit::Term(t) if t.letter() == 'c')));
    /// assert!(text.search("dénonciation").is_empty());
    /// assert!(!text.search("DÉNUNCIATION").is_empty());
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

/// A result of [`TreatyText::search`].
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
