//! The list of everyone who may join a treaty, with lookups by code and by
//! name or alias (ignoring case, diacritics and punctuation).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::OnceCell;

use crate::base::code::Code;
use crate::base::fold::{name_key_into, reordered};
use crate::error::Error;
use crate::participants::group::ParticipantKind;
use crate::participants::participant::Participant;
use crate::participants::systems::CodeSystem;
use crate::problem::{Problem, Problems};

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
    /// Built on the first lookup by a code of another system.
    by_system: OnceCell<SystemIndex>,
}

/// (system, code packed as a number) -> position in the list.
type SystemIndex = HashMap<(CodeSystem, u32), u32, BuildHasherDefault<Fnv>>;

/// The key a code of `system` is indexed by: the number, or the letters packed.
fn system_key(system: CodeSystem, code: &str) -> Option<u32> {
    let code = code.trim();
    if system.is_numeric() {
        return code.parse::<u16>().ok().map(u32::from);
    }
    let c = Code::parse_ascii(code.as_bytes())?;
    let [a, b, d] = c.bytes;
    Some(u32::from_be_bytes([0, a, b, d]))
}

fn system_index(list: &[Participant]) -> SystemIndex {
    let mut index = SystemIndex::default();
    for (i, p) in list.iter().enumerate() {
        for system in CodeSystem::ALL.iter().copied() {
            if let Some(key) = p.code_in(system).and_then(|c| system_key(system, &c)) {
                index.entry((system, key)).or_insert(i as u32);
            }
        }
    }
    index
}

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

/// The longest name or query looked up, in bytes: the longest official name
/// is under 60 characters, so longer input is rejected at once.
pub(super) const MAX_QUERY: usize = 200;

/// A name used twice: (the name, the participant repeating it, the first user).
type NameClash = (String, usize, usize);

