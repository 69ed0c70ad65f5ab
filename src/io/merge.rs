//! Merging a user's actions over a base data set (the embedded data, as a
//! rule): the user's rows for a participant replace the base rows of the
//! same kind, so a file of corrections and new actions updates the data.

use crate::actions::{Action, ActionKind};
use crate::base::article::ProvisionRef;
use crate::participants::Code;

/// What an overlay row replaces: a participant's signature, its instruments
/// of consent, its denunciations, or its reservations or declarations on
/// the same provisions.
#[derive(PartialEq, Eq)]
enum Slot<'a> {
    Signature(Code),
    Consent(Code),
    Denunciation(Code),
    Statement(Code, ActionKind, &'a [ProvisionRef]),
}

fn slot(a: &Action) -> Slot<'_> {
    match a.kind() {
        ActionKind::Signature => Slot::Signature(a.participant()),
        k if k.is_consent() => Slot::Consent(a.participant()),
        ActionKind::Denunciation => Slot::Denunciation(a.participant()),
        k => Slot::Statement(a.participant(), k, a.provisions()),
    }
}

/// The result of [`merge_actions`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Merged {
    /// The merged actions: the base rows not replaced, then the overlay.
    pub actions: Vec<Action>,
    /// The base rows the overlay replaced (reported, never dropped silently).
    pub replaced: Vec<Action>,
}

impl Merged {
    /// The as-of date of the merged data: the latest day any of its
    /// actions may be dated, and never before `base` (the base data's as-of
    /// date); never the machine's clock.
    pub fn as_of(&self, base: crate::Date) -> crate::Date {
        latest_day(&self.actions, base)
    }
}

/// The latest day any of `actions` may be dated, and never before `base`:
/// the as-of date of data that carry none of their own.
///
/// ```
/// use hanoi_convention::{Date, io::latest_day, Register};
///
/// let r = Register::embedded();
/// let last = latest_day(r.actions(), Date::MIN);
/// assert!(last > Date::constant(2025, 10, 25) && last <= r.as_of());
/// assert_eq!(latest_day(&[], r.as_of()), r.as_of());
/// ```
pub fn latest_day(actions: &[Action], base: crate::Date) -> crate::Date {
    actions
        .iter()
        .map(|a| a.date().latest())
        .max()
        .map_or(base, |d| d.max(base))
}

/// Merges `overlay` over `base`: every base row whose participant and kind
/// (signature; instrument of consent; denunciation; reservation or
/// declaration on the same provisions) appear in the overlay is replaced by
/// the overlay's rows.
///
/// ```
/// use hanoi_convention::{Register, actions::{Action, ActionKind}, io::merge_actions};
///
/// let base = Register::embedded().actions();
/// // Canada's signature, now known to the day.
/// let fix = Action::new("CAN".parse()?, ActionKind::Signature, "2026-07-07".parse()?);
/// let merged = merge_actions(base, vec![fix]);
/// assert_eq!(merged.replaced.len(), 1);
/// assert_eq!(merged.actions.len(), base.len());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn merge_actions(base: &[Action], overlay: Vec<Action>) -> Merged {
    let mut actions = Vec::with_capacity(base.len() + overlay.len());
    let mut replaced = Vec::new();
    for a in base {
        if overlay.iter().any(|o| slot(o) == slot(a)) {
            replaced.push(a.clone());
        } else {
            actions.push(a.clone());
        }
    }
    actions.extend(overlay);
    Merged { actions, replaced }
}
