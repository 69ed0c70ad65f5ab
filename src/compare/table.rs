//! Several treaties side by side on one day: every participant of any of
//! them, with its standing under each, and the cross-table of two
//! treaties' standings, overall and by UN regional group, with the
//! participants behind each cell.

use std::collections::BTreeMap;

use crate::base::date::Date;
use crate::participants::{Code, RegionalGroup};
use crate::register::{Register, Standing};
use crate::treaty::Treaty;

/// One participant of any of the compared treaties.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ComparedParticipant {
    /// The code the treaties are matched on.
    pub code: Code,
    /// Its name, from the first treaty whose universe holds it.
    pub name: String,
    /// The UN regional group it is counted in (none for participants in no
    /// group, or in a treaty whose data gives none).
    pub regional_group: Option<RegionalGroup>,
    /// Its standing under each treaty, in the order the treaties were given.
    pub standings: Vec<Standing>,
    /// The bounds of each standing (certainly reached, possibly reached;
    /// the same for a known one), as [`OnDay::standing_range`] gives them:
    /// an `unknown` standing's bounds say, e.g., that it had certainly
    /// signed.
    ///
    /// [`OnDay::standing_range`]: crate::register::OnDay::standing_range
    pub bounds: Vec<(Standing, Standing)>,
}

/// Treaties compared on one day.
///
/// ```
/// use hanoi_convention::{Date, Standing, compare::Comparison, embedded::EmbeddedTreaty};
///
/// let day = Date::constant(2026, 4, 25);
/// let (hanoi, budapest) = (EmbeddedTreaty::Hanoi.register(), EmbeddedTreaty::Budapest.register());
/// let c = Comparison::new(&[hanoi, budapest], day);
/// let table = c.cross_table(hanoi.treaty(), budapest.treaty()).unwrap();
/// // Budapest parties, bound by it, that had not signed the Hanoi Convention:
/// let stayed_out = table.list(Standing::NotSigned, Standing::InForce);
/// assert!(stayed_out.iter().any(|p| p.code.as_str() == "USA"));
/// assert_eq!(table.total(), c.participants().len() as u32);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    treaties: Vec<String>,
    /// Each treaty's identity key, to match the treaties asked for.
    identities: Vec<[String; 3]>,
    data_as_of: Vec<Date>,
    day: Date,
    participants: Vec<ComparedParticipant>,
}

impl Comparison {
    /// The last day every register's data describes (the earliest of their
    /// as-of dates): the day a comparison answers for unless asked
    /// otherwise, so that no treaty is compared past its data.
    ///
    /// ```
    /// use hanoi_convention::{compare::Comparison, embedded::EmbeddedTreaty};
    ///
    /// let (hanoi, budapest) = (EmbeddedTreaty::Hanoi.register(), EmbeddedTreaty::Budapest.register());
    /// assert_eq!(Comparison::common_day(&[hanoi, budapest]), hanoi.as_of().min(budapest.as_of()));
    /// ```
    pub fn common_day(registers: &[&Register]) -> Date {
        registers.iter().map(|r| r.as_of()).min().unwrap_or(Date::MAX)
    }

    /// Where treaties `a` and `b` are among those compared, matched by
    /// their identity (reference, short name, title). The same treaty
    /// compared twice (its embedded data and a file, say) is matched in the
    /// order given: `b` is the first match other than `a`'s.
    pub(crate) fn positions(&self, a: &Treaty, b: &Treaty) -> Option<(usize, usize)> {
        let matches = |t: &Treaty| {
            let key = identity_key(t);
            self.identities
                .iter()
                .enumerate()
                .filter(move |(_, k)| **k == key)
                .map(|(i, _)| i)
        };
        let first = matches(a).next()?;
        let second = matches(b).find(|i| *i != first)?;
        Some((first, second))
    }

    /// The participants of all `registers`' treaties (matched by code, in
    /// code order; none dropped), with their standings at the end of `day`.
    pub fn new(registers: &[&Register], day: Date) -> Comparison {
        let mut by_code: BTreeMap<Code, (String, Option<RegionalGroup>)> = BTreeMap::new();
        for r in registers {
            for p in r.participants() {
                by_code
                    .entry(p.code())
                    .or_insert_with(|| (p.name().to_string(), p.group().counted_in()));
            }
        }
        let participants = by_code
            .into_iter()
            .map(|(code, (name, regional_group))| {
                // Each standing with its bounds, worked out once.
                let each: Vec<[Standing; 3]> = registers.iter().map(|r| r.on(day).standings(code)).collect();
                ComparedParticipant {
                    code,
                    name,
                    regional_group,
                    standings: each.iter().map(|s| s[0]).collect(),
                    bounds: each.iter().map(|s| (s[1], s[2])).collect(),
                }
            })
            .collect();
        Comparison {
            treaties: registers
                .iter()
                .map(|r| r.treaty().identity().short_name().to_string())
                .collect(),
            identities: registers.iter().map(|r| identity_key(r.treaty())).collect(),
            data_as_of: registers.iter().map(|r| r.as_of()).collect(),
            day,
            participants,
        }
    }

