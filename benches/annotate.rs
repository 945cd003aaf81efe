//! Throughput of `annotate` on the seed article and on 1 MB of news text.
//!
//! `cargo bench --bench annotate`; criterion reports MB/s (bytes throughput).
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "../tests/fuzz/families.rs"]
mod families;

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

/// The adversarial families of the fuzz harness (`tests/fuzz/families.rs`),
/// each one pattern repeated without a line break, at 256 KB and 1 MB: the
/// time should grow 4x, not 16x. ("Vladimir Putin, " repeated once made the
/// grouping quadratic, a text of nothing but quote marks the attribution,
/// "U.S.U.S.…" the tokenizer.) `cargo test --release --test fuzz` checks the
/// same families' ratios at 64 KB and 256 KB.
fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, pattern) in families::FAMILIES {
        for kb in [256, 1024] {
            let text = families::repeat_to(pattern, kb << 10);
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
