//! Article numbers and references to paragraphs, for any treaty: whether an
//! article exists is a question for the treaty's text, not for the number.

use std::fmt;
use std::num::NonZeroU8;

/// The number of an article: a whole number from 1.
///
/// Parses `7`, `Art. 7`, `art 7` and `article 7` (any case); rejects `0`,
/// `7a` and empty input with an error (of kind
/// [`Value`](crate::ErrorKind::Value)) saying why. Whether
/// the article exists is answered by the text
/// ([`TreatyText::article`](crate::treaty::TreatyText::article)).
///
/// ```
/// use hanoi_convention::treaty::ArticleNumber;
///
/// let n: ArticleNumber = "Art. 7".parse()?;
/// assert_eq!(n.get(), 7);
/// assert_eq!("article 65".parse::<ArticleNumber>()?.get(), 65);
/// for bad in ["0", "7a", "", "art.", "300"] {
///     assert!(bad.parse::<ArticleNumber>().is_err(), "{bad}");
/// }
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ArticleNumber(NonZeroU8);

/// Input that is not an article number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{input:?} is not an article number: {reason}; expected a whole number from 1, optionally after \"Art.\" or \"article\""
)]
pub(crate) struct ArticleNumberError {
    /// The input.
    pub(crate) input: String,
    /// Why it was rejected.
    pub(crate) reason: &'static str,
}

impl ArticleNumber {
    /// Article `n`, if `n >= 1`.
    pub const fn new(n: u8) -> Option<ArticleNumber> {
        match NonZeroU8::new(n) {
            Some(nz) => Some(ArticleNumber(nz)),
            None => None,
        }
    }

    /// The number.
    pub const fn get(self) -> u8 {
        self.0.get()
    }
}

impl fmt::Display for ArticleNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl ArticleNumber {
    /// [`str::parse`], its error the crate's own reason.
    pub(crate) fn parse(input: &str) -> Result<ArticleNumber, ArticleNumberError> {
        let err = |reason| ArticleNumberError {
            input: input.to_string(),
            reason,
        };
        let mut s = input.trim();
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
        if n == 0 {
            return Err(err("articles start at 1"));
        }
        u8::try_from(n)
            .ok()
            .and_then(ArticleNumber::new)
            .ok_or_else(|| err("no treaty the crate models has that many articles (at most 255)"))
    }
}

/// A reference to an article or one of its paragraphs: `7`, `7(2)`, `63(3)`.
///
/// ```
/// use hanoi_convention::treaty::ProvisionRef;
///
/// let p: ProvisionRef = "63(3)".parse()?;
/// assert_eq!(p.article().get(), 63);
/// assert_eq!(p.paragraph(), Some(3));
/// assert_eq!(p.to_string(), "63(3)");
/// assert!("63(".parse::<ProvisionRef>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
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

impl ProvisionRef {
    /// [`str::parse`], its error the crate's own reason.
    pub(crate) fn parse(input: &str) -> Result<ProvisionRef, ArticleNumberError> {
        let s = input.trim();
        let Some((art, rest)) = s.split_once('(') else {
            return Ok(ProvisionRef::article_only(ArticleNumber::parse(s)?));
        };
        let article = ArticleNumber::parse(art)?;
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

/// `n` in Roman numerals (1 to 3999), as treaties number their chapters.
pub(crate) fn roman(n: u16) -> String {
    const TABLE: [(u16, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// The number a Roman numeral stands for, when it is one in canonical form
/// up to 255.
pub(crate) fn parse_roman(s: &str) -> Option<u8> {
    (1..=255u8).find(|&n| roman(u16::from(n)) == s)
}
