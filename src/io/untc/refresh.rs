//! What an imported page changes in a data set: new actions, windows the
//! page narrows to a day, conflicts, and rows the page does not have; and
//! the data set with the page's facts applied.

use crate::actions::{Action, ActionKind};

/// What an action is, for matching a page's rows with a data set's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Signature,
    Consent,
    Denunciation,
    Statement(ActionKind),
    Other(ActionKind),
}

fn slot(a: &Action) -> Slot {
    match a.kind() {
        // A signature ad referendum pairs with a signature, and differs by kind.
        k if k.is_signature() => Slot::Signature,
        k if k.is_consent() => Slot::Consent,
        ActionKind::Denunciation => Slot::Denunciation,
        k if k.names_provisions() => Slot::Statement(k),
        k => Slot::Other(k),
    }
}

/// A row of the data set and the page's row for the same act.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Pair {
    /// The data set's row.
    pub ours: Action,
    /// The page's.
    pub page: Action,
    /// What differs, in words.
    pub why: String,
}

/// The refresh of a data set from a page.
///
/// ```
/// use hanoi_convention::{Confidence, actions::{Action, ActionKind}, io::untc::Refresh};
///
/// let a = |kind, when: &str| Action::new("FJI".parse().unwrap(), kind, when.parse().unwrap()).with_source("x", Confidence::High);
/// let ours = [a(ActionKind::Signature, "2025-11-20..2025-12-29")];
/// let page = [a(ActionKind::Signature, "2025-12-03"), a(ActionKind::Ratification, "2026-09-01")];
/// let refresh = Refresh::of(&ours, &page);
/// assert_eq!(refresh.narrowed.len(), 1);
/// assert_eq!(refresh.new.len(), 1);
/// assert_eq!(refresh.merged().len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Refresh {
    /// Actions on the page the data set does not have.
    pub new: Vec<Action>,
    /// Windows of the data set the page narrows to a day (or a shorter window).
    pub narrowed: Vec<Pair>,
    /// Rows the page disagrees with: another day outside the window, or
    /// another kind of instrument.
    pub conflicts: Vec<Pair>,
    /// Signatures, instruments and denunciations of the data set the page
    /// does not have.
    pub not_on_page: Vec<Action>,
    /// Rows on which both agree exactly.
    pub unchanged: usize,
    #[cfg_attr(feature = "serde", serde(skip))]
    base: Vec<Action>,
}

impl Refresh {
    /// Compares `base` (a data set) with `page` (an imported page's actions).
    pub fn of(base: &[Action], page: &[Action]) -> Refresh {
        let mut r = Refresh {
            base: base.to_vec(),
            ..Refresh::default()
        };
        let mut used = vec![false; base.len()];
        for p in page {
            let found = base
                .iter()
                .enumerate()
                .find(|(i, o)| !used[*i] && o.participant() == p.participant() && slot(o) == slot(p));
            let Some((i, o)) = found else {
                r.new.push(p.clone());
                continue;
            };
            used[i] = true;
            let (ow, pw) = (o.date(), p.date());
            let list = |a: &Action| {
                a.provisions()
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if o.kind() != p.kind() {
                r.conflicts.push(Pair {
                    ours: o.clone(),
                    page: p.clone(),
                    why: format!("the page records {}, the data {}", p.kind(), o.kind()),
                });
            } else if !p.provisions().is_empty() && p.provisions() != o.provisions() {
                r.conflicts.push(Pair {
                    ours: o.clone(),
                    page: p.clone(),
                    why: format!("the page names {}, the data {}", list(p), list(o)),
                });
            } else if ow == pw {
                r.unchanged += 1;
            } else if ow.earliest() <= pw.earliest() && pw.latest() <= ow.latest() {
                r.narrowed.push(Pair {
                    ours: o.clone(),
                    page: p.clone(),
                    why: format!("the page dates it {pw}, within the data's {ow}"),
                });
            } else {
                r.conflicts.push(Pair {
                    ours: o.clone(),
                    page: p.clone(),
                    why: format!("the page dates it {pw}, outside the data's {ow}"),
                });
            }
        }
        r.not_on_page = base
            .iter()
            .zip(&used)
            .filter(|(o, used)| {
                !**used && matches!(slot(o), Slot::Signature | Slot::Consent | Slot::Denunciation)
            })
            .map(|(o, _)| o.clone())
            .collect();
        r
    }

    /// The data set with the page's facts applied: a narrowed row takes the
    /// page's day and source (keeping its place, provisions and note), new
    /// actions are added; conflicts and rows the page does not have are kept
    /// as they are, for a person to review.
    pub fn merged(&self) -> Vec<Action> {
        let mut out: Vec<Action> = self
            .base
            .iter()
            .map(|o| match self.narrowed.iter().find(|n| n.ours == *o) {
                None => o.clone(),
                Some(n) => {
                    let mut a = Action::new(o.participant(), o.kind(), n.page.date())
                        .with_provisions(o.provisions().iter().copied())
                        .with_provenance(n.page.provenance().clone())
                        .with_origin(o.origin().clone());
                    if let Some(place) = o.place() {
                        a = a.with_place(place.clone());
                    }
                    if !o.note().is_empty() {
                        a = a.with_note(o.note());
                    }
                    if let Some(c) = o.notification().or(n.page.notification()) {
                        a = a.with_notification(c);
                    }
                    a
                }
            })
            .collect();
        out.extend(self.new.iter().cloned());
        out
    }

    /// True when the page changes nothing.
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.narrowed.is_empty() && self.conflicts.is_empty()
    }
}
