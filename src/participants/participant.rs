//! One participant: code, names, kind, group and organization.

use std::borrow::Cow;

use crate::base::code::Code;
use crate::base::language::Language;
use crate::base::provenance::{Provenance, Str};
use crate::participants::group::{GroupMembership, ParticipantKind};
use crate::participants::systems::{CodeSystem, Codes, written};

/// What a [`LocalName`] is to its participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NameKind {
    /// Its (short) name in that language, the one to show.
    Name,
    /// Its formal name in that language, as the UN writes it (e.g.
    /// "Fédération de Russie").
    Formal,
    /// A name it is found by but that is not its name (e.g. CLDR's name
    /// of the territory, for the Holy See).
    Alias,
}

/// A participant's name in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LocalName {
    pub(crate) language: Language,
    pub(crate) name: Str,
    pub(crate) kind: NameKind,
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
            kind: NameKind::Name,
            provenance,
        }
    }

    /// The participant's formal name in `language` (e.g. "Fédération de
    /// Russie").
    pub fn formal(language: Language, name: impl Into<String>, provenance: Provenance) -> LocalName {
        LocalName {
            kind: NameKind::Formal,
            ..LocalName::new(language, name, provenance)
        }
    }

    /// A name in `language` the participant is found by but that is not
    /// its name (e.g. CLDR's name of the territory, for the Holy See).
    pub fn alias(language: Language, name: impl Into<String>, provenance: Provenance) -> LocalName {
        LocalName {
            kind: NameKind::Alias,
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

    /// True for the participant's name in that language; false for its
    /// formal name and for a name it is only found by.
    pub fn is_name(&self) -> bool {
        self.kind == NameKind::Name
    }

    /// What the name is to the participant.
    pub fn kind(&self) -> NameKind {
        self.kind
    }

    /// Source and confidence (the CLDR version for CLDR's names).
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}

/// Someone who may sign and join a treaty: a State or an organisation.
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
    pub(crate) codes: Codes,
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
            codes: Codes::default(),
            provenance,
            note: Cow::Borrowed(""),
        }
    }

    /// Sets its ISO 3166-1 alpha-2 code.
    #[must_use]
    pub fn with_iso2(mut self, iso2: Code) -> Participant {
        self.iso2 = Some(iso2);
        self
    }

    /// Sets its codes in the other systems.
    #[must_use]
    pub fn with_codes(mut self, codes: Codes) -> Participant {
        self.codes = codes;
        self
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

    /// Its codes in the systems other than its key, with their sources.
    pub fn codes(&self) -> &Codes {
        &self.codes
    }

    /// Its code in `system`, as that system writes it; `None` where the
    /// system assigns none (the EU has no COW code; Cook Islands, Niue,
    /// the Holy See and the State of Palestine are in neither state system).
    ///
    /// ```
    /// use hanoi_convention::{Register, participants::CodeSystem};
    ///
    /// let p = Register::embedded().participants();
    /// let vnm = p.find("Viet Nam")?;
    /// assert_eq!(vnm.code_in(CodeSystem::IsoNumeric).as_deref(), Some("704"));
    /// assert_eq!(vnm.code_in(CodeSystem::Cow).as_deref(), Some("816"));
    /// assert_eq!(vnm.code_in(CodeSystem::CowLetters).as_deref(), Some("DRV"));
    /// assert_eq!(p.find("EU")?.code_in(CodeSystem::Cow), None);
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn code_in(&self, system: CodeSystem) -> Option<String> {
        match system {
            CodeSystem::Iso2 => self.iso2.map(|c| c.to_string()),
            CodeSystem::Iso3 | CodeSystem::CowLetters => self.codes.letters(system).map(|c| c.to_string()),
            _ => self.codes.number(system).map(|n| written(system, n)),
        }
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
    /// let tur = p.find("TUR")?;
    /// assert_eq!(tur.name_in(Language::Vi), Some("Thổ Nhĩ Kỳ"));
    /// assert_eq!(tur.name_in(Language::En), Some("Türkiye"));
    /// // No Vietnamese name of the Holy See is recorded (CLDR names the territory).
    /// assert_eq!(p.find("VAT")?.name_in(Language::Vi), None);
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn name_in(&self, language: Language) -> Option<&str> {
        if language == Language::En {
            return Some(&self.name);
        }
        self.local_names
            .iter()
            .find(|n| n.language == language && n.kind == NameKind::Name)
            .map(|n| n.name.as_ref())
    }

    /// Its formal name in `language`, as the UN writes it; `None` where the
    /// data has none.
    pub fn formal_name_in(&self, language: Language) -> Option<&str> {
        self.local_names
            .iter()
            .find(|n| n.language == language && n.kind == NameKind::Formal)
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
