//! A treaty's text as data: chapters, articles, defined terms and
//! classified provisions, with lookups and search. Every answer comes from
//! the text value itself, never from the embedded data.

use std::borrow::Cow;

use crate::base::article::{ArticleNumber, ProvisionRef, roman};
use crate::base::provenance::{Provenance, Str};
use crate::treaty::provision::Provision;

/// A chapter of a treaty.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Chapter {
    pub(crate) number: u8,
    pub(crate) title: Str,
    pub(crate) first: ArticleNumber,
    pub(crate) last: ArticleNumber,
    pub(crate) provenance: Provenance,
}

impl Chapter {
    /// Chapter `number` (from 1), covering articles `first` to `last`.
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) for chapter 0, or a range that ends
    /// before it starts.
    pub fn new(
        number: u8,
        title: impl Into<String>,
        first: ArticleNumber,
        last: ArticleNumber,
        provenance: Provenance,
    ) -> Result<Chapter, crate::error::Error> {
        if number == 0 || last < first {
            return Err(text_error(format!(
                "chapter {number} covering articles {first} to {last}: expected a chapter from 1 whose range runs upwards"
            )));
        }
        Ok(Chapter {
            number,
            title: Cow::Owned(title.into()),
            first,
            last,
            provenance,
        })
    }

    /// The chapter number, from 1.
    pub fn number(&self) -> u8 {
        self.number
    }

    /// The chapter number in Roman numerals, as treaties write it.
    ///
    /// ```
    /// let text = hanoi_convention::convention().text();
    /// assert_eq!(text.chapter(9).unwrap().roman(), "IX");
    /// ```
    pub fn roman(&self) -> String {
        roman(u16::from(self.number))
    }

    /// The title, e.g. "Criminalization".
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The first and last article numbers (inclusive).
    pub fn article_range(&self) -> (ArticleNumber, ArticleNumber) {
        (self.first, self.last)
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// An article: number, title and chapter.
///
/// ```
/// let text = hanoi_convention::convention().text();
/// let art = text.article(2).unwrap();
/// assert_eq!((art.number().get(), art.title()), (2, "Use of terms"));
/// assert_eq!(text.chapter_of(art).map(|c| c.roman()).as_deref(), Some("I"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article {
    pub(crate) number: ArticleNumber,
    pub(crate) chapter: u8,
    pub(crate) title: Str,
    pub(crate) provenance: Provenance,
}

impl Article {
    /// Article `number`, in chapter `chapter` (from 1). Whether that chapter
    /// covers it is checked by the text it goes into ([`TreatyText::new`]).
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) for chapter 0.
    pub fn new(
        number: ArticleNumber,
        chapter: u8,
        title: impl Into<String>,
        provenance: Provenance,
    ) -> Result<Article, crate::error::Error> {
        if chapter == 0 {
            return Err(text_error(format!(
                "article {number} in chapter 0: expected a chapter from 1"
            )));
        }
        Ok(Article {
            number,
            chapter,
            title: Cow::Owned(title.into()),
            provenance,
        })
    }

    /// The article number.
    pub fn number(&self) -> ArticleNumber {
        self.number
    }

    /// The title, e.g. "Entry into force".
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The number of the chapter it belongs to; the chapter itself is
    /// [`TreatyText::chapter_of`].
    pub fn chapter_number(&self) -> u8 {
        self.chapter
    }

    /// Source and confidence of the title.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// A defined term: a lettered subparagraph of the article that defines
/// the treaty's terms (e.g. "traffic data", the Hanoi Convention's 2(c)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Term {
    pub(crate) article: ArticleNumber,
    pub(crate) letter: char,
    pub(crate) term: Str,
    pub(crate) note: Str,
    pub(crate) provenance: Provenance,
}

