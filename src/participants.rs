//! Who may join the Convention: codes, names, aliases, UN regional groups.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::OnceCell;
use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Violation};
use crate::fold::name_key_into;
use crate::provenance::{ParseEnumError, Provenance, Text, parse_keyword};
use crate::table::{Columns, Record, list, provenance, read_all};

/// A participant's code: ISO 3166-1 alpha-3 for States, `EU` for the
/// European Union. Stored uppercase; parsing ignores case.
///
/// ```
/// use hanoi_convention::Code;
///
/// let c: Code = "vnm".parse()?;
/// assert_eq!(c.as_str(), "VNM");
/// assert_eq!("eu".parse::<Code>()?.as_str(), "EU");
/// assert!("V1M".parse::<Code>().is_err());
/// assert!("VNMX".parse::<Code>().is_err());
/// # Ok::<(), hanoi_convention::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    bytes: [u8; 3],
    len: u8,
}

/// A string that is not a participant code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found:?} is not a participant code: expected 2 or 3 ASCII letters (ISO 3166-1 alpha-3, or EU)")]
pub struct CodeError {
    /// The input.
    pub found: String,
}

impl Code {
    /// A code from a constant: 2 or 3 ASCII letters, any case.
    ///
    /// # Panics
    ///
    /// On anything else; meant for constants, where the panic is a compile
    /// error. Parse run-time input with [`str::parse`] instead.
    ///
    /// ```
    /// use hanoi_convention::Code;
    ///
    /// const VNM: Code = Code::constant("VNM");
    /// assert_eq!(VNM, "vnm".parse().unwrap());
    /// ```
    pub const fn constant(code: &str) -> Code {
        let s = code.as_bytes();
        assert!(s.len() == 2 || s.len() == 3, "a code has 2 or 3 letters");
        let mut bytes = [0u8; 3];
        let mut i = 0;
        while i < s.len() {
            assert!(s[i].is_ascii_alphabetic(), "a code has only ASCII letters");
            bytes[i] = s[i].to_ascii_uppercase();
            i += 1;
        }
        Code {
            bytes,
            len: s.len() as u8,
        }
    }

    /// The code's text, uppercase.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// Parses without allocating; `None` unless 2-3 ASCII letters.
    ///
    /// ```
    /// use hanoi_convention::Code;
    ///
    /// assert_eq!(Code::parse_ascii(b"eu").map(|c| c.to_string()), Some("EU".to_string()));
    /// assert_eq!(Code::parse_ascii(b"E1"), None);
    /// ```
    pub fn parse_ascii(s: &[u8]) -> Option<Code> {
        if !(2..=3).contains(&s.len()) || !s.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut bytes = [0u8; 3];
        for (b, c) in bytes.iter_mut().zip(s) {
            *b = c.to_ascii_uppercase();
        }
        Some(Code {
            bytes,
            len: s.len() as u8,
        })
    }
}

impl FromStr for Code {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Code, CodeError> {
        Code::parse_ascii(s.trim().as_bytes()).ok_or_else(|| CodeError { found: s.to_string() })
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({})", self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What kind of entity a participant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
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
    type Err = ParseEnumError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(
            s,
            &ParticipantKind::ALL,
            ParticipantKind::as_str,
            "a participant kind",
        )
    }
}

/// The five United Nations regional groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum RegionalGroup {
    /// African Group.
    African,
    /// Asia-Pacific Group.
    AsiaPacific,
    /// Eastern European Group.
    EasternEuropean,
    /// Latin American and Caribbean Group (GRULAC).
    LatinAmericanAndCaribbean,
    /// Western European and Others Group (WEOG).
    WesternEuropeanAndOthers,
}

