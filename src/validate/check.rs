//! Checking a data set against the rules of the final provisions, and
//! deriving each participant's stages (signed, party, denounced) on the way.
//!
//! A participant's actions are taken in order of their earliest day (on the
//! same day: invitation, signature, instruments of consent, then the
//! rest), one small method per kind of action ([`Walk`]). Windows are
//! judged leniently: a rule is broken only when no day in the windows
//! involved could satisfy it. Every problem is collected.

use std::collections::HashMap;

use crate::actions::{Action, ActionKind, Stage};
use crate::base::citation::Citation;
use crate::base::date::{Date, DateWindow, day_key};
use crate::participants::{Code, ParticipantKind};
use crate::problem::Problem;
use crate::treaty::{Accession, SignatoryScope, Treaty};
use crate::validate::reio::reios_ceasing;
use crate::validate::transition::Transition;

/// The outcome of [`check`]: actions sorted by participant then date, the
/// range of each participant's actions and transitions, and problems.
pub(crate) struct Checked {
    pub actions: Vec<Action>,
    pub action_ranges: Vec<(u32, u32)>,
    pub transitions: Vec<Transition>,
    pub transition_ranges: Vec<(u32, u32)>,
    pub problems: Vec<Problem>,
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

/// What every participant's walk shares: the treaty, the day the data
/// describes, the prerequisite's parties, and the earliest day a member
/// State of each organisation signed or consented.
struct Context<'a> {
    treaty: &'a Treaty,
    as_of: Date,
    prerequisite: Option<&'a Prerequisite>,
    member_signed: HashMap<Code, Date>,
    member_consented: HashMap<Code, Date>,
}

impl<'a> Context<'a> {
    fn new(
        treaty: &'a Treaty,
        as_of: Date,
        prerequisite: Option<&'a Prerequisite>,
        actions: &[Action],
        pidx: &[u32],
    ) -> Context<'a> {
        let mut member_signed: HashMap<Code, Date> = HashMap::new();
        let mut member_consented: HashMap<Code, Date> = HashMap::new();
        let participants = treaty.participants();
        for (i, a) in pidx.iter().zip(actions) {
            let Some(org) = participants.by_index(*i as usize).and_then(|p| p.member_of()) else {
                continue;
            };
            let map = match a.kind() {
                k if k.is_signature() => &mut member_signed,
                k if k.is_consent() => &mut member_consented,
                _ => continue,
            };
            let e = map.entry(org).or_insert(a.date().earliest());
            *e = (*e).min(a.date().earliest());
        }
        Context {
            treaty,
            as_of,
            prerequisite,
            member_signed,
            member_consented,
        }
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
    let mut problems = Vec::new();
    let mut pidx: Vec<u32> = Vec::with_capacity(actions.len());
    actions.retain(|a| match participants.index_of(a.participant()) {
        Some(i) => {
            pidx.push(i as u32);
            true
        }
        None => {
            problems.push(Problem::UnknownParticipant {
                at: a.origin().clone(),
                code: a.participant().to_string(),
            });
            false
        }
    });
    let pidx = sort_in_place(&mut actions, &pidx);
    let ctx = Context::new(treaty, as_of, prerequisite, &actions, &pidx);
    let n = participants.len();
    let mut action_ranges = vec![(0u32, 0u32); n];
    let mut transition_ranges = vec![(0u32, 0u32); n];
    let mut transitions = Vec::new();
    let mut start = 0usize;
    while start < actions.len() {
        let idx = pidx[start] as usize;
        let end = start + pidx[start..].iter().take_while(|i| **i as usize == idx).count();
        action_ranges[idx] = (start as u32, end as u32);
        let t_start = transitions.len() as u32;
        let mut walk = Walk::new(&ctx, idx, &mut transitions, &mut problems);
        for (k, a) in actions[start..end].iter().enumerate() {
            let previous = k.checked_sub(1).map(|j| &actions[start + j]);
            walk.step(a, previous);
        }
        transition_ranges[idx] = (t_start, transitions.len() as u32);
        start = end;
    }
    if treaty.rules().denunciation().reio_ceases_when_members_denounce() {
        reios_ceasing(treaty, &mut transitions, &mut transition_ranges);
    }
    Checked {
        actions,
        action_ranges,
        transitions,
        transition_ranges,
        problems,
    }
}