impl Term {
    /// The term of subparagraph `letter` of `article`, with a note (may be
    /// empty).
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) when `letter` is not a lowercase ASCII
    /// letter.
    pub fn new(
        article: ArticleNumber,
        letter: char,
        term: impl Into<String>,
        note: impl Into<String>,
        provenance: Provenance,
    ) -> Result<Term, crate::error::Error> {
        if !letter.is_ascii_lowercase() {
            return Err(text_error(format!(
                "term ({letter}) of article {article}: expected a subparagraph letter from a to z"
            )));
        }
        Ok(Term {
            article,
            letter,
            term: Cow::Owned(term.into()),
            note: Cow::Owned(note.into()),
            provenance,
        })
    }

    /// The article that defines it.
    pub fn article(&self) -> ArticleNumber {
        self.article
    }

    /// The subparagraph letter, from `'a'`.
    pub fn letter(&self) -> char {
        self.letter
    }

    /// Where it is defined, as treaties cite it: `2(c)`.
    pub fn reference(&self) -> String {
        format!("{}({})", self.article, self.letter)
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

/// The text of a treaty: chapters, articles, terms and classified provisions.
///
/// ```
/// let text = hanoi_convention::convention().text();
/// assert_eq!(text.articles().len(), 68);
/// let art = text.article(65).unwrap();
/// assert_eq!(art.title(), "Entry into force");
/// assert_eq!(text.chapter_of(art).map(|c| c.title()), Some("Final provisions"));
/// let ch2 = text.chapter(2).unwrap();
/// assert_eq!(text.articles_in(ch2).len(), 15);
/// assert_eq!(text.articles_in(ch2)[0].title(), "Illegal access");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TreatyText {
    pub(crate) chapters: Cow<'static, [Chapter]>,
    pub(crate) articles: Cow<'static, [Article]>,
    pub(crate) terms: Cow<'static, [Term]>,
    pub(crate) provisions: Cow<'static, [Provision]>,
}

/// Which part of a text breaks a structural rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Chapters,
    Articles,
    Terms,
    Provisions,
}

