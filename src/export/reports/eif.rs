//! Entry into force, and what it would be with assumed deposits.

use serde::Serialize;

use super::Caveat;
use crate::base::date::Date;
use crate::register::{OnDay, WhatIf};
use crate::treaty::EntryIntoForce;

/// Entry into force, and what it would be with assumed deposits, each
/// checked (`hanoi eif`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EifReport {
    /// The treaty's short name.
    pub treaty: String,
    /// The rule's provisions.
    pub article: String,
    /// The rule in words.
    pub rule: String,
    /// The day answered for.
    pub as_of: Date,
    /// Entry into force as it stood that day.
    pub entry_into_force: EntryIntoForce,
    /// The assumptions, each with its outcome, and the entry into force
    /// with them (null when none were made).
    pub what_if: Option<WhatIf>,
    /// Warnings about the answer (a day after the data ends).
    pub caveats: Vec<Caveat>,
}

impl EifReport {
    /// The report on the day of `on`, with the deposits `assumed`.
    ///
    /// # Errors
    ///
    /// As [`OnDay::what_if`].
    pub fn new(
        on: &OnDay<'_>,
        assumed: &[crate::register::Assumption],
    ) -> Result<EifReport, crate::error::Error> {
        let r = on.register();
        let rule = r.treaty().rules().entry_into_force();
        Ok(EifReport {
            treaty: r.treaty().identity().short_name().to_string(),
            article: rule.article().to_string(),
            rule: rule_in_words(rule),
            as_of: on.day(),
            entry_into_force: on.entry_into_force(),
            what_if: if assumed.is_empty() {
                None
            } else {
                Some(on.what_if(assumed)?)
            },
            caveats: Caveat::beyond_data(on).into_iter().collect(),
        })
    }
}

/// An entry-into-force rule in words.
fn rule_in_words(rule: &crate::treaty::EntryIntoForceRule) -> String {
    use crate::treaty::EntryIntoForceShape;
    let kinds: Vec<&str> = rule.counted_kinds().iter().map(|k| k.as_str()).collect();
    let counted = kinds.join(", ");
    match rule.shape() {
        EntryIntoForceShape::DaysAfterNth {
            instruments,
            days,
            later_party_days,
        } => format!(
            "in force on the {days}th day after the {instruments}th instrument ({counted}); \
             for a later party, on the {later_party_days}th day after its own, or on that day, whichever is later"
        ),
        EntryIntoForceShape::FirstOfMonthAfterNth {
            consents,
            months,
            from_members,
        } => format!(
            "in force on the first day of the month following {months} months after the {consents}th consent \
             ({counted}), {from_members} of them from members of the organisation; for a later party, the same \
             after its own"
        ),
    }
}
