//! Kinds of participant and the UN regional groups.

use std::fmt;
use std::str::FromStr;

use crate::base::provenance::parse_keyword;

/// What kind of entity a participant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ParticipantKind {
    /// A member State of the United Nations.
    UnMemberState,
    /// A non-member observer State (the Holy See, the State of Palestine).
    ObserverState,
    /// A State that is not a UN member and not an observer (Cook Islands, Niue).
    NonMemberState,
    /// A regional economic integration organization (art. 2(n)), e.g. the EU.
    Reio,
}

impl ParticipantKind {
    const ALL: [ParticipantKind; 4] = [
        ParticipantKind::UnMemberState,
        ParticipantKind::ObserverState,
        ParticipantKind::NonMemberState,
        ParticipantKind::Reio,
    ];

    /// The snake_case name used in data files.
    pub const fn as_str(self) -> &'static str {
        match self {
            ParticipantKind::UnMemberState => "un_member_state",
            ParticipantKind::ObserverState => "observer_state",
            ParticipantKind::NonMemberState => "non_member_state",
            ParticipantKind::Reio => "reio",
        }
    }

    /// True for States (everything but a REIO).
    pub const fn is_state(self) -> bool {
        !matches!(self, ParticipantKind::Reio)
    }
}

impl FromStr for ParticipantKind {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(
            s,
            &ParticipantKind::ALL,
            ParticipantKind::as_str,
            "a participant kind",
        )
    }
}

/// The five United Nations regional groups. They serialize as their names
/// ([`RegionalGroup::as_str`]), as every export writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum RegionalGroup {
    /// African Group.
    #[cfg_attr(feature = "serde", serde(rename = "African"))]
    African,
    /// Asia-Pacific Group.
    #[cfg_attr(feature = "serde", serde(rename = "Asia-Pacific"))]
    AsiaPacific,
    /// Eastern European Group.
    #[cfg_attr(feature = "serde", serde(rename = "Eastern European"))]
    EasternEuropean,
    /// Latin American and Caribbean Group (GRULAC).
    #[cfg_attr(feature = "serde", serde(rename = "Latin American and Caribbean"))]
    LatinAmericanAndCaribbean,
    /// Western European and Others Group (WEOG).
    #[cfg_attr(feature = "serde", serde(rename = "Western European and Others"))]
    WesternEuropeanAndOthers,
}

impl RegionalGroup {
    /// The five groups, in this order.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[RegionalGroup] = &[
        RegionalGroup::African,
        RegionalGroup::AsiaPacific,
        RegionalGroup::EasternEuropean,
        RegionalGroup::LatinAmericanAndCaribbean,
        RegionalGroup::WesternEuropeanAndOthers,
    ];

    /// The group's name as written in data files, e.g. "Asia-Pacific".
    pub const fn as_str(self) -> &'static str {
        match self {
            RegionalGroup::African => "African",
            RegionalGroup::AsiaPacific => "Asia-Pacific",
            RegionalGroup::EasternEuropean => "Eastern European",
            RegionalGroup::LatinAmericanAndCaribbean => "Latin American and Caribbean",
            RegionalGroup::WesternEuropeanAndOthers => "Western European and Others",
        }
    }

    /// The group as a column name: `african`, `asia_pacific`,
    /// `eastern_european`, `latin_american_and_caribbean`,
    /// `western_european_and_others`.
    pub const fn column(self) -> &'static str {
        match self {
            RegionalGroup::African => "african",
            RegionalGroup::AsiaPacific => "asia_pacific",
            RegionalGroup::EasternEuropean => "eastern_european",
            RegionalGroup::LatinAmericanAndCaribbean => "latin_american_and_caribbean",
            RegionalGroup::WesternEuropeanAndOthers => "western_european_and_others",
        }
    }

    /// The usual abbreviation: AG, APG, EEG, GRULAC, WEOG.
    pub const fn abbreviation(self) -> &'static str {
        match self {
            RegionalGroup::African => "AG",
            RegionalGroup::AsiaPacific => "APG",
            RegionalGroup::EasternEuropean => "EEG",
            RegionalGroup::LatinAmericanAndCaribbean => "GRULAC",
            RegionalGroup::WesternEuropeanAndOthers => "WEOG",
        }
    }

    /// Position in [`RegionalGroup::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for RegionalGroup {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword::<_, Self::Err>(
            s,
            RegionalGroup::ALL,
            RegionalGroup::as_str,
            "a UN regional group",
        )
        .or_else(|_| {
            parse_keyword(
                s,
                RegionalGroup::ALL,
                RegionalGroup::abbreviation,
                "a UN regional group",
            )
        })
    }
}

