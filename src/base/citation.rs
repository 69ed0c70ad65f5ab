//! Where a rule comes from: provisions of the treaty at hand, or of
//! another instrument (the Vienna Convention on the Law of Treaties).

use std::fmt;

use crate::base::article::{ArticleNumberError, ProvisionRef};

/// The instrument a [`Citation`] cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Instrument {
    /// The treaty the data is checked against.
    Treaty,
    /// The Vienna Convention on the Law of Treaties (1969), the general
    /// law of when reservations are made and what they may concern.
    Vclt,
}

/// The provisions a rule comes from: `64(1)`, `64(2)-(4)`, `64(3), 67`,
/// or none (a treaty read from a depositary's page, whose text the data
/// does not record).
///
/// Paragraphs of one article that follow each other are written as a
/// range, as treaties cite them.
///
/// ```
/// use hanoi_convention::problem::Citation;
///
/// let c: Citation = "64(2)-(4)".parse()?;
/// assert_eq!(c.provisions().len(), 3);
/// assert_eq!(c.to_string(), "64(2)-(4)");
/// assert_eq!("64(3), 67".parse::<Citation>()?.to_string(), "64(3), 67");
/// assert!("".parse::<Citation>()?.is_empty());
/// assert!("64(4)-(2)".parse::<Citation>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Citation {
    instrument: Option<Instrument>,
    provisions: Vec<ProvisionRef>,
}

impl Citation {
    /// Provisions of the treaty at hand.
    pub fn treaty(provisions: impl IntoIterator<Item = ProvisionRef>) -> Citation {
        let provisions: Vec<ProvisionRef> = provisions.into_iter().collect();
        Citation {
            instrument: (!provisions.is_empty()).then_some(Instrument::Treaty),
            provisions,
        }
    }

    /// Provisions of the Vienna Convention on the Law of Treaties.
    pub fn vclt(provisions: impl IntoIterator<Item = ProvisionRef>) -> Citation {
        Citation {
            instrument: Some(Instrument::Vclt),
            provisions: provisions.into_iter().collect(),
        }
    }

    /// Nothing cited: the rule is one of the data format, or the treaty's
    /// text is not recorded.
    pub const fn none() -> Citation {
        Citation {
            instrument: None,
            provisions: Vec::new(),
        }
    }

    /// The instrument cited; `None` when nothing is.
    pub fn instrument(&self) -> Option<Instrument> {
        self.instrument
    }

    /// The provisions, in the order cited.
    pub fn provisions(&self) -> &[ProvisionRef] {
        &self.provisions
    }

    /// True when nothing is cited.
    pub fn is_empty(&self) -> bool {
        self.provisions.is_empty()
    }

    /// The citation followed by more provisions of the same instrument.
    #[must_use]
    pub fn and(mut self, other: &Citation) -> Citation {
        if self.instrument.is_none() {
            self.instrument = other.instrument;
        }
        self.provisions.extend(other.provisions.iter().copied());
        self
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.instrument == Some(Instrument::Vclt) {
            f.write_str("Vienna Convention on the Law of Treaties, art. ")?;
        }
        let mut i = 0;
        while i < self.provisions.len() {
            let first = self.provisions[i];
            // The last paragraph of a run of consecutive paragraphs of one article.
            let mut j = i;
            while let (Some(a), Some(b)) = (
                self.provisions[j].paragraph(),
                self.provisions.get(j + 1).and_then(|n| {
                    (n.article() == first.article())
                        .then_some(n.paragraph())
                        .flatten()
                }),
            ) {
                if b != a.wrapping_add(1) {
                    break;
                }
                j += 1;
            }
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{first}")?;
            if j > i + 1 {
                write!(f, "-({})", self.provisions[j].paragraph().unwrap_or(0))?;
            } else if j == i + 1 {
                write!(f, ", {}", self.provisions[j])?;
            }
            i = j + 1;
        }
        Ok(())
    }
}

impl Citation {
    /// [`str::parse`], its error the crate's own reason.
    pub(crate) fn parse(input: &str) -> Result<Citation, ArticleNumberError> {
        let mut provisions = Vec::new();
        for item in input.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()) {
            let Some((head, last)) = item.split_once(")-(") else {
                provisions.push(ProvisionRef::parse(item)?);
                continue;
            };
            let first = ProvisionRef::parse(&format!("{head})"))?;
            let bad = || ArticleNumberError {
                input: input.to_string(),
                reason: "a range of paragraphs must run upwards, e.g. 64(2)-(4)",
            };
            let last: u8 = last
                .strip_suffix(')')
                .and_then(|p| p.parse().ok())
                .ok_or_else(bad)?;
            let from = first.paragraph().ok_or_else(bad)?;
            if last <= from {
                return Err(bad());
            }
            provisions.extend((from..=last).map(|p| ProvisionRef::paragraph_of(first.article(), p)));
        }
        Ok(Citation::treaty(provisions))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_lists_and_other_instruments() {
        let c = |s: &str| s.parse::<Citation>().unwrap();
        assert_eq!(c("64(1)").to_string(), "64(1)");
        assert_eq!(c("64(2)-(4)").to_string(), "64(2)-(4)");
        assert_eq!(c("64(2), 64(3)").to_string(), "64(2), 64(3)");
        assert_eq!(c("36(3), 37").to_string(), "36(3), 37");
        assert_eq!(c("65").instrument(), Some(Instrument::Treaty));
        assert_eq!(c("").instrument(), None);
        let v = Citation::vclt([c("19").provisions()[0], c("23").provisions()[0]]);
        assert_eq!(
            v.to_string(),
            "Vienna Convention on the Law of Treaties, art. 19, 23"
        );
        assert_eq!(c("64(3)").and(&c("67")).to_string(), "64(3), 67");
        assert!("64(x)".parse::<Citation>().is_err());
        assert!("64(2)-(2)".parse::<Citation>().is_err());
    }
}
