//! A treaty of its own from an imported page: its identity from the page's
//! header, its entry-into-force rule read from the clause the page quotes,
//! its participants the list given. The text's articles are not on the
//! page and are left unrecorded.

use std::sync::Arc;

use crate::actions::ActionKind;
use crate::base::citation::Citation;
use crate::base::date::Date;
use crate::base::provenance::{Confidence, Provenance};
use crate::error::Error;
use crate::io::untc::import::UntcImport;
use crate::io::untc::prose::long_date;
use crate::participants::Participants;
use crate::treaty::{
    Accession, ConsentRule, Delay, DenunciationRule, EntryIntoForceRule, EntryIntoForceShape, Fact,
    FinalProvisions, Grouping, Identity, SignatureRule, Treaty, TreatyText,
};

const UNITS: [&str; 10] = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const TEENS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const TEN_WORDS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// An English ordinal from "first" to "ninety-ninth", or "hundredth".
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic() && c != '-');
    if w == "hundredth" {
        return Some(100);
    }
    let find = |list: &[&str], x: &str| {
        list.iter()
            .position(|u| !u.is_empty() && *u == x)
            .map(|i| i as u32)
    };
    if let Some(n) = find(&UNITS, w) {
        return Some(n);
    }
    if let Some(n) = find(&TEENS, w) {
        return Some(10 + n);
    }
    if let Some(n) = find(&TENS, w) {
        return Some(10 * n);
    }
    let (tens, unit) = w.split_once('-')?;
    Some(10 * find(&TEN_WORDS, tens)? + find(&UNITS, unit)?)
}

/// The rule "on the Dth day after the date of deposit of the Nth instrument
/// ...; for each State ... on the D'th day after ..." from the clause's text.
pub(crate) fn days_after_nth(text: &str) -> Option<EntryIntoForceShape> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut days = Vec::new();
    let mut nth = None;
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).map(|n| n.to_ascii_lowercase());
        match (ordinal(w), next.as_deref()) {
            (Some(n), Some("day")) => days.push(n),
            (Some(n), Some("instrument")) if nth.is_none() => nth = Some(n),
            _ => {}
        }
    }
    let (&first, instruments) = (days.first()?, nth?);
    Some(EntryIntoForceShape::DaysAfterNth {
        instruments,
        days: first as i32,
        later_party_days: *days.get(1).unwrap_or(&first) as i32,
    })
}

/// The instruments an entry-into-force clause counts: the kinds it names
/// ("the fortieth instrument of ratification, acceptance, approval or
/// accession"); every instrument of consent but succession when it names
/// none.
pub(crate) fn counted_kinds(clause: &str) -> Vec<ActionKind> {
    let lower = clause.to_ascii_lowercase();
    let named: Vec<ActionKind> = [
        ActionKind::Ratification,
        ActionKind::Acceptance,
        ActionKind::Approval,
        ActionKind::Accession,
        ActionKind::Succession,
        ActionKind::DefinitiveSignature,
    ]
    .into_iter()
    .filter(|k| lower.contains(&k.as_str().replace('_', " ")))
    .collect();
    if named.is_empty() {
        ActionKind::ALL
            .iter()
            .copied()
            .filter(|k| k.is_consent() && *k != ActionKind::Succession)
            .collect()
    } else {
        named
    }
}

impl UntcImport {
    /// The page's treaty as a treaty of its own, over `participants` (e.g.
    /// the embedded list, which holds every State): identity from the
    /// header; signature open from the first signature on the page;
    /// accession by those that did not sign; entry into force read from the
    /// clause the page quotes ("on
    /// the ninetieth day after ... the fortieth instrument"); the delay of a
    /// denunciation unrecorded. Every fact cites the page, at medium
    /// confidence where it is read from its wording.
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) when the page's entry-into-force
    /// clause cannot be read as a rule the crate models.
    pub fn treaty(&self, participants: Arc<Participants>) -> Result<Treaty, Error> {
        let page = &self.page;
        let url = self.url();
        let high = Provenance::new(&url, Confidence::High);
        let first_signature = self
            .actions
            .iter()
            .filter(|a| a.kind().is_signature())
            .map(|a| a.date().earliest())
            .min();
        let concluded = page.conclusion.rsplit(", ").next().and_then(long_date);
        let adopted = concluded.or(first_signature).unwrap_or(Date::MIN);
        let mut facts = vec![
            Fact::new("title", &page.title, high.clone()),
            Fact::new("short_name", &page.reference, high.clone()),
            Fact::new("treaty_reference", &page.reference, high.clone()),
            Fact::new(
                "depositary",
                "Secretary-General of the United Nations",
                high.clone(),
            ),
            Fact::new(
                "adopted_on",
                adopted.to_string(),
                Provenance::new(
                    &url,
                    if concluded.is_some() {
                        Confidence::High
                    } else {
                        Confidence::Low
                    },
                ),
            ),
        ];
        if !page.conclusion.is_empty() {
            facts.push(Fact::new(
                "adopted_by",
                format!("concluded at {}", page.conclusion),
                high,
            ));
        }
        let shape = days_after_nth(&page.entry_into_force).ok_or_else(|| {
            Error::format_here(format!(
                "{}: the entry-into-force clause could not be read as a rule the crate models: {:?}",
                page.reference,
                page.entry_into_force.chars().take(160).collect::<String>()
            ))
        })?;
        let opens = first_signature.unwrap_or(adopted);
        // The page quotes no article numbers: the rules cite none.
        let none = Citation::none;
        let rules = FinalProvisions::new(
            SignatureRule::new(opens, None, none()),
            // Which instruments need a signature first is not on the page.
            ConsentRule::new([], none(), Accession::NonSignatories, none()),
            EntryIntoForceRule::new(shape, counted_kinds(&page.entry_into_force), none()),
            DenunciationRule::new(Delay::Unrecorded, none()),
        );
        Treaty::new(
            Identity::new(facts)?,
            TreatyText::new(vec![], vec![], vec![], vec![])?,
            participants,
            Grouping::un_regional_groups(),
            rules,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_and_the_rule() {
        assert_eq!(ordinal("ninetieth"), Some(90));
        assert_eq!(ordinal("fortieth"), Some(40));
        assert_eq!(ordinal("twenty-second"), Some(22));
        assert_eq!(ordinal("thirtieth,"), Some(30));
        assert_eq!(ordinal("day"), None);
        let clause = "This Protocol shall enter into force on the ninetieth day after the date of deposit of the fortieth \
                      instrument of ratification ... on the thirtieth day after the date of deposit by such State";
        assert_eq!(
            days_after_nth(clause),
            Some(EntryIntoForceShape::DaysAfterNth {
                instruments: 40,
                days: 90,
                later_party_days: 30
            })
        );
        assert_eq!(days_after_nth("in accordance with article 12"), None);
    }
}