impl fmt::Display for RegionalGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a participant stands towards the UN regional groups. The special
/// cases are data, never guessed: the United States attends WEOG as an
/// observer, Türkiye takes part in two groups, Kiribati is listed by some
/// sources only, and non-members and the EU are in none.
///
/// ```
/// use hanoi_convention::{Register, participants::{GroupMembership, RegionalGroup}};
///
/// let p = Register::embedded().participants();
/// let usa = p.get("usa".parse()?).unwrap();
/// assert!(matches!(usa.group(), GroupMembership::Observer(RegionalGroup::WesternEuropeanAndOthers)));
/// assert_eq!(usa.group().counted_in(), Some(RegionalGroup::WesternEuropeanAndOthers));
/// let kir = p.get("KIR".parse()?).unwrap();
/// assert_eq!(kir.group().counted_in(), None);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum GroupMembership {
    /// A full member of the group.
    Member(RegionalGroup),
    /// Not a member of any group; attends this one as an observer and is
    /// counted there for electoral purposes.
    Observer(RegionalGroup),
    /// Takes part in two groups; counted in the first for elections.
    Dual {
        /// The group it is counted in for elections.
        counted_in: RegionalGroup,
        /// The other group it takes part in.
        also: RegionalGroup,
    },
    /// Listed in this group by some sources and in none by others.
    Disputed(RegionalGroup),
    /// In no regional group.
    None,
}

impl GroupMembership {
    /// The group used for counts by regional group: the group it belongs to
    /// or is counted in for elections; `None` when it is in no group or the
    /// sources disagree.
    ///
    /// ```
    /// use hanoi_convention::participants::{GroupMembership, RegionalGroup};
    ///
    /// let tur = GroupMembership::Dual { counted_in: RegionalGroup::WesternEuropeanAndOthers, also: RegionalGroup::AsiaPacific };
    /// assert_eq!(tur.counted_in(), Some(RegionalGroup::WesternEuropeanAndOthers));
    /// assert_eq!(GroupMembership::Disputed(RegionalGroup::AsiaPacific).counted_in(), None);
    /// ```
    pub const fn counted_in(self) -> Option<RegionalGroup> {
        match self {
            GroupMembership::Member(g)
            | GroupMembership::Observer(g)
            | GroupMembership::Dual { counted_in: g, .. } => Some(g),
            GroupMembership::Disputed(_) | GroupMembership::None => None,
        }
    }

    /// The group it is linked to besides the one it is counted in: the
    /// other group of a `dual` member, the group some sources list for a
    /// `disputed` one; `None` otherwise.
    ///
    /// ```
    /// use hanoi_convention::participants::{GroupMembership, RegionalGroup};
    ///
    /// assert_eq!(GroupMembership::Disputed(RegionalGroup::AsiaPacific).other_group(), Some(RegionalGroup::AsiaPacific));
    /// assert_eq!(GroupMembership::Member(RegionalGroup::African).other_group(), None);
    /// ```
    pub const fn other_group(self) -> Option<RegionalGroup> {
        match self {
            GroupMembership::Dual { also: g, .. } | GroupMembership::Disputed(g) => Some(g),
            _ => None,
        }
    }

    /// The data-file keyword: member, observer, dual, disputed or none.
    pub const fn as_str(self) -> &'static str {
        match self {
            GroupMembership::Member(_) => "member",
            GroupMembership::Observer(_) => "observer",
            GroupMembership::Dual { .. } => "dual",
            GroupMembership::Disputed(_) => "disputed",
            GroupMembership::None => "none",
        }
    }
}
