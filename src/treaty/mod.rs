//! The treaty as a value: everything treaty-specific, so that the register,
//! the validator and the exports work for any treaty passed to them.
//!
//! - `identity`: titles, short names and names in other languages
//!   ([`TreatyName`], each in a [`NameForm`]), depositary, reference,
//!   adoption ([`Identity`], [`Fact`]).
//! - `text`: chapters ([`Chapter`]), articles ([`Article`]), defined terms
//!   ([`Term`]) and classified provisions ([`TreatyText`]); articles are
//!   numbered by [`ArticleNumber`] (input that is not one is an
//!   [`Error`] of kind `Value`); `provision`: [`Provision`] and
//!   [`ProvisionKind`]; `search`: searching titles and terms ([`SearchHit`]).
//! - `grouping`: how participants are grouped in counts ([`Grouping`],
//!   each [`Group`] typed).
//! - `rules`: the final provisions ([`FinalProvisions`]): signature (who
//!   may sign, [`SignatoryScope`]; where, [`SignaturePlace`]), consent, who
//!   may accede ([`Accession`]), REIOs, denunciation (when it takes
//!   effect, [`Delay`]).
//! - `entry_into_force`: the entry-into-force rule's shapes and arithmetic
//!   ([`EntryIntoForceRule`] of an [`EntryIntoForceShape`],
//!   [`EntryIntoForce`]).
//!
//! [`Treaty`] ties them to a participant list. The Hanoi Convention is the
//! instance built from the crate's `data/` ([`crate::convention`]).

mod entry_into_force;
mod grouping;
pub(crate) mod identity;
mod provision;
mod rules;
mod search;
mod text;

use std::sync::Arc;

pub(crate) use crate::base::article::parse_roman;
pub use crate::base::article::{ArticleNumber, ProvisionRef};
#[cfg(test)]
pub(crate) use entry_into_force::count_by;
pub(crate) use entry_into_force::{Deposit, DepositIndex};
pub use entry_into_force::{EntryIntoForce, EntryIntoForceRule, EntryIntoForceShape};
pub use grouping::{Group, Grouping};
pub(crate) use identity::adoption_date;
pub use identity::{Fact, Identity, NameForm, TreatyName};
pub use provision::{Provision, ProvisionKind};
pub use rules::{
    Accession, ConsentRule, Delay, DenunciationRule, FinalProvisions, ReioRule, SignatoryScope,
    SignaturePlace, SignatureRule,
};
pub use search::SearchHit;
pub(crate) use text::Part;
pub use text::{Article, Chapter, Term, TreatyText};

use crate::error::Error;
use crate::participants::Participants;

/// A treaty: identity, text, who may join and how they are grouped, and
/// the final provisions. Cheap to clone (shared).
///
/// ```
/// let hanoi = hanoi_convention::convention();
/// assert_eq!(hanoi.identity().short_name(), "Hanoi Convention");
/// assert_eq!(hanoi.text().articles().len(), 68);
/// assert_eq!(hanoi.participants().len(), 198);
/// assert_eq!(hanoi.rules().entry_into_force().required(), 40);
/// ```
///
/// A treaty that cites an article its text lacks is refused:
///
/// ```
/// use hanoi_convention::{Error, Treaty, convention, treaty::TreatyText};
///
/// let hanoi = convention();
/// let short = TreatyText::new(vec![], vec![], vec![], vec![])?; // no text: nothing to check
/// assert!(Treaty::new(hanoi.identity().clone(), short, hanoi.participants().clone().into(),
///     hanoi.grouping().clone(), hanoi.rules().clone()).is_ok());
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Treaty {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    identity: Identity,
    text: TreatyText,
    participants: Arc<Participants>,
    grouping: Grouping,
    rules: FinalProvisions,
}

impl Treaty {
    /// A treaty from its parts, checked for consistency: the articles the
    /// rules cite exist in the text (when the text records articles), and
    /// the non-members of a signatory scope and the members of a grouping
    /// are in the participant list.
    ///
    /// # Errors
    ///
    /// An error of kind [`Format`](crate::ErrorKind::Format) naming the first inconsistency.
    pub fn new(
        identity: Identity,
        text: TreatyText,
        participants: Arc<Participants>,
        grouping: Grouping,
        rules: FinalProvisions,
    ) -> Result<Treaty, Error> {
        let known = |c: &crate::participants::Code| participants.get(*c).is_some();
        if let Some(c) = grouping.members().iter().find(|c| !known(c)) {
            return Err(Error::treaty(format!(
                "{c}, a member of the {}, is not in the participant list",
                grouping.organisation().unwrap_or("organisation")
            )));
        }
        if let SignatoryScope::MembersAnd { others } = &rules.signature.open_to {
            if let Some(c) = others.iter().find(|c| !known(c)) {
                return Err(Error::treaty(format!(
                    "{c}, named as a signatory, is not in the participant list"
                )));
            }
        }
        // A text not recorded (no articles) cannot be checked against.
        if !text.articles().is_empty() {
            for cited in rules.citations() {
                if let Some(p) = cited
                    .provisions()
                    .iter()
                    .find(|p| text.article(p.article().get()).is_none())
                {
                    return Err(Error::treaty(format!(
                        "the final provisions cite article {p} ({cited}), which the text does not have"
                    )));
                }
            }
        }
        Ok(Treaty {
            inner: Arc::new(Inner {
                identity,
                text,
                participants,
                grouping,
                rules,
            }),
        })
    }

    /// The same treaty with another participant list (e.g. a synthetic one
    /// for tests at scale), checked as [`Treaty::new`] checks.
    ///
    /// # Errors
    ///
    /// As [`Treaty::new`].
    pub fn with_participants(&self, participants: Arc<Participants>) -> Result<Treaty, Error> {
        Treaty::new(
            self.identity().clone(),
            self.text().clone(),
            participants,
            self.grouping().clone(),
            self.rules().clone(),
        )
    }

    /// Titles, names, depositary, reference, adoption.
    pub fn identity(&self) -> &Identity {
        &self.inner.identity
    }

    /// Chapters, articles, terms and classified provisions.
    pub fn text(&self) -> &TreatyText {
        &self.inner.text
    }

    /// Everyone who may join.
    pub fn participants(&self) -> &Participants {
        &self.inner.participants
    }

    /// How participants are grouped in counts by group.
    pub fn grouping(&self) -> &Grouping {
        &self.inner.grouping
    }

    /// The final provisions.
    pub fn rules(&self) -> &FinalProvisions {
        &self.inner.rules
    }

    /// True when both values are the same treaty object (cheap).
    pub fn same_as(&self, other: &Treaty) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
