//! Synthetic treaties for scale tests and benchmarks: many participants,
//! each with a signature, an instrument of consent and many statements.

#![allow(dead_code)]

use std::sync::Arc;

use hanoi_convention::{
    Confidence, Date, DateWindow, Provenance,
    actions::{Action, ActionKind},
    participants::{Code, GroupMembership, Participant, ParticipantKind, Participants, RegionalGroup},
    treaty::ProvisionRef,
};
use jiff::ToSpan;

/// `n` participant codes: AAA, AAB, ... (at most 26³).
pub fn codes(n: usize) -> Vec<Code> {
    (0..n)
        .map(|i| {
            let b = |k: usize| (b'A' + ((i / k) % 26) as u8) as char;
            Code::constant(&format!("{}{}{}", b(676), b(26), b(1)))
        })
        .collect()
}

/// `n` States spread over the five regional groups.
pub fn participants(n: usize) -> Arc<Participants> {
    let list = codes(n)
        .into_iter()
        .enumerate()
        .map(|(i, code)| {
            Participant::new(
                code,
                format!("State {code}"),
                ParticipantKind::UnMemberState,
                Provenance::new("synthetic", Confidence::High),
            )
            .with_group(GroupMembership::Member(RegionalGroup::ALL[i % 5]))
        })
        .collect();
    Arc::new(Participants::new(list).expect("synthetic participants are unique"))
}

const RESERVABLE: [(u8, Option<u8>); 10] = [
    (7, Some(2)),
    (8, Some(2)),
    (9, Some(2)),
    (11, Some(3)),
    (12, Some(2)),
    (14, Some(3)),
    (14, Some(4)),
    (15, Some(2)),
    (19, Some(2)),
    (63, Some(3)),
];

/// About `per_participant` actions for each participant: a signature
/// (exact or a window), a ratification (for most), then reservations and
/// declarations on distinct days.
pub fn actions(participants: &Participants, per_participant: usize) -> Vec<Action> {
    let start = Date::constant(2025, 10, 27);
    let mut out = Vec::with_capacity(participants.len() * per_participant);
    for (i, p) in participants.iter().enumerate() {
        let sig_day = start.saturating_add((((i * 7) % 420) as i64).days());
        let sig = if i % 4 == 0 {
            DateWindow::new(sig_day, sig_day.saturating_add(20.days())).unwrap()
        } else {
            DateWindow::exact(sig_day)
        };
        out.push(
            Action::new(p.code(), ActionKind::Signature, sig).with_source("synthetic", Confidence::High),
        );
        if i % 3 != 0 {
            let dep = DateWindow::exact(sig_day.saturating_add(((30 + (i * 13) % 900) as i64).days()));
            out.push(
                Action::new(p.code(), ActionKind::Ratification, dep)
                    .with_source("synthetic", Confidence::High),
            );
        }
        for k in 0..per_participant.saturating_sub(2) {
            let (article, paragraph) = RESERVABLE[k % RESERVABLE.len()];
            let provision = ProvisionRef::paragraph_of(
                hanoi_convention::treaty::ArticleNumber::new(article).unwrap(),
                paragraph.unwrap(),
            );
            let kind = if k % 2 == 0 {
                ActionKind::Reservation
            } else {
                ActionKind::Declaration
            };
            let day = DateWindow::exact(sig_day.saturating_add(((k / RESERVABLE.len()) as i64).days()));
            out.push(
                Action::new(p.code(), kind, day)
                    .with_provisions([provision])
                    .with_source("synthetic", Confidence::Medium),
            );
        }
    }
    out
}

/// The as-of date that covers every synthetic action.
pub fn as_of() -> Date {
    Date::constant(2031, 12, 31)
}

/// The Hanoi Convention's text and rules over `participants`.
pub fn treaty(participants: &Arc<Participants>) -> hanoi_convention::Treaty {
    hanoi_convention::convention()
        .with_participants(participants.clone())
        .expect("the synthetic participants fit the Convention's rules")
}