impl RegionalGroup {
    /// The five groups, in this order.
    pub const ALL: [RegionalGroup; 5] = [
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
    type Err = ParseEnumError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(
            s,
            &RegionalGroup::ALL,
            RegionalGroup::as_str,
            "a UN regional group",
        )
        .or_else(|_| {
            parse_keyword(
                s,
                &RegionalGroup::ALL,
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
/// use hanoi_convention::{GroupMembership, RegionalGroup, Register};
///
/// let p = Register::embedded().participants();
/// let usa = p.get("usa".parse()?).unwrap();
/// assert!(matches!(usa.group(), GroupMembership::Observer(RegionalGroup::WesternEuropeanAndOthers)));
/// assert_eq!(usa.group().counted_in(), Some(RegionalGroup::WesternEuropeanAndOthers));
/// let kir = p.get("KIR".parse()?).unwrap();
/// assert_eq!(kir.group().counted_in(), None);
/// # Ok::<(), hanoi_convention::CodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
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
    /// use hanoi_convention::{GroupMembership, RegionalGroup};
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

/// Someone who may sign and join the Convention.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Participant {
    pub(crate) code: Code,
    pub(crate) iso2: Option<Code>,
    pub(crate) name: Text,
    pub(crate) kind: ParticipantKind,
    pub(crate) group: GroupMembership,
    pub(crate) member_of: Option<Code>,
    pub(crate) aliases: Cow<'static, [Text]>,
    pub(crate) provenance: Provenance,
    pub(crate) note: Text,
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
            aliases: Cow::Borrowed(&[]),
            provenance,
            note: Cow::Borrowed(""),
        }
    }

    /// Sets the regional group standing.
    pub fn with_group(mut self, group: GroupMembership) -> Participant {
        self.group = group;
        self
    }

    /// Makes it a member State of the organization `reio`.
    pub fn with_member_of(mut self, reio: Code) -> Participant {
        self.member_of = Some(reio);
        self
    }

    /// Adds aliases.
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

    /// The name and the aliases.
    fn names(&self) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(self.name.as_ref()).chain(self.aliases())
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

/// Everyone who may join, with lookups by code and by name or alias.
///
/// ```
/// let p = hanoi_convention::Register::embedded().participants();
/// assert_eq!(p.len(), 198);
/// assert_eq!(p.find("Ivory Coast")?.code().as_str(), "CIV");
/// assert_eq!(p.find("cote d'ivoire")?.code().as_str(), "CIV");
/// assert_eq!(p.find("tur")?.name(), "Türkiye");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Participants {
    list: Cow<'static, [Participant]>,
    by_code: CodeIndex,
    /// Built on the first lookup by name.
    by_name: OnceCell<NameIndex>,
}

static PARTICIPANT_COLUMNS: Columns = Columns {
    all: &[
        "code",
        "iso2",
        "name",
        "kind",
        "regional_group",
        "group_membership",
        "other_group",
        "member_of",
        "aliases",
        "confidence",
        "source",
        "note",
    ],
    required: &["code", "name", "kind", "confidence", "source"],
};

/// Folded name or alias -> position in the list.
type NameIndex = HashMap<Box<str>, u32, BuildHasherDefault<Fnv>>;

/// FNV-1a: keys are short names from the data, so a simple fast hash is
/// enough (lookups never insert, so there is no flooding to defend against).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A name used twice: (the name, the participant repeating it, the first user).
type NameClash = (String, usize, usize);

/// The index from folded names and aliases to positions, with the names
/// that collide.
fn name_index(list: &[Participant]) -> (NameIndex, Vec<NameClash>) {
    let mut by_name: NameIndex = HashMap::with_capacity_and_hasher(list.len() * 2, Default::default());
    let mut clashes = Vec::new();
    let mut key = String::new();
    for (i, p) in list.iter().enumerate() {
        for name in p.names() {
            name_key_into(name, &mut key);
            match by_name.get(key.as_str()) {
                Some(&other) if other as usize != i => clashes.push((name.to_string(), i, other as usize)),
                Some(_) => {}
                None => {
                    by_name.insert(key.as_str().into(), i as u32);
                }
            }
        }
    }
    (by_name, clashes)
}

impl Participants {
    /// Builds the table, checking that codes and names are unique and that
    /// every `member_of` names an organization in the list.
    ///
    /// ```
    /// use hanoi_convention::{Confidence, Participant, ParticipantKind, Participants, Provenance};
    ///
    /// let source = Provenance::new("example", Confidence::High);
    /// let a = Participant::new("AAA".parse()?, "Atlantis", ParticipantKind::UnMemberState, source.clone());
    /// let b = Participant::new("BBB".parse()?, "atlantis", ParticipantKind::UnMemberState, source);
    /// assert!(Participants::new(vec![a.clone()]).is_ok());
    /// assert!(Participants::new(vec![a, b]).is_err()); // the same name twice
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(list: Vec<Participant>) -> Result<Participants, Error> {
        Participants::build(Cow::Owned(list), &[])
    }

    /// The embedded list: checked by the crate's tests, so only indexed here.
    pub(crate) fn from_static(list: &'static [Participant]) -> Participants {
        Participants {
            by_code: CodeIndex::build(list).0,
            list: Cow::Borrowed(list),
            by_name: OnceCell::new(),
        }
    }

    fn build(list: Cow<'static, [Participant]>, origins: &[crate::Origin]) -> Result<Participants, Error> {
        let at = |i: usize| origins.get(i).cloned().unwrap_or_default();
        let mut problems = Vec::new();
        let (by_code, repeated) = CodeIndex::build(&list);
        for i in repeated {
            problems.push(Violation::Field {
                at: at(i),
                field: "code",
                expected: "a code not used by another participant".into(),
                found: list[i].code.to_string(),
            });
        }
        let (by_name, clashes) = name_index(&list);
        for (name, i, other) in clashes {
            problems.push(Violation::Field {
                at: at(i),
                field: "aliases",
                expected: format!("a name not already used by {}", list[other].code),
                found: name,
            });
        }
        for (i, p) in list.iter().enumerate() {
            if let Some(org) = p.member_of {
                let ok = by_code
                    .get(org)
                    .is_some_and(|j| list[j].kind == ParticipantKind::Reio);
                if !ok {
                    problems.push(Violation::Field {
                        at: at(i),
                        field: "member_of",
                        expected: "the code of a regional economic integration organization in the list"
                            .into(),
                        found: org.to_string(),
                    });
                }
            }
        }
        if !problems.is_empty() {
            problems.sort_by_cached_key(|v| (v.origin().clone(), v.to_string()));
            return Err(Error::Invalid(crate::error::Violations(problems)));
        }
        Ok(Participants {
            list,
            by_code,
            by_name: OnceCell::with_value(by_name),
        })
    }

    /// Reads a participants file (the columns of `data/participants.tsv`).
    ///
    /// ```
    /// use hanoi_convention::Participants;
    ///
    /// let text = "code\tname\tkind\tconfidence\tsource\nAAA\tAtlantis\tun_member_state\thigh\tmyth\n";
    /// let p = Participants::from_tsv("mine.tsv", text)?;
    /// assert_eq!(p.by_code("aaa").map(|x| x.name()), Some("Atlantis"));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn from_tsv(file: &str, text: &str) -> Result<Participants, Error> {
        let mut origins = Vec::new();
        let list = read_all(file, text, &PARTICIPANT_COLUMNS, |row| {
            let code: Code = row.parse("code", "ISO 3166-1 alpha-3 code, or EU")?;
            let iso2 = match row.get("iso2") {
                "" => None,
                s => Some(
                    s.parse::<Code>()
                        .map_err(|_| row.problem("iso2", "ISO 3166-1 alpha-2 code or nothing"))?,
                ),
            };
            let group_of = |col: &'static str| -> Result<Option<RegionalGroup>, Violation> {
                match row.get(col) {
                    "" => Ok(None),
                    s => s
                        .parse()
                        .map(Some)
                        .map_err(|e: ParseEnumError| row.problem(col, e.expected)),
                }
            };
            let g = group_of("regional_group")?;
            let other = group_of("other_group")?;
            let missing = |col| row.problem(col, "a regional group for this kind of membership");
            let group = match (row.get("group_membership"), g) {
                ("member", Some(g)) => GroupMembership::Member(g),
                ("observer", Some(g)) => GroupMembership::Observer(g),
                ("disputed", Some(g)) => GroupMembership::Disputed(g),
                ("dual", Some(g)) => GroupMembership::Dual {
                    counted_in: g,
                    also: other.ok_or_else(|| missing("other_group"))?,
                },
                ("none" | "", None) => GroupMembership::None,
                ("member" | "observer" | "disputed" | "dual", None) => return Err(missing("regional_group")),
                _ => {
                    return Err(row.problem(
                        "group_membership",
                        "member, observer, dual, disputed or none (none with an empty regional_group)",
                    ));
                }
            };
            let member_of = match row.get("member_of") {
                "" => None,
                s => Some(
                    s.parse::<Code>()
                        .map_err(|_| row.problem("member_of", "the code of an organization, e.g. EU"))?,
                ),
            };
            origins.push(row.origin());
            Ok(Participant {
                code,
                iso2,
                name: row
                    .required("name", "the name as the UN Treaty Collection writes it")?
                    .to_string()
                    .into(),
                kind: row.parse(
                    "kind",
                    "un_member_state, observer_state, non_member_state or reio",
                )?,
                group,
                member_of,
                aliases: list(row.get("aliases"))
                    .map(|a| Cow::Owned(a.to_string()))
                    .collect(),
                provenance: provenance(row)?,
                note: row.get("note").to_string().into(),
            })
        })?;
        Participants::build(Cow::Owned(list), &origins)
    }