    /// The treaties' short names, in the order given.
    pub fn treaties(&self) -> &[String] {
        &self.treaties
    }

    /// The last day each treaty's data describes, in the order given.
    pub fn data_as_of(&self) -> &[Date] {
        &self.data_as_of
    }

    /// The day compared.
    pub fn day(&self) -> Date {
        self.day
    }

    /// Every participant, in code order.
    pub fn participants(&self) -> &[ComparedParticipant] {
        &self.participants
    }

    /// The cross-table of treaty `a`'s standings against treaty `b`'s;
    /// `None` when either is not one of the compared treaties (matched by
    /// their reference, short name and title; the same treaty compared
    /// twice, e.g. its embedded data and a file of one's own, is matched in
    /// the order given).
    ///
    /// ```
    /// use hanoi_convention::{compare::Comparison, embedded::EmbeddedTreaty};
    ///
    /// let (hanoi, budapest, protocol) = (
    ///     EmbeddedTreaty::Hanoi.register(),
    ///     EmbeddedTreaty::Budapest.register(),
    ///     EmbeddedTreaty::Cets224.register(),
    /// );
    /// let c = Comparison::new(&[hanoi, budapest], hanoi.as_of());
    /// assert_eq!(c.cross_table(budapest.treaty(), hanoi.treaty()).unwrap().treaties(), ("Budapest Convention", "Hanoi Convention"));
    /// assert!(c.cross_table(hanoi.treaty(), protocol.treaty()).is_none()); // not compared
    /// ```
    pub fn cross_table(&self, a: &Treaty, b: &Treaty) -> Option<CrossTable<'_>> {
        let (a, b) = self.positions(a, b)?;
        let mut cells: BTreeMap<(Standing, Standing), Vec<&ComparedParticipant>> = BTreeMap::new();
        for p in &self.participants {
            cells.entry((p.standings[a], p.standings[b])).or_default().push(p);
        }
        Some(CrossTable {
            a: &self.treaties[a],
            b: &self.treaties[b],
            cells,
        })
    }
}

/// Counts of participants by their standing under two treaties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrossTable<'c> {
    a: &'c str,
    b: &'c str,
    cells: BTreeMap<(Standing, Standing), Vec<&'c ComparedParticipant>>,
}

/// One cell of a [`CrossTable`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CrossCell {
    /// The standing under the first treaty.
    pub a: Standing,
    /// The standing under the second.
    pub b: Standing,
    /// How many participants stand so.
    pub total: u32,
    /// How many in each UN regional group, then in none.
    pub by_group: Vec<(Option<RegionalGroup>, u32)>,
}

impl<'c> CrossTable<'c> {
    /// The two treaties' short names.
    pub fn treaties(&self) -> (&str, &str) {
        (self.a, self.b)
    }

    /// The non-empty cells, in standing order.
    pub fn cells(&self) -> Vec<CrossCell> {
        self.cells
            .iter()
            .map(|(&(a, b), list)| CrossCell {
                a,
                b,
                total: list.len() as u32,
                by_group: RegionalGroup::ALL
                    .iter()
                    .copied()
                    .map(Some)
                    .chain([None])
                    .map(|g| (g, list.iter().filter(|p| p.regional_group == g).count() as u32))
                    .collect(),
            })
            .collect()
    }

    /// How many stand as (`a`, `b`).
    pub fn count(&self, a: Standing, b: Standing) -> u32 {
        self.cells.get(&(a, b)).map_or(0, |l| l.len() as u32)
    }

    /// The participants behind a cell, in code order.
    pub fn list(&self, a: Standing, b: Standing) -> Vec<&'c ComparedParticipant> {
        self.cells.get(&(a, b)).cloned().unwrap_or_default()
    }

    /// Every participant counted: the union of both universes.
    pub fn total(&self) -> u32 {
        self.cells.values().map(|l| l.len() as u32).sum()
    }
}

/// What tells compared treaties apart: reference, short name and title.
fn identity_key(t: &Treaty) -> [String; 3] {
    let id = t.identity();
    [id.reference(), id.short_name(), id.title()].map(str::to_string)
}
