//! Throughput of `atau` over a multi-megabyte Kazakh news-like corpus, stage by stage,
//! beside the floor: one bare aho-corasick leftmost-longest pass over the same gazetteer
//! surface forms and the same (folded) corpus, which no extractor can beat.
//!
//! The corpus is generated deterministically from the project's own fixtures
//! (`tests/fixtures`, texts written for this project): their paragraphs are shuffled by a
//! fixed-seed generator and repeated into documents until the corpus holds 4 MiB. Run with
//! `cargo bench --bench extraction`; criterion prints MB/s (Throughput::Bytes) per line.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const FIXTURES: &[&str] = &[
    include_str!("../tests/fixtures/inflection.txt"),
    include_str!("../tests/fixtures/abbreviations.txt"),
    include_str!("../tests/fixtures/people.txt"),
    include_str!("../tests/fixtures/organisations.txt"),
    include_str!("../tests/fixtures/places.txt"),
    include_str!("../tests/fixtures/numbers.txt"),
    include_str!("../tests/fixtures/quotes/dash_after.txt"),
    include_str!("../tests/fixtures/quotes/guillemets.txt"),
    include_str!("../tests/fixtures/quotes/according_to.txt"),
    include_str!("../tests/fixtures/quotes/indirect.txt"),
    include_str!("../tests/fixtures/quotes/dash_negatives.txt"),
];

/// Documents of 4–12 shuffled fixture paragraphs, `total` bytes in all.
fn corpus(total: usize) -> Vec<String> {
    let paragraphs: Vec<&str> =
        FIXTURES.iter().flat_map(|f| f.lines()).filter(|l| !l.trim().is_empty()).collect();
    let mut state: u64 = 0x5eed_a7a0;
    let mut next = move || {
        // xorshift64*: deterministic, no dependency.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut docs = Vec::new();
    let mut size = 0;
    while size < total {
        let n = 4 + (next() % 9) as usize;
        let doc: Vec<&str> =
            (0..n).map(|_| paragraphs[(next() % paragraphs.len() as u64) as usize]).collect();
        let doc = doc.join("\n");
        size += doc.len();
        docs.push(doc);
    }
    docs
}

fn extraction(c: &mut Criterion) {
    let docs = corpus(4 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let extractor = atau::Extractor::new();
    // Warm the lazies (embedded data, automata, regexes) before timing.
    let warm = extractor.extract(&docs[0]);
    assert!(!warm.entities.is_empty());
    let prepared: Vec<_> = docs.iter().map(|d| extractor.__prepare(d)).collect();
    let folded: Vec<String> = docs.iter().map(|d| atau::stages::normalize(d)).collect();
    let floor = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(atau::stages::surfaces())
        .unwrap();

    let mut g = c.benchmark_group("extraction");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("end_to_end", |b| {
        b.iter(|| docs.iter().map(|d| extractor.extract(d).entities.len()).sum::<usize>())
    });
    // The same corpus through lighter configurations: what each later stage costs a
    // user who does not need it.
    let no_quotes = atau::Extractor::builder().quotes(false).build().unwrap();
    g.bench_function("end_to_end_without_quotes", |b| {
        b.iter(|| docs.iter().map(|d| no_quotes.extract(d).entities.len()).sum::<usize>())
    });
    let gazetteer_only = atau::Extractor::builder().rules(false).build().unwrap();
    g.bench_function("end_to_end_gazetteer_only", |b| {
        b.iter(|| docs.iter().map(|d| gazetteer_only.extract(d).entities.len()).sum::<usize>())
    });
    g.bench_function("end_to_end_batch_all_cores", |b| {
        b.iter(|| extractor.extract_batch(&docs).iter().map(|e| e.entities.len()).sum::<usize>())
    });
    g.bench_function("floor_bare_aho_corasick_scan", |b| {
        b.iter(|| folded.iter().map(|f| floor.find_iter(f.as_str()).count()).sum::<usize>())
    });
    g.bench_function("stage_normalize", |b| {
        b.iter(|| docs.iter().map(|d| atau::stages::normalize(d).len()).sum::<usize>())
    });
    g.bench_function("stage_gazetteer", |b| {
        b.iter(|| prepared.iter().map(|p| extractor.__gazetteer(p)).sum::<usize>())
    });
    g.bench_function("stage_rules", |b| {
        b.iter(|| prepared.iter().map(|p| extractor.__rules(p)).sum::<usize>())
    });
    g.bench_function("stage_resolve", |b| {
        b.iter(|| prepared.iter().map(|p| extractor.__resolve(p)).sum::<usize>())
    });
    g.bench_function("stage_quotes", |b| {
        b.iter(|| prepared.iter().map(|p| extractor.__quotes(p)).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    g.bench_function("build_default_matcher", |b| {
        b.iter(|| black_box(atau::stages::build_default_matcher()))
    });
    g.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