    /// How many participants.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// All participants, in data-file order.
    pub fn iter(&self) -> std::slice::Iter<'_, Participant> {
        self.list.iter()
    }

    /// The participant at `index` (as returned by [`Participants::index_of`]).
    pub fn by_index(&self, index: usize) -> Option<&Participant> {
        self.list.get(index)
    }

    /// The position of `code` in the list.
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// let i = p.index_of("AFG".parse()?).unwrap();
    /// assert_eq!(p.by_index(i).unwrap().name(), "Afghanistan");
    /// # Ok::<(), hanoi_convention::CodeError>(())
    /// ```
    pub fn index_of(&self, code: Code) -> Option<usize> {
        self.by_code.get(code)
    }

    /// The participant with this code.
    pub fn get(&self, code: Code) -> Option<&Participant> {
        self.index_of(code).map(|i| &self.list[i])
    }

    /// The participant with this code, written in any case (`"vnm"`).
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.by_code("vnm").unwrap().name(), "Viet Nam");
    /// assert!(p.by_code("XXX").is_none());
    /// ```
    pub fn by_code(&self, code: &str) -> Option<&Participant> {
        Code::parse_ascii(code.as_bytes()).and_then(|c| self.get(c))
    }

    /// The participant with this name or alias, ignoring case, diacritics,
    /// spaces and punctuation.
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.by_name("TÜRKIYE").map(|x| x.name()), Some("Türkiye"));
    /// assert_eq!(p.by_name("Republic of the Congo").map(|x| x.name()), Some("Congo"));
    /// assert!(p.by_name("Atlantis").is_none());
    /// ```
    pub fn by_name(&self, name: &str) -> Option<&Participant> {
        thread_local! {
            // One buffer per thread: lookups by name allocate nothing.
            static KEY: RefCell<String> = const { RefCell::new(String::new()) };
        }
        let index = self.by_name.get_or_init(|| name_index(&self.list).0);
        let found = KEY.with(|key| {
            let mut key = key.borrow_mut();
            name_key_into(name, &mut key);
            index.get(key.as_str()).copied()
        });
        found.map(|i| &self.list[i as usize])
    }

    /// Looks up a code (any case), a name or an alias. A miss is an
    /// [`Error::UnknownParticipant`] that suggests the nearest names.
    pub fn find(&self, query: &str) -> Result<&Participant, Error> {
        if let Some(p) = self.by_code(query.trim()).or_else(|| self.by_name(query)) {
            return Ok(p);
        }
        Err(Error::UnknownParticipant {
            query: query.to_string(),
            suggestions: self.suggest(query, 3),
        })
    }

    /// Up to `n` names closest to `query` (edit distance on folded names,
    /// and names containing the query).
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.suggest("Ukrane", 1), ["Ukraine"]);
    /// ```
    pub fn suggest(&self, query: &str, n: usize) -> Vec<String> {
        let mut q = String::new();
        name_key_into(query, &mut q);
        if q.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(usize, &str)> = Vec::new();
        let mut key = String::new();
        for p in self.list.iter() {
            let best = p
                .names()
                .map(|name| {
                    name_key_into(name, &mut key);
                    if key.contains(q.as_str()) {
                        0
                    } else {
                        edit_distance(&q, &key)
                    }
                })
                .min()
                .unwrap_or(usize::MAX);
            if best <= (q.chars().count() / 3).max(2) {
                scored.push((best, &p.name));
            }
        }
        scored.sort();
        scored
            .into_iter()
            .take(n)
            .map(|(_, name)| name.to_string())
            .collect()
    }
}

