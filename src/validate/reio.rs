//! A regional economic integration organization that ceases to be a party
//! when every one of its member States has denounced (e.g. the Hanoi
//! Convention's art. 67(2)).

use crate::actions::{ActionKind, Stage};
use crate::base::date::DateWindow;
use crate::participants::ParticipantKind;
use crate::treaty::Treaty;
use crate::validate::transition::Transition;

/// A REIO party ceases to be a party once every one of its member States'
/// denunciations has taken effect (e.g. the Hanoi Convention's art. 67(2)):
/// the REIO gets a denunciation effective on the last of those days.
pub(crate) fn reios_ceasing(treaty: &Treaty, transitions: &mut Vec<Transition>, ranges: &mut [(u32, u32)]) {
    let participants = treaty.participants();
    let last_of = |i: usize, transitions: &[Transition]| {
        let (a, b) = ranges[i];
        transitions[a as usize..b as usize].last().copied()
    };
    let mut extra: Vec<(usize, Transition)> = Vec::new();
    for (i, reio) in participants.iter().enumerate() {
        if reio.kind() != ParticipantKind::Reio
            || last_of(i, transitions).is_none_or(|t| t.stage != Stage::Party)
        {
            continue;
        }
        // The last day a member State's denunciation takes effect; none
        // when a member has not denounced (or the REIO has no members).
        let mut effect: Option<DateWindow> = None;
        for (j, m) in participants.iter().enumerate() {
            if m.member_of() != Some(reio.code()) {
                continue;
            }
            match last_of(j, transitions) {
                Some(t) if t.stage == Stage::Denounced => {
                    effect = Some(effect.map_or(t.date, |e| e.whichever_later(t.date)));
                }
                _ => {
                    effect = None;
                    break;
                }
            }
        }
        if let Some(effect) = effect {
            extra.push((
                i,
                Transition::new(Stage::Denounced, effect, ActionKind::Denunciation),
            ));
        }
    }
    if extra.is_empty() {
        return;
    }
    // Transitions are laid out participant by participant: rebuild with
    // the REIOs' new ones in place.
    let mut out = Vec::with_capacity(transitions.len() + extra.len());
    for (i, range) in ranges.iter_mut().enumerate() {
        let start = out.len() as u32;
        out.extend_from_slice(&transitions[range.0 as usize..range.1 as usize]);
        if let Some((_, t)) = extra.iter().find(|(k, _)| *k == i) {
            out.push(*t);
        }
        *range = (start, out.len() as u32);
    }
    *transitions = out;
}
