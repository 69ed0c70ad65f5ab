//! Checking a data set against the rules of the final provisions, and
//! deriving each participant's stages (signed, party, denounced) on the way.
//!
//! A participant's actions are taken in order of their earliest day (on the
//! same day: signature, then instruments of consent, then the rest). Windows
//! are judged leniently: a rule is broken only when no day in the windows
//! involved could satisfy it. Every violation is collected.

use std::collections::HashMap;

use crate::actions::{Action, ActionKind};
use crate::base::date::{Date, DateWindow, day_key};
use crate::participants::{Code, ParticipantKind};
use crate::treaty::{Accession, SignatoryScope, Treaty};
use crate::validate::stage::Stage;
use crate::validate::violation::Violation;

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

/// The parties of the treaty another one admits only the parties of (a
/// protocol's convention): each participant's first instrument of consent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Prerequisite {
    /// The other treaty's reference, e.g. "CETS 185".
    pub reference: String,
    /// Each party's first instrument of consent to it.
    pub consents: HashMap<Code, DateWindow>,
}

impl Prerequisite {
    /// Whether `code` may have been a party by the end of the window `date`.
    fn party_by(&self, code: Code, date: DateWindow) -> bool {
        self.consents
            .get(&code)
            .is_some_and(|c| c.earliest() <= date.latest())
    }
}

