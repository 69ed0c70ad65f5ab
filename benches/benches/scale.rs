//! Scale: loading and validating a 100,000-action file, and query costs on
//! synthetic treaties of 10,000 participants with 100,000 and 1,000,000
//! actions. Run with `cargo bench --bench scale`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use hanoi_convention::{Date, Register};

#[path = "../../tests/common/mod.rs"]
#[allow(unused_imports)]
mod common;

use common::synthetic;

fn register(participants: usize, per: usize) -> Register {
    let p = synthetic::participants(participants);
    let actions = synthetic::actions(&p, per);
    Register::builder(&synthetic::treaty(&p))
        .as_of(synthetic::as_of())
        .actions(actions)
        .build()
        .expect("valid")
}

fn load_100k(c: &mut Criterion) {
    let p = synthetic::participants(10_000);
    let r = Register::builder(&synthetic::treaty(&p))
        .as_of(synthetic::as_of())
        .actions(synthetic::actions(&p, 10))
        .build()
        .expect("valid");
    let mut tsv = hanoi_convention::export::events_tsv(&r);
    // Top up to exactly 100,000 records with more statements.
    let extra = 100_000 - r.actions().len();
    let more = synthetic::actions(&p, 12);
    let mut added = 0;
    for a in more
        .iter()
        .filter(|a| a.date().earliest() > Date::constant(2025, 1, 1))
    {
        if added == extra {
            break;
        }
        if r.actions().iter().any(|b| b == a) {
            continue;
        }
        let row = hanoi_convention::export::EventRow::of(a);
        tsv.push_str(&row.fields().join("\t"));
        tsv.push('\n');
        added += 1;
    }
    let n = hanoi_convention::io::actions::from_str("100k.tsv", &tsv)
        .and_then(|f| f.into_actions())
        .map(|a| a.len())
        .unwrap_or(0);
    assert_eq!(n, 100_000, "the benchmark file has 100,000 actions");
    let mut g = c.benchmark_group("load_and_validate_100k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    let treaty = synthetic::treaty(&p);
    g.bench_function("parse_and_build", |b| {
        b.iter(|| {
            let actions = hanoi_convention::io::actions::from_str("100k.tsv", black_box(&tsv))
                .and_then(|f| f.into_actions())
                .expect("parses");
            Register::builder(&treaty)
                .as_of(synthetic::as_of())
                .actions(actions)
                .build()
                .map(|r| r.actions().len())
        })
    });
    g.finish();
}

fn queries_at_scale(c: &mut Criterion) {
    let mut g = c.benchmark_group("scale_queries");
    for per in [1usize, 10, 100] {
        let r = register(10_000, per);
        let n = r.actions().len();
        let who = r
            .participants()
            .iter()
            .nth(4_321)
            .map(|p| p.code())
            .expect("exists");
        let day = Date::constant(2026, 9, 1);
        g.bench_with_input(BenchmarkId::new("status_one", n), &r, |b, r| {
            b.iter(|| r.on(black_box(day)).status(black_box(who)))
        });
        g.bench_with_input(BenchmarkId::new("counts_by_group", n), &r, |b, r| {
            b.iter(|| r.on(black_box(day)).counts_by_group())
        });
        g.bench_with_input(BenchmarkId::new("entry_into_force", n), &r, |b, r| {
            b.iter(|| r.on(r.as_of()).entry_into_force())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("scale_build");
    g.sample_size(10).measurement_time(Duration::from_secs(15));
    for per in [1usize, 10, 100] {
        let p = synthetic::participants(10_000);
        let actions = synthetic::actions(&p, per);
        let treaty = synthetic::treaty(&p);
        g.bench_with_input(
            BenchmarkId::new("validate_and_index", actions.len()),
            &actions,
            |b, actions| {
                // Cloning the input and dropping the register stay outside the timing.
                b.iter_batched(
                    || actions.clone(),
                    |actions| {
                        Register::builder(&treaty)
                            .as_of(synthetic::as_of())
                            .actions(actions)
                            .build()
                    },
                    BatchSize::LargeInput,
                )
            },
        );
    }
    g.finish();
}

criterion_group!(benches, load_100k, queries_at_scale);
criterion_main!(benches);
