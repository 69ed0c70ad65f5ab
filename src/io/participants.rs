//! Reading a participants file (the columns of `data/participants.tsv`,
//! [`from_str`]) and a file of their names in other languages (the
//! columns of `data/participant_names.tsv`, [`with_names_from_str`]).

use std::borrow::Cow;

use crate::error::Error;
use crate::io::table::{Columns, Record, list, provenance, read_all};
use crate::participants::{
    Code, CodeSystem, Codes, GroupMembership, LocalName, Participant, Participants, RegionalGroup, StateSpell,
};
use crate::problem::Problem;

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
        "iso_name",
        "official_name",
        "confidence",
        "source",
        "note",
    ],
    required: &["code", "name", "kind", "confidence", "source"],
};

/// Reads a participants file (the columns of `data/participants.tsv`).
///
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every malformed row, repeated
/// code or name, and `member_of` that names no organization in the list; an error of kind
/// [`Format`](crate::ErrorKind::Format) for a file that is not a table.
///
/// ```
/// use hanoi_convention::io::participants;
///
/// let text = "code\tname\tkind\tconfidence\tsource\nAAA\tAtlantis\tun_member_state\thigh\tmyth\n";
/// let p = participants::from_str("mine.tsv", text)?;
/// assert_eq!(p.find("aaa")?.name(), "Atlantis");
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn from_str(file: &str, text: &str) -> Result<Participants, Error> {
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
        let group_of = |col: &'static str| -> Result<Option<RegionalGroup>, Problem> {
            match row.get(col) {
                "" => Ok(None),
                s => s
                    .parse()
                    .map(Some)
                    .map_err(|e: crate::error::Error| match e.inner() {
                        crate::error::Inner::Keyword(k) => row.problem(col, k.expected.clone()),
                        _ => row.problem(col, e.to_string()),
                    }),
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
            iso_name: Some(row.get("iso_name"))
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string().into()),
            official_name: Some(row.get("official_name"))
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string().into()),
            aliases: list(row.get("aliases"))
                .map(|a| Cow::Owned(a.to_string()))
                .collect(),
            local_names: Cow::Borrowed(&[]),
            codes: Codes::default(),
            provenance: provenance(row)?,
            note: row.get("note").to_string().into(),
        })
    })?;
    Participants::build(Cow::Owned(list), &origins)
}

/// `participants` with their names in other languages, read from a file
/// with the columns of `data/participant_names.tsv` (participant,
/// language, name, kind, confidence, source, note; `kind` is `name`,
/// `formal` for the UN's formal name, or `alias` for a name the
/// participant is only found by).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every malformed row, every code
/// not in the list, and every name that would then find two participants.
///
/// ```
/// use hanoi_convention::{Language, io::participants};
///
/// let list = "code\tname\tkind\tconfidence\tsource\nAAA\tAtlantis\tun_member_state\thigh\tmyth\n";
/// let names = "participant\tlanguage\tname\tkind\tconfidence\tsource\nAAA\tfr\tAtlantide\tname\thigh\tmyth\n";
/// let p = participants::with_names_from_str(&participants::from_str("p.tsv", list)?, "n.tsv", names)?;
/// assert_eq!(p.find("atlantide")?.name_in(Language::Fr), Some("Atlantide"));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn with_names_from_str(
    participants: &Participants,
    file: &str,
    text: &str,
) -> Result<Participants, Error> {
    let this = participants;
    let mut list: Vec<Participant> = this.iter().cloned().collect();
    let rows = read_all(file, text, &NAME_COLUMNS, |row| {
        let code: Code = row.parse("participant", "a participant code")?;
        let Some(i) = this.index_of(code) else {
            return Err(row.problem("participant", "the code of a participant in the list"));
        };
        let make = match row.get("kind") {
            "name" | "" => LocalName::new,
            "formal" => LocalName::formal,
            "alias" => LocalName::alias,
            _ => return Err(row.problem("kind", "name, formal or alias")),
        };
        let name = row.required("name", "a name")?;
        let language = row.parse("language", "ar, zh, en, fr, ru, es or vi")?;
        Ok((i, make(language, name, provenance(row)?), row.origin()))
    })?;
    let mut origins = vec![crate::base::origin::Origin::Code; list.len()];
    for (i, name, at) in rows {
        origins[i] = at;
        list[i].local_names.to_mut().push(name);
    }
    Participants::build(Cow::Owned(list), &origins)
}