/// Validates `actions` against `treaty` as of `as_of`; `prerequisite` holds
/// the parties of the treaty whose parties alone may join this one.
pub(crate) fn check(
    treaty: &Treaty,
    mut actions: Vec<Action>,
    as_of: Date,
    prerequisite: Option<&Prerequisite>,
) -> Checked {
    let participants = treaty.participants();
    let rules = treaty.rules();
    let sig_rule = rules.signature();
    let consent_rule = rules.consent();
    let reio_rule = rules.reio().filter(|r| r.acts_after_member_state());
    let denunciation = rules.denunciation();
    let allowed: String = {
        let list: Vec<String> = treaty.text().reservable().map(|p| p.to_string()).collect();
        if list.is_empty() {
            "no provision".into()
        } else {
            list.join(", ")
        }
    };
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

    let mut action_ranges = vec![(0u32, 0u32); n];
    let mut transition_ranges = vec![(0u32, 0u32); n];
    let mut transitions = Vec::new();
    let mut start = 0usize;
    while start < actions.len() {
        let idx = pidx[start];
        let end = start + pidx[start..].iter().take_while(|i| **i == idx).count();
        action_ranges[idx as usize] = (start as u32, end as u32);
        let me = participants.by_index(idx as usize);
        let is_reio = me.is_some_and(|p| p.kind() == ParticipantKind::Reio);
        let may_sign = match sig_rule.open_to() {
            SignatoryScope::MembersAnd { others } => {
                me.is_some_and(|p| treaty.grouping().is_member(p.code()) || others.contains(&p.code()))
            }
            _ => true,
        };
        // A protocol open to the parties of a convention only: the party must
        // have (possibly) joined the convention by the day it acts.
        let not_yet_party = |code: Code, date: DateWindow| match sig_rule.open_to() {
            SignatoryScope::PartiesTo { treaty: other } => {
                let parties = prerequisite.filter(|p| p.reference == other.as_ref());
                !parties.is_some_and(|p| p.party_by(code, date))
            }
            _ => false,
        };
        let mut invited: Option<&Action> = None;
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
                    let article = || sig_rule.article().to_string().into();
                    if let Some(first) = signed {
                        violations.push(Violation::SecondSignature {
                            at,
                            participant: code,
                            date,
                            first: first.origin().clone(),
                            article: article(),
                        });
                        continue;
                    }
                    if not_yet_party(code, date) {
                        violations.push(Violation::NotPartyToPrerequisite {
                            at: at.clone(),
                            participant: code,
                            kind: a.kind(),
                            date,
                            prerequisite: prerequisite_name(sig_rule),
                            article: article(),
                        });
                    }
                    if !may_sign {
                        violations.push(Violation::MaySign {
                            at: at.clone(),
                            participant: code,
                            date,
                            open_to: "the members of the organisation and the States named in the clause"
                                .into(),
                            article: article(),
                        });
                    }
                    if !sig_rule.period_allows(date) {
                        violations.push(Violation::SignaturePeriod {
                            at: at.clone(),
                            participant: code,
                            date,
                            period: sig_rule.period_text(),
                            article: article(),
                        });
                    }
                    if let (Some(found), Some(expected)) = (a.place(), sig_rule.implied_place(date)) {
                        if found != expected {
                            violations.push(Violation::SignaturePlace {
                                at: at.clone(),
                                participant: code,
                                date,
                                found: found.clone(),
                                expected: expected.clone(),
                                article: article(),
                            });
                        }
                    }
                    if let Some(reio) = reio_rule.filter(|_| is_reio && !reio_ok(&member_signed)) {
                        violations.push(Violation::ReioBeforeMemberState {
                            at,
                            participant: code,
                            kind: a.kind(),
                            date,
                            article: reio.article().to_string().into(),
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
                            article: format!("{}, {}", consent_rule.article(), denunciation.article()).into(),
                        });
                        continue;
                    }
                    let signed_by_then = signed.is_some_and(|s| s.date().earliest() <= date.latest());
                    if not_yet_party(code, date) {
                        violations.push(Violation::NotPartyToPrerequisite {
                            at: at.clone(),
                            participant: code,
                            kind,
                            date,
                            prerequisite: prerequisite_name(sig_rule),
                            article: consent_rule.article().to_string().into(),
                        });
                    }
                    let invited_by_then = invited.is_some_and(|i| i.date().earliest() <= date.latest());
                    if kind == ActionKind::Accession
                        && consent_rule.accession() == Accession::OnInvitation
                        && !signed_by_then
                        && !invited_by_then
                    {
                        violations.push(Violation::Accession {
                            at: at.clone(),
                            participant: code,
                            date,
                            reason: format!(
                                "expected an invitation to accede to {code} no later than that day"
                            ),
                            article: consent_rule.accession_article().to_string().into(),
                        });
                    }
                    if kind == ActionKind::Accession && signed_by_then {
                        let signed = signed.map_or(date, Action::date);
                        let reason = match consent_rule.accession() {
                            Accession::NonSignatories | Accession::OnInvitation => format!(
                                "{code} signed ({signed}), so expected ratification, acceptance or approval"
                            ),
                        };
                        violations.push(Violation::Accession {
                            at: at.clone(),
                            participant: code,
                            date,
                            reason,
                            article: consent_rule.accession_article().to_string().into(),
                        });
                    } else if consent_rule.instruments().contains(&kind) && !signed_by_then {
                        violations.push(Violation::ConsentWithoutSignature {
                            at: at.clone(),
                            participant: code,
                            kind,
                            date,
                            article: consent_rule.article().to_string().into(),
                        });
                    }
                    if let Some(reio) = reio_rule.filter(|_| is_reio && !reio_ok(&member_consented)) {
                        violations.push(Violation::ReioBeforeMemberState {
                            at,
                            participant: code,
                            kind,
                            date,
                            article: reio.article().to_string().into(),
                        });
                    }
                    consent = Some(a);
                    transitions.push(Transition::new(Stage::Party, date, kind));
                }
                ActionKind::Invitation => {
                    if consent_rule.accession() != Accession::OnInvitation {
                        violations.push(Violation::Accession {
                            at,
                            participant: code,
                            date,
                            reason: "an invitation to accede, where the accession clause needs none".into(),
                            article: consent_rule.accession_article().to_string().into(),
                        });
                        continue;
                    }
                    if invited.is_none() && consent.is_none() {
                        invited = Some(a);
                        transitions.push(Transition::new(Stage::Invited, date, ActionKind::Invitation));
                    }
                }
                ActionKind::Denunciation => {
                    let in_effect = consent.is_some_and(|c| c.date().earliest() <= date.latest());
                    if !in_effect || denounced.is_some() {
                        violations.push(Violation::DenunciationByNonParty {
                            at,
                            participant: code,
                            date,
                            article: denunciation.article().to_string().into(),
                        });
                        continue;
                    }
                    let effect = match denunciation.delay().after(date) {
                        Ok(effect) => effect,
                        Err(e) => {
                            violations.push(Violation::Field {
                                at,
                                field: "date_from",
                                expected: format!(
                                    "a date whose denunciation takes effect by 9999-12-31 ({e})"
                                ),
                                found: date.to_string(),
                            });
                            continue;
                        }
                    };
                    denounced = Some(effect);
                    transitions.push(Transition::new(
                        Stage::Denounced,
                        effect,
                        ActionKind::Denunciation,
                    ));
                }
                kind => {
                    let by_then =
                        |x: Option<&Action>| x.is_some_and(|x| x.date().earliest() <= date.latest());
                    if !by_then(signed) && !by_then(consent) {
                        violations.push(Violation::StatementByNonSignatory {
                            at: at.clone(),
                            participant: code,
                            kind,
                            date,
                        });
                    }
                    // Which provisions allow a reservation is known only
                    // from a recorded text (a treaty read from a status
                    // page has none).
                    let text_recorded = !treaty.text().articles().is_empty();
                    if text_recorded && a.provisions().is_empty() {
                        violations.push(Violation::NotReservable {
                            at: at.clone(),
                            participant: code,
                            kind,
                            provision: String::new(),
                            allowed: allowed.clone(),
                        });
                    }
                    for p in a.provisions().iter().filter(|_| text_recorded) {
                        if !treaty.text().allows_reservation(*p) {
                            violations.push(Violation::NotReservable {
                                at: at.clone(),
                                participant: code,
                                kind,
                                provision: p.to_string(),
                                allowed: allowed.clone(),
                            });
                        }
                    }
                }
            }
        }
        transition_ranges[idx as usize] = (t_start, transitions.len() as u32);
        start = end;
    }
    if denunciation.reio_ceases_when_members_denounce() {
        reios_ceasing(treaty, &mut transitions, &mut transition_ranges);
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

/// A REIO party ceases to be a party once every one of its member States'
/// denunciations has taken effect (e.g. the Hanoi Convention's art. 67(2)):
/// the REIO gets a denunciation effective on the last of those days.
fn reios_ceasing(treaty: &Treaty, transitions: &mut Vec<Transition>, ranges: &mut [(u32, u32)]) {
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

/// The treaty a protocol admits the parties of, for messages.
fn prerequisite_name(rule: &crate::treaty::SignatureRule) -> String {
    match rule.open_to() {
        SignatoryScope::PartiesTo { treaty } => treaty.to_string(),
        _ => String::new(),
    }
}
