//! One participant: code, names, kind, group and organization.

use std::borrow::Cow;

use crate::base::language::Language;
use crate::base::provenance::{Provenance, Str};
use crate::participants::code::Code;
use crate::participants::group::{GroupMembership, ParticipantKind};

/// A participant's name in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LocalName {
    pub(crate) language: Language,
    pub(crate) name: Str,
    /// False for a name it is found by but that is not its name (e.g.
    /// CLDR's name of the territory, for the Holy See).
    pub(crate) is_name: bool,
    pub(crate) provenance: Provenance,
}

impl LocalName {
    /// The participant's name in `language`.
    ///
    /// ```
    /// use hanoi_convention::{Confidence, Language, Provenance, participants::LocalName};
    ///
    /// let source = Provenance::new("Unicode CLDR 48", Confidence::High);
    /// assert!(LocalName::new(Language::Fr, "Allemagne", source.clone()).is_name());
    /// assert!(!LocalName::alias(Language::Fr, "Cité du Vatican", source).is_name());
    /// ```
    pub fn new(language: Language, name: impl Into<String>, provenance: Provenance) -> LocalName {
        LocalName {
            language,
            name: Cow::Owned(name.into()),
            is_name: true,
            provenance,
        }
    }

    /// A name in `language` the participant is found by but that is not
    /// its name (e.g. CLDR's name of the territory, for the Holy See).
    pub fn alias(language: Language, name: impl Into<String>, provenance: Provenance) -> LocalName {
        LocalName {
            is_name: false,
            ..LocalName::new(language, name, provenance)
        }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// True for the participant's name in that language; false for a name
    /// it is only found by.
    pub fn is_name(&self) -> bool {
        self.is_name
    }

    /// Source and confidence (the CLDR version for CLDR's names).
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// Someone who may sign and join the Convention.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Participant {
    pub(crate) code: Code,
    pub(crate) iso2: Option<Code>,
    pub(crate) name: Str,
    pub(crate) kind: ParticipantKind,
    pub(crate) group: GroupMembership,
    pub(crate) member_of: Option<Code>,
    pub(crate) iso_name: Option<Str>,
    pub(crate) official_name: Option<Str>,
    pub(crate) aliases: Cow<'static, [Str]>,
    pub(crate) local_names: Cow<'static, [LocalName]>,
    pub(crate) provenance: Provenance,
    pub(crate) note: Str,
}

impl Participant {
    /// A participant with the given identity, in no regional group and no
    /// organization; refine it with the `with_*` methods.
    pub fn new(
        code: Code,
        name: impl Into<String>,
        kind: ParticipantKind,
        provenance: Provenance,
    ) -> Participant {
        Participant {
            code,
            iso2: None,
            name: Cow::Owned(name.into()),
            kind,
            group: GroupMembership::None,
            member_of: None,
            iso_name: None,
            official_name: None,
            aliases: Cow::Borrowed(&[]),
            local_names: Cow::Borrowed(&[]),
            provenance,
            note: Cow::Borrowed(""),
        }
    }

    /// Sets the regional group standing.
    #[must_use]
    pub fn with_group(mut self, group: GroupMembership) -> Participant {
        self.group = group;
        self
    }

    /// Makes it a member State of the organization `reio`.
    #[must_use]
    pub fn with_member_of(mut self, reio: Code) -> Participant {
        self.member_of = Some(reio);
        self
    }

    /// Adds names in other languages.
    #[must_use]
    pub fn with_local_names(mut self, names: impl IntoIterator<Item = LocalName>) -> Participant {
        self.local_names.to_mut().extend(names);
        self
    }

    /// Sets the ISO 3166-1 short name (e.g. "Korea, Republic of") and
    /// official name (e.g. "Islamic Republic of Iran"), when they exist.
    #[must_use]
    pub fn with_iso_names(mut self, iso_name: Option<String>, official_name: Option<String>) -> Participant {
        self.iso_name = iso_name.map(Cow::Owned);
        self.official_name = official_name.map(Cow::Owned);
        self
    }

    /// Adds aliases.
    #[must_use]
    pub fn with_aliases<S: Into<String>>(mut self, aliases: impl IntoIterator<Item = S>) -> Participant {
        self.aliases
            .to_mut()
            .extend(aliases.into_iter().map(|a| Cow::Owned(a.into())));
        self
    }

    /// The code: ISO 3166-1 alpha-3, or `EU`.
    pub fn code(&self) -> Code {
        self.code
    }

    /// ISO 3166-1 alpha-2, where one exists.
    pub fn iso2(&self) -> Option<Code> {
        self.iso2
    }

    /// The name as the UN Treaty Collection writes it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of entity it is.
    pub fn kind(&self) -> ParticipantKind {
        self.kind
    }

    /// Its standing towards the UN regional groups.
    pub fn group(&self) -> GroupMembership {
        self.group
    }

    /// The organization (REIO) it is a member State of, if any.
    pub fn member_of(&self) -> Option<Code> {
        self.member_of
    }

    /// Common and former names ("Vietnam", "Turkey", "Ivory Coast", ...).
    pub fn aliases(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.aliases.iter().map(|a| a.as_ref())
    }

    /// The ISO 3166-1 short name, e.g. "Korea, Republic of" (none for the EU).
    pub fn iso_name(&self) -> Option<&str> {
        self.iso_name.as_deref()
    }

    /// The official name in ISO 3166-1, e.g. "Islamic Republic of Iran",
    /// where ISO gives one.
    pub fn official_name(&self) -> Option<&str> {
        self.official_name.as_deref()
    }

    /// Its name in `language`: the UN's form in English, CLDR's in the
    /// other languages; `None` where the data has none (the name in English
    /// is then the one to show).
    ///
    /// ```
    /// use hanoi_convention::{Language, Register};
    ///
    /// let p = Register::embedded().participants();
    /// let tur = p.by_code("TUR").unwrap();
    /// assert_eq!(tur.name_in(Language::Vi), Some("Thổ Nhĩ Kỳ"));
    /// assert_eq!(tur.name_in(Language::En), Some("Türkiye"));
    /// // CLDR names a territory, not the Holy See: no French name recorded.
    /// assert_eq!(p.by_code("VAT").unwrap().name_in(Language::Fr), None);
    /// ```
    pub fn name_in(&self, language: Language) -> Option<&str> {
        if language == Language::En {
            return Some(&self.name);
        }
        self.local_names
            .iter()
            .find(|n| n.language == language && n.is_name)
            .map(|n| n.name.as_ref())
    }

    /// Its names in other languages, and names it is found by in them.
    pub fn local_names(&self) -> &[LocalName] {
        &self.local_names
    }

    /// Every name it is found by: the name, the ISO names, the aliases, the
    /// names in other languages.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(self.name.as_ref())
            .chain(self.iso_name.as_deref())
            .chain(self.official_name.as_deref())
            .chain(self.aliases())
            .chain(self.local_names.iter().map(|n| n.name.as_ref()))
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// Notes on special cases.
    pub fn note(&self) -> &str {
        &self.note
    }
}