/// One participant's actions, walked in order: what it has done so far,
/// and the problems and transitions found on the way.
struct Walk<'c, 'a> {
    ctx: &'c Context<'c>,
    code: Code,
    is_reio: bool,
    may_sign: bool,
    invited: Option<&'a Action>,
    signed: Option<&'a Action>,
    consent: Option<&'a Action>,
    denounced: Option<DateWindow>,
    transitions: &'c mut Vec<Transition>,
    problems: &'c mut Vec<Problem>,
}

impl<'c, 'a> Walk<'c, 'a> {
    fn new(
        ctx: &'c Context<'c>,
        index: usize,
        transitions: &'c mut Vec<Transition>,
        problems: &'c mut Vec<Problem>,
    ) -> Walk<'c, 'a> {
        let me = ctx.treaty.participants().by_index(index);
        let code = me.map(|p| p.code()).unwrap_or(Code::constant("XX"));
        let may_sign = match ctx.treaty.rules().signature().open_to() {
            SignatoryScope::MembersAnd { others } => {
                ctx.treaty.grouping().is_member(code) || others.contains(&code)
            }
            _ => true,
        };
        Walk {
            ctx,
            code,
            is_reio: me.is_some_and(|p| p.kind() == ParticipantKind::Reio),
            may_sign,
            invited: None,
            signed: None,
            consent: None,
            denounced: None,
            transitions,
            problems,
        }
    }

    /// One action; `previous` is the action sorted just before it.
    fn step(&mut self, a: &'a Action, previous: Option<&'a Action>) {
        if a.date().latest() > self.ctx.as_of {
            self.problems.push(Problem::AfterAsOf {
                at: a.origin().clone(),
                participant: self.code,
                kind: a.kind(),
                date: a.date(),
                as_of: self.ctx.as_of,
            });
        }
        let adopted = self.ctx.treaty.identity().adopted_on();
        if a.date().latest() < adopted {
            self.problems.push(Problem::BeforeAdoption {
                at: a.origin().clone(),
                participant: self.code,
                kind: a.kind(),
                date: a.date(),
                adopted,
            });
        }
        // Sorting puts identical facts next to each other.
        if let Some(first) = previous.filter(|b| b.same_fact(a)) {
            self.problems.push(Problem::Duplicate {
                at: a.origin().clone(),
                participant: self.code,
                kind: a.kind(),
                date: a.date(),
                first: first.origin().clone(),
            });
            return;
        }
        match a.kind() {
            k if k.is_signature() => self.signature(a),
            k if k.is_consent() => self.consent(a),
            ActionKind::Invitation => self.invitation(a),
            ActionKind::Denunciation => self.denunciation(a),
            ActionKind::ProvisionalApplication => {}
            _ => self.statement(a),
        }
    }

    fn push(&mut self, stage: Stage, date: DateWindow, kind: ActionKind) {
        self.transitions.push(Transition::new(stage, date, kind));
    }

    /// Whether `earlier` had (possibly) happened by the end of `a`'s window.
    fn by_then(earlier: Option<&Action>, a: &Action) -> bool {
        earlier.is_some_and(|e| e.date().earliest() <= a.date().latest())
    }

    /// Who the signature clause opens the treaty to, in words, after
    /// "open for signature".
    fn open_to_words(&self) -> String {
        match self.ctx.treaty.rules().signature().open_to() {
            SignatoryScope::PartiesTo { treaty } => format!(" by the parties to {treaty}"),
            SignatoryScope::MembersAnd { .. } => {
                " by the members of the organisation and the States named in the clause".into()
            }
            _ => String::new(),
        }
    }

