//! How a treaty groups its participants for counts: by UN regional group
//! (UN conventions), or members of an organisation and the rest (Council
//! of Europe conventions). A grouping owns its groups and their labels.

use crate::base::provenance::Str;
use crate::participants::{Code, Participant, RegionalGroup};

/// How participants are grouped in counts by group: a fixed list of
/// groups, each with its label, the last one for participants in none.
///
/// ```
/// use hanoi_convention::{convention, treaty::Grouping};
///
/// let un = convention().grouping();
/// assert_eq!(un, &Grouping::un_regional_groups());
/// let labels: Vec<&str> = un.labels().collect();
/// assert_eq!(labels.len(), 6);
/// assert_eq!(labels[5], "no regional group");
///
/// let coe = Grouping::membership("Council of Europe", ["FRA".parse()?, "ALB".parse()?]);
/// assert_eq!(coe.len(), 2);
/// assert!(coe.is_member("ALB".parse()?));
/// assert_eq!(coe.members()[0].as_str(), "ALB"); // kept sorted
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouping {
    kind: Kind,
    labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    UnRegionalGroups,
    /// Members sorted and without repeats: lookups binary-search them.
    Membership {
        organisation: Str,
        members: Vec<Code>,
    },
}

/// One group of a [`Grouping`]: a UN regional group, the members of the
/// organisation a grouping by membership is about, or the rest (those in
/// no regional group, or not members).
///
/// ```
/// use hanoi_convention::{Register, participants::RegionalGroup, treaty::Group};
///
/// let r = Register::embedded();
/// let grouping = r.treaty().grouping();
/// let viet_nam = r.participants().find("Viet Nam")?;
/// assert_eq!(grouping.group_of(viet_nam), Group::Regional(RegionalGroup::AsiaPacific));
/// assert_eq!(grouping.label(Group::Rest), Some("no regional group"));
/// let counts = r.on(r.as_of()).counts_by_group();
/// assert!(counts.signatories_in(Group::Regional(RegionalGroup::AsiaPacific)).unwrap().certain > 0);
/// assert_eq!(counts.signatories_in(Group::Members), None); // not a grouping by membership
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Group {
    /// A UN regional group.
    Regional(RegionalGroup),
    /// The members of the grouping's organisation.
    Members,
    /// Everyone in no group of the grouping: no regional group (or one the
    /// sources dispute), or not a member.
    Rest,
}

impl Grouping {
    /// The groups, in order (the rest last).
    pub fn groups(&self) -> Vec<Group> {
        (0..self.labels.len()).map(|i| self.group_at(i)).collect()
    }

    /// The group at `index` of the grouping's order (the last is the rest).
    fn group_at(&self, index: usize) -> Group {
        match self.kind {
            Kind::UnRegionalGroups => RegionalGroup::ALL
                .get(index)
                .map_or(Group::Rest, |g| Group::Regional(*g)),
            Kind::Membership { .. } if index == 0 => Group::Members,
            Kind::Membership { .. } => Group::Rest,
        }
    }

    /// The position of `group` in the grouping's order; `None` for a group
    /// it does not have.
    pub(crate) fn position(&self, group: Group) -> Option<usize> {
        match (&self.kind, group) {
            (_, Group::Rest) => Some(self.labels.len() - 1),
            (Kind::UnRegionalGroups, Group::Regional(g)) => Some(g.index()),
            (Kind::Membership { .. }, Group::Members) => Some(0),
            _ => None,
        }
    }

    /// The five UN regional groups, then participants in none (or whose
    /// group the sources dispute).
    pub fn un_regional_groups() -> Grouping {
        let labels = RegionalGroup::ALL
            .iter()
            .map(|g| g.as_str().to_string())
            .chain(["no regional group".to_string()])
            .collect();
        Grouping {
            kind: Kind::UnRegionalGroups,
            labels,
        }
    }

    /// Members of `organisation` (their codes, in any order), then
    /// everyone else.
    pub fn membership(organisation: impl Into<String>, members: impl IntoIterator<Item = Code>) -> Grouping {
        let organisation: String = organisation.into();
        let mut members: Vec<Code> = members.into_iter().collect();
        members.sort_unstable();
        members.dedup();
        let labels = vec![
            format!("members of the {organisation}"),
            format!("not members of the {organisation}"),
        ];
        Grouping {
            kind: Kind::Membership {
                organisation: organisation.into(),
                members,
            },
            labels,
        }
    }

    /// True for the UN regional groups.
    pub fn is_un_regional_groups(&self) -> bool {
        matches!(self.kind, Kind::UnRegionalGroups)
    }

    /// The organisation, for a grouping by membership.
    pub fn organisation(&self) -> Option<&str> {
        match &self.kind {
            Kind::UnRegionalGroups => None,
            Kind::Membership { organisation, .. } => Some(organisation),
        }
    }

    /// The organisation's members, sorted (empty for UN regional groups).
    pub fn members(&self) -> &[Code] {
        match &self.kind {
            Kind::UnRegionalGroups => &[],
            Kind::Membership { members, .. } => members,
        }
    }

    /// How many groups, the group of those in none included.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Never true: every grouping has at least the group of those in none.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The groups' labels, in order.
    pub fn labels(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.labels.iter().map(String::as_str)
    }

    /// The label of `group`; `None` for a group the grouping does not have
    /// (a regional group in a grouping by membership).
    pub fn label(&self, group: Group) -> Option<&str> {
        self.labels.get(self.position(group)?).map(String::as_str)
    }

    /// The group a participant is counted in: [`Group::Rest`] for those in
    /// none.
    pub fn group_of(&self, p: &Participant) -> Group {
        self.group_at(self.position_of(p))
    }

    /// The position of the group a participant is counted in; the last
    /// group for those in none.
    pub(crate) fn position_of(&self, p: &Participant) -> usize {
        let none = self.labels.len() - 1;
        match &self.kind {
            Kind::UnRegionalGroups => p.group().counted_in().map_or(none, RegionalGroup::index),
            Kind::Membership { members, .. } => {
                if members.binary_search(&p.code()).is_ok() {
                    0
                } else {
                    none
                }
            }
        }
    }

    /// Whether `code` belongs to the organisation (always false for UN
    /// regional groups).
    pub fn is_member(&self, code: Code) -> bool {
        self.members().binary_search(&code).is_ok()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Grouping {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Grouping", 3)?;
        match &self.kind {
            Kind::UnRegionalGroups => st.serialize_field("by", "un_regional_groups")?,
            Kind::Membership {
                organisation,
                members,
            } => {
                st.serialize_field("by", "membership")?;
                st.serialize_field("organisation", organisation)?;
                st.serialize_field("members", members)?;
            }
        }
        st.end()
    }
}
