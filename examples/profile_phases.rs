//! Times the phases of the entity layer on 1 MB of news text (a developer aid).
//!
//! `cargo run --release --example profile_phases`
use std::time::Instant;

use newsmark::entities::{numeric, span::Cx, tagger};
use newsmark::segment;

fn main() {
    let corpus = include_str!("../tests/fixtures/news.txt");
    let mut s = String::new();
    while s.len() < 1 << 20 {
        s.push_str(corpus);
        s.push('\n');
    }
    let _ = newsmark::annotate("warm up the lexicon and the model");
    let t = Instant::now();
    let doc = segment::segment(&s);
    let t1 = t.elapsed();
    let p = tagger::Prepared::new(&doc);
    let t2 = t.elapsed();
    drop(p);
    let _ = tagger::tag(&doc);
    let t4 = t.elapsed();
    let _ = numeric::scan(&Cx::new(&doc, Default::default()));
    let t5 = t.elapsed();
    let _ = newsmark::entities::recognise(&doc);
    let t6 = t.elapsed();
    println!(
        "segment {:?}, prepare {:?}, tag (prepare + 2 passes) {:?}, numeric {:?}, recognise (all) {:?}",
        t1,
        t2 - t1,
        t4 - t2,
        t5 - t4,
        t6 - t5
    );
}
