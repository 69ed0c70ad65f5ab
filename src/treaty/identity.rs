//! Who a treaty is: titles, short names, depositary, reference, adoption.
//! Kept as sourced facts, with typed accessors for the common ones.

use std::borrow::Cow;

use crate::base::date::Date;
use crate::base::language::Language;
use crate::base::provenance::{Provenance, Str};

/// Which form of a treaty's name: the full official title, the short
/// title, or the name it is commonly known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum NameForm {
    /// The full title, with its subtitle.
    Official,
    /// The title without the subtitle.
    Short,
    /// A name in common use, e.g. "Hanoi Convention".
    Informal,
}

impl NameForm {
    /// Every form, fullest first.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[NameForm] = &[NameForm::Official, NameForm::Short, NameForm::Informal];

    /// The word used in the data's keys: `official`, `short`, `informal`.
    pub const fn as_str(self) -> &'static str {
        match self {
            NameForm::Official => "official",
            NameForm::Short => "short",
            NameForm::Informal => "informal",
        }
    }
}

/// A treaty's name in a language, from an identity fact keyed
/// `name.<language>.<form>` (e.g. `name.fr.short`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TreatyName<'a> {
    /// The language.
    pub language: Language,
    /// Which form.
    pub form: NameForm,
    /// The name.
    pub name: &'a str,
    /// Its source and confidence.
    pub provenance: &'a Provenance,
}

/// The language and form a fact key `name.<language>.<form>` names:
/// `None` for other keys, `Some(Err(()))` for a malformed name key.
pub(crate) fn name_key(key: &str) -> Option<Result<(Language, NameForm), ()>> {
    let rest = key.strip_prefix("name.")?;
    let parsed = rest.split_once('.').and_then(|(language, form)| {
        let language = language.parse().ok()?;
        let form = NameForm::ALL.iter().copied().find(|f| f.as_str() == form)?;
        Some((language, form))
    });
    Some(parsed.ok_or(()))
}

/// What a name key must look like, for error messages.
pub(crate) const NAME_KEY_EXPECTED: &str = "name.<language>.<form>, the language one of ar, zh, en, fr, ru, es, vi and the form official, short or informal";

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
/// `treaty_reference`, `authentic_language` (repeatable), and the names in
/// other languages as `name.<language>.<form>` (see [`Identity::name_in`]).
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
    /// An error of kind [`Format`](crate::ErrorKind::Format) when `adopted_on` is missing or not a
    /// date, or a key starting `name.` is not `name.<language>.<form>`.
    pub fn new(facts: Vec<Fact>) -> Result<Identity, crate::error::Error> {
        if let Some(f) = facts.iter().find(|f| matches!(name_key(&f.key), Some(Err(())))) {
            return Err(crate::error::Error::identity(
                crate::base::origin::Origin::Code,
                format!("fact `{}`: expected {NAME_KEY_EXPECTED}", f.key),
            ));
        }
        let adopted_on = adoption_date(&facts).ok_or_else(|| {
            crate::error::Error::identity(
                crate::base::origin::Origin::Code,
                "expected a fact `adopted_on` holding a YYYY-MM-DD date".into(),
            )
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

    /// Every name recorded in a language, in data-file order.
    pub fn names(&self) -> impl Iterator<Item = TreatyName<'_>> {
        self.facts.iter().filter_map(|f| {
            let (language, form) = name_key(&f.key)?.ok()?;
            Some(TreatyName {
                language,
                form,
                name: &f.value,
                provenance: &f.provenance,
            })
        })
    }

    /// The name in `language` and `form`, where a source gives it; `None`
    /// is a gap in the data, not a guess (the full Arabic, Chinese and
    /// French titles of the Hanoi Convention were not found).
    ///
    /// ```
    /// use hanoi_convention::{Language, treaty::NameForm};
    ///
    /// let id = hanoi_convention::convention().identity();
    /// assert_eq!(id.name_in(Language::Fr, NameForm::Short), Some("Convention des Nations Unies contre la cybercriminalité"));
    /// assert_eq!(id.name_in(Language::Vi, NameForm::Informal), Some("Công ước Hà Nội"));
    /// assert_eq!(id.name_in(Language::Fr, NameForm::Official), None);
    /// ```
    pub fn name_in(&self, language: Language, form: NameForm) -> Option<&str> {
        self.names()
            .find(|n| n.language == language && n.form == form)
            .map(|n| n.name)
    }

    /// The title to show in `language`: its short form, else its official
    /// form; `None` when neither is recorded (show [`title`](Self::title)).
    /// For English it falls back to the title.
    ///
    /// ```
    /// use hanoi_convention::Language;
    ///
    /// let id = hanoi_convention::convention().identity();
    /// assert_eq!(id.title_in(Language::Zh), Some("联合国打击网络犯罪公约"));
    /// assert_eq!(id.title_in(Language::En), Some(id.title()));
    /// ```
    pub fn title_in(&self, language: Language) -> Option<&str> {
        self.name_in(language, NameForm::Short)
            .or_else(|| self.name_in(language, NameForm::Official))
            .or_else(|| (language == Language::En && !self.title().is_empty()).then(|| self.title()))
    }
}

pub(crate) fn adoption_date(facts: &[Fact]) -> Option<Date> {
    let f = facts.iter().find(|f| f.key == "adopted_on")?;
    crate::base::date::parse(f.value()).ok()
}
