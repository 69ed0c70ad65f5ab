//! Query benchmarks against the budgets of `docs/performance.md`, each next
//! to a baseline that answers the same question by scanning, the way a user
//! would hand-write it. Run with `cargo bench --bench queries`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hanoi_convention::{
    Date, DateWindow, Register, Standing,
    actions::ActionKind,
    convention,
    participants::{CodeSystem, ParticipantKind, RegionalGroup},
};

#[path = "../../tests/common/mod.rs"]
#[allow(unused_imports)]
mod common;

fn day() -> Date {
    Date::constant(2026, 4, 1)
}

/// A day inside the windows of Azerbaijan's and Viet Nam's deposits.
fn day_in_windows() -> Date {
    Date::constant(2026, 4, 15)
}

fn article(c: &mut Criterion) {
    let mut g = c.benchmark_group("article_by_number");
    let text = convention().text();
    g.bench_function("register", |b| {
        b.iter(|| text.article(black_box(65)).map(|a| a.title().len()))
    });
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            text.articles()
                .iter()
                .find(|a| a.number().get() == black_box(65))
                .map(|a| a.title().len())
        })
    });
    g.finish();
}

fn participant_lookups(c: &mut Criterion) {
    let p = Register::embedded().participants();
    let mut g = c.benchmark_group("participant_by_code");
    g.bench_function("register", |b| {
        b.iter(|| p.find_code(CodeSystem::Iso3, black_box("vnm")).map(|x| x.kind()))
    });
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            p.iter()
                .find(|x| x.code().as_str().eq_ignore_ascii_case(black_box("vnm")))
                .map(|x| x.kind())
        })
    });
    g.finish();

    let mut g = c.benchmark_group("participant_by_other_code");
    g.bench_function("cow", |b| {
        b.iter(|| p.find_code(CodeSystem::Cow, black_box("816")).map(|x| x.kind()))
    });
    g.bench_function("iso2", |b| {
        b.iter(|| p.find_code(CodeSystem::Iso2, black_box("vn")).map(|x| x.kind()))
    });
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            p.iter()
                .find(|x| x.code_in(CodeSystem::Cow).as_deref() == Some(black_box("816")))
                .map(|x| x.kind())
        })
    });
    g.finish();

    let mut g = c.benchmark_group("participant_by_name");
    g.bench_function("register", |b| {
        b.iter(|| p.find(black_box("Côte d'Ivoire")).map(|x| x.kind()).ok())
    });
    g.bench_function("register_alias", |b| {
        b.iter(|| p.find(black_box("Vietnam")).map(|x| x.kind()).ok())
    });
    // Names in other scripts go through the same folding (NFD, marks
    // dropped) and the same index.
    for (case, name) in [
        ("register_cyrillic", "Турция"),
        ("register_chinese", "土耳其"),
        ("register_vietnamese", "Thổ Nhĩ Kỳ"),
        ("register_arabic", "تركيا"),
    ] {
        g.bench_function(case, |b| {
            b.iter(|| p.find(black_box(name)).map(|x| x.kind()).ok())
        });
    }
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            let q = black_box("Côte d'Ivoire").to_lowercase();
            p.iter()
                .find(|x| x.name().to_lowercase() == q || x.aliases().any(|a| a.to_lowercase() == q))
                .map(|x| x.kind())
        })
    });
    g.finish();
}

/// Status of one participant by scanning every action.
fn baseline_stage(r: &Register, who: hanoi_convention::participants::Code, d: Date) -> (Standing, Standing) {
    let actions = r.actions();
    (
        common::naive_stage(actions, who, d, false),
        common::naive_stage(actions, who, d, true),
    )
}

fn statuses(c: &mut Criterion) {
    let r = Register::embedded();
    let mut g = c.benchmark_group("status_every_participant");
    g.bench_function("register", |b| {
        b.iter(|| {
            r.on(black_box(day()))
                .statuses()
                .filter(|(_, s)| s.step() == Standing::Party)
                .count()
        })
    });
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            r.participants()
                .iter()
                .filter(|p| baseline_stage(r, p.code(), black_box(day())).0 == Standing::Party)
                .count()
        })
    });
    // The floor: visiting every participant, with no status computed (the
    // budget is 3x this).
    g.bench_function("floor_visit_only", |b| {
        b.iter(|| {
            r.participants()
                .iter()
                .filter(|p| black_box(p).kind().is_state())
                .count()
        })
    });
    g.finish();
}

fn counts(c: &mut Criterion) {
    let r = Register::embedded();
    let mut g = c.benchmark_group("counts_by_group");
    g.bench_function("register", |b| {
        b.iter(|| r.on(black_box(day())).counts_by_group())
    });
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            let d = black_box(day());
            let mut by_group = [(0u32, 0u32); 6];
            for a in r.actions().iter().filter(|a| a.kind() == ActionKind::Signature) {
                let g = r
                    .participants()
                    .get(a.participant())
                    .and_then(|p| p.group().counted_in());
                let slot = &mut by_group[g.map_or(5, RegionalGroup::index)];
                slot.0 += u32::from(a.date().latest() <= d);
                slot.1 += u32::from(a.date().earliest() <= d);
            }
            by_group
        })
    });
    g.finish();
}

fn entry_into_force(c: &mut Criterion) {
    let r = Register::embedded();
    let mut g = c.benchmark_group("entry_into_force");
    g.bench_function("register", |b| {
        b.iter(|| black_box(r).on(black_box(r.as_of())).entry_into_force())
    });
    // A day inside the windows of two deposits: computed from the deposits.
    g.bench_function("register_window_day", |b| {
        b.iter(|| black_box(r).on(black_box(day_in_windows())).entry_into_force())
    });
    g.bench_function("baseline_scan", |b| {
        b.iter(|| {
            let mut deposits: Vec<DateWindow> = black_box(r)
                .actions()
                .iter()
                .filter(|a| {
                    matches!(
                        a.kind(),
                        ActionKind::Ratification
                            | ActionKind::Acceptance
                            | ActionKind::Approval
                            | ActionKind::Accession
                    ) && r
                        .participants()
                        .get(a.participant())
                        .is_some_and(|p| p.kind() != ParticipantKind::Reio)
                })
                .map(|a| a.date())
                .collect();
            deposits.sort();
            deposits.get(39).map(|w| w.add_days(90))
        })
    });
    g.finish();
}

fn cold(c: &mut Criterion) {
    let mut g = c.benchmark_group("cold_first_answer");
    // What the first query after process start does once: build the register
    // from the embedded tables, then answer.
    g.bench_function("load_embedded_and_answer", |b| {
        b.iter(|| Register::load_embedded().map(|r| r.on(black_box(day())).signatories().count()))
    });
    g.finish();
}

criterion_group!(
    benches,
    article,
    participant_lookups,
    statuses,
    counts,
    entry_into_force,
    cold
);
criterion_main!(benches);
