//! Checking a data set against the rules of the final provisions, and
//! deriving each participant's stages (signed, party, denounced) on the way.
//!
//! A participant's actions are taken in order of their earliest day (on the
//! same day: signature, then instruments of consent, then the rest). Windows
//! are judged leniently: a rule is broken only when no day in the windows
//! involved could satisfy it. Every violation is collected.

use std::collections::HashMap;

use crate::actions::{Action, ActionKind, Place};
use crate::date::{Date, DateWindow, day_key};
use crate::error::Violation;
use crate::participants::{Code, ParticipantKind, Participants};
use crate::rules::{DENUNCIATION_EFFECT_YEARS, HANOI_SIGNATURE_ENDS, SIGNATURE_CLOSES, SIGNATURE_OPENS};
use crate::status::Stage;

/// A change of stage for one participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Transition {
    pub stage: Stage,
    pub date: DateWindow,
    /// The action behind it (for a denunciation, the notification).
    pub kind: ActionKind,
    /// `day_key` of the window's first and last day.
    pub keys: (i32, i32),
}

impl Transition {
    fn new(stage: Stage, date: DateWindow, kind: ActionKind) -> Transition {
        Transition {
            stage,
            date,
            kind,
            keys: (day_key(date.earliest()), day_key(date.latest())),
        }
    }
}

/// The outcome of [`check`]: actions sorted by participant then date, the
/// range of each participant's actions and transitions, and violations.
pub(crate) struct Checked {
    pub actions: Vec<Action>,
    pub action_ranges: Vec<(u32, u32)>,
    pub transitions: Vec<Transition>,
    pub transition_ranges: Vec<(u32, u32)>,
    pub violations: Vec<Violation>,
}

/// Sorts `actions` (with their participant positions `pidx`) by
/// participant, then earliest day, kind, latest day, provisions and origin:
/// an order that depends only on the content, never on the input order.
/// Compact keys are sorted and the actions permuted in place, since moving
/// whole actions around dominates on large files. Returns the sorted `pidx`.
fn sort_in_place(actions: &mut [Action], pidx: &[u32]) -> Vec<u32> {
    let mut order: Vec<(u32, i32, ActionKind, i32, u32)> = actions
        .iter()
        .zip(pidx)
        .enumerate()
        .map(|(j, (a, i))| {
            (
                *i,
                day_key(a.date().earliest()),
                a.kind(),
                day_key(a.date().latest()),
                j as u32,
            )
        })
        .collect();
    order.sort_unstable_by(|x, y| {
        (x.0, x.1, x.2, x.3).cmp(&(y.0, y.1, y.2, y.3)).then_with(|| {
            let (a, b) = (&actions[x.4 as usize], &actions[y.4 as usize]);
            (a.provisions(), a.origin()).cmp(&(b.provisions(), b.origin()))
        })
    });
    // Position k takes the action at order[k].4: follow each cycle once.
    let mut done = vec![false; actions.len()];
    for start in 0..actions.len() {
        let mut j = start;
        while !done[j] {
            done[j] = true;
            let next = order[j].4 as usize;
            if next == start {
                break;
            }
            actions.swap(j, next);
            j = next;
        }
    }
    order.iter().map(|o| o.0).collect()
}

/// The place a signature's date implies, when the window settles it.
fn implied_place(date: DateWindow) -> Option<Place> {
    if date.earliest() >= SIGNATURE_OPENS && date.latest() <= HANOI_SIGNATURE_ENDS {
        Some(Place::Hanoi)
    } else if date.earliest() > HANOI_SIGNATURE_ENDS {
        Some(Place::NewYork)
    } else {
        None
    }
}