impl TreatyText {
    /// A text from its parts, checked: articles numbered 1 to N once each
    /// and in order, chapters numbered from 1 that cover the articles in
    /// order without gaps, terms lettered from (a) in order, and provisions
    /// that name existing articles. A text whose articles the data does not
    /// record is empty: no chapters, no articles.
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) naming the rule broken.
    ///
    /// ```
    /// use hanoi_convention::treaty::TreatyText;
    ///
    /// let text = hanoi_convention::convention().text();
    /// let copy = TreatyText::new(
    ///     text.chapters().to_vec(),
    ///     text.articles().to_vec(),
    ///     text.terms().to_vec(),
    ///     text.provisions().to_vec(),
    /// )?;
    /// assert_eq!(&copy, text);
    /// assert!(TreatyText::new(vec![], text.articles().to_vec(), vec![], vec![]).is_err());
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn new(
        chapters: Vec<Chapter>,
        articles: Vec<Article>,
        terms: Vec<Term>,
        provisions: Vec<Provision>,
    ) -> Result<TreatyText, crate::error::Error> {
        let text = TreatyText {
            chapters: Cow::Owned(chapters),
            articles: Cow::Owned(articles),
            terms: Cow::Owned(terms),
            provisions: Cow::Owned(provisions),
        };
        text.check_structure()
            .map_err(|(_, message)| text_error(message))?;
        Ok(text)
    }

    /// The structural invariants every lookup relies on; on failure, the
    /// part at fault and what is wrong.
    pub(crate) fn check_structure(&self) -> Result<(), (Part, String)> {
        let n = self.articles.len();
        for (i, a) in self.articles.iter().enumerate() {
            if usize::from(a.number.get()) != i + 1 {
                return Err((
                    Part::Articles,
                    format!(
                        "article {} is at position {}: expected articles 1 to {n} once each, in order",
                        a.number,
                        i + 1
                    ),
                ));
            }
            let ch = usize::from(a.chapter)
                .checked_sub(1)
                .and_then(|c| self.chapters.get(c));
            if !ch.is_some_and(|c| c.first <= a.number && a.number <= c.last) {
                return Err((
                    Part::Articles,
                    format!("article {} lies outside its chapter's range", a.number),
                ));
            }
        }
        // A text whose articles the data does not record has neither
        // articles nor chapters (e.g. a protocol known only by its final
        // provisions); a text with articles must have chapters covering them.
        if n == 0 && !self.chapters.is_empty() {
            return Err((
                Part::Articles,
                "chapters but no articles: expected the articles the chapters cover".into(),
            ));
        }
        let mut next = 1usize;
        for (i, c) in self.chapters.iter().enumerate() {
            if usize::from(c.number) != i + 1 || usize::from(c.first.get()) != next || c.last < c.first {
                return Err((
                    Part::Chapters,
                    format!(
                        "chapter {} does not continue where the previous one ended (article {next})",
                        c.roman()
                    ),
                ));
            }
            next = usize::from(c.last.get()) + 1;
        }
        if next != n + 1 {
            return Err((
                Part::Chapters,
                format!(
                    "the {} chapters cover articles 1 to {}: expected them to cover articles 1 to {n}",
                    self.chapters.len(),
                    next - 1
                ),
            ));
        }
        for (i, t) in self.terms.iter().enumerate() {
            if u32::from(t.letter) != u32::from(b'a') + i as u32 {
                return Err((
                    Part::Terms,
                    format!(
                        "term ({}) out of order: expected the letters from (a) in order",
                        t.letter
                    ),
                ));
            }
            let same_article = self.terms.first().is_none_or(|first| first.article == t.article);
            if self.article(t.article.get()).is_none() || !same_article {
                return Err((
                    Part::Terms,
                    format!(
                        "term {} names article {}: expected the one article of the text that defines its terms",
                        t.reference(),
                        t.article
                    ),
                ));
            }
        }
        if let Some(p) = self
            .provisions
            .iter()
            .find(|p| self.article(p.reference.article.get()).is_none())
        {
            return Err((
                Part::Provisions,
                format!(
                    "provision {} names no article of the text (1 to {n})",
                    p.reference
                ),
            ));
        }
        Ok(())
    }

    /// The chapters, in order.
    pub fn chapters(&self) -> &[Chapter] {
        &self.chapters
    }

    /// Chapter `number` (from 1).
    pub fn chapter(&self, number: u8) -> Option<&Chapter> {
        self.chapters.get(usize::from(number).checked_sub(1)?)
    }

    /// The articles, in order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Article `number`; `None` when the text has no such article. (Parse
    /// user input with [`ArticleNumber`], then ask for its number.)
    ///
    /// ```
    /// use hanoi_convention::{convention, treaty::ArticleNumber};
    ///
    /// let n: ArticleNumber = "article 7".parse()?;
    /// assert_eq!(convention().text().article(n.get()).map(|a| a.title()), Some("Illegal access"));
    /// assert!(convention().text().article(69).is_none());
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn article(&self, number: u8) -> Option<&Article> {
        self.articles.get(usize::from(number).checked_sub(1)?)
    }

    /// The articles of `chapter`, from this text (empty for a chapter of
    /// another text that this one does not cover).
    pub fn articles_in(&self, chapter: &Chapter) -> &[Article] {
        let (first, last) = (usize::from(chapter.first.get()), usize::from(chapter.last.get()));
        self.articles.get(first - 1..last).unwrap_or(&[])
    }

    /// The chapter of this text that `article` belongs to; `None` for an
    /// article this text's chapters do not place there (e.g. one from
    /// another text).
    pub fn chapter_of(&self, article: &Article) -> Option<&Chapter> {
        self.chapter(article.chapter)
            .filter(|c| c.first <= article.number && article.number <= c.last)
    }

    /// The article that defines the terms: the one its terms name (the
    /// Hanoi Convention's article 2, the Budapest Convention's article 1);
    /// `None` when the data records no terms.
    ///
    /// ```
    /// let text = hanoi_convention::convention().text();
    /// assert_eq!(text.definitions_article().map(|a| a.number().get()), Some(2));
    /// ```
    pub fn definitions_article(&self) -> Option<&Article> {
        self.terms.first().and_then(|t| self.article(t.article.get()))
    }

    /// The defined terms.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The classified provisions (mandatory offences, optional elements,
    /// reservations).
    pub fn provisions(&self) -> &[Provision] {
        &self.provisions
    }

    /// The classified provisions of one article.
    ///
    /// ```
    /// use hanoi_convention::{convention, treaty::{ArticleNumber, ProvisionKind}};
    ///
    /// let art7 = ArticleNumber::new(7).unwrap();
    /// let kinds: Vec<ProvisionKind> = convention().text().provisions_of(art7).map(|p| p.kind()).collect();
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
    /// let text = hanoi_convention::convention().text();
    /// assert!(text.allows_reservation("11(3)".parse()?));
    /// assert!(text.allows_reservation("63(3)".parse()?));
    /// assert!(!text.allows_reservation("65".parse()?));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn allows_reservation(&self, provision: ProvisionRef) -> bool {
        self.provisions.iter().any(|p| {
            p.kind.allows_reservation()
                && p.reference.article == provision.article
                && (provision.paragraph.is_none() || p.reference.paragraph == provision.paragraph)
        })
    }

    /// The provisions that allow a reservation or declaration, in order.
    ///
    /// ```
    /// let text = hanoi_convention::convention().text();
    /// let list: Vec<String> = text.reservable().map(|p| p.to_string()).collect();
    /// assert!(list.contains(&"11(3)".to_string()) && list.contains(&"63(3)".to_string()));
    /// ```
    pub fn reservable(&self) -> impl Iterator<Item = ProvisionRef> + '_ {
        self.provisions
            .iter()
            .filter(|p| p.kind.allows_reservation())
            .map(|p| p.reference)
    }
}

/// An error in a text built in code.
fn text_error(message: String) -> crate::error::Error {
    crate::error::Error::text(crate::base::origin::Origin::Code, message)
}
