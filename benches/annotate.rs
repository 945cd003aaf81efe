//! Throughput of `annotate` on the seed article and on 1 MB of news text.
//!
//! `cargo bench --bench annotate`; criterion reports MB/s (bytes throughput).
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SEED: &str = include_str!("../tests/fixtures/seed.txt");

fn news_megabyte() -> String {
    let mut s = String::with_capacity(1 << 20);
    let corpus = include_str!("../tests/fixtures/news.txt");
    while s.len() < 1 << 20 {
        s.push_str(corpus);
        s.push('\n');
    }
    s
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("annotate");
    let mb = news_megabyte();
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

criterion_group!(benches, bench);
criterion_main!(benches);