/// Validates `actions` for `participants` as of `as_of`.
pub(crate) fn check(participants: &Participants, mut actions: Vec<Action>, as_of: Date) -> Checked {
    let mut violations = Vec::new();
    let n = participants.len();
    let mut pidx: Vec<u32> = Vec::with_capacity(actions.len());
    actions.retain(|a| match participants.index_of(a.participant()) {
        Some(i) => {
            pidx.push(i as u32);
            true
        }
        None => {
            violations.push(Violation::UnknownParticipant {
                at: a.origin().clone(),
                code: a.participant().to_string(),
            });
            false
        }
    });
    let pidx = sort_in_place(&mut actions, &pidx);

    // Earliest day a member State of each organization signed / consented.
    let mut member_signed: HashMap<Code, Date> = HashMap::new();
    let mut member_consented: HashMap<Code, Date> = HashMap::new();
    for (i, a) in pidx.iter().zip(&actions) {
        let Some(org) = participants.by_index(*i as usize).and_then(|p| p.member_of()) else {
            continue;
        };
        let map = match a.kind() {
            ActionKind::Signature => &mut member_signed,
            k if k.is_consent() => &mut member_consented,
            _ => continue,
        };
        let e = map.entry(org).or_insert(a.date().earliest());
        *e = (*e).min(a.date().earliest());
    }

    let convention = crate::text::convention();
    let mut action_ranges = vec![(0u32, 0u32); n];
    let mut transition_ranges = vec![(0u32, 0u32); n];
    let mut transitions = Vec::new();
    let mut start = 0usize;
    while start < actions.len() {
        let idx = pidx[start];
        let end = start + pidx[start..].iter().take_while(|i| **i == idx).count();
        action_ranges[idx as usize] = (start as u32, end as u32);
        let is_reio = participants
            .by_index(idx as usize)
            .is_some_and(|p| p.kind() == ParticipantKind::Reio);
        let t_start = transitions.len() as u32;

        let mut signed: Option<&Action> = None;
        let mut consent: Option<&Action> = None;
        let mut denounced: Option<DateWindow> = None;
        for (k, a) in actions[start..end].iter().enumerate() {
            let (code, date, at) = (a.participant(), a.date(), a.origin().clone());
            if date.latest() > as_of {
                violations.push(Violation::AfterAsOf {
                    at: at.clone(),
                    participant: code,
                    kind: a.kind(),
                    date,
                    as_of,
                });
            }
            // Sorting puts identical facts next to each other.
            if let Some(first) = k
                .checked_sub(1)
                .map(|j| &actions[start + j])
                .filter(|b| b.same_fact(a))
            {
                violations.push(Violation::Duplicate {
                    at,
                    participant: code,
                    kind: a.kind(),
                    date,
                    first: first.origin().clone(),
                });
                continue;
            }
            let reio_ok = |map: &HashMap<Code, Date>| {
                participants
                    .by_index(idx as usize)
                    .map(|p| p.code())
                    .and_then(|org| map.get(&org))
                    .is_some_and(|first| *first <= date.latest())
            };
            match a.kind() {
                ActionKind::Signature => {
                    if let Some(first) = signed {
                        violations.push(Violation::SecondSignature {
                            at,
                            participant: code,
                            date,
                            first: first.origin().clone(),
                        });
                        continue;
                    }
                    if date.latest() < SIGNATURE_OPENS || date.earliest() > SIGNATURE_CLOSES {
                        violations.push(Violation::SignaturePeriod {
                            at: at.clone(),
                            participant: code,
                            date,
                        });
                    }
                    if let (Some(found), Some(expected)) = (a.place(), implied_place(date)) {
                        if found != expected {
                            violations.push(Violation::SignaturePlace {
                                at: at.clone(),
                                participant: code,
                                date,
                                found,
                                expected,
                            });
                        }
                    }
                    if is_reio && !reio_ok(&member_signed) {
                        violations.push(Violation::ReioBeforeMemberState {
                            at,
                            participant: code,
                            kind: a.kind(),
                            date,
                        });
                    }
                    signed = Some(a);
                    transitions.push(Transition::new(Stage::Signed, date, a.kind()));
                }
                kind if kind.is_consent() => {
                    if let (Some(_), Some(effect)) = (consent, denounced) {
                        if effect.earliest() <= date.latest() {
                            consent = None;
                            denounced = None;
                        }
                    }
                    if let Some(first) = consent {
                        violations.push(Violation::SecondConsent {
                            at,
                            participant: code,
                            kind,
                            date,
                            first: first.origin().clone(),
                        });
                        continue;
                    }
                    let signed_by_then = signed.is_some_and(|s| s.date().earliest() <= date.latest());
                    match kind {
                        ActionKind::Accession if signed_by_then => {
                            let signed = signed.map_or(date, Action::date);
                            violations.push(Violation::AccessionBySignatory {
                                at: at.clone(),
                                participant: code,
                                date,
                                signed,
                            });
                        }
                        ActionKind::Ratification | ActionKind::Acceptance | ActionKind::Approval
                            if !signed_by_then =>
                        {
                            violations.push(Violation::ConsentWithoutSignature {
                                at: at.clone(),
                                participant: code,
                                kind,
                                date,
                            });
                        }
                        _ => {}
                    }
                    if is_reio && !reio_ok(&member_consented) {
                        violations.push(Violation::ReioBeforeMemberState {
                            at,
                            participant: code,
                            kind,
                            date,
                        });
                    }
                    consent = Some(a);
                    transitions.push(Transition::new(Stage::Party, date, kind));
                }
                ActionKind::Denunciation => {
                    let in_effect = consent.is_some_and(|c| c.date().earliest() <= date.latest());
                    if !in_effect || denounced.is_some() {
                        violations.push(Violation::DenunciationByNonParty {
                            at,
                            participant: code,
                            date,
                        });
                        continue;
                    }
                    let effect = date.add_years(DENUNCIATION_EFFECT_YEARS);
                    denounced = Some(effect);
                    transitions.push(Transition::new(
                        Stage::Denounced,
                        effect,
                        ActionKind::Denunciation,
                    ));
                }
                kind => {
                    if a.provisions().is_empty() {
                        violations.push(Violation::NotReservable {
                            at: at.clone(),
                            participant: code,
                            kind,
                            provision: String::new(),
                        });
                    }
                    for p in a.provisions() {
                        if !convention.allows_reservation(*p) {
                            violations.push(Violation::NotReservable {
                                at: at.clone(),
                                participant: code,
                                kind,
                                provision: p.to_string(),
                            });
                        }
                    }
                }
            }
        }
        transition_ranges[idx as usize] = (t_start, transitions.len() as u32);
        start = end;
    }
    violations.sort_by_cached_key(|v| (v.origin().clone(), v.rule(), v.to_string()));
    Checked {
        actions,
        action_ranges,
        transitions,
        transition_ranges,
        violations,
    }
}
