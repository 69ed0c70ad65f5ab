//! Drawing the world map: the whole SVG of a treaty's participants on a
//! day, as `hanoi map` and the page draw it. The page's day slider redraws
//! at least 30 times a second, so one map must take well under 33 ms; next
//! to it, the floor of the same run: the day's statuses alone. Run with
//! `cargo bench -p hanoi-convention-benches --bench map`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hanoi_convention::chart::map_svg;
use hanoi_convention::embedded::EmbeddedTreaty;
use hanoi_convention::{Date, Language, Register};

fn draw_map(c: &mut Criterion) {
    let mut g = c.benchmark_group("map");
    let r = Register::embedded();
    let day = Date::constant(2025, 12, 1);
    g.bench_function("hanoi_map_svg", |b| {
        b.iter(|| map_svg(&r.on(black_box(day)), Language::En).len())
    });
    let budapest = EmbeddedTreaty::Budapest.register();
    g.bench_function("budapest_map_svg", |b| {
        b.iter(|| map_svg(&budapest.on(black_box(day)), Language::En).len())
    });
    g.bench_function("floor_statuses", |b| {
        b.iter(|| {
            r.on(black_box(day))
                .statuses()
                .filter(|(_, s)| s.step() != hanoi_convention::Standing::Unknown)
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, draw_map);
criterion_main!(benches);