/// The index from folded names and aliases to positions, with the names
/// that collide.
fn name_index(list: &[Participant]) -> (NameIndex, Vec<NameClash>) {
    let mut by_name: NameIndex = HashMap::with_capacity_and_hasher(list.len() * 2, Default::default());
    let mut clashes = Vec::new();
    let mut key = String::new();
    for (i, p) in list.iter().enumerate() {
        // Every name in both word orders ("Korea, Republic of" and "Republic
        // of Korea"). Alpha-2 codes are looked up by `by_code`, not here: in
        // Vietnamese "Áo" (Austria) folds to Angola's "AO".
        let reorders: Vec<String> = p.names().filter_map(reordered).collect();
        let keys = p.names().chain(reorders.iter().map(String::as_str));
        for name in keys {
            name_key_into(name, &mut key);
            if key.is_empty() {
                continue;
            }
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
    /// # Errors
    ///
    /// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every repeated code or name
    /// and every `member_of` that names no organization in the list.
    ///
    /// ```
    /// use hanoi_convention::{Confidence, Provenance, participants::{Participant, ParticipantKind, Participants}};
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
            by_system: OnceCell::new(),
        }
    }

    pub(crate) fn build(
        list: Cow<'static, [Participant]>,
        origins: &[crate::base::origin::Origin],
    ) -> Result<Participants, Error> {
        let at = |i: usize| origins.get(i).cloned().unwrap_or_default();
        let mut problems = Vec::new();
        let (by_code, repeated) = CodeIndex::build(&list);
        for i in repeated {
            problems.push(Problem::Field {
                at: at(i),
                field: "code",
                expected: "a code not used by another participant".into(),
                found: list[i].code.to_string(),
            });
        }
        let (by_name, clashes) = name_index(&list);
        for (name, i, other) in clashes {
            problems.push(Problem::Field {
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
                    problems.push(Problem::Field {
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
            return Err(Error::invalid(Problems::new(problems)));
        }
        Ok(Participants {
            list,
            by_code,
            by_name: OnceCell::with_value(by_name),
            by_system: OnceCell::new(),
        })
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

    /// The participant at `index` (as returned by `index_of`).
    pub(crate) fn by_index(&self, index: usize) -> Option<&Participant> {
        self.list.get(index)
    }

    /// The position of `code` in the list.
    pub(crate) fn index_of(&self, code: Code) -> Option<usize> {
        self.by_code.get(code)
    }

    /// The participant with this code.
    pub fn get(&self, code: Code) -> Option<&Participant> {
        self.index_of(code).map(|i| &self.list[i])
    }

    /// The participant with this code in `system` (any case, and numbers
    /// with or without leading zeros): `(Cow, "816")` is Viet Nam. Each
    /// system is read on its own, so letters that mean two participants in
    /// two systems are never mixed up: `AUS` is Australia in ISO alpha-3
    /// and Austria in the Correlates of War's letters.
    ///
    /// ```
    /// use hanoi_convention::{Register, participants::CodeSystem};
    ///
    /// let p = Register::embedded().participants();
    /// let name = |s, c| p.find_code(s, c).map(|x| x.name()).ok();
    /// assert_eq!(name(CodeSystem::Cow, "816"), Some("Viet Nam"));
    /// assert_eq!(name(CodeSystem::Gw, "260"), Some("Germany"));
    /// assert_eq!(name(CodeSystem::IsoNumeric, "4"), Some("Afghanistan"));
    /// assert_eq!(name(CodeSystem::Iso3, "vnm"), Some("Viet Nam"));
    /// assert_eq!(name(CodeSystem::Iso2, "de"), Some("Germany"));
    /// assert_eq!(name(CodeSystem::CowLetters, "GMY"), Some("Germany"));
    /// assert_eq!(name(CodeSystem::Iso3, "AUS"), Some("Australia"));
    /// assert_eq!(name(CodeSystem::CowLetters, "AUS"), Some("Austria"));
    /// assert_eq!(name(CodeSystem::Iso3, "SWZ"), Some("Eswatini"));
    /// assert_eq!(name(CodeSystem::CowLetters, "SWZ"), Some("Switzerland"));
    /// assert_eq!(name(CodeSystem::Cow, "9999"), None);
    /// ```
    ///
    /// # Errors
    ///
    /// An error of kind [`NotFound`](crate::ErrorKind::NotFound) when no participant has the code
    /// in `system` (or it is not written as the system writes codes).
    pub fn find_code(&self, system: CodeSystem, code: &str) -> Result<&Participant, Error> {
        let unknown = || {
            Error::from(crate::error::Inner::UnknownCode {
                system: system.description(),
                code: code.to_string(),
            })
        };
        if system == CodeSystem::Iso3 {
            // ISO alpha-3 is the list's own key, for States: no index needed.
            let c = Code::parse_ascii(code.trim().as_bytes()).ok_or_else(unknown)?;
            return self
                .get(c)
                .filter(|p| p.codes().letters(CodeSystem::Iso3) == Some(c))
                .ok_or_else(unknown);
        }
        let key = system_key(system, code).ok_or_else(unknown)?;
        let index = self.by_system.get_or_init(|| system_index(&self.list));
        index
            .get(&(system, key))
            .map(|&i| &self.list[i as usize])
            .ok_or_else(unknown)
    }

    /// The participant with this code, written in any case (`"vnm"`), or
    /// with this ISO alpha-2 code (`"vn"`; a participant's own two-letter
    /// code, such as the EU's, comes first).
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.find("vnm").unwrap().name(), "Viet Nam");
    /// assert_eq!(p.find("VN").unwrap().name(), "Viet Nam");
    /// assert_eq!(p.find("EU").unwrap().code().as_str(), "EU");
    /// assert!(p.find("XXX").is_err());
    /// ```
    pub(crate) fn by_code(&self, code: &str) -> Option<&Participant> {
        let code = Code::parse_ascii(code.as_bytes())?;
        self.get(code).or_else(|| {
            // Alpha-2 codes are few and looked up rarely: a scan is enough.
            (code.as_str().len() == 2)
                .then(|| self.list.iter().find(|p| p.iso2 == Some(code)))
                .flatten()
        })
    }

    /// The participant with this name, ISO name, official name, alias or
    /// name in another language, ignoring case, diacritics, spaces, punctuation, the
    /// words "the" and "and" (or "&"), and the order of a name written
    /// "Korea, Republic of" or "Bolivia (Plurinational State of)". Input
    /// longer than any name (200 bytes) finds nothing, at once.
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// let name = |q: &str| p.find(q).map(|x| x.name().to_string()).ok();
    /// assert_eq!(name("TÜRKIYE").as_deref(), Some("Türkiye"));
    /// assert_eq!(name("Republic of the Congo").as_deref(), Some("Congo"));
    /// assert_eq!(name("Trinidad & Tobago").as_deref(), Some("Trinidad and Tobago"));
    /// assert_eq!(name("Korea, Republic of").as_deref(), Some("Republic of Korea"));
    /// assert_eq!(name("Allemagne").as_deref(), Some("Germany"));
    /// assert_eq!(name("Đức").as_deref(), Some("Germany"));
    /// assert!(name("Atlantis").is_none());
    /// ```
    pub(crate) fn by_name(&self, name: &str) -> Option<&Participant> {
        thread_local! {
            // One buffer per thread: lookups by name allocate nothing.
            static KEY: RefCell<String> = const { RefCell::new(String::new()) };
        }
        if name.len() > MAX_QUERY {
            return None;
        }
        let index = self.by_name.get_or_init(|| name_index(&self.list).0);
        let lookup = |name: &str| {
            KEY.with(|key| {
                let mut key = key.borrow_mut();
                name_key_into(name, &mut key);
                index.get(key.as_str()).copied()
            })
        };
        let found = lookup(name).or_else(|| reordered(name).and_then(|r| lookup(&r)));
        found.map(|i| &self.list[i as usize])
    }

    /// Looks up a name (the name, ISO name, official name, an alias, or a
    /// name in any of the crate's languages) or one of the crate's own
    /// participant codes ([`Code`]: ISO 3166-1 alpha-3 for States, `EU`; or
    /// ISO alpha-2), in any case. Codes of other systems (Correlates of
    /// War letters such as Austria's `AUS`, numbers) are read only by
    /// [`find_code`](Participants::find_code), which is told the system:
    /// `find("AUS")` is Australia's code, never Austria's COW letters.
    ///
    /// A few inputs are both a name of one participant and the code of another once case and
    /// diacritics are folded away ("Nga", the Russian Federation in Vietnamese, and Nigeria's
    /// `NGA`; "Áo", Austria, and Angola's `AO`). Such an input is read as a code when written in
    /// capitals, as a name when written as the name is (or with letters no code has); otherwise it
    /// is an error of kind [`Ambiguous`](crate::ErrorKind::Ambiguous), listing both readings.
    /// Nothing is chosen silently.
    ///
    /// ```
    /// use hanoi_convention::ErrorKind;
    ///
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.find("NGA")?.name(), "Nigeria");
    /// assert_eq!(p.find("Nga")?.name(), "Russian Federation");
    /// assert_eq!(p.find("vnm")?.name(), "Viet Nam");
    /// assert_eq!(p.find("AUS")?.name(), "Australia");
    /// let err = p.find("nga").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Ambiguous);
    /// assert_eq!(err.candidates().len(), 2);
    /// assert!(err.to_string().contains("Nigeria"));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// An error of kind [`NotFound`](crate::ErrorKind::NotFound) when nothing matches (suggesting
    /// the nearest names written in the query's script); an error of kind
    /// [`Ambiguous`](crate::ErrorKind::Ambiguous) when the input reads as two participants.
    pub fn find(&self, query: &str) -> Result<&Participant, Error> {
        if query.len() > MAX_QUERY {
            return Err(Error::from(crate::error::Inner::UnknownParticipant {
                query: format!(
                    "{}... ({} bytes; names are at most {MAX_QUERY})",
                    query.chars().take(40).collect::<String>(),
                    query.len()
                ),
                suggestions: Vec::new(),
            }));
        }
        let trimmed = query.trim();
        match (self.by_code(trimmed), self.by_name(query)) {
            (Some(a), Some(b)) if a.code != b.code => self.either(trimmed, a, b),
            (Some(p), _) | (None, Some(p)) => Ok(p),
            (None, None) => Err(Error::from(crate::error::Inner::UnknownParticipant {
                query: query.to_string(),
                suggestions: self.suggest(query, 3),
            })),
        }
    }

    /// An input that is the code of `by_code` and a name of `by_name`: the
    /// code when written in capitals, the name when written as it is (or
    /// with letters outside ASCII, which no code has), else ambiguous.
    fn either<'a>(
        &'a self,
        input: &str,
        by_code: &'a Participant,
        by_name: &'a Participant,
    ) -> Result<&'a Participant, Error> {
        if input.bytes().all(|b| b.is_ascii_uppercase()) {
            return Ok(by_code);
        }
        if !input.is_ascii() || by_name.names().any(|n| n == input) {
            return Ok(by_name);
        }
        let mut asked = String::new();
        name_key_into(input, &mut asked);
        let mut key = String::new();
        let name = by_name
            .names()
            .find(|n| {
                name_key_into(n, &mut key);
                key == asked
            })
            .unwrap_or(&by_name.name);
        let code = if by_code.code.as_str().eq_ignore_ascii_case(input) {
            by_code.code
        } else {
            by_code.iso2.unwrap_or(by_code.code)
        };
        Err(Error::from(crate::error::Inner::AmbiguousParticipant {
            query: input.to_string(),
            candidates: vec![by_code.code, by_name.code],
            readings: vec![
                format!("{} (the code {code})", by_code.name),
                format!("{} (the name {name:?})", by_name.name),
            ],
        }))
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
