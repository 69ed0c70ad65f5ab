//! Reading a participants file (the columns of `data/participants.tsv`).

use std::borrow::Cow;

use crate::base::provenance::ParseEnumError;
use crate::error::Error;
use crate::io::table::{Columns, Record, list, provenance, read_all};
use crate::participants::{Code, GroupMembership, Participant, Participants, RegionalGroup};
use crate::validate::Violation;

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

impl Participants {
    /// Reads a participants file (the columns of `data/participants.tsv`).
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] listing every malformed row, repeated code or name,
    /// and `member_of` that names no organization in the list;
    /// [`Error::Format`] for a file that is not a table.
    ///
    /// ```
    /// use hanoi_convention::participants::Participants;
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
                iso_name: Some(row.get("iso_name"))
                    .filter(|s| !s.is_empty())
                    .map(|s| s.to_string().into()),
                official_name: Some(row.get("official_name"))
                    .filter(|s| !s.is_empty())
                    .map(|s| s.to_string().into()),
                aliases: list(row.get("aliases"))
                    .map(|a| Cow::Owned(a.to_string()))
                    .collect(),
                provenance: provenance(row)?,
                note: row.get("note").to_string().into(),
            })
        })?;
        Participants::build(Cow::Owned(list), &origins)
    }
}
