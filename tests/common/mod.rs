//! Helpers shared by the integration tests: short constructors and a naive
//! reference implementation that scans every action.

#![allow(dead_code)]

pub mod synthetic;

use hanoi_convention::{
    Answer, Date, DateWindow, Register, Standing,
    actions::{Action, ActionKind},
    participants::Code,
};

pub fn day(s: &str) -> Date {
    hanoi_convention::parse_date(s).expect("test dates are valid")
}

pub fn code(s: &str) -> Code {
    s.parse().expect("test codes are valid")
}

pub fn window(s: &str) -> DateWindow {
    s.parse().expect("test windows are valid")
}

pub fn act(who: &str, kind: ActionKind, when: &str) -> Action {
    Action::new(code(who), kind, window(when))
}

/// A register over the embedded participants with the given actions and a
/// far as-of date.
pub fn register(actions: Vec<Action>) -> Result<Register, hanoi_convention::Error> {
    Register::builder(hanoi_convention::convention())
        .as_of(day("2030-12-31"))
        .actions(actions)
        .build()
}

/// The stage a participant had certainly (`latest`) or possibly
/// (`earliest`) reached by `d`, by scanning every action.
pub fn naive_stage(actions: &[Action], who: Code, d: Date, possible: bool) -> Standing {
    let reached = |w: DateWindow| {
        if possible {
            w.earliest() <= d
        } else {
            w.latest() <= d
        }
    };
    let mine = actions.iter().filter(|a| a.participant() == who);
    let mut stage = Standing::NotSigned;
    let mut best: Option<(Date, u8)> = None;
    for a in mine {
        let (w, s, rank) = match a.kind() {
            ActionKind::Signature => (a.date(), Standing::Signed, 0),
            k if k.is_consent() => (a.date(), Standing::Party, 1),
            ActionKind::Denunciation => (
                a.date().add_years(1).expect("test dates are far from the limits"),
                Standing::Denounced,
                2,
            ),
            _ => continue,
        };
        if reached(w) {
            let key = (if possible { w.earliest() } else { w.latest() }, rank);
            if best.is_none_or(|b| (rank, key.0) > (b.1, b.0)) {
                best = Some((key.0, rank));
                stage = s;
            }
        }
    }
    stage
}

/// Whether `who` had signed by `d` (certainly, or possibly), by scanning.
pub fn naive_signed(actions: &[Action], who: Code, d: Date, possible: bool) -> bool {
    actions.iter().any(|a| {
        a.participant() == who
            && a.kind() == ActionKind::Signature
            && if possible {
                a.date().earliest() <= d
            } else {
                a.date().latest() <= d
            }
    })
}

/// Entry into force by a naive reading of art. 65(1): each State's first
/// ratification, acceptance, approval or accession; the fortieth of them
/// lies between the fortieth earliest start and the fortieth earliest end;
/// ninety days later.
pub fn naive_entry_into_force(actions: &[Action]) -> Option<DateWindow> {
    let mut firsts: Vec<(Code, DateWindow)> = Vec::new();
    // Art. 65(1) names ratification, acceptance, approval and accession.
    let counted = |k: ActionKind| {
        matches!(
            k,
            ActionKind::Ratification | ActionKind::Acceptance | ActionKind::Approval | ActionKind::Accession
        )
    };
    for a in actions.iter().filter(|a| counted(a.kind())) {
        match firsts.iter_mut().find(|(c, _)| *c == a.participant()) {
            Some(entry) if a.date().earliest() < entry.1.earliest() => entry.1 = a.date(),
            Some(_) => {}
            None => firsts.push((a.participant(), a.date())),
        }
    }
    if firsts.len() < 40 {
        return None;
    }
    let mut starts: Vec<Date> = firsts.iter().map(|f| f.1.earliest()).collect();
    let mut ends: Vec<Date> = firsts.iter().map(|f| f.1.latest()).collect();
    starts.sort();
    ends.sort();
    let plus = |d: Date| d.checked_add(jiff::Span::new().days(90)).unwrap();
    Some(DateWindow::new(plus(starts[39]), plus(ends[39])).unwrap())
}

/// Whether `who` was bound on `day` (art. 65(2), 67), by scanning: its
/// instrument's date plus thirty days or entry into force, whichever is
/// later, until a denunciation a year after its notification.
pub fn naive_bound(actions: &[Action], who: Code, eif: Option<DateWindow>, day: Date) -> Answer {
    let Some(eif) = eif else { return Answer::No };
    let mine: Vec<&Action> = actions.iter().filter(|a| a.participant() == who).collect();
    let Some(consent) = mine.iter().find(|a| a.kind().is_consent()) else {
        return Answer::No;
    };
    let from = consent.date().add_days(30).unwrap().whichever_later(eif);
    let bound = from.happened_by(day);
    let Some(denounced) = mine.iter().find(|a| a.kind() == ActionKind::Denunciation) else {
        return bound;
    };
    match (bound, denounced.date().add_years(1).unwrap().happened_by(day)) {
        (_, Answer::Yes) | (Answer::No, _) => Answer::No,
        (b, Answer::No) => b,
        _ => Answer::Unknown,
    }
}

/// A participant by its own code (any case), else by its ISO alpha-2 code.
pub fn by_code<'a>(
    p: &'a hanoi_convention::participants::Participants,
    s: &str,
) -> Option<&'a hanoi_convention::participants::Participant> {
    s.parse::<Code>().ok().and_then(|c| p.get(c)).or_else(|| {
        (s.len() == 2)
            .then(|| {
                p.find_code(hanoi_convention::participants::CodeSystem::Iso2, s)
                    .ok()
            })
            .flatten()
    })
}

/// The drift check of a generated file: `want` is what the data render to;
/// with `HANOI_REGENERATE` set the file is rewritten, otherwise it must
/// equal `want`, or the test fails naming the first differing line and the
/// command that regenerates it.
pub fn check_generated(path: &str, want: &str, shown: &str, from: &str, test: &str) {
    if std::env::var_os("HANOI_REGENERATE").is_some() {
        std::fs::write(path, want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    if have != want {
        let line = have
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            // Equal as far as both go: the first line one has and the other lacks.
            .unwrap_or_else(|| have.lines().count().min(want.lines().count()))
            + 1;
        panic!(
            "{shown} is out of date with {from} (first difference at line {line}); \
             run `HANOI_REGENERATE=1 cargo test --test {test}` and commit the result"
        );
    }
}
