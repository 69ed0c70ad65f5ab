//! Who a treaty is: titles, short names, depositary, reference, adoption.
//! Kept as sourced facts, with typed accessors for the common ones.

use std::borrow::Cow;

use crate::base::date::Date;
use crate::base::provenance::{Provenance, Str};

/// One identity fact of a treaty (title, depositary, reference...) with
/// its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Fact {
    pub(crate) key: Str,
    pub(crate) value: Str,
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

impl Fact {
    /// A fact built in code.
    pub fn new(key: impl Into<String>, value: impl Into<String>, provenance: Provenance) -> Fact {
        Fact {
            key: Cow::Owned(key.into()),
            value: Cow::Owned(value.into()),
            provenance,
        }
    }
}

/// A treaty's identity: every fact with its source, and the adoption date.
///
/// The keys the accessors read: `title`, `subtitle`, `short_name`
/// (repeatable), `adopted_by`, `adopted_on`, `depositary`,
/// `treaty_reference`, `authentic_language` (repeatable).
///
/// ```
/// let id = hanoi_convention::convention().identity();
/// assert_eq!(id.title(), "United Nations Convention against Cybercrime");
/// assert!(id.short_names().any(|n| n == "Hanoi Convention"));
/// assert_eq!(id.adopted_on(), hanoi_convention::Date::constant(2024, 12, 24));
/// assert_eq!(id.reference(), "XVIII-16");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Identity {
    pub(crate) facts: Cow<'static, [Fact]>,
    pub(crate) adopted_on: Date,
}

impl Identity {
    /// An identity from its facts; `adopted_on` must hold a `YYYY-MM-DD`
    /// date.
    ///
    /// # Errors
    ///
    /// [`Error::Format`](crate::error::Error::Format) when `adopted_on` is missing
    /// or not a date.
    pub fn new(facts: Vec<Fact>) -> Result<Identity, crate::error::Error> {
        let adopted_on = adoption_date(&facts).ok_or_else(|| crate::error::Error::Format {
            origin: crate::base::origin::Origin::Code,
            message: "expected a fact `adopted_on` holding a YYYY-MM-DD date".into(),
        })?;
        Ok(Identity {
            facts: Cow::Owned(facts),
            adopted_on,
        })
    }

    /// A fact by key (e.g. `"depositary"`); the first row when repeated.
    ///
    /// ```
    /// let id = hanoi_convention::convention().identity();
    /// assert_eq!(id.fact("depositary").map(|f| f.value()), Some("Secretary-General of the United Nations"));
    /// assert!(id.fact("no such fact").is_none());
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

    /// The full title, e.g. "United Nations Convention against Cybercrime".
    pub fn title(&self) -> &str {
        self.value("title")
    }

    /// The subtitle that follows the title, if any (else empty).
    pub fn subtitle(&self) -> &str {
        self.value("subtitle")
    }

    /// Short names, e.g. "Hanoi Convention".
    pub fn short_names(&self) -> impl Iterator<Item = &str> {
        self.facts("short_name").map(Fact::value)
    }

    /// The first short name, or the title when there is none.
    pub fn short_name(&self) -> &str {
        self.short_names().next().unwrap_or_else(|| self.title())
    }

    /// Who adopted it, e.g. "General Assembly resolution 79/243".
    pub fn adopted_by(&self) -> &str {
        self.value("adopted_by")
    }

    /// When it was adopted.
    pub fn adopted_on(&self) -> Date {
        self.adopted_on
    }

    /// The depositary, e.g. the Secretary-General of the United Nations.
    pub fn depositary(&self) -> &str {
        self.value("depositary")
    }

    /// The depositary's reference, e.g. "XVIII-16" (UN Treaty Collection) or
    /// "CETS 185" (Council of Europe).
    pub fn reference(&self) -> &str {
        self.value("treaty_reference")
    }

    /// The authentic languages.
    pub fn authentic_languages(&self) -> impl Iterator<Item = &str> {
        self.facts("authentic_language").map(Fact::value)
    }
}

pub(crate) fn adoption_date(facts: &[Fact]) -> Option<Date> {
    let f = facts.iter().find(|f| f.key == "adopted_on")?;
    crate::base::date::parse_date(f.value()).ok()
}