impl<'a> IntoIterator for &'a Participants {
    type Item = &'a Participant;
    type IntoIter = std::slice::Iter<'a, Participant>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Code -> position in the list: codes packed into integers and sorted,
/// with the start of each two-letter prefix in a small table, so a lookup
/// scans the one or two codes that share its first two letters.
#[derive(Debug, Clone)]
struct CodeIndex {
    sorted: Vec<(u32, u32)>,
    /// `sorted[starts[p]..starts[p + 1]]` holds the codes with prefix `p`.
    starts: Vec<u32>,
}

impl CodeIndex {
    const PREFIXES: usize = 26 * 26;

    fn key(code: Code) -> u32 {
        let [a, b, c] = code.bytes;
        u32::from_be_bytes([0, a, b, c])
    }

    /// Codes hold uppercase ASCII letters only, so this is below 676.
    fn prefix(code: Code) -> usize {
        let [a, b, _] = code.bytes;
        usize::from(a.wrapping_sub(b'A')) * 26 + usize::from(b.wrapping_sub(b'A'))
    }

    /// The index, and the positions whose code an earlier entry already has.
    fn build(list: &[Participant]) -> (CodeIndex, Vec<usize>) {
        let mut sorted: Vec<(u32, u32)> = list
            .iter()
            .enumerate()
            .map(|(i, p)| (CodeIndex::key(p.code), i as u32))
            .collect();
        sorted.sort_unstable();
        let mut repeated = Vec::new();
        sorted.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                repeated.push(later.1 as usize);
            }
            same
        });
        repeated.sort_unstable();
        let mut starts = vec![0u32; CodeIndex::PREFIXES + 1];
        for &(_, i) in &sorted {
            let p = CodeIndex::prefix(list[i as usize].code);
            if let Some(count) = starts.get_mut(p + 1) {
                *count += 1;
            }
        }
        for p in 0..CodeIndex::PREFIXES {
            starts[p + 1] += starts[p];
        }
        (CodeIndex { sorted, starts }, repeated)
    }

    fn get(&self, code: Code) -> Option<usize> {
        let p = CodeIndex::prefix(code);
        let (Some(&a), Some(&b)) = (self.starts.get(p), self.starts.get(p + 1)) else {
            return None;
        };
        let key = CodeIndex::key(code);
        self.sorted
            .get(a as usize..b as usize)?
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, i)| i as usize)
    }
}

/// Levenshtein distance between two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("vietnom", "vietnam"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
