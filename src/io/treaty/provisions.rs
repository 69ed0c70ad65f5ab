//! Reading a final-provisions file (key, value, article, confidence,
//! source): one small parser per clause, every problem reported.
//!
//! The keys: `signature_opens`, `signature_closes` (dates; `none` for no
//! closing date), `signature_place` (repeatable, `Place: FROM..TO` or
//! `Place: FROM..`), `signatory_scope` (`everyone`, `parties_to:
//! REFERENCE`, or `members_and: CODE CODE ...`), `consent_instruments`
//! (comma-separated kinds), `accession` (`non_signatories`,
//! `on_invitation`, or `none` for a treaty without an accession clause), `reio_acts_after_member_state` and
//! `reio_counted_as_additional` (`yes`/`no`; with neither, the treaty has no
//! REIO rule), `entry_into_force` (`days_after_nth` or
//! `first_of_month_after_nth`) with `entry_into_force_counts` (the kinds
//! counted), `entry_into_force_instruments`, `entry_into_force_days`,
//! `later_party_days`, `entry_into_force_months`,
//! `entry_into_force_from_members`, `denunciation_delay` (`N years`, `N
//! days` or `N months, first of month`), `reio_ceases_when_members_denounce`
//! (`yes`/`no`), and `grouping` (`un_regional_groups`, or `Organisation:
//! CODE CODE ...`).

use crate::actions::{ActionKind, Place};
use crate::base::citation::Citation;
use crate::base::date::{Date, parse as parse_date};
use crate::base::origin::Origin;
use crate::error::Error;
use crate::io::table::{Columns, Record, provenance, read_all};
use crate::participants::Code;
use crate::problem::{Problem, Problems};
use crate::treaty::{
    Accession, ConsentRule, Delay, DenunciationRule, EntryIntoForceRule, EntryIntoForceShape,
    FinalProvisions, Grouping, ReioRule, SignatoryScope, SignaturePlace, SignatureRule,
};

static RULE_COLUMNS: Columns = Columns {
    all: &["key", "value", "article", "confidence", "source"],
    required: &["key", "value", "confidence", "source"],
};

/// One row of a final-provisions file.
struct RuleRow {
    key: String,
    value: String,
    article: Citation,
    origin: Origin,
}

/// Reads a final-provisions file into the treaty's rules and its grouping
/// (see the module's documentation for the keys).
///
/// # Errors
///
/// An error of kind [`Invalid`](crate::ErrorKind::Invalid) with every malformed row and every key
/// the rules need that is missing.
pub fn final_provisions_from_str(file: &str, text: &str) -> Result<(FinalProvisions, Grouping), Error> {
    let rows = read_all(file, text, &RULE_COLUMNS, |row| {
        provenance(row)?;
        let key = row.required("key", "a rule name")?.to_string();
        // Every rule cites its article; the grouping is not a rule.
        let article = if key == "grouping" {
            Citation::none()
        } else {
            row.required("article", "the article, e.g. 64(1)")?;
            row.parse("article", "provisions, e.g. 64(1), 64(2)-(4) or 64(3), 67")?
        };
        Ok(RuleRow {
            key,
            value: row.required("value", "the rule's value")?.to_string(),
            article,
            origin: row.origin(),
        })
    })?;
    let mut reader = Rules {
        rows: &rows,
        file,
        problems: Vec::new(),
    };
    let parts = (
        reader.signature(),
        reader.consent(),
        reader.reio(),
        reader.entry_into_force(),
        reader.denunciation(),
        reader.grouping(),
    );
    match parts {
        (Some(sig), Some(consent), Some(reio), Some(eif), Some(den), Some(grouping))
            if reader.problems.is_empty() =>
        {
            let mut rules = FinalProvisions::new(sig, consent, eif, den);
            if let Some(reio) = reio {
                rules = rules.with_reio(reio);
            }
            Ok((rules, grouping))
        }
        _ => Err(Error::invalid(Problems::new(reader.problems))),
    }
}

/// The rows, and the problems found so far.
struct Rules<'r> {
    rows: &'r [RuleRow],
    file: &'r str,
    problems: Vec<Problem>,
}