static CODE_COLUMNS: Columns = Columns {
    all: &[
        "participant",
        "iso2",
        "iso3",
        "iso_numeric",
        "m49",
        "cow_n",
        "cow_c",
        "gw_n",
        "gw_c",
        "confidence",
        "source",
        "note",
    ],
    required: &["participant", "confidence", "source"],
};

/// `participants` with their codes in the other systems, read from a file
/// with the columns of `data/participant_codes.tsv` (participant, iso2,
/// iso3, iso_numeric, m49, cow_n, cow_c, gw_n, confidence, source, note; an
/// empty cell is a code the system does not assign).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every malformed row, every code
/// not in the list, and every `iso2` or `iso3` that disagrees with the list's.
///
/// ```
/// use hanoi_convention::{io::participants, participants::CodeSystem};
///
/// let list = "code\tiso2\tname\tkind\tconfidence\tsource\nAAA\tAA\tAtlantis\tun_member_state\thigh\tmyth\n";
/// let codes = "participant\tiso2\tiso3\tiso_numeric\tm49\tcow_n\tcow_c\tgw_n\tconfidence\tsource\n\
///              AAA\tAA\tAAA\t999\t999\t1\tATL\t\thigh\tmyth\n";
/// let p = participants::with_codes_from_str(&participants::from_str("p.tsv", list)?, "c.tsv", codes)?;
/// let atlantis = p.find_code(CodeSystem::Cow, "1")?;
/// assert_eq!(atlantis.code_in(CodeSystem::CowLetters).as_deref(), Some("ATL"));
/// assert_eq!(atlantis.code_in(CodeSystem::Gw), None);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn with_codes_from_str(
    participants: &Participants,
    file: &str,
    text: &str,
) -> Result<Participants, Error> {
    let mut list: Vec<Participant> = participants.iter().cloned().collect();
    let rows = read_all(file, text, &CODE_COLUMNS, |row| {
        let code: Code = row.parse("participant", "a participant code")?;
        let Some(i) = participants.index_of(code) else {
            return Err(row.problem("participant", "the code of a participant in the list"));
        };
        let letters = |col: &'static str, expected: &str| -> Result<Option<Code>, Problem> {
            match row.get(col) {
                "" => Ok(None),
                s => s.parse().map(Some).map_err(|_| row.problem(col, expected)),
            }
        };
        let number = |col: &'static str| -> Result<Option<u16>, Problem> {
            match row.get(col) {
                "" => Ok(None),
                s => s
                    .parse()
                    .map(Some)
                    .map_err(|_| row.problem(col, "a whole number, or nothing")),
            }
        };
        let iso2 = letters("iso2", "ISO 3166-1 alpha-2, or nothing")?;
        if iso2 != list[i].iso2() {
            return Err(row.problem("iso2", "the participant's iso2 in the participants file"));
        }
        let iso3 = letters("iso3", "ISO 3166-1 alpha-3, or nothing")?;
        if iso3.is_some_and(|c| c != code) {
            return Err(row.problem("iso3", "the participant's own code"));
        }
        let codes = Codes::new(
            iso3,
            number("iso_numeric")?,
            number("m49")?,
            number("cow_n")?,
            letters("cow_c", "the COW letters, or nothing")?,
            number("gw_n")?,
            provenance(row)?,
            row.get("note"),
        )
        .with_gw_letters(letters("gw_c", "the G&W letters, or nothing")?);
        Ok((i, codes))
    })?;
    for (i, codes) in rows {
        list[i].codes = codes;
    }
    Participants::build(Cow::Owned(list), &[])
}

static SPELL_COLUMNS: Columns = Columns {
    all: &[
        "system",
        "code",
        "letters",
        "name",
        "start",
        "end",
        "participant",
        "confidence",
        "source",
        "other_codes",
    ],
    required: &[
        "system",
        "code",
        "letters",
        "name",
        "start",
        "confidence",
        "source",
    ],
};