    /// A protocol open to the parties of a convention only: the party must
    /// have (possibly) joined the convention by the day it acts.
    fn prerequisite_missing(&mut self, a: &Action, article: &Citation) {
        let SignatoryScope::PartiesTo { treaty: other } = self.ctx.treaty.rules().signature().open_to()
        else {
            return;
        };
        // Without the other treaty's register nothing can be checked here:
        // the builder reports that once, for the data as a whole.
        let Some(parties) = self.ctx.prerequisite.filter(|p| p.reference == other.as_ref()) else {
            return;
        };
        if !parties.party_by(self.code, a.date()) {
            self.problems.push(Problem::NotPartyToPrerequisite {
                at: a.origin().clone(),
                participant: self.code,
                kind: a.kind(),
                date: a.date(),
                prerequisite: other.to_string(),
                article: article.clone(),
            });
        }
    }

    /// A REIO acts only after one of its member States did the same.
    fn reio_first(&mut self, a: &Action, members_did: &HashMap<Code, Date>) {
        let Some(reio) = self
            .ctx
            .treaty
            .rules()
            .reio()
            .filter(|r| r.acts_after_member_state())
        else {
            return;
        };
        let member_first = members_did
            .get(&self.code)
            .is_some_and(|d| *d <= a.date().latest());
        if self.is_reio && !member_first {
            self.problems.push(Problem::ReioBeforeMemberState {
                at: a.origin().clone(),
                participant: self.code,
                kind: a.kind(),
                date: a.date(),
                article: reio.article().clone(),
            });
        }
    }

    fn signature(&mut self, a: &'a Action) {
        let rule = self.ctx.treaty.rules().signature();
        let (at, date, article) = (a.origin().clone(), a.date(), rule.article().clone());
        if let Some(first) = self.signed {
            self.problems.push(Problem::SecondSignature {
                at,
                participant: self.code,
                date,
                first: first.origin().clone(),
                article,
            });
            return;
        }
        self.prerequisite_missing(a, &article);
        if !self.may_sign {
            self.problems.push(Problem::MaySign {
                at: at.clone(),
                participant: self.code,
                date,
                open_to: "the members of the organisation and the States named in the clause".into(),
                article: article.clone(),
            });
        }
        if !rule.period_allows(date) {
            self.problems.push(Problem::SignaturePeriod {
                at: at.clone(),
                participant: self.code,
                date,
                period: rule.period_text(),
                article: article.clone(),
            });
        }
        if let (Some(found), Some(expected)) = (a.place(), rule.implied_place(date)) {
            if found != expected {
                self.problems.push(Problem::SignaturePlace {
                    at,
                    participant: self.code,
                    date,
                    found: found.clone(),
                    expected: expected.clone(),
                    article,
                });
            }
        }
        let ctx = self.ctx;
        self.reio_first(a, &ctx.member_signed);
        self.signed = Some(a);
        self.push(Stage::Signed, date, a.kind());
    }

    fn consent(&mut self, a: &'a Action) {
        let rules = self.ctx.treaty.rules();
        let consent_rule = rules.consent();
        let (kind, date) = (a.kind(), a.date());
        // A denunciation that took effect ends the first instrument.
        if let (Some(_), Some(effect)) = (self.consent, self.denounced) {
            if effect.earliest() <= date.latest() {
                self.consent = None;
                self.denounced = None;
            }
        }
        if let Some(first) = self.consent {
            self.problems.push(Problem::SecondConsent {
                at: a.origin().clone(),
                participant: self.code,
                kind,
                date,
                first: first.origin().clone(),
                article: consent_rule.article().clone().and(rules.denunciation().article()),
            });
            return;
        }
        if !consent_rule.provides(kind) && kind != ActionKind::Succession {
            self.problems.push(Problem::InstrumentNotProvided {
                at: a.origin().clone(),
                participant: self.code,
                kind,
                date,
                provided: consent_rule
                    .instruments()
                    .iter()
                    .copied()
                    .chain([ActionKind::Accession])
                    .collect(),
                article: consent_rule
                    .article()
                    .clone()
                    .and(consent_rule.accession_article()),
            });
        }
        self.prerequisite_missing(a, consent_rule.article());
        if kind == ActionKind::Accession {
            self.accession(a);
        } else if consent_rule.instruments().contains(&kind) && !Walk::by_then(self.signed, a) {
            self.problems.push(Problem::ConsentWithoutSignature {
                at: a.origin().clone(),
                participant: self.code,
                kind,
                date,
                article: consent_rule.article().clone(),
            });
        }
        let ctx = self.ctx;
        self.reio_first(a, &ctx.member_consented);
        self.consent = Some(a);
        self.push(Stage::Party, date, kind);
    }

