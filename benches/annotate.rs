//! Throughput of `annotate` on the seed article and on 1 MB of news text.
//!
//! `cargo bench --bench annotate`; criterion reports MB/s (bytes throughput).
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SEED: &str = include_str!("../tests/fixtures/seed.txt");

/// At least `bytes` of news text: the fixture articles, repeated.
fn news(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + (1 << 17));
    let corpus = include_str!("../tests/fixtures/news.txt");
    while s.len() < bytes {
        s.push_str(corpus);
        s.push('\n');
    }
    s
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("annotate");
    let mb = news(1 << 20);
    for (name, text) in [("seed", SEED), ("news-1MB", mb.as_str())] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 100_000 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| newsmark::annotate(t))
        });
    }
    g.finish();
}

/// Throughput at 256 KB, 1 MB and 4 MB: equal MB/s means linear time.
fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for kb in [256, 1024, 4096] {
        let text = news(kb << 10);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{kb}KB")),
            &text,
            |b, t| b.iter(|| newsmark::annotate(t)),
        );
    }
    g.finish();
}

/// Adversarial texts, each one pattern repeated without a line break, at
/// 256 KB and 1 MB: the time should grow 4x, not 16x. ("Vladimir Putin, "
/// repeated once made the grouping quadratic; a text of nothing but quote
/// marks once made attribution quadratic.)
fn adversarial(c: &mut Criterion) {
    const PATTERNS: &[(&str, &str)] = &[
        ("open-quotes", "“"),
        ("mixed-marks", "\"'«»„‚‘’‹› "),
        ("said-that", "Putin said that "),
        ("names", "Vladimir Putin, "),
        ("quote-said", "“Yes,” he said. "),
        ("acronym", "North Atlantic Treaty Organization (NATO) "),
        ("apostrophes", "Moscow‘s students’ ’90s rock ’n’ roll "),
        (
            "according-colon",
            "“Yes,” said CBS moderator Nancy Cordes: “No.” According to X, “Y.” ",
        ),
        ("caps-headline", "WORDS IN CAPS “Quote” "),
        (
            "glued-names",
            "Senate Majority Leader Mitch McConnell (R-Ky.) of the Council on Foreign Relations ",
        ),
    ];
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, pattern) in PATTERNS {
        for kb in [256, 1024] {
            let text = pattern.repeat((kb << 10) / pattern.len() + 1);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(*name, format!("{kb}KB")), &text, |b, t| {
                b.iter(|| newsmark::annotate(t))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench, scaling, adversarial);
criterion_main!(benches);