/// Reads the spells of the state systems (the columns of
/// `data/state_systems.tsv`: system `cow` or `gw`, code, letters, name,
/// start, end (empty for a spell still running), participant, confidence,
/// source).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing every malformed row.
///
/// ```
/// let text = "system\tcode\tletters\tname\tstart\tend\tparticipant\tconfidence\tsource\n\
///             cow\t816\tDRV\tVietnam\t1954-05-01\t\tVNM\thigh\tCOW v2016\n";
/// let spells = hanoi_convention::io::participants::state_systems_from_str("s.tsv", text)?;
/// assert!(spells[0].in_year(2026) && !spells[0].in_year(1950));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
pub fn state_systems_from_str(file: &str, text: &str) -> Result<Vec<StateSpell>, Error> {
    read_all(file, text, &SPELL_COLUMNS, |row| {
        let system = match row.get("system") {
            "cow" => CodeSystem::Cow,
            "gw" => CodeSystem::Gw,
            _ => return Err(row.problem("system", "cow or gw")),
        };
        let date = |col: &'static str| {
            crate::base::date::parse(row.get(col)).map_err(|_| row.problem(col, "a date YYYY-MM-DD"))
        };
        let end = match row.get("end") {
            "" => None,
            _ => Some(date("end")?),
        };
        let participant = match row.get("participant") {
            "" => None,
            s => Some(
                s.parse()
                    .map_err(|_| row.problem("participant", "a participant code, or nothing"))?,
            ),
        };
        let other = other_codes(row)?;
        Ok(StateSpell {
            system,
            code: row.parse("code", "a whole number")?,
            letters: row.parse("letters", "2 or 3 letters")?,
            name: row.required("name", "a name")?.to_string().into(),
            start: date("start")?,
            end,
            participant,
            provenance: provenance(row)?,
            iso2: other.0,
            other: other.1,
        })
    })
}

/// The `other_codes` of a spell: `key=value` pairs separated by `;`, the
/// keys iso2, iso3, iso_numeric, m49, cow_n, cow_c, gw_n, gw_c.
fn other_codes(row: &impl Record) -> Result<(Option<Code>, Codes), Problem> {
    let mut iso2 = None;
    let mut codes = Codes::default();
    let expected = "key=value pairs separated by ; (iso2, iso3, iso_numeric, m49, cow_n, cow_c, gw_n, gw_c)";
    for pair in list(row.get("other_codes")) {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| row.problem("other_codes", expected))?;
        let letters = || {
            value
                .parse::<Code>()
                .map_err(|_| row.problem("other_codes", expected))
        };
        let number = || {
            value
                .parse::<u16>()
                .map_err(|_| row.problem("other_codes", expected))
        };
        match key {
            "iso2" => iso2 = Some(letters()?),
            "iso3" => codes.iso3 = Some(letters()?),
            "iso_numeric" => codes.iso_numeric = Some(number()?),
            "m49" => codes.m49 = Some(number()?),
            "cow_n" => codes.cow = Some(number()?),
            "cow_c" => codes.cow_letters = Some(letters()?),
            "gw_n" => codes.gw = Some(number()?),
            "gw_c" => codes.gw_letters = Some(letters()?),
            _ => return Err(row.problem("other_codes", expected)),
        }
    }
    Ok((iso2, codes))
}

impl Participants {
    /// The same participants with the names in other languages and the
    /// codes in other systems that `other` records for the same codes: how
    /// a treaty whose list has no such files (Budapest, a page from the
    /// depositary) borrows those of the Hanoi Convention's list.
    ///
    /// # Errors
    ///
    /// An error of kind [`Invalid`](crate::ErrorKind::Invalid) when a borrowed name would find two
    /// participants.
    ///
    /// ```
    /// use hanoi_convention::{Language, Register, participants::Participants};
    ///
    /// let list = "code\tname\tkind\tconfidence\tsource\nDEU\tGermany\tun_member_state\thigh\tUN\n";
    /// let mine = hanoi_convention::io::participants::from_str("mine.tsv", list)?;
    /// assert!(mine.find("Allemagne").is_err());
    /// let named = mine.with_names_from(Register::embedded().participants())?;
    /// assert_eq!(named.find("Allemagne")?.name_in(Language::Fr), Some("Allemagne"));
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn with_names_from(&self, other: &Participants) -> Result<Participants, Error> {
        let list = self
            .iter()
            .map(|p| {
                let mut p = p.clone();
                if let Some(q) = other.get(p.code()) {
                    if p.local_names.is_empty() {
                        p.local_names = q.local_names.clone();
                    }
                    if p.codes.provenance.is_none() {
                        p.codes = q.codes.clone();
                    }
                }
                p
            })
            .collect();
        Participants::build(Cow::Owned(list), &[])
    }
}

static NAME_COLUMNS: Columns = Columns {
    all: &[
        "participant",
        "language",
        "name",
        "kind",
        "confidence",
        "source",
        "note",
    ],
    required: &["participant", "language", "name", "confidence", "source"],
};