    /// Accession: by those the clause opens it to.
    fn accession(&mut self, a: &'a Action) {
        let consent_rule = self.ctx.treaty.rules().consent();
        let (code, date) = (self.code, a.date());
        let signed = Walk::by_then(self.signed, a);
        let reason = if signed {
            let when = self.signed.map_or(date, Action::date);
            Some(format!(
                "{code} signed ({when}), so expected ratification, acceptance or approval"
            ))
        } else if consent_rule.accession() == Accession::None {
            // Nothing to be invited to: the way in is a signature.
            Some(format!(
                "{code} had not signed, and the treaty has no accession clause (it is open for signature{}): \
                 expected a signature by {code} first, then ratification, acceptance or approval",
                self.open_to_words()
            ))
        } else if consent_rule.accession() == Accession::OnInvitation && !Walk::by_then(self.invited, a) {
            Some(format!(
                "expected an invitation to accede to {code} no later than that day"
            ))
        } else {
            None
        };
        if let Some(reason) = reason {
            self.problems.push(Problem::Accession {
                at: a.origin().clone(),
                participant: code,
                date,
                reason,
                article: consent_rule.accession_article().clone(),
            });
        }
    }

    fn invitation(&mut self, a: &'a Action) {
        let consent_rule = self.ctx.treaty.rules().consent();
        if consent_rule.accession() != Accession::OnInvitation {
            let reason = if consent_rule.accession() == Accession::None {
                "an invitation to accede, where the treaty has no accession clause"
            } else {
                "an invitation to accede, where the accession clause needs none"
            };
            self.problems.push(Problem::Accession {
                at: a.origin().clone(),
                participant: self.code,
                date: a.date(),
                reason: reason.into(),
                article: consent_rule.accession_article().clone(),
            });
            return;
        }
        if self.invited.is_none() && self.consent.is_none() {
            self.invited = Some(a);
            self.push(Stage::Invited, a.date(), ActionKind::Invitation);
        }
    }

    fn denunciation(&mut self, a: &'a Action) {
        let rule = self.ctx.treaty.rules().denunciation();
        let date = a.date();
        if !Walk::by_then(self.consent, a) || self.denounced.is_some() {
            self.problems.push(Problem::DenunciationByNonParty {
                at: a.origin().clone(),
                participant: self.code,
                date,
                article: rule.article().clone(),
            });
            return;
        }
        match rule.delay().after(date) {
            Ok(effect) => {
                self.denounced = Some(effect);
                self.push(Stage::Denounced, effect, ActionKind::Denunciation);
            }
            Err(e) => self.problems.push(Problem::Field {
                at: a.origin().clone(),
                field: "date_from",
                expected: format!("a date whose denunciation takes effect by 9999-12-31 ({e})"),
                found: date.to_string(),
            }),
        }
    }

    /// A reservation or declaration: made on signing or consenting (Vienna
    /// Convention, art. 19 and 23), on provisions that allow one.
    fn statement(&mut self, a: &'a Action) {
        let (kind, date) = (a.kind(), a.date());
        if !Walk::by_then(self.signed, a) && !Walk::by_then(self.consent, a) {
            self.problems.push(Problem::StatementByNonSignatory {
                at: a.origin().clone(),
                participant: self.code,
                kind,
                date,
            });
        }
        // Which provisions allow a reservation is known only from a
        // recorded text (a treaty read from a status page has none).
        let text = self.ctx.treaty.text();
        if text.articles().is_empty() {
            return;
        }
        let bad: Vec<Option<crate::treaty::ProvisionRef>> = if a.provisions().is_empty() {
            vec![None]
        } else {
            a.provisions()
                .iter()
                .filter(|p| !text.allows_reservation(**p))
                .map(|p| Some(*p))
                .collect()
        };
        for provision in bad {
            self.problems.push(Problem::NotReservable {
                at: a.origin().clone(),
                participant: self.code,
                kind,
                provision,
                allowed: text.reservable().collect(),
            });
        }
    }
}