fn yes_no(s: &str) -> Option<bool> {
    match s {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn date(s: &str) -> Option<Date> {
    parse_date(s).ok()
}

fn codes(s: &str) -> Option<Vec<Code>> {
    s.split_whitespace().map(|c| c.parse().ok()).collect()
}

/// Kinds separated by commas, each of which `keep` accepts.
fn kinds(s: &str, keep: fn(ActionKind) -> bool) -> Option<Vec<ActionKind>> {
    s.split(',')
        .map(|k| k.trim().parse::<ActionKind>().ok().filter(|k| keep(*k)))
        .collect()
}

impl Rules<'_> {
    fn optional(&self, key: &str) -> Option<&RuleRow> {
        self.rows.iter().find(|r| r.key == key)
    }

    fn row(&mut self, key: &'static str) -> Option<&RuleRow> {
        let found = self.rows.iter().find(|r| r.key == key);
        if found.is_none() {
            self.problems.push(Problem::Field {
                at: Origin::line(self.file, 1),
                field: "key",
                expected: format!("a row with the key `{key}`"),
                found: "no such row".into(),
            });
        }
        found
    }

    /// The value of `key` parsed by `parse`, with the row's citation.
    fn value<T>(
        &mut self,
        key: &'static str,
        expected: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<(T, Citation)> {
        let row = self.row(key)?;
        let (origin, value, article) = (row.origin.clone(), row.value.clone(), row.article.clone());
        match parse(value.trim()) {
            Some(v) => Some((v, article)),
            None => {
                self.problems.push(Problem::Field {
                    at: origin,
                    field: "value",
                    expected: format!("{expected} for `{key}`"),
                    found: value,
                });
                None
            }
        }
    }

    /// Several whole numbers, each problem reported; `None` if any fails.
    fn numbers<const N: usize>(&mut self, keys: [(&'static str, &str); N]) -> Option<[i32; N]> {
        let number = |s: &str| s.parse::<i32>().ok().filter(|n| *n >= 0);
        let found = keys.map(|(key, expected)| self.value(key, expected, number).map(|(n, _)| n));
        if found.iter().any(Option::is_none) {
            return None;
        }
        Some(found.map(|n| n.unwrap_or_default()))
    }

    fn signature(&mut self) -> Option<SignatureRule> {
        let opens = self.value("signature_opens", "a date YYYY-MM-DD", date);
        let closes = self.value("signature_closes", "a date YYYY-MM-DD, or none", |s| {
            if s == "none" {
                Some(None)
            } else {
                date(s).map(Some)
            }
        });
        let scope = self.value(
            "signatory_scope",
            "everyone, members_and: CODE CODE ..., or parties_to: REFERENCE",
            |s| {
                if s == "everyone" {
                    return Some(SignatoryScope::Everyone);
                }
                if let Some(reference) = s.strip_prefix("parties_to:").map(str::trim) {
                    return (!reference.is_empty()).then(|| SignatoryScope::PartiesTo {
                        treaty: reference.to_string().into(),
                    });
                }
                let others = codes(s.strip_prefix("members_and:")?)?;
                Some(SignatoryScope::MembersAnd { others })
            },
        );
        let places = self.places();
        let ((opens, article), (closes, _)) = opens.zip(closes)?;
        let mut rule = SignatureRule::new(opens, closes, article).with_scope(scope?.0);
        for p in places {
            rule = rule.with_place(p);
        }
        Some(rule)
    }

    /// Every `signature_place` row.
    fn places(&mut self) -> Vec<SignaturePlace> {
        let mut places = Vec::new();
        for row in self.rows.iter().filter(|r| r.key == "signature_place") {
            let parsed = row.value.split_once(':').and_then(|(place, window)| {
                let (from, to) = window.trim().split_once("..")?;
                let until = if to.trim().is_empty() {
                    None
                } else {
                    Some(date(to.trim())?)
                };
                let place: Place = place.parse().ok()?;
                Some(SignaturePlace::new(place, date(from.trim())?, until))
            });
            match parsed {
                Some(p) => places.push(p),
                None => self.problems.push(Problem::Field {
                    at: row.origin.clone(),
                    field: "value",
                    expected: "a place and its days, e.g. `Hanoi: 2025-10-25..2025-10-26` or `New York: 2025-10-27..`"
                        .into(),
                    found: row.value.clone(),
                }),
            }
        }
        places
    }

    fn consent(&mut self) -> Option<ConsentRule> {
        let instruments = self.value(
            "consent_instruments",
            "instrument kinds, e.g. ratification, acceptance, approval",
            |s| kinds(s, ActionKind::is_consent),
        );
        let accession = self.value(
            "accession",
            "non_signatories, on_invitation or none",
            |s| match s {
                "non_signatories" => Some(Accession::NonSignatories),
                "on_invitation" => Some(Accession::OnInvitation),
                "none" => Some(Accession::None),
                _ => None,
            },
        );
        let ((instruments, article), (accession, accession_article)) = instruments.zip(accession)?;
        Some(ConsentRule::new(
            instruments,
            article,
            accession,
            accession_article,
        ))
    }

    /// The REIO rule: `Some(None)` when the treaty has none.
    fn reio(&mut self) -> Option<Option<ReioRule>> {
        let keys = ["reio_acts_after_member_state", "reio_counted_as_additional"];
        if keys.iter().all(|k| self.optional(k).is_none()) {
            return Some(None);
        }
        let after = self.value("reio_acts_after_member_state", "yes or no", yes_no);
        let counted = self.value("reio_counted_as_additional", "yes or no", yes_no);
        let ((after, article), (counted, counting_article)) = after.zip(counted)?;
        Some(Some(
            ReioRule::new(article)
                .with_acts_after_member_state(after)
                .with_counted_as_additional(counted, counting_article),
        ))
    }

    fn entry_into_force(&mut self) -> Option<EntryIntoForceRule> {
        let shape = self.value(
            "entry_into_force",
            "days_after_nth or first_of_month_after_nth",
            |s| Some(s.to_string()).filter(|s| s == "days_after_nth" || s == "first_of_month_after_nth"),
        );
        let counted = self.value(
            "entry_into_force_counts",
            "the kinds of instrument counted, e.g. ratification, acceptance, approval, accession",
            |s| kinds(s, ActionKind::is_consent),
        );
        let (shape, article) = shape?;
        let shape = if shape == "days_after_nth" {
            let [n, days, later] = self.numbers([
                ("entry_into_force_instruments", "a whole number"),
                ("entry_into_force_days", "a whole number of days"),
                ("later_party_days", "a whole number of days"),
            ])?;
            EntryIntoForceShape::DaysAfterNth {
                instruments: n as u32,
                days,
                later_party_days: later,
            }
        } else {
            let [n, months, members] = self.numbers([
                ("entry_into_force_instruments", "a whole number"),
                ("entry_into_force_months", "a whole number of months"),
                ("entry_into_force_from_members", "a whole number"),
            ])?;
            EntryIntoForceShape::FirstOfMonthAfterNth {
                consents: n as u32,
                months,
                from_members: members as u32,
            }
        };
        Some(EntryIntoForceRule::new(shape, counted?.0, article))
    }

    fn denunciation(&mut self) -> Option<DenunciationRule> {
        let delay = self.value(
            "denunciation_delay",
            "`N years`, `N days` or `N months, first of month`",
            |s| {
                let (n, unit) = s.split_once(' ')?;
                let n: i32 = n.parse().ok()?;
                match unit.trim() {
                    "year" | "years" => Some(Delay::Years(i16::try_from(n).ok()?)),
                    "day" | "days" => Some(Delay::Days(n)),
                    "months, first of month" | "month, first of month" => {
                        Some(Delay::FirstOfMonthAfterMonths(n))
                    }
                    _ => None,
                }
            },
        );
        let ceases = match self.optional("reio_ceases_when_members_denounce") {
            Some(_) => self
                .value("reio_ceases_when_members_denounce", "yes or no", yes_no)
                .map(|v| v.0),
            None => Some(false),
        };
        let (delay, article) = delay?;
        let rule = DenunciationRule::new(delay, article);
        Some(if ceases? {
            rule.with_reio_ceasing_when_members_denounce()
        } else {
            rule
        })
    }

    fn grouping(&mut self) -> Option<Grouping> {
        let grouping = self.value(
            "grouping",
            "un_regional_groups, or `Organisation: CODE CODE ...`",
            |s| {
                if s == "un_regional_groups" {
                    return Some(Grouping::un_regional_groups());
                }
                let (org, members) = s.split_once(':')?;
                Some(Grouping::membership(org.trim(), codes(members)?))
            },
        );
        grouping.map(|g| g.0)
    }
}
