//! One participant: code, names, kind, group and organization.

use std::borrow::Cow;

use crate::base::provenance::{Provenance, Str};
use crate::participants::code::Code;
use crate::participants::group::{GroupMembership, ParticipantKind};

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

    /// Every name it is found by: the name, the ISO names, the aliases.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(self.name.as_ref())
            .chain(self.iso_name.as_deref())
            .chain(self.official_name.as_deref())
            .chain(self.aliases())
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
