//! Importing the UN Treaty Collection's status pages: the whole 2018 corpus
//! (309 pages, 6.6 MB) against a budget of one second, next to a baseline
//! that only reads the bytes and parses them as XML. Run with
//! `cargo bench -p hanoi-convention-benches --bench untc`; needs the corpus
//! in `../shared/untc/mtdsg-2018/` (or `HANOI_UNTC_CORPUS`).

use std::path::PathBuf;
use std::time::Duration;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hanoi_convention::convention;
use hanoi_convention::io::untc;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = std::env::var_os("HANOI_UNTC_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/untc/mtdsg-2018"),
        PathBuf::from,
    );
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no corpus at {}: nothing to measure", dir.display());
        return Vec::new();
    };
    let mut pages: Vec<(String, Vec<u8>)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap_or_default()))
        .collect();
    pages.sort();
    pages
}

fn import_corpus(c: &mut Criterion) {
    let pages = corpus();
    if pages.is_empty() {
        return;
    }
    let participants = convention().participants();
    let mut g = c.benchmark_group("untc_corpus");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("import_309_pages", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(name, bytes)| {
                    untc::from_bytes(name, black_box(bytes), participants, None)
                        .map_or(0, |i| i.actions.len())
                })
                .sum::<usize>()
        })
    });
    // The floor: the XML parse alone, on text already made well-formed the
    // cheapest way (Latin-1 to text, nothing repaired), so only well-formed
    // pages count.
    g.bench_function("baseline_xml_parse_only", |b| {
        b.iter(|| {
            pages
                .iter()
                .filter_map(|(_, bytes)| {
                    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
                    roxmltree::Document::parse(black_box(&text))
                        .ok()
                        .map(|d| d.descendants().count())
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, import_corpus);
criterion_main!(benches);
